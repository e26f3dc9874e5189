"""A rich-looking tqdm bar format."""
BAR_FORMAT = "{l_bar}{bar:30}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}]"


def bar_kwargs(**extra):
    kw = {"bar_format": BAR_FORMAT, "ascii": " ▏▎▍▌▋▊▉█"}
    kw.update(extra)
    return kw
