import threading

from .util import check_update

threading.Thread(target=check_update, daemon=True).start()
