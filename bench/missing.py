"""Rows whose code has not landed yet: printed with the reason instead of a figure."""

from __future__ import annotations

import importlib.util

from bench.results import Row


def absent(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is None
    except ModuleNotFoundError:
        return True


def not_built(name: str, target: str, module: str) -> Row:
    return Row(name, f"not measured: {module} does not exist yet", "—", None, target, False)


def unavailable(name: str, target: str, reason: str) -> Row:
    return Row(name, f"not measured: {reason}", "—", None, target, False)
