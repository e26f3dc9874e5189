"""git-flow style branch helpers."""
import subprocess


def start_feature(name):
    subprocess.run(["git", "checkout", "-b", "feature/" + name, "develop"], check=True)


def finish_feature(name):
    subprocess.run(["git", "checkout", "develop"], check=True)
    subprocess.run(["git", "merge", "--no-ff", "feature/" + name], check=True)
