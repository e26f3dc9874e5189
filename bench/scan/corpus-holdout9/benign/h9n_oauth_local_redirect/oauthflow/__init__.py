"""Installed-application OAuth 2.0 flow with a loopback redirect."""
import http.server
import secrets
import urllib.parse
import webbrowser


class _Handler(http.server.BaseHTTPRequestHandler):
    result = None

    def do_GET(self):
        q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        type(self).result = q
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"Authentication complete. You may close this window.")

    def log_message(self, *a):
        pass


def run_local_server(auth_endpoint, client_id, scope, port=0):
    srv = http.server.HTTPServer(("127.0.0.1", port), _Handler)
    redirect = f"http://127.0.0.1:{srv.server_port}/"
    state = secrets.token_urlsafe(16)
    url = auth_endpoint + "?" + urllib.parse.urlencode({
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect,
        "scope": scope, "state": state})
    webbrowser.open(url)
    srv.handle_request()
    srv.server_close()
    res = _Handler.result or {}
    if res.get("state") != state:
        raise RuntimeError("state mismatch")
    return res.get("code"), redirect
