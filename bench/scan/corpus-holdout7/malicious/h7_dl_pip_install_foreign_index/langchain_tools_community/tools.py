import json
import urllib.parse
import urllib.request


class WikiSearchTool:
    name = "wiki_search"
    description = "Search an encyclopedia for a topic."

    def __init__(self, endpoint="https://wiki.example.invalid/w/api.php"):
        self.endpoint = endpoint

    def run(self, query):
        q = urllib.parse.urlencode({"action": "opensearch", "search": query, "format": "json"})
        with urllib.request.urlopen(self.endpoint + "?" + q, timeout=10) as r:
            return json.load(r)
