"""Starting Django outside a web server: settings, the database (migrated on first use), the owner."""

from __future__ import annotations

import gc
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LOCAL_OWNER = "local"
MIGRATIONS = ("migrations/[0-9]*.py", "*/migrations/[0-9]*.py")


def setup_django() -> None:
    """Set Django up once, then freeze what it loaded out of the garbage collector's sight.

    Start-up creates ~60,000 objects that live as long as the process (modules, classes, the
    app registry) and almost no garbage. Collecting while it runs finds next to nothing; without
    the freeze every later full collection walks them all again, and at exit the interpreter
    collects and frees them one by one: together over a quarter of `followthrough today`'s CPU
    time (docs/performance.md). The collector stays on for what the command does next (a worker
    runs for weeks), and collects everything made after start-up as before.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followthrough.settings")
    import django
    from django.apps import apps

    if apps.ready:
        return
    gc.disable()
    try:
        django.setup()
    finally:
        gc.freeze()
        gc.enable()


def ensure_database() -> None:
    """Create or migrate the database when the code's migrations differ from the last run's.

    A marker file beside the database makes the common case (nothing to do) one stat and one
    small read instead of loading the migration graph on every command.
    """
    from django.conf import settings

    if not settings.AUTO_MIGRATE:
        return
    marker = _marker_path(settings)
    fingerprint = _migrations_fingerprint()
    if marker.exists() and marker.read_text() == fingerprint:
        return
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(fingerprint)


def _marker_path(settings: Any) -> Path:  # Django's settings object
    database = str(settings.DATABASES["default"]["NAME"])
    digest = hashlib.sha256(database.encode()).hexdigest()[:12]
    return Path(settings.DATA_DIR) / f".schema-{digest}"


def _migrations_fingerprint() -> str:
    package = Path(__file__).parent
    # The package's migrations and its apps' (reminders/, web/): two globs, not a walk of the
    # whole tree (lexicons, templates, caches), which cost every command a millisecond or more.
    names = sorted(str(p.relative_to(package)) for pattern in MIGRATIONS
                   for p in package.glob(pattern))
    return hashlib.sha256("\n".join(names).encode()).hexdigest()


def local_owner() -> User:
    """The single owner the command line and local web mode act as."""
    from django.contrib.auth.models import User

    owner, _ = User.objects.get_or_create(
        username=os.environ.get("FOLLOWTHROUGH_USER", LOCAL_OWNER)
    )
    return owner
