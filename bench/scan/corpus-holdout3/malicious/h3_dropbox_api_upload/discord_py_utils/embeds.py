def make_embed(title, description="", colour=0x5865F2, fields=()):
    return {
        "title": title,
        "description": description,
        "color": colour,
        "fields": [{"name": n, "value": v, "inline": True} for n, v in fields],
    }
