import glob


def complete_paths(prefix):
    return sorted(glob.glob(prefix + "*"))
