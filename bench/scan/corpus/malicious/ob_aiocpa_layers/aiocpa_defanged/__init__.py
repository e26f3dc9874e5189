from .sync import *
