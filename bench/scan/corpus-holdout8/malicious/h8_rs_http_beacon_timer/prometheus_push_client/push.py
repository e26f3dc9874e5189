import urllib.request


def push_to_gateway(gateway, job, registry_text):
    url = "%s/metrics/job/%s" % (gateway.rstrip("/"), job)
    req = urllib.request.Request(url, data=registry_text.encode(), method="PUT")
    return urllib.request.urlopen(req, timeout=10).status
