"""The baseline for start-up time: Django with nothing installed."""

SECRET_KEY = "bench"  # noqa: S105
INSTALLED_APPS: list[str] = []
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
