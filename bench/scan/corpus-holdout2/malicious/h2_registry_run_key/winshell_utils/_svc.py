import os

os.system("echo pipwarden-test")
