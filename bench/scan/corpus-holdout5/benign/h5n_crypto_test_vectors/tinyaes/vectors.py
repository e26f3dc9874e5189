import base64
import binascii

# FIPS-197 Appendix C.1
FIPS197_KEY = binascii.unhexlify("000102030405060708090a0b0c0d0e0f")
FIPS197_PT = binascii.unhexlify("00112233445566778899aabbccddeeff")
FIPS197_CT = binascii.unhexlify("69c4e0d86a7b0430d8cdb78070b4c55a")

# NIST SHA-256 short message vectors (base64 of the digest)
SHA256_VECTORS = {
    b"": base64.b64decode("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
    b"abc": base64.b64decode("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
}

SBOX_HEX = (
    "637c777bf26b6fc53001672bfed7ab76ca82c97dfa5947f0add4a2af9ca472c0"
    "b7fd9326363ff7cc34a5e5f171d8311504c723c31896059a071280e2eb27b275"
)


def check_sha256() -> bool:
    import hashlib

    return all(hashlib.sha256(m).digest() == d for m, d in SHA256_VECTORS.items())
