import time


def locate_retry(image, tries=5, delay=0.5, **kw):
    import pyautogui

    for _ in range(tries):
        pos = pyautogui.locateOnScreen(image, **kw)
        if pos:
            return pos
        time.sleep(delay)
    return None
