"""Where Followthrough keeps its files: one data directory and one config directory."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "followthrough"


def data_dir() -> Path:
    """The folder holding the embedded database; FOLLOWTHROUGH_DATA_DIR moves it."""
    override = os.environ.get("FOLLOWTHROUGH_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """The folder holding config.toml and playbook.toml; FOLLOWTHROUGH_CONFIG_DIR moves it."""
    override = os.environ.get("FOLLOWTHROUGH_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME))
