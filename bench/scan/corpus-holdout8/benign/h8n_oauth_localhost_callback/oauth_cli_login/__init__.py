import http.server
import json
import secrets
import urllib.parse
import urllib.request
import webbrowser

AUTH = "https://auth.example.invalid/oauth/authorize"
TOKEN = "https://auth.example.invalid/oauth/token"


def login(client_id, port=8765):
    state = secrets.token_urlsafe(16)
    redirect = "http://127.0.0.1:%d/callback" % port
    result = {}

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            if q.get("state", [""])[0] == state:
                result["code"] = q.get("code", [""])[0]
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"You can close this window.")

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", port), H)
    webbrowser.open(AUTH + "?" + urllib.parse.urlencode(
        {"client_id": client_id, "redirect_uri": redirect, "state": state, "response_type": "code"}))
    srv.handle_request()
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": result.get("code", ""),
                                   "client_id": client_id, "redirect_uri": redirect}).encode()
    tok = json.load(urllib.request.urlopen(TOKEN, data=body))
    import keyring
    keyring.set_password("oauth-cli-login", client_id, tok["access_token"])
    return tok
