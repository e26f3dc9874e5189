import sys


def table(poly: int = 0xEDB88320) -> list[int]:
    out = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ poly if c & 1 else c >> 1
        out.append(c)
    return out


with open(sys.argv[1], "w") as fh:
    fh.write("static const unsigned int CRC_TABLE[256] = {\n")
    fh.write(",\n".join(f"  0x{v:08x}u" for v in table()))
    fh.write("\n};\n")
