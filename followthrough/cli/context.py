"""The application object a command works with: the owner, their preferences and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from followthrough.preferences import Preferences

F = TypeVar("F", bound=Callable[..., Any])


def wall_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class App:
    owner: User
    prefs: Preferences
    clock: Callable[[], datetime] = wall_clock

    def now(self) -> datetime:
        return self.clock()

    @classmethod
    def boot(cls) -> App:
        from followthrough.bootstrap import ensure_database, local_owner, setup_django

        setup_django()
        ensure_database()
        from followthrough.preferences import preferences_for

        owner = local_owner()
        return cls(owner=owner, prefs=preferences_for(owner))


def pass_app(command: F) -> F:
    """Give the command the App, booting Django only for commands that need it."""

    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        root = ctx.find_root()
        if root.obj is None:
            root.obj = App.boot()
        return ctx.invoke(command, root.obj, *args, **kwargs)

    return cast(F, click.decorators.update_wrapper(wrapper, command))
