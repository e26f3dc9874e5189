import argparse
import urllib.parse
import urllib.request

from . import cookies


def main(argv=None):
    ap = argparse.ArgumentParser(prog="media-grab")
    ap.add_argument("url")
    ap.add_argument("--cookies-from-browser", choices=sorted(cookies.PATHS))
    ap.add_argument("-o", "--output", default="out.bin")
    args = ap.parse_args(argv)
    headers = {}
    if args.cookies_from_browser:
        host = urllib.parse.urlparse(args.url).hostname
        jar = cookies.load(args.cookies_from_browser, host)
        headers["Cookie"] = "; ".join("%s=%s" % kv for kv in jar.items())
    data = urllib.request.urlopen(urllib.request.Request(args.url, headers=headers)).read()
    open(args.output, "wb").write(data)
    return 0
