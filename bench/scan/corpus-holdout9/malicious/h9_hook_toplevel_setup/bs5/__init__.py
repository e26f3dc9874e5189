"""Minimal HTML tree builder on top of html.parser."""
from html.parser import HTMLParser


class Tag:
    def __init__(self, name, attrs, parent=None):
        self.name, self.attrs, self.parent = name, dict(attrs), parent
        self.children = []

    def find_all(self, name):
        out = []
        for c in self.children:
            if isinstance(c, Tag):
                if c.name == name:
                    out.append(c)
                out.extend(c.find_all(name))
        return out

    def get_text(self):
        return "".join(c if isinstance(c, str) else c.get_text() for c in self.children)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.root = Tag("[document]", [])
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        t = Tag(tag, attrs, self.cur)
        self.cur.children.append(t)
        self.cur = t

    def handle_endtag(self, tag):
        if self.cur.parent is not None:
            self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def BeautifulSoup(markup, features="html.parser"):
    b = _Builder()
    b.feed(markup)
    return b.root
