"""Readers for exported social-media archives: one module per platform, pure parsers of bytes."""
