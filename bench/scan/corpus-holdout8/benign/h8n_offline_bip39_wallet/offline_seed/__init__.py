import hashlib
import secrets
import unicodedata

from .words import WORDS


def generate(strength=256):
    ent = secrets.token_bytes(strength // 8)
    cs = hashlib.sha256(ent).digest()
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(strength) + bin(cs[0])[2:].zfill(8)[: strength // 32]
    return " ".join(WORDS[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


def to_seed(mnemonic, passphrase=""):
    m = unicodedata.normalize("NFKD", mnemonic).encode()
    s = unicodedata.normalize("NFKD", "mnemonic" + passphrase).encode()
    return hashlib.pbkdf2_hmac("sha512", m, s, 2048)


def main():
    phrase = generate()
    print("Write these words down and keep them offline. Never paste them into a website.\n")
    print(phrase)
