import subprocess


def show_toast(title, message):
    script = (
        "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null;"
        f"$t = [Windows.UI.Notifications.ToastTemplateType]::ToastText02; echo '{title}: {message}'"
    )
    subprocess.run(["powershell", "-NoProfile", "-Command", script], check=False)
