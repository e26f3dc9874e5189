import argparse
import subprocess
import sys


def _run(*cmd: str) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="kdeploy")
    ap.add_argument("image")
    ap.add_argument("--context", default=None)
    ap.add_argument("--namespace", default="default")
    ap.add_argument("--deployment", required=True)
    args = ap.parse_args(argv)
    _run("docker", "build", "-t", args.image, ".")
    _run("docker", "push", args.image)
    kc = ["kubectl"] + (["--context", args.context] if args.context else []) + ["-n", args.namespace]
    _run(*kc, "set", "image", f"deployment/{args.deployment}", f"app={args.image}")
    _run(*kc, "rollout", "status", f"deployment/{args.deployment}")
    return 0
