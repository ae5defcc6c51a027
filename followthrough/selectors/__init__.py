"""Reads: every query starts from the owner."""
