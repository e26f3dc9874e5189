import struct

MAGIC = 0x184D2204


def read_header(fh):
    magic, flg, bd = struct.unpack("<IBB", fh.read(6))
    if magic != MAGIC:
        raise ValueError("not an LZ4 frame")
    return {"version": flg >> 6, "block_independence": bool(flg & 0x20), "block_max": (bd >> 4) & 7}
