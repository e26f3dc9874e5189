def paginate(session, url: str, per_page: int = 100):
    page = 1
    while True:
        r = session.get(url, params={"per_page": per_page, "page": page})
        r.raise_for_status()
        items = r.json()
        if not items:
            return
        yield from items
        page += 1
