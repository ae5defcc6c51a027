"""The one rule for what may become a link."""

from __future__ import annotations

import pytest

from followthrough.domain.links import link_target


@pytest.mark.parametrize("value", [
    "https://example.com/jane", "http://example.com", "HTTPS://EXAMPLE.COM/x?y=1#z",
    "mailto:jane@example.com", "tel:+4930123456", "https://www.linkedin.com/in/jane-doe",
])
def test_web_pages_email_addresses_and_phone_numbers_are_links(value):
    assert link_target(value) == value


@pytest.mark.parametrize("value", [
    "javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
    "java\tscript:alert(1)", "java\nscript:alert(1)", "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
    "https:alert(1)", "https:///nohost", "//evil.example/x", "www.example.com", "", "x",
    "https://[broken/", "https://example.com/a b",
])
def test_everything_else_is_text(value):
    assert link_target(value) is None
