def format(doc: str) -> str:
    return doc.strip().replace("Args:", "Parameters\n----------")
