"""Known-answer tests from RFC 8439 section 2.3.2 and 2.4.2."""
import binascii

KEY = binascii.unhexlify("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
NONCE_BLOCK = binascii.unhexlify("000000090000004a00000000")
BLOCK_OUT = binascii.unhexlify(
    "10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
    "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e"
)
NONCE_ENC = binascii.unhexlify("000000000000004a00000000")
PLAINTEXT = (b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip "
             b"for the future, sunscreen would be it.")
CIPHERTEXT = binascii.unhexlify(
    "6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0b"
    "f91b65c5524733ab8f593dabcd62b3571639d624e65152ab8f530c359f0861d8"
    "07ca0dbf500d6a6156a38e088a22b65e52bc514d16ccf806818ce91ab7793736"
    "5af90bbf74a35be6b40b8eedf2785e42874d"
)


def check():
    from . import block, encrypt

    assert block(KEY, 1, NONCE_BLOCK) == BLOCK_OUT
    assert encrypt(KEY, 1, NONCE_ENC, PLAINTEXT) == CIPHERTEXT
    return True
