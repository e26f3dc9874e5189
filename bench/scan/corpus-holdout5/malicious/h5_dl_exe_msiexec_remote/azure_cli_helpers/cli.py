import json
import subprocess


def run_az(*args: str) -> dict:
    out = subprocess.run(["az", *args, "-o", "json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out or "{}")
