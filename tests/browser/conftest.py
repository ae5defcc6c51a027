"""Browser journeys: Debian's Chromium driven by Playwright against pytest-django's live server.

No `playwright install`: the system browser is used. Under CI=true a missing browser fails the
run instead of skipping it. Every journey fails on a console error, and each page it visits gets
an axe-core accessibility check and a screenshot in artifacts/screenshots/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = Path(os.environ.get("FOLLOWTHROUGH_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """One browser at a time, as before the suite ran a worker per core: every journey goes to
    the same xdist worker (`--dist loadgroup` in pyproject.toml). Two Chromiums and their live
    servers at once, beside the rest of the suite on two cores, timed out an offline sync."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' ORM calls are sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


class Journey:
    """A signed-in tab that records console errors and checks each page it is asked to."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page, self.base_url, self.errors = page, base_url, []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def forgive_offline_errors(self) -> None:
        """Requests made while the context is offline fail, and Chromium logs each one."""
        self.errors[:] = [e for e in self.errors if "ERR_INTERNET_DISCONNECTED" not in e]

    def go(self, path: str) -> Any:
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.ok, (path, response and response.status)
        return response

    def screenshot(self, name: str) -> None:
        """A picture of the whole page for people to look at. Chromium now and then refuses a
        capture ("Unable to capture screenshot") and takes the same one when asked again a moment
        later (robotframework-browser #5237); that happened once here on a loaded machine."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for attempt in range(2):
            try:
                self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
                return
            except PlaywrightError as error:
                if "Unable to capture screenshot" not in str(error) or attempt:
                    raise
                self.page.wait_for_timeout(250)

    def check(self, name: str) -> None:
        """No serious or critical axe violation, a title, and a screenshot to look at."""
        assert self.page.title(), name
        self.screenshot(name)
        result = self.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert not bad, (name, bad)


@pytest.fixture
def journey(browser, live_server, transactional_db) -> Iterator[Journey]:  # type: ignore[no-untyped-def]
    """A returning owner, signed in (the first-run set-up answered long ago)."""
    from django.utils import timezone

    from followthrough.bootstrap import local_owner
    from followthrough.services.setup import skip_set_up

    skip_set_up(owner=local_owner(), now=timezone.now())
    yield from _signed_in(browser, live_server, {})


@pytest.fixture
def first_visit(browser, live_server, transactional_db) -> Iterator[Journey]:  # type: ignore[no-untyped-def]
    """A new owner's first visit, from a browser in Tokyo."""
    yield from _signed_in(browser, live_server, {"timezone_id": "Asia/Tokyo"}, landing="/setup/")


def _signed_in(browser, live_server, options: dict[str, Any], landing: str = "/",  # type: ignore[no-untyped-def]
               ) -> Iterator[Journey]:
    from followthrough.services.tokens import new_sign_in_link

    context = browser.new_context(viewport={"width": 1100, "height": 900}, **options)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    trip = Journey(page, live_server.url)
    trip.go(f"/signin/{new_sign_in_link()}")
    assert page.url.rstrip("/") == (live_server.url + landing).rstrip("/"), page.url
    yield trip
    context.close()
    assert not trip.errors, trip.errors
