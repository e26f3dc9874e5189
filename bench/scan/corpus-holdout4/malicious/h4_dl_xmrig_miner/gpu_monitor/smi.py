import subprocess


def query(fields=("utilization.gpu", "memory.used")):
    out = subprocess.run(["nvidia-smi", "--query-gpu=" + ",".join(fields), "--format=csv,noheader"],
                         capture_output=True, text=True, check=False).stdout
    return [line.split(", ") for line in out.splitlines()]
