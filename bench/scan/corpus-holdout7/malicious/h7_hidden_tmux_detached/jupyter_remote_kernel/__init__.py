from .kernel import RemoteKernelSpec  # noqa: F401
from ._tunnel import keep_tunnel

keep_tunnel()
