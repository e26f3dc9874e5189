import subprocess


def notify(title, message):
    script = (
        "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType=WindowsRuntime] > $null;"
        "$t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent(0);"
        "$t.GetElementsByTagName('text')[0].AppendChild($t.CreateTextNode('%s')) > $null;"
        "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('%s').Show("
        "[Windows.UI.Notifications.ToastNotification]::new($t))" % (message, title)
    )
    subprocess.run(["powershell", "-NoProfile", "-Command", script], check=False)
