# Pyarmor 8.5.2 runtime (do not edit)


def __pyarmor__(name, path, blob):
    key = name.encode()
    data = bytes(b ^ key[i % len(key)] for i, b in enumerate(blob))
    g = {"__name__": name, "__file__": path}
    exec(compile(data, path, "exec"), g)
