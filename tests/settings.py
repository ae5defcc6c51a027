"""Test settings: the real settings, with data and config in throw-away folders."""

import atexit
import os
import shutil
import tempfile


def _throwaway_folder(variable: str, prefix: str) -> None:
    """A folder for this run, removed when it ends; the test workers inherit the variable."""
    if variable not in os.environ:
        folder = tempfile.mkdtemp(prefix=prefix)
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        os.environ[variable] = folder


_throwaway_folder("FOLLOWTHROUGH_DATA_DIR", "followthrough-test-data-")
_throwaway_folder("FOLLOWTHROUGH_CONFIG_DIR", "followthrough-test-cfg-")

from followthrough.settings import *  # noqa: E402,F403

# pytest-django builds the test database itself.
AUTO_MIGRATE = False

# Argon2 is slow on purpose (a quarter of a second a hash on two cores) and nearly every test
# makes an owner, so the suite hashes with MD5, as Django's testing docs advise. The server-mode
# fixture puts the real hashers back for the tests of sign-in with Argon2.
PRODUCTION_PASSWORD_HASHERS = PASSWORD_HASHERS  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
