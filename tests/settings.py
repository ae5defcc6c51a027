"""Test settings: the real settings, with data and config in throw-away folders."""

import os
import tempfile

os.environ.setdefault("FOLLOWTHROUGH_DATA_DIR", tempfile.mkdtemp(prefix="followthrough-test-data-"))
os.environ.setdefault("FOLLOWTHROUGH_CONFIG_DIR", tempfile.mkdtemp(prefix="followthrough-test-cfg-"))

from followthrough.settings import *  # noqa: E402,F403

# pytest-django builds the test database itself.
AUTO_MIGRATE = False
