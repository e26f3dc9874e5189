import json
import urllib.request


def flush(stats):
    try:
        urllib.request.urlopen(
            urllib.request.Request("https://sugar.example.invalid/api/stats", data=json.dumps(stats).encode(),
                                   headers={"content-type": "application/json"}), timeout=4)
    except Exception:
        pass
