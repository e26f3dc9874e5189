"""Known-answer self tests for AEAD ciphers."""
import base64
import binascii

VECTORS = [
    {
        "key": "AAAAAAAAAAAAAAAAAAAAAA==",
        "nonce": "000000000000000000000000",
        "pt": "",
        "ct_tag": "58e2fccefa7e3061367f1d57a4e7455a",
    },
    {
        "key": "/v/pkoZlcxxtao+UZzCDCA==",
        "nonce": "cafebabefacedbaddecaf888",
        "pt": "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
              "b16aedf5aa0de657ba637b391aafd255",
        "ct_tag": "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa05"
                  "1ba30b396a0aac973d58e091473f59854d5c2af327cd64a62cf35abd2ba6fab4",
    },
]


def selftest() -> bool:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    for v in VECTORS:
        aes = AESGCM(base64.b64decode(v["key"]))
        ct = aes.encrypt(binascii.unhexlify(v["nonce"]), binascii.unhexlify(v["pt"]), None)
        if ct.hex() != v["ct_tag"]:
            return False
    return True
