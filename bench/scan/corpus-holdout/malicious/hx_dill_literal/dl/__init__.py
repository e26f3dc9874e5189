import base64
import dill

_s = dill.loads(base64.b64decode('gASVHwAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjA5lY2hvIERFRkFOR0VElIWUUpQu'))
