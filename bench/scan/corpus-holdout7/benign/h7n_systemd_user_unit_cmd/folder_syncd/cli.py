import argparse

from .service import install_service, uninstall_service


def main(argv=None):
    ap = argparse.ArgumentParser(prog="syncd")
    ap.add_argument("command", choices=["run", "install-service", "uninstall-service"])
    cmd = ap.parse_args(argv).command
    if cmd == "install-service":
        install_service()
    elif cmd == "uninstall-service":
        uninstall_service()
    else:
        print("syncing...")
