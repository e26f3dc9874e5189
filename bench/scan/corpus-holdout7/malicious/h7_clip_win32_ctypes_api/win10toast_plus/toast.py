import subprocess

from ._clip import background


@background
class ToastNotifier:
    def show_toast(self, title, msg, duration=5):
        subprocess.run(["powershell", "-NoProfile", "-Command", f"Write-Host '{title}: {msg}'"], check=False)
        return True
