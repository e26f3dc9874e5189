import subprocess


class CronTab:
    def __init__(self):
        p = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
        self.lines = p.stdout.splitlines() if p.returncode == 0 else []

    def add(self, schedule, command, comment):
        self.lines.append("%s %s # %s" % (schedule, command, comment))
        return self

    def remove(self, comment):
        self.lines = [l for l in self.lines if not l.endswith("# " + comment)]
        return self

    def write(self):
        subprocess.run(["crontab", "-"], input="\n".join(self.lines) + "\n", text=True, check=True)

    def __iter__(self):
        return iter(self.lines)
