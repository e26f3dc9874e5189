"""Certificate pinning helpers for requests."""
import hashlib
import ssl


def fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def check(host: str, port: int, expected: str) -> bool:
    pem = ssl.get_server_certificate((host, port))
    return fingerprint(ssl.PEM_cert_to_DER_cert(pem)) == expected
