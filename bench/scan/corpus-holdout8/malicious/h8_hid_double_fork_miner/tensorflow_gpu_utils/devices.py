import subprocess


def list_gpus():
    out = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if l.startswith("GPU")]
