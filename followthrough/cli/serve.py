"""`followthrough serve`: the web app under gunicorn, with the reminder worker beside it."""

from __future__ import annotations

import errno
import ipaddress
import os
import signal
import socket
import subprocess
import sys
from types import FrameType

import click

from followthrough.cli.terminal import UserError, console, escape

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def port_taken(host: str, port: int) -> str:
    """Why the web server could not listen on host:port (one line with the way out), or ""."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As gunicorn binds: SO_REUSEADDR, so a closed connection's TIME_WAIT does not count.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except PermissionError:
            return (f"port {port} needs more rights than you have: choose another, "
                    f"e.g. PORT=8001 make run (or followthrough serve --port 8001)")
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise
            other = port + 1 if port < 65535 else port - 1
            return (f"port {port} on {host} is taken (Followthrough already running, or another "
                    f"program): choose another, e.g. PORT={other} make run (or followthrough "
                    f"serve --port {other})")
    return ""


def gunicorn_command(host: str, port: int, workers: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn", "followthrough.wsgi:application",
        "--bind", f"{url_host(host)}:{port}", "--workers", str(workers), "--threads", "4",
        "--access-logfile", "-", "--graceful-timeout", "10", "--log-level", "warning",
    ]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (local mode accepts loopback addresses only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Gunicorn worker processes (default: 1 in local mode, 3 in server mode).")
@click.option("--no-worker", is_flag=True, help="Do not start the reminder worker beside it.")
@click.option("--link", "link_only", is_flag=True,
              help="Only print a new one-time sign-in link for a running local server.")
@click.option("--create-user", "create_user", metavar="EMAIL", default=None,
              help="Server mode: create an account and print a link to set its password.")
def serve(host: str, port: int, workers: int | None, no_worker: bool, link_only: bool,
          create_user: str | None) -> None:
    """Run the web app (and the reminder worker) until Ctrl-C.

    \b
    Example:
      followthrough serve                      # local mode: prints a sign-in link
      followthrough serve --port 8080 --no-worker
      FOLLOWTHROUGH_MODE=server followthrough serve --create-user jane@example.com
    """
    from followthrough.bootstrap import ensure_database, setup_django

    setup_django()
    from django.conf import settings

    ensure_database()
    base = f"http://{url_host(host)}:{port}"
    if create_user is not None:
        _create_user(create_user, base, server_mode=settings.SERVER_MODE)
        return
    if link_only:
        _print_link(base, settings.SERVER_MODE)
        return
    if not settings.SERVER_MODE and not is_loopback(host):
        raise UserError(f"local mode listens on loopback only (127.0.0.1, ::1), not {host!r}: "
                        "set FOLLOWTHROUGH_MODE=server for accounts and passwords")
    taken = port_taken(host, port)
    if taken:
        raise UserError(taken)
    _collect_static()
    processes = _start(host, port, workers or (3 if settings.SERVER_MODE else 1),
                       worker=not no_worker and not settings.SERVER_MODE)
    if settings.SERVER_MODE:
        console.print(f"Followthrough (server mode) is running on {base}/")
    else:
        _print_link(base, server_mode=False)
    console.print("Press Ctrl-C to stop.")
    _wait(processes)


def _print_link(base: str, server_mode: bool) -> None:
    if server_mode:
        raise UserError("sign-in links are for local mode; in server mode people sign in "
                        "with their email and password")
    from followthrough.services.tokens import new_sign_in_link

    console.print(f"Open Followthrough: {base}/signin/{new_sign_in_link()}", soft_wrap=True)
    console.print("The link signs you in once; `followthrough serve --link` makes another.")


def _create_user(email: str, base: str, *, server_mode: bool) -> None:
    if not server_mode:
        raise UserError("--create-user is for server mode (FOLLOWTHROUGH_MODE=server); "
                        "local mode has one owner and no passwords")
    from followthrough.services.accounts import create_account, set_password_path

    user = create_account(email)
    console.print(f"Created the account {escape(user.email)}. They set a password here "
                  f"(the link works once, for a few days):")
    console.print(f"{base}{set_password_path(user)}", soft_wrap=True)


def _collect_static() -> None:
    """WhiteNoise serves what collectstatic gathered; doing it at start works from a fresh clone."""
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def _start(host: str, port: int, workers: int, *, worker: bool) -> list[subprocess.Popen[bytes]]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "followthrough.settings",
           # Migrations were applied above; the children need not check again.
           "FOLLOWTHROUGH_AUTO_MIGRATE": "false"}
    processes = [subprocess.Popen(gunicorn_command(host, port, workers), env=env)]
    if worker:
        processes.append(subprocess.Popen([sys.executable, "-m", "followthrough", "worker"],
                                          env=env))
    return processes


def _wait(processes: list[subprocess.Popen[bytes]]) -> None:
    """Run until Ctrl-C, SIGTERM or a child exits; then stop every child."""
    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(p.poll() is None for p in processes):
            try:
                processes[0].wait(timeout=1)
            except subprocess.TimeoutExpired:
                continue
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
    code = processes[0].returncode
    if code not in (0, None, -signal.SIGTERM):
        raise UserError(f"the web server stopped with exit status {code}")
