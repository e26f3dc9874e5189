B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def is_valid_pubkey(s):
    return 32 <= len(s) <= 44 and all(c in B58 for c in s)
