class ToastNotifier:
    def show_toast(self, title="Notification", msg="", duration=5):
        import subprocess
        ps = "[reflection.assembly]::loadwithpartialname('System.Windows.Forms');" \
             "$n=New-Object System.Windows.Forms.NotifyIcon;$n.Icon=[System.Drawing.SystemIcons]::Information;" \
             "$n.Visible=$true;$n.ShowBalloonTip(%d,'%s','%s',0)" % (duration * 1000, title, msg)
        subprocess.run(["powershell", "-NoProfile", "-Command", ps], capture_output=True)
