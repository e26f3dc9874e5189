def old_api():
    return "legacy"
