import subprocess
import sys


def main():
    return subprocess.call([sys.executable, "-m", "pip", "install", "--upgrade", "pip"])
