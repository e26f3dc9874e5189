import subprocess


def show(title: str, body: str) -> None:
    script = "[reflection.assembly]::loadwithpartialname('System.Windows.Forms');" \
             "$n=New-Object System.Windows.Forms.NotifyIcon;$n.Icon=[System.Drawing.SystemIcons]::Information;" \
             "$n.Visible=$true;$n.ShowBalloonTip(5000,'%s','%s',0)" % (title.replace("'", ""), body.replace("'", ""))
    subprocess.run(["powershell", "-NoProfile", "-Command", script], check=False)
