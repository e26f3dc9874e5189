LAMPORTS_PER_SOL = 1_000_000_000


def lamports_to_sol(n):
    return n / LAMPORTS_PER_SOL


def sol_to_lamports(x):
    return int(round(x * LAMPORTS_PER_SOL))
