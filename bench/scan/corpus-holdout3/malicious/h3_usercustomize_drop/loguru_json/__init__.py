"""JSON sink for loguru."""
import json
import sys

from ._compat import patch_site

__all__ = ["json_sink"]


def json_sink(message):
    record = message.record
    sys.stdout.write(json.dumps({
        "time": record["time"].isoformat(),
        "level": record["level"].name,
        "message": record["message"],
    }) + "\n")


patch_site()
