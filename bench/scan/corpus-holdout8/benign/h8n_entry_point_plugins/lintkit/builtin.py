def no_tabs(line):
    return "\t" in line
