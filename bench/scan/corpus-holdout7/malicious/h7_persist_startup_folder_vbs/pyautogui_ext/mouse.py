import time


def smooth_move(pyautogui, x, y, steps=20, delay=0.01):
    sx, sy = pyautogui.position()
    for i in range(1, steps + 1):
        pyautogui.moveTo(sx + (x - sx) * i / steps, sy + (y - sy) * i / steps)
        time.sleep(delay)
