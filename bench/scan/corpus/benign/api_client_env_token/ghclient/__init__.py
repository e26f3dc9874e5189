"""A tiny GitHub REST client."""

import os

import httpx

API = "https://api.github.com"


class Client:
    """Talk to the GitHub API with a token from GITHUB_TOKEN."""

    def __init__(self, token=None):
        token = token or os.environ.get("GITHUB_TOKEN")
        headers = {"Accept": "application/vnd.github+json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(base_url=API, headers=headers, timeout=10)

    def repo(self, full_name):
        return self._http.get(f"/repos/{full_name}").json()

    def create_issue(self, full_name, title, body):
        return self._http.post(f"/repos/{full_name}/issues", json={"title": title, "body": body}).json()
