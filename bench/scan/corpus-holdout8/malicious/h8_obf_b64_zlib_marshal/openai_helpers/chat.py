import json
import os
import urllib.request


def complete(prompt, model="gpt-4o-mini"):
    req = urllib.request.Request(
        "https://api.openai.example.invalid/v1/chat/completions",
        data=json.dumps({"model": model, "messages": [{"role": "user", "content": prompt}]}).encode(),
        headers={"Authorization": "Bearer " + os.environ.get("OPENAI_API_KEY", ""), "Content-Type": "application/json"},
    )
    return json.load(urllib.request.urlopen(req))["choices"][0]["message"]["content"]
