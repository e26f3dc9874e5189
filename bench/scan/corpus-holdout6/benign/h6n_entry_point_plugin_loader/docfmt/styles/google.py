def format(doc: str) -> str:
    return doc.strip()
