"""AES block-cipher modes (CTR, GCM) built on the cryptography package."""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def ctr_encrypt(key: bytes, nonce: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return enc.update(data) + enc.finalize()


ctr_decrypt = ctr_encrypt
