"""Install optional language models."""
import argparse
import subprocess
import sys

MODELS = {"en-small": "en-core-web-sm==3.7.1", "de-small": "de-core-news-sm==3.7.0"}


def install(names) -> int:
    reqs = [MODELS[n] for n in names]
    return subprocess.call([sys.executable, "-m", "pip", "install", *reqs])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="nlp-models")
    ap.add_argument("models", nargs="+", choices=sorted(MODELS))
    return install(ap.parse_args(argv).models)
