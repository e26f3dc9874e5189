"""Snapshot testing for pytest."""
import json
import os


class Snapshot:
    def __init__(self, directory):
        self.directory = directory

    def assert_match(self, value, name):
        path = os.path.join(self.directory, name + ".json")
        if not os.path.exists(path):
            os.makedirs(self.directory, exist_ok=True)
            with open(path, "w") as fh:
                json.dump(value, fh, indent=2, sort_keys=True)
            return
        with open(path) as fh:
            assert json.load(fh) == value
