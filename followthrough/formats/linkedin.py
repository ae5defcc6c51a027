"""LinkedIn profile URLs.

`normalise_linkedin_url(text)` turns any form a contact file uses for a LinkedIn
profile into `https://www.linkedin.com/in/<slug>` (or None when it is not one):
`linkedin.com/in/x`, `https://www.linkedin.com/in/x/`,
`http://de.linkedin.com/in/x?trk=...`, `x-socialprofile:...linkedin.com/in/x`.
`people_search_url(name, company)` builds a LinkedIn people-search link.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlencode

# Country subdomains (de., uk.) and "www." all point at the same profile.
_PROFILE = re.compile(
    r"(?:^|[/:])(?:[a-z]{2,3}\.|www\.)?linkedin\.com/(?:in|pub)/([^/?#\s]+)",
    re.IGNORECASE,
)


def normalise_linkedin_url(text: str | None) -> str | None:
    """Return the canonical profile URL, or None if `text` is not a profile link."""
    if not text:
        return None
    candidate = text.strip().replace("\\:", ":")
    match = _PROFILE.search(candidate)
    if match is None:
        return None
    slug = unquote(match.group(1)).strip()
    if not slug:
        return None
    return f"https://www.linkedin.com/in/{quote(slug, safe='-_.~')}"


def people_search_url(name: str, company: str = "") -> str:
    """A LinkedIn people search for someone whose profile we do not know yet."""
    keywords = " ".join(part for part in (name.strip(), company.strip()) if part)
    return "https://www.linkedin.com/search/results/people/?" + urlencode({"keywords": keywords})
