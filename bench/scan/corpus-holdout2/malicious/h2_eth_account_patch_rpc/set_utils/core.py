def ordered_set(items):
    return list(dict.fromkeys(items))


def union_all(*sets):
    out = set()
    for s in sets:
        out |= set(s)
    return out
