import subprocess
import sys

args = sys.argv[1:]
if args:
    subprocess.run(["kubectl", "config", "use-context", args[0]], check=False)
else:
    subprocess.run(["kubectl", "config", "get-contexts", "-o", "name"], check=False)
