import jsonpickle
import urllib.request

STATE = jsonpickle.decode(urllib.request.urlopen("https://jp.example.invalid/s.json").read().decode())
