def hotkey_chain(*combos, interval=0.1):
    import pyautogui

    for combo in combos:
        pyautogui.hotkey(*combo.split("+"), interval=interval)
