_HANDLERS = {}


def add_hotkey(combo, callback):
    _HANDLERS[combo.lower()] = callback
    return combo
