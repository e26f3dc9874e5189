import json

loads, dumps = json.loads, json.dumps
