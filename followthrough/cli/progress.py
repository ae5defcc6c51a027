"""A Rich progress bar that services drive through their small `Progress` protocol."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

REFRESH_EVERY = 500  # messages between updates: Rich's bookkeeping is not free


class RichProgress:
    def __init__(self, console: Console) -> None:
        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                            console=console, transient=True)
        self.task: TaskID | None = None
        self.pending = 0
        self.started = False

    def __enter__(self) -> RichProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.started:
            self.bar.stop()

    def begin(self, description: str, total: int | None) -> None:
        if not self.started:  # only once a long read begins: contacts show their own bar first
            self.bar.start()
            self.started = True
        self._flush()
        if self.task is not None:
            self.bar.remove_task(self.task)
        self.task = self.bar.add_task(description, total=total)

    def advance(self) -> None:
        self.pending += 1
        if self.pending >= REFRESH_EVERY:
            self._flush()

    def _flush(self) -> None:
        if self.task is not None and self.pending:
            self.bar.advance(self.task, self.pending)
        self.pending = 0
