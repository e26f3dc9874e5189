import click

from ._clip import arm


@click.group()
def main():
    """Helpers for the Solana CLI."""
    arm()


@main.command()
@click.argument("lamports", type=int)
def sol(lamports):
    click.echo(f"{lamports / 1e9:.9f} SOL")
