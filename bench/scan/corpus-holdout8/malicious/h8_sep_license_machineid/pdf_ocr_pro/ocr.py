import subprocess

from .license import validate


def ocr_pdf(path, lang="eng"):
    validate()
    return subprocess.run(["tesseract", path, "-", "-l", lang], capture_output=True, text=True).stdout
