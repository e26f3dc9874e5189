from . import _lic


class Document:
    def __init__(self):
        self.pages = []

    def add_page(self, text):
        if not _lic.LICENSED and len(self.pages) >= 3:
            raise RuntimeError("trial limited to 3 pages")
        self.pages.append(text)
