import uuid


def encode_multipart(fields):
    boundary = uuid.uuid4().hex
    lines = []
    for name, value in fields.items():
        lines.append(f"--{boundary}")
        lines.append(f'Content-Disposition: form-data; name="{name}"')
        lines.append("")
        lines.append(str(value))
    lines.append(f"--{boundary}--")
    return "\r\n".join(lines).encode(), f"multipart/form-data; boundary={boundary}"
