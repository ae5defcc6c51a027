"""A real IMAP server for the tests: Debian's Dovecot on loopback, on a free port, with its own
configuration, users and mail in a temporary folder (nothing of the system's is touched)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.reminders.smtp import free_port

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists()
                                      else None)
PASSWORD = "imap-secret-1"


def require_dovecot() -> str:
    if DOVECOT is None:
        if os.environ.get("CI") == "true":
            pytest.fail("dovecot is missing: apt-get install dovecot-imapd (.ci/run does)")
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    return DOVECOT


def _users() -> tuple[str, str, str]:
    """Dovecot drops root for its own users; run as anyone else, everything runs as them."""
    if os.getuid() == 0:
        return "dovecot", "dovecot", "dovenull"
    me = pwd.getpwuid(os.getuid()).pw_name
    return me, me, me


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = ft-test-{port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {root}/dovecot.log
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login}
first_valid_uid = 0
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users
}}
userdb {{
  driver = static
  args = uid={internal} gid={group} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
namespace inbox {{
  inbox = yes
  mailbox "Sent Mail" {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""


@contextmanager
def dovecot(users: list[str]) -> Iterator[int]:
    """Start Dovecot; yields its port. Each user's password is PASSWORD."""
    binary = require_dovecot()
    # Not pytest's tmp_path: its folders are private to us, and Dovecot's users must read it.
    root = Path(tempfile.mkdtemp(prefix="ft-dovecot-"))
    try:
        with _running(binary, root, users) as port:
            yield port
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def _running(binary: str, root: Path, users: list[str]) -> Iterator[int]:
    port = free_port()
    internal, group, login = _users()
    for folder in ("run", "state", "mail"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)  # noqa: S103 (Dovecot's own users read its configuration)
    os.chmod(root / "mail", 0o777)  # noqa: S103 (its mail user writes there)
    (root / "users").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}\n" for u in users))
    conf = root / "dovecot.conf"
    conf.write_text(CONFIG.format(root=root, port=port, internal=internal, group=group,
                                  login=login))
    # The master daemonises: no pipes, or waiting for their end would wait for its exit.
    subprocess.run([binary, "-c", str(conf)], check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
    try:
        _wait_for(port, root)
        yield port
    finally:
        pid = (root / "run" / "master.pid").read_text().strip()
        subprocess.run(["kill", pid], check=False)
        _wait_until_gone(int(pid))


def _wait_for(port: int, root: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    log = root / "dovecot.log"
    raise RuntimeError(f"dovecot did not start: {log.read_text() if log.exists() else ''}")


def _wait_until_gone(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.1)
