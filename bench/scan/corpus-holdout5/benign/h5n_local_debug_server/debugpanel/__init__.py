"""In-browser debug console for local development."""
import http.server
import json
import secrets
import threading

PIN = secrets.token_hex(4)


class _Handler(http.server.BaseHTTPRequestHandler):
    namespace: dict = {}

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        if body.get("pin") != PIN:
            self.send_response(403)
            self.end_headers()
            return
        try:
            result = repr(eval(body["expr"], self.namespace))
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
        self.send_response(200)
        self.end_headers()
        self.wfile.write(result.encode())


def serve(namespace: dict, port: int = 5678) -> threading.Thread:
    """Start the console on localhost only; prints the PIN to the terminal."""
    _Handler.namespace = namespace
    srv = http.server.HTTPServer(("127.0.0.1", port), _Handler)
    print(f" * Debug console on http://127.0.0.1:{port}  PIN: {PIN}")
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    return t
