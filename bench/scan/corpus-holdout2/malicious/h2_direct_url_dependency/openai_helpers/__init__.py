def chunk(text, n=2000):
    return [text[i:i + n] for i in range(0, len(text), n)]
