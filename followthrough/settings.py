"""Django settings, read from the environment. Every variable is documented in docs/configuration.md."""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from followthrough.envvars import ConfigurationError, env_bool, env_int, env_str
from followthrough.paths import data_dir

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

MODE = env_str("FOLLOWTHROUGH_MODE", "local")
if MODE not in {"local", "server"}:
    raise ConfigurationError(f"FOLLOWTHROUGH_MODE must be local or server, not {MODE!r}")
SERVER_MODE = MODE == "server"


def _local_secret_key() -> str:
    """Local mode keeps a random key in the data directory, readable only by its owner.

    Created with O_EXCL so that processes starting together agree on one key.
    """
    path = DATA_DIR / "secret-key"
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process is writing it right now
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.02)
        raise ConfigurationError(f"{path} is empty: delete it and start again") from None
    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


SECRET_KEY = env_str("SECRET_KEY") or ("" if SERVER_MODE else _local_secret_key())
if not SECRET_KEY:
    raise ConfigurationError("SECRET_KEY must be set in server mode")

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = [h for h in env_str("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "followthrough",
    "followthrough.reminders",
    "followthrough.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "followthrough.web.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "followthrough.web.middleware.NotFoundMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "followthrough.web.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "followthrough.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "followthrough.wsgi.application"


def _databases() -> dict[str, dict[str, object]]:
    url = env_str("DATABASE_URL")
    if url:
        import dj_database_url

        return {"default": dict(dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True))}
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "followthrough.sqlite3",
            # One connection per web thread, kept: opening one (and its PRAGMAs) cost a signed-in
            # page ~0.5 ms, a third of a cached Today page. PostgreSQL keeps them too (above).
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
            # WAL lets readers work beside a writer; IMMEDIATE takes the write lock at the
            # start of a transaction, so two commands queue on the busy timeout instead of
            # failing with "database is locked" half-way through. The planner's statistics
            # are kept as SQLite advises for long-lived connections (planner_statistics.py).
            # Temporary data stays in memory: an import's inserts fire the search triggers,
            # whose statement journals went to temporary files (0.7 s of 30,000 rows' import).
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002; "
                                "PRAGMA temp_store=MEMORY;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
            },
            "TEST": {"NAME": None},
        }
    }


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's own: sessions in the database (every web process reads the same row, so signing out,
# expiry and a new password end a session everywhere at once) and the ModelBackend.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"

# No default mail server: without EMAIL_HOST nothing is attempted, and every page and command
# that shows reminder settings says so (services/mail_server.py).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "followthrough@localhost")

# Server mode is reached over HTTPS (usually behind a proxy that sets X-Forwarded-Proto):
# secure cookies, HSTS and a redirect to HTTPS; docs/web.md explains each variable.
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Behind a proxy the client's address is the last X-Forwarded-For entry (the login throttle's key).
BEHIND_PROXY = SERVER_MODE and env_bool("FOLLOWTHROUGH_BEHIND_PROXY", False)
SESSION_COOKIE_HTTPONLY = True
if SERVER_MODE:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    if BEHIND_PROXY:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    CSRF_TRUSTED_ORIGINS = [o for o in env_str("CSRF_TRUSTED_ORIGINS").split(",") if o]

# Limits (docs/security.md): the largest file the import page takes, the largest API request
# body, and how many requests one API token may make a minute.
UPLOAD_MAX_BYTES = env_int("FOLLOWTHROUGH_UPLOAD_MAX_BYTES", 50 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("FOLLOWTHROUGH_REQUEST_MAX_BYTES", 2_621_440)
API_REQUESTS_PER_MINUTE = env_int("FOLLOWTHROUGH_API_REQUESTS_PER_MINUTE", 120)

# Applying migrations on first use is what makes the embedded database need no set-up.
AUTO_MIGRATE = env_bool("FOLLOWTHROUGH_AUTO_MIGRATE", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
