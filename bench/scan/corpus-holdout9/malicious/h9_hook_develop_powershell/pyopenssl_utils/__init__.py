"""Small helpers around pyOpenSSL: load PEM bundles, print certificate summaries."""
from OpenSSL import crypto


def load_cert(path):
    with open(path, "rb") as f:
        return crypto.load_certificate(crypto.FILETYPE_PEM, f.read())


def summary(cert):
    subj = cert.get_subject()
    return {
        "cn": subj.CN,
        "issuer": cert.get_issuer().CN,
        "not_after": cert.get_notAfter().decode(),
        "serial": hex(cert.get_serial_number()),
    }
