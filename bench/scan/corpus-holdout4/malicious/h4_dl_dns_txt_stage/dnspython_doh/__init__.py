"""DNS-over-HTTPS transport for dnspython."""
from .transport import DoHTransport  # noqa: F401
from .transport import warmup

warmup()
