from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class User(TimestampMixin, Base):
    """A person's login. People roles only; services use ServiceAccount."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(32))
    employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id"), unique=True, default=None
    )
    is_active: Mapped[bool] = mapped_column(default=True)
    # The `sub` of the organisation's identity provider, remembered at the first OIDC sign-in.
    oidc_subject: Mapped[str | None] = mapped_column(String(255), unique=True, default=None)


class ServiceAccount(TimestampMixin, Base):
    """A machine client (the HRIS, reporting scripts) using the client-credentials grant."""

    __tablename__ = "service_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(128))
    is_active: Mapped[bool] = mapped_column(default=True)


class ScimToken(TimestampMixin, Base):
    """A long-lived bearer token of an `hris` service account for an identity provider's SCIM
    client (IdPs are configured with a static token). Only its SHA-256 digest is stored."""

    __tablename__ = "scim_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_account_id: Mapped[int] = mapped_column(ForeignKey("service_accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class LoginThrottle(Base):
    """Failed sign-ins per account name (known or not), shared by every API worker."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime]
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class RateLimitBucket(Base):
    """Requests of one service account admitted within one second (Unix time); the last 61
    buckets hold every request of any 60-second window that ends now."""

    __tablename__ = "rate_limit_buckets"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    second: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
