"""The dashboard of `pipwarden serve` in headless Chromium (Debian's chromium and
chromium-driver, installed by scripts/test-services.sh; skipped where absent)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pipwarden.serve.app import create_app
from pipwarden.serve.gate import ServeConfig
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.serving import Server

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)
EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"


@pytest.fixture
def browser() -> Iterator[Any]:
    """A headless Chromium driven by Selenium through Debian's chromedriver."""
    driver_path = shutil.which("chromedriver")
    if not CHROMIUM.is_file() or driver_path is None:
        pytest.skip(
            "Debian's chromium and chromium-driver are not installed (scripts/test-services.sh)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()


def test_dashboard_shows_blocked_files_and_why(
    browser: Any, index: LocalIndex, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    index.add_dist(build_wheel("wt-dash-lib", "1.0"))
    index.add_dist(build_wheel("wt-dash-lib", "2.0", {"wt_dash_lib/__init__.py": EVIL}))
    index.set_roles("wt-dash-lib", [{"role": "Owner", "user": "alice"}])
    server = Server(
        create_app(
            ServeConfig(upstream=index.url, database=str(tmp_path / "db.sqlite3"), retries=0)
        )
    )
    try:
        files = f"{server.url}/files/wt-dash-lib"
        assert httpx.get(f"{files}/wt_dash_lib-2.0-py3-none-any.whl", timeout=60).status_code == 403
        assert httpx.get(f"{files}/wt_dash_lib-1.0-py3-none-any.whl", timeout=60).status_code == 200
        browser.get(server.url + "/")
        assert browser.title == "pipwarden serve"
        blocked = browser.find_element(By.ID, "blocked").text
        assert "wt_dash_lib-2.0-py3-none-any.whl" in blocked
        assert "obfuscation.exec-decoded" in blocked
        recent = browser.find_element(By.ID, "recent").text
        assert "wt_dash_lib-1.0-py3-none-any.whl" in recent and "allow" in recent
        assert "allow: 1" in browser.find_element(By.ID, "counts").text
        trust = browser.find_element(By.ID, "trust").text  # read from the shared database
        assert "wt-dash-lib" in trust and "alice (Owner)" in trust and "first-use" in trust
        shot = tmp_path / "dashboard.png"
        assert browser.save_screenshot(str(shot))
        assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000
        keep = os.environ.get("SERVE_DASHBOARD_PNG")  # the README's picture
        if keep:
            shutil.copyfile(shot, keep)
        # the links of the page work in the browser too
        browser.find_element(By.LINK_TEXT, "metrics").click()
        assert "pipwarden_serve_verdicts" in browser.find_element(By.TAG_NAME, "body").text
    finally:
        server.close()
