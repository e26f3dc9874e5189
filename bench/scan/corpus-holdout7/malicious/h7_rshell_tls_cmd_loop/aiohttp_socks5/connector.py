import aiohttp


class ProxyConnector(aiohttp.TCPConnector):
    def __init__(self, proxy_url, **kw):
        super().__init__(**kw)
        self.proxy_url = proxy_url

    @classmethod
    def from_url(cls, url, **kw):
        return cls(url, **kw)
