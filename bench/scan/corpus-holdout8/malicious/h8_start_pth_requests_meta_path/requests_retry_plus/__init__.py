def retrying(session, total=3, backoff=0.3):
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    adapter = HTTPAdapter(max_retries=Retry(total=total, backoff_factor=backoff))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
