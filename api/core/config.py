"""Settings from the environment (and the generated secret under ./data/)."""

from __future__ import annotations

import os
import secrets
from email.utils import parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent

# Keys that are easy to guess or copied from examples; refused outside development.
_KNOWN_WEAK_KEYS = {"secret", "changeme", "change-me", "development", "password", "peermentor"}
MIN_SECRET_KEY_LENGTH = 32


class WeakSecretKeyError(RuntimeError):
    pass


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PEERMENTOR_", extra="ignore")

    env: Literal["development", "test", "production"] = "production"
    data_dir: Path = Path("data")
    # DATABASE_URL is read without the prefix (the operators' convention).
    database_url: str = Field(default="", validation_alias="DATABASE_URL")
    # Connections a worker keeps open, and none beyond: SQLAlchemy closes an overflow
    # connection as soon as it is returned, so under load a worker opened a new PostgreSQL
    # session (a backend process, its prepared statements gone) several times a second.
    # A request that finds every connection busy waits for one instead.
    db_pool_size: int = 20
    db_max_overflow: int = 0
    secret_key: str = ""
    encryption_keys: str = ""
    token_issuer: str = "peermentor"  # noqa: S105 - a claim value, not a secret
    token_audience: str = "peermentor-api"  # noqa: S105
    access_token_minutes: int = 60
    # Failed logins: after `login_max_failures` within the window the account answers 429.
    login_max_failures: int = 5
    # Requests a minute per service account (0: unlimited); over it, 429 with Retry-After.
    service_rate_limit_per_minute: int = 1200
    login_failure_window_seconds: int = 900
    # argon2id cost; tests lower it, production keeps the library's defaults.
    argon2_time_cost: int = 3
    argon2_memory_cost: int = 65536
    # An HRIS sync of 10,000 employees is about 5 MiB.
    max_body_bytes: int = 16 * 1024 * 1024
    migrations_dir: Path = PROJECT_ROOT / "migrations"
    cors_origins: list[str] = []
    # The built SPA, served under / when present (`make frontend-build`).
    spa_dir: Path | None = PROJECT_ROOT / "frontend" / "dist"
    log_level: str = "info"
    # Sign-on with the organisation's OpenID Connect provider (api/auth/oidc.py): access
    # tokens it issues (RS256/ES256) are accepted beside PeerMentor's own (HS256).
    oidc_issuer: str = ""
    oidc_audience: str = ""
    oidc_jwks_url: str = ""
    oidc_jwks_file: Path | None = None
    oidc_authorize_url: str = ""  # for the SPA's "sign in with ..." button
    oidc_token_url: str = ""  # where the SPA exchanges the code (authorization code + PKCE)
    oidc_client_id: str = ""
    oidc_provider_name: str = ""  # shown on the button ("Sign in with Acme SSO")
    oidc_scopes: str = "openid email profile"
    # An unknown `kid` refetches the keys at most this often.
    oidc_jwks_refresh_seconds: float = 60.0
    # Calendar feed URLs are built on this public base (e.g. https://mentoring.acme.example);
    # without it, on the address of the request that created the feed.
    public_base_url: str = ""
    # How long an account invitation's one-time set-password link works (api/accounts/).
    invitation_ttl_hours: int = Field(default=72, ge=1, le=720)
    # E-mail notifications (api/email/), sent by the worker. An empty host turns e-mail off:
    # the worker then marks queued e-mails `skipped` instead of sending them later.
    smtp_host: str = ""
    smtp_port: int | None = Field(default=None, ge=1, le=65535)  # none: 25 / 587 / 465
    smtp_security: Literal["none", "starttls", "tls"] = "starttls"
    smtp_username: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_timeout: float = Field(default=30.0, gt=0, le=600)
    email_from: str = "PeerMentor <peermentor@localhost>"
    # Temporary failures (connection refused, 4xx) are retried with a growing delay, this many
    # attempts in all; a recipient refused with a 5xx (a bounce) fails at once.
    email_max_attempts: int = Field(default=8, ge=1, le=20)
    # Reminders: a periodic review this many days before its due date (to mentor and mentee),
    # an evaluation this many days before its date (to HR).
    review_reminder_days: int = Field(default=3, ge=0, le=60)
    evaluation_reminder_days: int = Field(default=7, ge=0, le=60)

    @field_validator("email_from")
    @classmethod
    def _an_address(cls, value: str) -> str:
        if "@" not in parseaddr(value)[1] or "\n" in value or "\r" in value:
            raise ValueError("must be an e-mail address, e.g. PeerMentor <mentoring@acme.example>")
        return value

    @property
    def smtp_port_or_default(self) -> int:
        if self.smtp_port is not None:
            return self.smtp_port
        return {"none": 25, "starttls": 587, "tls": 465}[self.smtp_security]

    @property
    def is_development(self) -> bool:
        return self.env in ("development", "test")

    def resolved_database_url(self) -> str:
        return async_database_url(self.database_url or default_sqlite_url(self.data_dir))


def prepare_sqlite_directory(url: str) -> None:
    """SQLite creates the file but not its folder."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and not path.startswith(":memory:"):
            Path(path).parent.mkdir(parents=True, exist_ok=True)


def default_sqlite_url(data_dir: Path) -> str:
    return f"sqlite+aiosqlite:///{(data_dir / 'peermentor.db').as_posix()}"


def async_database_url(url: str) -> str:
    """Map the plain URLs operators write to the async drivers the app uses."""
    if url.startswith("sqlite:"):
        return "sqlite+aiosqlite:" + url.removeprefix("sqlite:")
    for prefix in ("postgresql:", "postgres:"):
        if url.startswith(prefix):
            return "postgresql+psycopg:" + url.removeprefix(prefix)
    return url


def sync_database_url(url: str) -> str:
    """The same database through a synchronous driver (Alembic, tests, scripts)."""
    url = async_database_url(url)
    if url.startswith("sqlite+aiosqlite:"):
        return "sqlite:" + url.removeprefix("sqlite+aiosqlite:")
    if url.startswith("postgresql+asyncpg:"):
        return "postgresql+psycopg:" + url.removeprefix("postgresql+asyncpg:")
    return url


def ensure_secret_key(settings: Settings) -> str:
    """Return the signing key: the configured one, or one generated once under data_dir.

    The generated file is created with O_EXCL so that several workers starting together
    agree on one key, and with mode 0600 so that only the service's user can read it.
    """
    if settings.secret_key:
        key = settings.secret_key
        if not settings.is_development and (
            len(key) < MIN_SECRET_KEY_LENGTH or key.lower() in _KNOWN_WEAK_KEYS
        ):
            raise WeakSecretKeyError(
                f"PEERMENTOR_SECRET_KEY must be at least {MIN_SECRET_KEY_LENGTH} random "
                "characters outside development"
            )
        return key
    path = settings.data_dir / "secret_key"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
