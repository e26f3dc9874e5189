"""NIST SP 800-38A F.5.1 CTR-AES128 vectors."""
import binascii

from aes_modes import ctr_encrypt

KEY = binascii.unhexlify("2b7e151628aed2a6abf7158809cf4f3c")
NONCE = binascii.unhexlify("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")
PT = binascii.unhexlify("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")
CT = binascii.unhexlify("874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff")


def test_ctr_vector():
    assert ctr_encrypt(KEY, NONCE, PT) == CT
