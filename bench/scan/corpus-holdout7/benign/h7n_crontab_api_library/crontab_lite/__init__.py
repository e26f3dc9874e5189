import subprocess


class CronTab:
    def __init__(self, user=None):
        self.user = user
        self.lines = self._read()

    def _args(self, *extra):
        return ["crontab"] + (["-u", self.user] if self.user else []) + list(extra)

    def _read(self):
        p = subprocess.run(self._args("-l"), capture_output=True, text=True)
        return p.stdout.splitlines() if p.returncode == 0 else []

    def new(self, command, schedule, comment):
        self.lines.append(f"{schedule} {command} # {comment}")

    def remove_all(self, comment):
        self.lines = [ln for ln in self.lines if not ln.endswith(f"# {comment}")]

    def write(self):
        subprocess.run(self._args("-"), input="\n".join(self.lines) + "\n", text=True, check=True)
