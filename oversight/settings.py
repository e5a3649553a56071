"""One settings module, read from the environment. See .env.example for every setting."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("OVERSIGHT_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    return int(os.environ.get(name, default))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_secret(name, default=None):
    """A secret from NAME, or from the file named by NAME_FILE (Docker/Kubernetes secrets)."""
    if os.environ.get(f"{name}_FILE"):
        return Path(os.environ[f"{name}_FILE"]).read_text().strip()
    return os.environ.get(name, default)


def local_secret_key():
    """This install's own random key, kept in VAR_DIR (0600), for the command line on one machine.

    The `oversight` commands run from a plain shell with no environment (`oversight extract` needs no
    secret at all); they must not stop with "Set SECRET_KEY". The web server never uses this: with
    DEBUG off, gunicorn still refuses to start without SECRET_KEY.
    """
    import secrets

    path = VAR_DIR / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    try:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    except FileExistsError:
        pass
    except OSError as error:
        raise ImproperlyConfigured(f"Set SECRET_KEY: {path} cannot be written ({error.strerror}).") from error
    return path.read_text().strip()


DEBUG = env_bool("DEBUG", default=False)
# Set by the `oversight` console script: a command, not a web server.
COMMAND_LINE = env_bool("OVERSIGHT_COMMAND_LINE")
SECRET_KEY = env_secret("SECRET_KEY", default="dev-only-not-secret" if DEBUG else None)
if not SECRET_KEY and COMMAND_LINE:
    SECRET_KEY = local_secret_key()
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY (or SECRET_KEY_FILE); see .env.example.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG or COMMAND_LINE else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) when DEBUG is off; see .env.example.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from our static files: docs work offline and under the CSP
    "auditlog",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "storages",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes, for a lost or changed phone
    "oversight.core",
    "oversight.accounts",
    "oversight.organisations",
    "oversight.reports",
    "oversight.responses",
    "oversight.gradings",
    "oversight.activities",
    "oversight.papers",
    "oversight.extraction",
    "oversight.interop",
    "oversight.audit",
    "oversight.notifications",
    "oversight.dashboard",
    "oversight.search",
    "oversight.demo",
    "oversight.ops",
    "oversight.identity",
]

MIDDLEWARE = [
    "oversight.ops.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "oversight.core.middleware.UploadLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "oversight.identity.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "auditlog.middleware.AuditlogMiddleware",  # the API's viewsets set the actor once DRF authenticates
    "oversight.core.middleware.BadInputMiddleware",
    "oversight.ops.middleware.StorageUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "oversight.urls"
WSGI_APPLICATION = "oversight.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "oversight" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "oversight.core.context_processors.navigation",
            ],
        },
    }
]

# SQLite by default so `make run` works on a fresh machine; PostgreSQL when DATABASE_URL is set.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'oversight.sqlite3'}"), conn_max_age=60,
        conn_health_checks=True,  # a restarted PostgreSQL costs a reconnect, not a 500
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # IMMEDIATE avoids "database is locked" on concurrent writes (healthchecks, CISO Assistant).
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 5}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file, not memory, in tests: worker and server processes a test starts must see it too.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if USING_POSTGRES and env_bool("DATABASE_PREPARED_STATEMENTS", True):
    # Issue 17: PostgreSQL spent ~15 ms planning the register's 9-table SELECT and under 1 ms running
    # it. Server-side binding lets psycopg prepare a statement the connection has run
    # DATABASE_PREPARE_THRESHOLD times, so later requests on that (persistent) connection skip most
    # planning. Turn off behind a transaction-mode pooler that cannot keep prepared statements.
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}), "server_side_binding": True,
        "prepare_threshold": env_int("DATABASE_PREPARE_THRESHOLD", 2),
    }

# Sessions live in the database (any app server can continue a session another one began), and so
# do axes' lockouts (its database handler). The cache is shared by every app server and worker:
# in PostgreSQL through its own connection ("side", so progress written during a long import
# transaction is seen at once); on one machine with SQLite, in files under var/cache.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
CACHE_KIND = os.environ.get("OVERSIGHT_CACHE", "database" if USING_POSTGRES else "file")
if CACHE_KIND == "database":
    DATABASES["side"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
    DATABASE_ROUTERS = ["oversight.ops.routers.SideConnectionRouter"]
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                          "LOCATION": "oversight_cache", "OPTIONS": {"MAX_ENTRIES": 100_000}}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                          "LOCATION": os.environ.get("OVERSIGHT_CACHE_DIR", str(VAR_DIR / "cache")),
                          "KEY_PREFIX": os.environ.get("PYTEST_XDIST_WORKER", "")}}

# Background work (imports, …) runs as tasks on `oversight worker` processes (django-tasks with
# its database backend: rows locked with SKIP LOCKED on PostgreSQL, so two workers never take the
# same task). Tests run tasks in the caller unless a test starts real workers.
TASKS = {
    "default": {
        "BACKEND": {"immediate": "django_tasks.backends.immediate.ImmediateBackend",
                    "database": "django_tasks_db.DatabaseBackend"}[os.environ.get("OVERSIGHT_TASKS", "database")],
        "QUEUES": ["default"],
    }
}
# A worker writes a heartbeat every TASK_HEARTBEAT_SECONDS; a running task whose worker has not
# been heard of for TASK_LEASE_SECONDS is taken as abandoned and retried (or failed with a message).
TASK_HEARTBEAT_SECONDS = env_int("TASK_HEARTBEAT_SECONDS", 5)
TASK_LEASE_SECONDS = env_int("TASK_LEASE_SECONDS", 60)
TASK_MAX_ATTEMPTS = env_int("TASK_MAX_ATTEMPTS", 3)
# A report larger than this is read on a worker while the person watches a progress page.
EXTRACTION_BACKGROUND_BYTES = env_int("EXTRACTION_BACKGROUND_BYTES", 5 * 1024 * 1024)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Sign-in with the force's identity provider (OpenID Connect, e.g. Microsoft Entra ID), off by
# default; see docs/deployment.md. mozilla-django-oidc reads the OIDC_* names below.
OIDC_ENABLED = env_bool("OIDC_ENABLED")
OIDC_PROVIDER_NAME = os.environ.get("OIDC_PROVIDER_NAME", "your force account")
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = env_secret("OIDC_RP_CLIENT_SECRET", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = os.environ.get("OIDC_RP_SCOPES", "openid email profile")
OIDC_USE_PKCE = True
OIDC_AUTHENTICATION_CALLBACK_URL = "identity:oidc_callback"
LOGIN_REDIRECT_URL_FAILURE = "/accounts/sign-in/"
if OIDC_ENABLED:
    _missing = [n for n in ("OIDC_RP_CLIENT_ID", "OIDC_RP_CLIENT_SECRET", "OIDC_OP_AUTHORIZATION_ENDPOINT",
                            "OIDC_OP_TOKEN_ENDPOINT", "OIDC_OP_USER_ENDPOINT", "OIDC_OP_JWKS_ENDPOINT") if not globals()[n]]
    if _missing:
        raise ImproperlyConfigured(f"OIDC_ENABLED is on but {', '.join(_missing)} not set; see docs/deployment.md.")
    AUTHENTICATION_BACKENDS.append("oversight.identity.oidc.ForceIdentityBackend")
# A second factor (TOTP) for password sign-ins: organisations require it in the admin; superusers
# when this is on. People signing in through the identity provider are not asked (the force is).
SECOND_FACTOR_FOR_SUPERUSERS = env_bool("SECOND_FACTOR_FOR_SUPERUSERS")
SECOND_FACTOR_EXEMPT_BACKENDS = ["oversight.identity.oidc.ForceIdentityBackend"]
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Oversight")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "accounts:login"

# Sign-in hardening: lock out after repeated failures per user and address.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
    # HSTS on by default in production (a year, subdomains); SECURE_HSTS_SECONDS=0 turns it off.
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Joining the browsers' preload list binds every subdomain of the force's domain for years:
        # the force's decision, not a default. Off is deliberate, so Django's reminder is silenced.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY") else None

# Content Security Policy: our own scripts and styles only, no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"

STATIC_URL = "/static/"
STATICFILES_DIRS = [VAR_DIR / "assets"]
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
# Uploaded and generated files go through Django's storage API: the local disk by default, an
# S3-compatible object store (django-storages) when AWS_STORAGE_BUCKET_NAME is set. Nothing is
# public: files are private objects, served only through views that check access.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "access_key": env_secret("AWS_ACCESS_KEY_ID"),
        "secret_key": env_secret("AWS_SECRET_ACCESS_KEY"),
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": 60,
        "file_overwrite": False,
        "location": os.environ.get("AWS_LOCATION", ""),
    }}
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG)
WHITENOISE_MANIFEST_STRICT = False

# Reading an uploaded report runs in a child process with these bounds (core/bounded.py): a PDF, Word
# or HTML bomb is refused with a message and the web worker's memory stays its own.
READ_MEMORY_BYTES = env_int("READ_MEMORY_BYTES", 1024 * 1024 * 1024)
READ_SECONDS = env_int("READ_SECONDS", 60)
# Uploads: reports and registers can be large; anything bigger is refused with a message.
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Register imports with more rows than this are checked and imported in a background thread,
# the page showing progress; smaller ones finish within the request.
IMPORT_BACKGROUND_ROWS = env_int("IMPORT_BACKGROUND_ROWS", 2000)
# Register exports with more rows than this are written by a task (`oversight worker`) and offered
# for download when ready; smaller ones stream within the request (interop/exports.py).
EXPORT_INLINE_ROWS = env_int("EXPORT_INLINE_ROWS", 5000)
# A prepared export's file is a copy of the register outside the app's access rules once downloaded;
# the copy in storage is deleted this many days after it was written (`oversight schedule`).
EXPORT_KEEP_DAYS = env_int("EXPORT_KEEP_DAYS", 7)

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD", "") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)  # seconds: a mail server that does not answer never hangs a worker
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "oversight@localhost")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# Reminders (`oversight remind`): days before due, days overdue, days without an update.
REMIND_DUE_WITHIN_DAYS = env_int("REMIND_DUE_WITHIN_DAYS", 14)
REMIND_STALE_AFTER_DAYS = env_int("REMIND_STALE_AFTER_DAYS", 30)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Oversight API",
    "DESCRIPTION": "HMICFRS reports, findings and the organisation's responses.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema names every route and field: for signed-in people only (issue 15).
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No deep links: Swagger UI puts them inside each operation's button (axe: nested-interactive).
    # Examples in plain text: some highlighting colours fall below 4.5:1 on the dark background.
    "SWAGGER_UI_SETTINGS": {"deepLinking": False, "defaultModelsExpandDepth": -1, "syntaxHighlight": {"activated": False}},
}

AUDITLOG_INCLUDE_ALL_MODELS = False
AUDITLOG_DISABLE_REMOTE_ADDR = False

# Logs: one JSON object a line with the request id (LOG_FORMAT=json, the default outside DEBUG),
# or plain text for a developer's terminal.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "oversight.ops.logs.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "pythonjsonlogger.json.JsonFormatter",
                 "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                 "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"],
                             "formatter": os.environ.get("LOG_FORMAT", "text" if DEBUG else "json")}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"oversight": {"level": os.environ.get("LOG_LEVEL", "INFO")}},
}
