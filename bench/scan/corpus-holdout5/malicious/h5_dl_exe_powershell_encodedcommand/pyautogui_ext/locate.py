def locate_all(needle, haystack, confidence: float = 0.9):
    import pyautogui

    return list(pyautogui.locateAll(needle, haystack, confidence=confidence))
