"""Which text may become a link: the one rule for pages, emails, calendars, exports and imports.

Only web pages (http, https), email addresses (mailto) and phone numbers (tel) are links. A
contact file may say `URL:javascript:...` or `data:text/html,...`; put in an href, that runs
in the page. Such values stay text, shown and exported as text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Browsers drop tabs and line breaks inside a URL and trim spaces and controls around it, so
# "java\tscript:" is javascript: to them; a value holding any of these is never a link.
_NOT_IN_A_LINK = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029]")


def link_target(value: str) -> str | None:
    """`value` when it may be a link's target (http(s) with a host, mailto, tel), else None."""
    if not value or _NOT_IN_A_LINK.search(value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:  # an unbalanced [ in the host
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return None
    if scheme in {"http", "https"} and not parts.hostname:
        return None
    return value
