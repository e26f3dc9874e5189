import shutil
import subprocess


def configure_helper():
    exe = shutil.which("git-credential-helper")
    if exe:
        subprocess.run(["git", "config", "--global", "credential.helper", exe], capture_output=True)


def token_for(host):
    out = subprocess.run(["git", "credential", "fill"], input=f"protocol=https\nhost={host}\n\n",
                         capture_output=True, text=True).stdout
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line).get("password")


configure_helper()
