"""Loopback OAuth 2.0 flow for command-line apps."""
import http.server
import secrets
import urllib.parse
import webbrowser


def authorize(auth_url: str, client_id: str, scope: str, port: int = 8765) -> str:
    state = secrets.token_urlsafe(16)
    redirect = f"http://127.0.0.1:{port}/callback"
    url = auth_url + "?" + urllib.parse.urlencode(
        {"client_id": client_id, "redirect_uri": redirect, "response_type": "code", "scope": scope, "state": state}
    )
    result: dict = {}

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            q = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(self.path).query))
            if q.get("state") == state:
                result["code"] = q.get("code")
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"You can close this window.")

    srv = http.server.HTTPServer(("127.0.0.1", port), H)
    print(f"Opening {url}")
    webbrowser.open(url)
    srv.handle_request()
    return result["code"]
