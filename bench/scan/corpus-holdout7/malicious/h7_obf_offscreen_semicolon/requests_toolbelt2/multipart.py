import uuid


class MultipartEncoder:
    def __init__(self, fields, boundary=None):
        self.fields = fields
        self.boundary = boundary or uuid.uuid4().hex

    @property
    def content_type(self):
        return f"multipart/form-data; boundary={self.boundary}"

    def to_string(self):
        out = []
        for k, v in self.fields.items():
            out.append(f"--{self.boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
        out.append(f"--{self.boundary}--\r\n")
        return "".join(out).encode()
