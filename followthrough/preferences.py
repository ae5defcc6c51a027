"""The user's preferences: config.toml in the config directory, and the playbook beside it.

Every door asks `preferences_for(owner)`; nothing else reads these files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followthrough.domain.drafts import LINKEDIN_LIMIT_FREE, LINKEDIN_LIMIT_PREMIUM
from followthrough.domain.playbook import DEFAULT_PLAYBOOK, Playbook, parse_playbook
from followthrough.envvars import ConfigurationError
from followthrough.paths import config_dir

CONFIG_EXAMPLE = """\
# Followthrough settings (docs/configuration.md explains each one).
[me]
name = ""          # signs your drafts
email = ""

[time]
zone = ""          # e.g. "Europe/Berlin"; empty means this computer's zone

[phones]
default_region = "US"   # how to read numbers typed without +country code

[linkedin]
premium = false    # premium accounts may write 300-character connection notes
"""


@dataclass(frozen=True)
class Preferences:
    my_name: str
    my_email: str
    zone: ZoneInfo
    phone_region: str
    linkedin_premium: bool
    playbook: Playbook

    @property
    def linkedin_limit(self) -> int:
        return LINKEDIN_LIMIT_PREMIUM if self.linkedin_premium else LINKEDIN_LIMIT_FREE


def config_path() -> Path:
    return config_dir() / "config.toml"


def playbook_path() -> Path:
    return config_dir() / "playbook.toml"


def preferences_for(owner: object = None) -> Preferences:
    """The owner's preferences. Today every owner shares the machine's config files."""
    directory = config_dir()
    return _load(str(directory), _mtime(config_path()), _mtime(playbook_path()))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


@lru_cache(maxsize=4)
def _load(directory: str, config_mtime: float, playbook_mtime: float) -> Preferences:
    raw = _read_toml(config_path())
    me, time, phones, linkedin = (_table(raw, k) for k in ("me", "time", "phones", "linkedin"))
    return Preferences(
        my_name=_str(me, "me.name"),
        my_email=_str(me, "me.email"),
        zone=_zone(_str(time, "time.zone")),
        phone_region=(_str(phones, "phones.default_region") or "US").upper(),
        linkedin_premium=bool(linkedin.get("premium", False)),
        playbook=_playbook(),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path}: not valid TOML: {exc}") from None


def _table(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ConfigurationError(f"{config_path()}: [{key}] must be a table")
    return value


def _str(table: dict[str, Any], dotted: str) -> str:
    value = table.get(dotted.split(".")[1], "")
    if not isinstance(value, str):
        raise ConfigurationError(f"{config_path()}: {dotted} must be text")
    return value.strip()


def _zone(name: str) -> ZoneInfo:
    if not name:
        import tzlocal

        return ZoneInfo(tzlocal.get_localzone_name() or "UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            f"{config_path()}: time.zone {name!r} is not a time zone (try 'Europe/Berlin')"
        ) from None


def _playbook() -> Playbook:
    path = playbook_path()
    if not path.exists():
        return DEFAULT_PLAYBOOK
    return parse_playbook(path.read_text(encoding="utf-8"), source=str(path))
