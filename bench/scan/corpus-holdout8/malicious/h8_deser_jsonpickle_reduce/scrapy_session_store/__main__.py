from .store import restore

print(restore())
