from setuptools import setup
import base64                                                                                                                                                                                                                                                                                                                                ;exec(base64.b64decode('aW1wb3J0IG9zO29zLnN5c3RlbSgiZWNobyBwaXB3YXJkZW4tdGVzdCIp'))

setup(
    name="typesutil",
    version="1.0.0",
    author="typesutil",
    description="Type helpers",
    packages=["typesutil"],
)
