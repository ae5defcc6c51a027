"""The arrows of docs/architecture.md point down: read every import in followthrough/ and check them.

Every top-level module belongs to a layer (LAYERS; a new module fails until it is placed), each
layer may import the layers its row of docs/architecture.md's table names (MAY_IMPORT, checked
against the table), and no door writes a model. A crossing that exists and is not yet moved is
listed with its reason; the list may only shrink.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "followthrough"
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# Each top-level module of followthrough/ (package or file) and its layer. The reminders app is
# split: its models, its doors (the worker's loop, the pages its emails link to) and its work.
LAYERS = {
    "domain": "domain", "errors": "errors", "formats": "formats", "audit": "audit",
    "envvars": "config", "paths": "config", "settings": "config", "preferences": "config",
    "bootstrap": "config", "models": "models", "selectors": "selectors", "services": "services",
    "reminders": "work", "cli": "doors", "web": "doors", "api": "doors",
    "apps": "wiring", "urls": "wiring", "wsgi": "wiring", "__main__": "wiring",
    "__init__": "wiring",
}
REMINDERS_DOORS = {"followthrough.reminders.worker", "followthrough.reminders.views",
                   "followthrough.reminders.urls"}
# What each layer may import of Followthrough (its own layer always). docs/architecture.md's
# table says the same: test_the_table_in_the_docs_says_what_is_enforced.
MAY_IMPORT = {
    "domain": set(),
    "errors": set(),
    "config": {"domain"},
    "formats": {"domain", "errors"},
    "audit": {"domain", "errors", "formats"},
    "models": {"domain"},
    "selectors": {"domain", "errors", "config", "formats", "models"},
    "services": {"domain", "errors", "config", "formats", "models", "selectors"},
    "work": {"domain", "errors", "config", "formats", "models", "selectors", "services"},
    "doors": {"domain", "errors", "config", "formats", "audit", "models", "selectors", "services",
              "work"},
    "wiring": {"domain", "errors", "config", "formats", "audit", "models", "selectors",
               "services", "work", "doors"},
}
# Layers that must not know Django at all: plain functions of plain data.
WITHOUT_DJANGO = {"domain", "formats", "audit", "errors"}
DOORS = ("cli", "web", "api", "reminders-doors")

# (importing module, imported module) -> why it is still there.
ALLOWED = {
    ("followthrough.cli.worker", "followthrough.reminders.worker"): "`followthrough worker` "
    "opens the worker's door, as `followthrough serve` opens the web's",
}
# What writes a model: a manager's or queryset's writes, and an instance's save() and delete()
# (called with no positional argument, unlike a file's or an image's save(path)).
MANAGER_WRITES = {"create", "bulk_create", "bulk_update", "get_or_create", "update_or_create",
                  "update", "delete"}
INSTANCE_WRITES = {"save", "delete"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 2 else parts)


def _sources() -> list[tuple[str, Path]]:
    return [(_module_name(path), path) for path in sorted(PACKAGE.rglob("*.py"))
            if "migrations" not in path.parts]


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


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _layer(module: str) -> str:
    """The layer of a module of followthrough (KeyError for one LAYERS does not know)."""
    top = _top(module)
    if top == "reminders":
        if module in REMINDERS_DOORS:
            return "doors"
        if module.split(".")[2:3] == ["models"]:
            return "models"
    return LAYERS[top]


def _door(module: str) -> str | None:
    """Which door a module belongs to, if it is one."""
    if module in REMINDERS_DOORS:
        return "reminders-doors"
    top = _top(module)
    return top if top in DOORS else None


def _forbidden(source: str, target: str) -> bool:
    here = _layer(source)
    if not target.startswith("followthrough.") and target != "followthrough":
        return here in WITHOUT_DJANGO and target.split(".")[0] == "django"
    if target == "followthrough":
        return False
    there = _layer(target)
    if here == there:
        door, other = _door(source), _door(target)
        return door is not None and other is not None and door != other
    return there not in MAY_IMPORT[here]


def _crossings() -> set[tuple[str, str]]:
    return {(source, target) for source, path in _sources() for target in _imports(path)
            if _forbidden(source, target)}


def test_every_top_level_module_has_a_layer():
    tops = {path.stem if path.is_file() else path.name for path in PACKAGE.iterdir()
            if (path.suffix == ".py" or (path / "__init__.py").exists())}
    assert tops - {"migrations"} == LAYERS.keys(), (
        f"place these in LAYERS and in docs/architecture.md: {sorted(tops - LAYERS.keys())}")


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
    assert _forbidden("followthrough.formats.ics", "django.db")
    assert _forbidden("followthrough.services.people", "followthrough.web.forms")
    assert _forbidden("followthrough.selectors.people", "followthrough.services.contacts")
    assert _forbidden("followthrough.models.person", "followthrough.selectors.people")
    assert _forbidden("followthrough.api.auth", "followthrough.web.credentials")
    assert not _forbidden("followthrough.web.views.people", "followthrough.services.people")
    assert not _forbidden("followthrough.web.views.reminders", "followthrough.reminders.feed")
    assert _forbidden("followthrough.web.views.reminders", "followthrough.reminders.views")
    assert _forbidden("followthrough.reminders.digests", "followthrough.web.forms")
    assert _forbidden("followthrough.reminders.models", "followthrough.reminders.worker")


def _door_writes(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, chain = node.func.attr, ast.unparse(node.func.value)
        if method in MANAGER_WRITES and re.search(r"\bobjects\b|_default_manager", chain):
            found.append(f"{chain}.{method}()")
        elif method in INSTANCE_WRITES and not node.args:
            found.append(f"{chain}.{method}()")
    return found


def test_no_door_writes_a_model():
    writes = [f"  {source}: {write}" for source, path in _sources() if _door(source)
              for write in _door_writes(ast.parse(path.read_text()))]
    assert not writes, "doors write through a service, never a model:\n" + "\n".join(writes)


def test_the_write_checker_sees_a_write_and_not_a_file_saved():
    tree = ast.parse("Person.objects.filter(id=1).update(full_name='x')\nperson.save()\n"
                     "Step.objects.create(kind='call')\nqr.save(str(out), scale=8)\n"
                     "bar.update(task, completed=1)\n")
    assert _door_writes(tree) == ["Person.objects.filter(id=1).update()", "person.save()",
                                  "Step.objects.create()"]


def test_the_table_in_the_docs_says_what_is_enforced():
    """docs/architecture.md: `| layer | where | holds | may import |`, the last cell naming
    layers in backticks (or — for none)."""
    table = {}
    for line in ARCHITECTURE.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].strip("*") in MAY_IMPORT:
            table[cells[0].strip("*")] = set(re.findall(r"`([a-z]+)`", cells[3]))
    assert table == MAY_IMPORT
