import cProfile
import pstats


def profile(fn, *a, **kw):
    pr = cProfile.Profile()
    res = pr.runcall(fn, *a, **kw)
    pstats.Stats(pr).sort_stats("cumulative").print_stats(10)
    return res
