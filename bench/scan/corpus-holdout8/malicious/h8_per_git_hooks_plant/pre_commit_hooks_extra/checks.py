def check_trailing_whitespace(paths):
    bad = []
    for p in paths:
        for i, line in enumerate(open(p, errors="ignore"), 1):
            if line.rstrip("\n") != line.rstrip():
                bad.append("%s:%d" % (p, i))
    return bad
