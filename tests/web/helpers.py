"""Helpers the tests of tests/web import (conftest.py holds only fixtures)."""

from __future__ import annotations

import io

from django.core.handlers.wsgi import WSGIHandler
from django.test import Client


def html(response) -> str:  # type: ignore[no-untyped-def]
    return response.content.decode()


def served(client: Client, path: str, script_name: str = "") -> tuple[str, str]:
    """(status, page) as a WSGI server serves `path` with the client's cookies: the test client
    sets no script prefix and skips Django's start and end of a request."""
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())
    path, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": "GET", "SCRIPT_NAME": script_name, "PATH_INFO": path,
               "QUERY_STRING": query, "SERVER_NAME": "testserver", "SERVER_PORT": "80",
               "HTTP_HOST": "testserver", "HTTP_COOKIE": cookies, "wsgi.input": io.BytesIO(),
               "wsgi.url_scheme": "http", "SERVER_PROTOCOL": "HTTP/1.1"}
    statuses: list[str] = []
    response = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
    page = b"".join(response).decode()
    response.close()
    return statuses[0], page
