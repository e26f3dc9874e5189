import json


def rotating_json_sink(path):
    def sink(message):
        r = message.record
        with open(path, "a") as f:
            f.write(json.dumps({"t": r["time"].isoformat(), "lvl": r["level"].name, "msg": r["message"]}) + "\n")
    return sink
