"""The user's preferences: config.toml in the config directory, and the playbook beside it.

Every door asks `preferences_for(owner)`; nothing else reads these files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followthrough.domain.playbook import DEFAULT_PLAYBOOK, Playbook, parse_playbook
from followthrough.envvars import ConfigurationError
from followthrough.paths import config_dir

CONFIG_EXAMPLE = """\
# Followthrough settings (docs/configuration.md explains each one).
[me]
name = ""          # signs your drafts
email = ""
linkedin = ""      # your profile URL: tells your LinkedIn messages from theirs

[time]
zone = ""          # e.g. "Europe/Berlin"; empty means this computer's zone

[phones]
default_region = "US"   # how to read numbers typed without +country code

[linkedin]
premium = false    # premium accounts may write 300-character connection notes

[reminders]
weekly = false     # the weekly review by email every Monday (or choose on the Reminders page)
"""


@dataclass(frozen=True)
class Preferences:
    my_name: str
    my_email: str
    zone: ZoneInfo
    phone_region: str
    linkedin_premium: bool
    playbook: Playbook
    my_linkedin: str = ""  # [me] linkedin: tells the user's own LinkedIn messages from others'
    # [reminders] weekly: the Monday review email for owners who have not chosen themselves
    weekly_review: bool = False

    @property
    def linkedin_limit(self) -> int:
        # Imported here: the drafts module is for the commands that write drafts.
        from followthrough.domain.drafts import LINKEDIN_LIMIT_FREE, LINKEDIN_LIMIT_PREMIUM

        return LINKEDIN_LIMIT_PREMIUM if self.linkedin_premium else LINKEDIN_LIMIT_FREE


def config_path(directory: Path | None = None) -> Path:
    return (directory or config_dir()) / "config.toml"


def playbook_path(directory: Path | None = None) -> Path:
    return (directory or config_dir()) / "playbook.toml"


def preferences_for(owner: object = None) -> Preferences:
    """The owner's preferences. Today every owner shares the machine's config files."""
    directory = config_dir()  # once: every web page asks
    return _load(str(directory), _mtime(config_path(directory)), _mtime(playbook_path(directory)))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


@lru_cache(maxsize=4)
def _load(directory: str, config_mtime: float, playbook_mtime: float) -> Preferences:
    raw = _read_toml(config_path())
    me, time, phones, linkedin, reminders = (
        _table(raw, k) for k in ("me", "time", "phones", "linkedin", "reminders"))
    return Preferences(
        my_name=_str(me, "me.name"),
        my_email=_str(me, "me.email"),
        zone=_zone(_str(time, "time.zone")),
        phone_region=(_str(phones, "phones.default_region") or "US").upper(),
        linkedin_premium=bool(linkedin.get("premium", False)),
        playbook=_playbook(),
        my_linkedin=_str(me, "me.linkedin"),
        weekly_review=_bool(reminders, "reminders.weekly", False),
    )


def write_preferences(*, name: str | None = None, zone: str | None = None,
                      linkedin_premium: bool | None = None) -> Path:
    """Set [me] name, [time] zone and [linkedin] premium in config.toml (None leaves a value),
    keeping every other line and comment; the file is replaced whole, never half-written."""
    import tomlkit  # here: only the set-up writes the file

    path = config_path()
    _read_toml(path)  # a broken file is reported, not overwritten
    document = tomlkit.parse(path.read_text(encoding="utf-8") if path.exists() else CONFIG_EXAMPLE)
    for table, key, value in (("me", "name", name), ("time", "zone", zone),
                              ("linkedin", "premium", linkedin_premium)):
        if value is not None:
            document.setdefault(table, tomlkit.table())[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(tomlkit.dumps(document), encoding="utf-8")
    os.replace(partial, path)
    return path


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every time zone a person may choose, sorted ('Africa/Abidjan' … 'UTC'). Listed once a
    process, when first asked: listing walks the time-zone database (~70 ms)."""
    from zoneinfo import available_timezones

    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    import tomllib  # here: without a config file a command never needs it

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
        return ZoneInfo(_local_zone_name() or "UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            f"{config_path()}: time.zone {name!r} is not a time zone (try 'Europe/Berlin')"
        ) from None


def _local_zone_name() -> str | None:
    """This computer's zone. The common case answered directly, as tzlocal would answer it:
    no TZ variable, /etc/localtime a link into a zoneinfo folder, /etc/timezone (if any)
    naming the same file. Anything else asks tzlocal, which costs ~15 ms of every command."""
    link = Path("/etc/localtime")
    if "TZ" not in os.environ and link.is_symlink():
        target = os.path.realpath(link)
        name = target.partition("/zoneinfo/")[2]
        if name and _same_zone_file(Path("/etc/timezone"), target):
            return name
    import tzlocal

    return tzlocal.get_localzone_name()


def _same_zone_file(named_in: Path, target: str) -> bool:
    try:
        name = named_in.read_text(encoding="ascii").strip("/ \t\r\n")
    except FileNotFoundError:
        return True
    except (OSError, UnicodeDecodeError):
        return False
    zoneinfo = target.partition("/zoneinfo/")[0] + "/zoneinfo/"
    return os.path.realpath(zoneinfo + name) == target


def _playbook() -> Playbook:
    path = playbook_path()
    if not path.exists():
        return DEFAULT_PLAYBOOK
    return parse_playbook(path.read_text(encoding="utf-8"), source=str(path))


@dataclass(frozen=True)
class BackupPlan:
    """The worker's nightly backup: [backup] in config.toml, each key overridable by a variable."""

    nightly: bool
    keep: int
    directory: Path | None  # None: `backups` in the data folder
    hour: int  # local hour (in [time] zone) from which the night's backup is due


def backup_plan() -> BackupPlan:
    """FOLLOWTHROUGH_BACKUP_NIGHTLY / _KEEP / _DIR / _HOUR win over [backup] nightly, keep,
    directory, hour (a team server sets variables; a laptop edits config.toml)."""
    from followthrough.envvars import env_bool, env_int, env_str

    table = _table(_read_toml(config_path()), "backup")
    nightly = env_bool("FOLLOWTHROUGH_BACKUP_NIGHTLY", _bool(table, "backup.nightly", False))
    keep = _at_least_one(table, "backup.keep", "FOLLOWTHROUGH_BACKUP_KEEP", 7)
    hour = env_int("FOLLOWTHROUGH_BACKUP_HOUR", _int(table, "backup.hour", 3))
    directory = env_str("FOLLOWTHROUGH_BACKUP_DIR") or _str(table, "backup.directory")
    if not 0 <= hour <= 23:
        raise ConfigurationError(f"backup.hour (or FOLLOWTHROUGH_BACKUP_HOUR) must be 0 to 23, "
                                 f"not {hour}")
    return BackupPlan(nightly, keep, Path(directory).expanduser() if directory else None, hour)


def _bool(table: dict[str, Any], dotted: str, default: bool) -> bool:
    value = table.get(dotted.split(".")[1], default)
    if not isinstance(value, bool):
        raise ConfigurationError(f"{config_path()}: {dotted} must be true or false")
    return value


def _int(table: dict[str, Any], dotted: str, default: int) -> int:
    value = table.get(dotted.split(".")[1], default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{config_path()}: {dotted} must be a whole number")
    return value


IMPORT_MAX_RECORDS = 100_000


def import_max_records() -> int:
    """The most contacts one import takes: FOLLOWTHROUGH_IMPORT_MAX_RECORDS, else
    [import] max_records in config.toml, else 100,000."""
    table = _table(_read_toml(config_path()), "import")
    return _at_least_one(table, "import.max_records", "FOLLOWTHROUGH_IMPORT_MAX_RECORDS",
                         IMPORT_MAX_RECORDS)


def _at_least_one(table: dict[str, Any], dotted: str, variable: str, default: int) -> int:
    """`variable` if set, else `dotted` in config.toml, else `default`: a count, 1 or more."""
    from followthrough.envvars import env_int

    value = env_int(variable, _int(table, dotted, default))
    if value < 1:
        raise ConfigurationError(f"{dotted} (or {variable}) must be 1 or more, not {value}")
    return value
