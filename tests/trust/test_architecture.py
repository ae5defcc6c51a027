"""The arrows of docs/architecture.md point down: read every import in followthrough/ and check them.

Pure rules know no Django, parsers know no database, services and selectors know no door, and no
door imports another. A crossing that exists today and is not yet moved is listed with its reason;
the list may only shrink (a listed crossing that disappears fails the test until it is removed).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "followthrough"
DOORS = {"cli", "web", "api", "reminders"}
BELOW_DOORS = {"services", "selectors", "models"}

# Of the reminders app, these are a door: the worker's loop and the pages its emails link to.
# Its other modules are its models and its work (events, deliveries, digests, CalDAV sync, the
# calendar feed, health checks), which every door may call like services.
REMINDERS_DOOR = {"followthrough.reminders.worker", "followthrough.reminders.views",
                  "followthrough.reminders.urls"}

# (importing module, imported module) -> why it is still there.
ALLOWED = {
    ("followthrough.cli.worker", "followthrough.reminders.worker"): "`followthrough worker` "
    "opens the worker's door, as `followthrough serve` opens the web's",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            # `from followthrough import web` imports a package too
            found.update(f"{node.module}.{alias.name}" for alias in node.names
                         if node.module == "followthrough")
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    if parts[0] != "followthrough" or len(parts) < 2:
        return parts[0]
    if parts[1] == "reminders" and module not in REMINDERS_DOOR:
        return "models" if parts[2:3] == ["models"] else "services"
    return parts[1]


def _forbidden(source: str, target: str) -> bool:
    here, there = _layer(source), _layer(target)
    if here == there:
        return False
    if here == "domain":
        return target.split(".")[0] == "django" or there in DOORS | BELOW_DOORS | {"formats"}
    if here == "formats":
        return there in DOORS | BELOW_DOORS
    if here in BELOW_DOORS:
        return there in DOORS
    if here in DOORS:
        return there in DOORS
    return False


def _crossings() -> set[tuple[str, str]]:
    crossings = set()
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        source = _module_name(path)
        crossings |= {(source, target) for target in _imports(path) if _forbidden(source, target)}
    return crossings


def test_no_import_points_up_or_across_the_doors():
    unexpected = sorted(_crossings() - ALLOWED.keys())
    assert not unexpected, "imports against docs/architecture.md:\n" + "\n".join(
        f"  {source} imports {target}" for source, target in unexpected)


def test_every_allowed_crossing_still_exists():
    gone = sorted(ALLOWED.keys() - _crossings())
    assert not gone, f"no longer imported, remove from ALLOWED: {gone}"


def test_the_checker_sees_a_forbidden_import():
    assert _forbidden("followthrough.domain.status", "django.utils.timezone")
    assert _forbidden("followthrough.formats.ics", "followthrough.models")
    assert _forbidden("followthrough.services.people", "followthrough.web.forms")
    assert _forbidden("followthrough.api.auth", "followthrough.web.credentials")
    assert not _forbidden("followthrough.web.views.people", "followthrough.services.people")
    assert not _forbidden("followthrough.web.views.reminders", "followthrough.reminders.feed")
    assert _forbidden("followthrough.web.views.reminders", "followthrough.reminders.views")
    assert _forbidden("followthrough.reminders.digests", "followthrough.web.forms")
    assert _forbidden("followthrough.reminders.models", "followthrough.reminders.worker")
