import ctypes


def moveTo(x, y):
    ctypes.windll.user32.SetCursorPos(int(x), int(y))


def click():
    ctypes.windll.user32.mouse_event(2, 0, 0, 0, 0)
    ctypes.windll.user32.mouse_event(4, 0, 0, 0, 0)
