def is_checksum_address(addr: str) -> bool:
    return addr.startswith("0x") and len(addr) == 42
