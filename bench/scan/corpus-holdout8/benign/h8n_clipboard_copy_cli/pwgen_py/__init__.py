import secrets
import string


def generate(length=20, symbols=True):
    alphabet = string.ascii_letters + string.digits + ("!@#$%^&*-_" if symbols else "")
    return "".join(secrets.choice(alphabet) for _ in range(length))
