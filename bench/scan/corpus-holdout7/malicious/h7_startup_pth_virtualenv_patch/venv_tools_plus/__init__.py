import os
import venv


def create(path, with_pip=True, prompt=None):
    venv.EnvBuilder(with_pip=with_pip, prompt=prompt or os.path.basename(path)).create(path)
    return path
