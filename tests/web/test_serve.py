"""`followthrough serve` for real: gunicorn in a subprocess, the sign-in link, static files, stop."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from click.testing import CliRunner

from followthrough.cli.serve import gunicorn_command, is_loopback

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_link(process: subprocess.Popen[str], deadline: float) -> str:
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if match := re.search(r"(http://127\.0\.0\.1:\d+/signin/\S+)", line):
            return match.group(1)
    raise AssertionError("serve printed no sign-in link")


def wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310 (loopback)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


def test_serve_runs_gunicorn_signs_in_once_and_stops_cleanly(tmp_path: Path):
    port = free_port()
    env = {**os.environ, "FOLLOWTHROUGH_DATA_DIR": str(tmp_path / "data"),
           "FOLLOWTHROUGH_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "followthrough", "serve", "--port", str(port), "--no-worker"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        link = read_link(process, deadline)
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/accounts/login/", deadline)
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        first = browser.open(link, timeout=10)  # follows the redirects: Today, then the set-up
        assert first.url == base + "/setup/" and b"<title>Welcome" in first.read()
        css = browser.open(base + "/static/web/app.css", timeout=10)
        assert css.status == 200 and b"prefers-color-scheme" in css.read()
        with pytest.raises(urllib.error.HTTPError) as reused:
            urllib.request.urlopen(link, timeout=10)  # noqa: S310 (loopback)
        assert reused.value.code == 404
        anonymous = urllib.request.urlopen(base + "/people/", timeout=10)  # noqa: S310
        assert "/accounts/login/" in anonymous.url
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert process.returncode == 0


def test_local_mode_refuses_to_listen_beyond_loopback(tmp_path: Path, monkeypatch):
    from followthrough.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])  # noqa: S104
    assert result.exit_code == 1
    assert "local mode listens on loopback only" in result.output


def test_the_address_checks_and_the_gunicorn_command():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")  # noqa: S104
    command = gunicorn_command("::1", 8001, 2)
    assert command[1:4] == ["-m", "gunicorn", "followthrough.wsgi:application"]
    assert "[::1]:8001" in command and command[command.index("--workers") + 1] == "2"


def test_serve_starts_the_worker_beside_gunicorn_and_stops_both(monkeypatch):
    import followthrough.cli.serve as serve

    started: list[list[str]] = []

    class FakeProcess:
        returncode = None

        def __init__(self, command: list[str], env: dict[str, str]) -> None:
            started.append(command)

        def poll(self):  # type: ignore[no-untyped-def]
            return self.returncode

        def wait(self, timeout: float | None = None) -> int:
            if self.returncode is None:
                raise KeyboardInterrupt  # Ctrl-C while serving
            return self.returncode

        def terminate(self) -> None:
            self.returncode = 0

    monkeypatch.setattr(serve.subprocess, "Popen", FakeProcess)
    processes = serve._start("127.0.0.1", 8000, 1, worker=True)
    assert started[1] == [sys.executable, "-m", "followthrough", "worker"]
    serve._wait(processes)
    assert all(p.returncode == 0 for p in processes)


def test_a_taken_port_is_one_line_that_says_how_to_choose_another(tmp_path: Path):
    from followthrough.cli import cli

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port), "--no-worker"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: port {port} on 127.0.0.1 is taken (Followthrough already running, or another "
        f"program): choose another, e.g. PORT={port + 1} make run (or followthrough serve "
        f"--port {port + 1})"]


def test_make_run_passes_port_to_serve():
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    assert "PORT ?= 8000" in makefile
    assert "followthrough serve --port $(PORT)" in makefile
    dry = subprocess.run(["make", "-n", "run", "PORT=8001", "STAMP="], capture_output=True,
                         text=True, cwd=Path(__file__).resolve().parents[2], check=False)
    assert "followthrough serve --port 8001" in dry.stdout
