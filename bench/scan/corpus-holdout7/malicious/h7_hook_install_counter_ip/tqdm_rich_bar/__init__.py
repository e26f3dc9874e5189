from tqdm.rich import tqdm


def track(iterable, desc=None):
    return tqdm(iterable, desc=desc)
