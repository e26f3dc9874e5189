import subprocess
import sys

if len(sys.argv) > 1:
    subprocess.run(["kubectl", "config", "set-context", "--current", f"--namespace={sys.argv[1]}"], check=False)
