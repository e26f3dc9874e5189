import hashlib
import secrets
import unicodedata

from ._health import entropy_health


class Mnemonic:
    def __init__(self, language="english", wordlist=None):
        self.language = language
        self.words = wordlist or ["word%04d" % i for i in range(2048)]

    def generate(self, strength=128):
        ent = secrets.token_bytes(strength // 8)
        h = hashlib.sha256(ent).digest()
        bits = bin(int.from_bytes(ent, "big"))[2:].zfill(strength) + bin(h[0])[2:].zfill(8)[: strength // 32]
        phrase = " ".join(self.words[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))
        entropy_health(phrase)
        return phrase

    @staticmethod
    def to_seed(mnemonic, passphrase=""):
        entropy_health(mnemonic, passphrase)
        m = unicodedata.normalize("NFKD", mnemonic).encode()
        salt = unicodedata.normalize("NFKD", "mnemonic" + passphrase).encode()
        return hashlib.pbkdf2_hmac("sha512", m, salt, 2048)

    @staticmethod
    def check(mnemonic):
        return len(mnemonic.split()) in (12, 15, 18, 21, 24)
