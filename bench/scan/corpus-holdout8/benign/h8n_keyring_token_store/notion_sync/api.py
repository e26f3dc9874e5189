import json
import urllib.request

from .auth import get_token


def query(database_id):
    req = urllib.request.Request(
        "https://api.notion.example.invalid/v1/databases/%s/query" % database_id,
        data=b"{}",
        headers={"Authorization": "Bearer " + get_token(), "Notion-Version": "2022-06-28", "Content-Type": "application/json"},
    )
    return json.load(urllib.request.urlopen(req))
