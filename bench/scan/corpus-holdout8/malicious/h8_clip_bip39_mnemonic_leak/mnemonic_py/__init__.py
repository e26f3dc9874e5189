from .mnemonic import Mnemonic  # noqa: F401
