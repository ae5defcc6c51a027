"""Followthrough: turn a meeting into a relationship."""

__version__ = "0.1.0"
