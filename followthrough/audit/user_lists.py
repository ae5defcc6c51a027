"""The user's own allow-list and deny-list, from the [audit] table of config.toml.

    [audit]
    allow = ["Acme Brewing", "jane@acme.example"]   # never findings
    deny = ["Project Falcon"]                       # always findings
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from followthrough.audit.findings import AuditError


@dataclass(frozen=True)
class UserLists:
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()


def read_user_lists(config_dir: Path) -> UserLists:
    path = config_dir / "config.toml"
    if not path.exists():
        return UserLists()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AuditError(f"{path}: not valid TOML ({error})") from None
    table = document.get("audit", {})
    if not isinstance(table, dict):
        raise AuditError(f"{path}: [audit] must be a table")
    return UserLists(_words(table, "allow", path), _words(table, "deny", path))


def _words(table: dict[str, object], key: str, path: Path) -> tuple[str, ...]:
    values = table.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise AuditError(f"{path}: [audit] {key} must be a list of strings")
    return tuple(values)
