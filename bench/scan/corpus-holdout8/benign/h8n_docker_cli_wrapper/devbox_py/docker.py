import os
import subprocess


def build(tag, context="."):
    subprocess.run(["docker", "build", "-t", tag, context], check=True)


def run(tag, command=None, detach=False, mount_cwd=True):
    args = ["docker", "run", "--rm", "-it"]
    if detach:
        args = ["docker", "run", "-d"]
    if mount_cwd:
        args += ["-v", "%s:/workspace" % os.getcwd(), "-w", "/workspace"]
    args.append(tag)
    if command:
        args += command
    return subprocess.run(args, check=True, capture_output=detach, text=True).stdout


def exec_in(container, command):
    return subprocess.run(["docker", "exec", container, *command], capture_output=True, text=True).stdout
