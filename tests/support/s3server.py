"""An S3-compatible server on 127.0.0.1 for tests: moto's, with credentials enforced.

moto's server accepts any credentials until told otherwise: `start` makes one
IAM user with an access key allowed to use S3, then turns authentication on,
so that a wrong secret is refused as S3 refuses it (SignatureDoesNotMatch).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

REGION = "us-east-1"


@dataclass
class S3Server:
    """A running S3-compatible endpoint and the one access key it accepts."""

    url: str
    key_id: str
    secret: str
    server: Any

    def client(self) -> Any:
        """A boto3 S3 client with the valid credentials."""
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id=self.key_id,
            aws_secret_access_key=self.secret,
            region_name=REGION,
        )

    def env(self, secret: str | None = None) -> dict[str, str]:
        """The AWS_* environment a pipwarden server is given (`secret`: another one)."""
        return {
            "AWS_ACCESS_KEY_ID": self.key_id,
            "AWS_SECRET_ACCESS_KEY": secret or self.secret,
            "AWS_DEFAULT_REGION": REGION,
        }

    def stop(self) -> None:
        """Stop the server."""
        self.server.stop()


def start() -> S3Server:
    """moto's S3 server on a free port of 127.0.0.1, requiring the key it returns."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    anyone = {"aws_access_key_id": "AKIDSETUP", "aws_secret_access_key": "setup"}
    iam = boto3.client("iam", endpoint_url=url, region_name=REGION, **anyone)
    iam.create_user(UserName="pipwarden")
    key = iam.create_access_key(UserName="pipwarden")["AccessKey"]
    policy = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
    }
    iam.put_user_policy(UserName="pipwarden", PolicyName="s3", PolicyDocument=json.dumps(policy))
    # from now on every request must be signed with that key
    httpx.post(f"{url}/moto-api/reset-auth", content=b"0", timeout=10).raise_for_status()
    return S3Server(url, key["AccessKeyId"], key["SecretAccessKey"], server)


class Failing:
    """An endpoint that answers every request with HTTP 500 and S3's InternalError."""

    BODY = (
        b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code>'
        b"<Message>We encountered an internal error. Please try again.</Message></Error>"
    )

    def __init__(self) -> None:
        body = self.BODY
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _fail(self) -> None:
                outer.requests += 1
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(500)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = _fail

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop answering."""
        self._server.shutdown()
        self._server.server_close()
