"""Authentication: sign-in (the token endpoint's grants), the per-request account check and
SCIM tokens' callers. Account administration is api.accounts'."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote_plus

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.auth import repository, throttle
from api.auth.models import ServiceAccount, User
from api.core.config import Settings
from api.core.errors import AppError, Unauthorized
from api.core.security import Actor, EmployeeStatus, Role, verify_password

logger = logging.getLogger("peermentor.auth")

# RFC 7617 asks a Basic challenge for its realm; the token endpoint's clients are services.
BASIC_CHALLENGE = 'Basic realm="PeerMentor", charset="UTF-8"'


class TokenError(AppError):
    """An RFC 6749 (5.2) error of the token endpoint: a problem document with `error` and
    `error_description` beside the problem's own members."""

    def __init__(
        self, error: str, detail: str, *, status: int = 400, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(
            detail, headers=headers, extra={"error": error, "error_description": detail}
        )
        self.status_code = status
        self.slug = error.replace("_", "-")


@dataclass(frozen=True, slots=True)
class ClientCredentials:
    client_id: str
    client_secret: str | None
    method: Literal["client_secret_basic", "client_secret_post"]


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    """The client id and secret of an `Authorization: Basic` header (RFC 6749 2.3.1: each
    form-urlencoded, then joined by a colon and base64-encoded); None for no such header."""
    scheme, _, encoded = (authorization or "").strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, ValueError):
        decoded = ""
    client_id, colon, client_secret = decoded.partition(":")
    if not colon or not client_id:
        raise TokenError(
            "invalid_client",
            "Malformed Basic client credentials",
            status=401,
            headers={"WWW-Authenticate": BASIC_CHALLENGE},
        )
    return unquote_plus(client_id), unquote_plus(client_secret)


def client_credentials(
    authorization: str | None, *, client_id: str | None, client_secret: str | None
) -> ClientCredentials | None:
    """How the client authenticated, if it did: with HTTP Basic (client_secret_basic) or with
    the form's fields (client_secret_post); one method only (RFC 6749 2.3)."""
    basic = _basic_credentials(authorization)
    if basic is None:
        if client_id is None:
            return None
        return ClientCredentials(client_id, client_secret, "client_secret_post")
    if client_secret is not None:
        raise TokenError(
            "invalid_request", "Use one client authentication method: Basic or the form"
        )
    if client_id is not None and client_id != basic[0]:
        raise TokenError(
            "invalid_request", "The form's client_id is not the one of the Basic credentials"
        )
    return ClientCredentials(basic[0], basic[1], "client_secret_basic")


async def authenticate_grant(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    grant_type: str | None,
    username: str | None,
    password: str | None,
    client: ClientCredentials | None,
) -> Actor:
    """The caller a token request authenticates, or its RFC 6749 error. People use the
    password grant from public clients (a client id sent with it is not checked); service
    accounts the client-credentials grant. A lock-out stays a 429 problem."""
    if grant_type == "password":
        if not username or not password:
            raise TokenError("invalid_request", "The password grant needs username and password")
        try:
            return await authenticate_user(
                sessionmaker, settings, email=username, password=password
            )
        except Unauthorized as refused:
            raise TokenError("invalid_grant", refused.detail, status=401) from None
    if grant_type == "client_credentials":
        if client is None or (client.method == "client_secret_post" and not client.client_secret):
            raise TokenError(
                "invalid_request",
                "The client_credentials grant needs client_id and client_secret "
                "(in the form or as HTTP Basic credentials)",
            )
        try:
            return await authenticate_service(
                sessionmaker,
                settings,
                client_id=client.client_id,
                client_secret=client.client_secret or "",
            )
        except Unauthorized as refused:
            basic = client.method == "client_secret_basic"
            raise TokenError(
                "invalid_client",
                refused.detail,
                status=401,
                headers={"WWW-Authenticate": BASIC_CHALLENGE} if basic else refused.headers,
            ) from None
    if not grant_type:
        raise TokenError("invalid_request", "The grant_type is missing")
    raise TokenError(
        "unsupported_grant_type", "Unsupported grant_type: use password or client_credentials"
    )


def secret_digest(secret: str) -> str:
    # Client secrets are 256-bit random values: a plain SHA-256 is enough, and keeps the
    # client-credentials grant fast for unattended integrations.
    return hashlib.sha256(secret.encode()).hexdigest()


async def _checked_sign_in(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    key: str,
    lookup: Callable[[AsyncSession], Awaitable[Any]],
    verify: Callable[[Any], Awaitable[bool]],
) -> Any:
    """Throttled credential check with its own short transactions: the attempt is counted
    (and committed) before the check, so that racing requests cannot check more than the
    limit allows, and the count persists although the request answers 401; no connection is
    held during hashing."""
    await throttle.reserve_attempt(sessionmaker, settings, key)
    async with sessionmaker() as session:
        account = await lookup(session)
    if not await verify(account) or account is None or not account.is_active:
        logger.info("failed sign-in")
        return None
    async with sessionmaker.begin() as session:
        await throttle.clear_failures(session, key)
    return account


async def authenticate_user(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    email: str,
    password: str,
) -> Actor:
    email = email.strip().lower()

    async def verify(user: User | None) -> bool:
        return await verify_password(settings, password, user.password_hash if user else None)

    user = await _checked_sign_in(
        sessionmaker,
        settings,
        "user:" + email,
        lambda session: repository.user_by_email(session, email),
        verify,
    )
    if user is None:
        raise Unauthorized("Invalid username or password")
    return Actor(kind="user", id=user.id, role=Role(user.role), employee_id=user.employee_id)


async def authenticate_service(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    client_id: str,
    client_secret: str,
) -> Actor:
    async def verify(account: ServiceAccount | None) -> bool:
        expected = account.secret_hash if account else secret_digest("")
        return hmac.compare_digest(expected, secret_digest(client_secret))

    account = await _checked_sign_in(
        sessionmaker,
        settings,
        "client:" + client_id,
        lambda session: repository.service_account_by_client_id(session, client_id),
        verify,
    )
    if account is None:
        raise Unauthorized("Invalid client credentials")
    return Actor(kind="service", id=account.id, role=Role(account.role))


def _stale_token(detail: str, reason: str) -> Unauthorized:
    return Unauthorized(
        detail,
        reasons=[reason],
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


async def current_account(session: AsyncSession, claimed: Actor) -> Actor:
    """The caller of a verified token as its account is now, or 401.

    A token only says who the caller was when it was issued. Every request asks the database
    (shared by all workers, so no worker can keep a stale answer) whether the account is still
    active, still has the token's role and employee link, and, for a person, whether that
    employee still works here. A token that disagrees is refused: the caller signs in again."""
    if claimed.kind == "user":
        user = await repository.user_account_state(session, claimed.id)
        if user is None or not user.is_active:
            raise _stale_token("The account is deactivated", "account_deactivated")
        if user.status == EmployeeStatus.TERMINATED:
            raise _stale_token("The employee has left the organisation", "employee_terminated")
        role, employee_id = user.role, user.employee_id
    else:
        account = await repository.service_account_state(session, claimed.id)
        if account is None or not account.is_active:
            raise _stale_token("The service account is deactivated", "account_deactivated")
        role, employee_id = account.role, None
    if role != claimed.role.value or employee_id != claimed.employee_id:
        raise _stale_token(
            "The account's role or employee changed since this token was issued: sign in again",
            "account_changed",
        )
    return claimed


async def describe_actor(session: AsyncSession, actor: Actor) -> dict[str, object]:
    if actor.kind == "user":
        user = await session.get(User, actor.id)
        if user is None or not user.is_active:
            raise Unauthorized("The account no longer exists")
        return {
            "id": user.id,
            "email": user.email,
            "role": user.role,
            "employee_id": user.employee_id,
            "kind": "user",
        }
    account = await session.get(ServiceAccount, actor.id)
    if account is None or not account.is_active:
        raise Unauthorized("The account no longer exists")
    return {
        "id": account.id,
        "email": None,
        "role": account.role,
        "employee_id": None,
        "kind": "service",
    }


# -- SCIM tokens -------------------------------------------------------------------------

# A prefix tells a SCIM token from a JWT at a glance (and lets secret scanners find leaked ones).
SCIM_TOKEN_PREFIX = "pmscim_"  # noqa: S105 - a prefix, not a secret


async def actor_for_scim_token(session: AsyncSession, token: str) -> Actor:
    """The hris service account a SCIM token stands for, or 401. The account itself is then
    checked like any token's (see current_account)."""
    scim_token = await repository.scim_token_by_hash(session, secret_digest(token))
    if scim_token is None or scim_token.revoked_at is not None:
        raise Unauthorized("Invalid or revoked SCIM token")
    account = await session.get(ServiceAccount, scim_token.service_account_id)
    if account is None:
        raise Unauthorized("Invalid or revoked SCIM token")
    return Actor(kind="service", id=account.id, role=Role(account.role))
