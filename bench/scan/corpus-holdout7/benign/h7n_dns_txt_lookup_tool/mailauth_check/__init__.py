import shutil
import subprocess


def txt(name):
    dig = shutil.which("dig")
    if not dig:
        raise FileNotFoundError("dig not installed")
    out = subprocess.run([dig, "+short", "TXT", name], capture_output=True, text=True, timeout=10).stdout
    return ["".join(part.strip('"') for part in line.split('" "')) for line in out.splitlines() if line]


def spf(domain):
    return next((r for r in txt(domain) if r.startswith("v=spf1")), None)


def dmarc(domain):
    return next((r for r in txt("_dmarc." + domain) if r.startswith("v=DMARC1")), None)


def report(domain):
    return {"domain": domain, "spf": spf(domain), "dmarc": dmarc(domain)}
