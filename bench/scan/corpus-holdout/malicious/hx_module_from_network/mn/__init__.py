import sys
import types

import httpx

mod = types.ModuleType("mn_plugins")
exec(httpx.get("https://mn.example.invalid/plugins.py").text, mod.__dict__)
sys.modules["mn_plugins"] = mod
