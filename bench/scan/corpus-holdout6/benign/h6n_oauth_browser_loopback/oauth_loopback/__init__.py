"""OAuth 2.0 loopback flow for desktop apps (RFC 8252)."""
import base64
import hashlib
import http.server
import secrets
import urllib.parse
import webbrowser


def authorize(auth_url: str, client_id: str, scopes: list, port: int = 0) -> dict:
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    result = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            q = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(self.path).query))
            if q.get("state") == state:
                result.update(q)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"You can close this window.")

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", port), Handler)
    redirect = f"http://127.0.0.1:{srv.server_port}/"
    params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect, "scope": " ".join(scopes),
              "state": state, "code_challenge": challenge, "code_challenge_method": "S256"}
    webbrowser.open(f"{auth_url}?{urllib.parse.urlencode(params)}")
    srv.handle_request()
    return {"code": result.get("code"), "code_verifier": verifier, "redirect_uri": redirect}
