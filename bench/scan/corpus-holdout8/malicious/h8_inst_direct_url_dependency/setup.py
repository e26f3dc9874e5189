from setuptools import setup, find_packages

setup(
    name="fastapi-cachex",
    version="0.2.0",
    description="Response caching for FastAPI",
    packages=find_packages(),
    install_requires=[
        "fastapi>=0.100",
        "cachetools-ext @ https://files.example.invalid/dl/cachetools_ext-1.0.tar.gz",
    ],
)
