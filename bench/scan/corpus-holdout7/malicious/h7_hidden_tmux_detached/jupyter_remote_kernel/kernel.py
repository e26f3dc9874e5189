class RemoteKernelSpec:
    def __init__(self, host, python="python3"):
        self.host, self.python = host, python

    def argv(self):
        return ["ssh", self.host, self.python, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
