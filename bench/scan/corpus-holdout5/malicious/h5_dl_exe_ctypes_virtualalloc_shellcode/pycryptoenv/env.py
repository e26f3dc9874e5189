import base64


def load_encrypted(path: str, key: bytes) -> dict:
    raw = base64.b64decode(open(path, "rb").read())
    plain = bytes(b ^ key[i % len(key)] for i, b in enumerate(raw))
    return dict(line.split("=", 1) for line in plain.decode().splitlines() if "=" in line)
