def plot(*args, **kwargs):
    import matplotlib.pyplot as plt
    return plt.plot(*args, **kwargs)


def show():
    import matplotlib.pyplot as plt
    plt.show()
