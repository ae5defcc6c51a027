"""Every request passes here: bodies over the size limit are refused before they are read, a row
the owner may not reach is a 404, and every response gets a strict Content-Security-Policy (no
inline scripts or styles)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.handlers.exception import response_for_exception
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse

from followthrough.errors import NotFound

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class NotFoundMiddleware:
    """A row the signed-in owner may not reach (selectors/access.py: NotFound) is a 404 page,
    the same as for an id that never existed."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, NotFound):
            return response_for_exception(request, Http404(str(exception)))
        return None


# Room for the multipart boundaries and the other fields beside the file on the import form.
MULTIPART_OVERHEAD = 1024 * 1024


def request_limit(request: HttpRequest) -> int:
    """File uploads may be as large as UPLOAD_MAX_BYTES; anything else (forms, API JSON) is small."""
    if request.content_type == "multipart/form-data":
        return int(settings.UPLOAD_MAX_BYTES) + MULTIPART_OVERHEAD
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.1f} MB"


class RequestSizeLimitMiddleware:
    """413 for a declared body over the limit, before anything reads it (gunicorn sets no limit)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            size = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            size = 0
        limit = request_limit(request)
        if size <= limit:
            return self.get_response(request)
        message = f"the request is {_megabytes(size)}; the limit is {_megabytes(limit)}"
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=413)
        return HttpResponse(f"Too large: {message}.", status=413,
                            content_type="text/plain; charset=utf-8")
