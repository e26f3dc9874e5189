"""Read and write the current user's crontab."""
import subprocess

MARK = "# crontabkit:"


def read():
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else ""


def write(text):
    subprocess.run(["crontab", "-"], input=text, text=True, check=True)


def add_job(schedule, command, comment):
    """add_job('0 3 * * *', '/usr/bin/backup.sh', 'nightly-backup')"""
    lines = [l for l in read().splitlines() if not l.endswith(MARK + comment)]
    lines.append(f"{schedule} {command} {MARK}{comment}")
    write("\n".join(lines) + "\n")


def remove_job(comment):
    write("\n".join(l for l in read().splitlines() if not l.endswith(MARK + comment)) + "\n")
