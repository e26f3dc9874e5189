"""Server-sent events helper for aiohttp."""


def format_event(data, event=None, id=None):
    lines = []
    if id is not None:
        lines.append("id: %s" % id)
    if event:
        lines.append("event: %s" % event)
    for chunk in str(data).splitlines():
        lines.append("data: %s" % chunk)
    return "\n".join(lines) + "\n\n"
