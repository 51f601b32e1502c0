"""Sign-on with the organisation's OpenID Connect provider.

Access tokens issued by the provider (RS256 or ES256, signed with a key of its JWKS, selected by
the token's `kid`) are accepted beside PeerMentor's own HS256 tokens. The two never meet in one
decode: `current_actor` routes a token by its header's `alg`, the local secret only ever checks
HS256 and the provider's public keys only ever check RS256/ES256, so neither key can be turned
against the other (the "HS256 signed with the public key" confusion).

The caller is mapped to an active local user by the remembered subject (`users.oidc_subject`)
or, the first time, by the `email` claim (then the subject is remembered). An active employee
without an account (provisioned over SCIM or by the HRIS) gets one at their first sign-on, by
their work e-mail: `team_leader` when people report to them, else `employee`. The role always
comes from PeerMentor's user record: whatever the token claims about roles is ignored.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
from anyio import Path as AsyncPath
from jose import jwt
from jose.exceptions import JOSEError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.auth import repository
from api.auth.models import User
from api.core import audit
from api.core.config import Settings
from api.core.errors import ServiceUnavailable, Unauthorized
from api.core.security import Actor, Role

logger = logging.getLogger("peermentor.oidc")

# The asymmetric algorithms accepted from the provider, and the key type each needs.
OIDC_ALGORITHMS = {"RS256": "RSA", "ES256": "EC"}
REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud", "sub")
# Keys older than this are fetched again on the next use (a provider may also drop keys).
MAX_KEY_AGE_SECONDS = 3600.0
LEEWAY_SECONDS = 30
FETCH_TIMEOUT_SECONDS = 5.0


class OidcConfigurationError(ValueError):
    pass


def oidc_configured(settings: Settings) -> bool:
    """Whether OIDC sign-on is on; a half-done configuration is refused at start-up."""
    parts = {
        "PEERMENTOR_OIDC_ISSUER": settings.oidc_issuer,
        "PEERMENTOR_OIDC_AUDIENCE": settings.oidc_audience,
        "PEERMENTOR_OIDC_JWKS_URL or PEERMENTOR_OIDC_JWKS_FILE": settings.oidc_jwks_url
        or settings.oidc_jwks_file,
    }
    if not any(parts.values()):
        return False
    missing = [name for name, value in parts.items() if not value]
    if missing:
        raise OidcConfigurationError("OIDC sign-on is half configured: set " + ", ".join(missing))
    if (
        settings.oidc_jwks_url
        and not settings.oidc_jwks_url.startswith("https://")
        and not settings.is_development
    ):
        raise OidcConfigurationError("PEERMENTOR_OIDC_JWKS_URL must be an https:// URL")
    return True


def _usable_keys(document: Any) -> dict[str, dict[str, Any]]:
    """The signing keys of a JWKS document, by `kid` (keys without one cannot be selected)."""
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError("not a JWKS document")
    keys: dict[str, dict[str, Any]] = {}
    for key in document["keys"]:
        if not isinstance(key, dict) or not isinstance(key.get("kid"), str):
            continue
        if key.get("use", "sig") != "sig" or key.get("kty") not in OIDC_ALGORITHMS.values():
            continue
        if any(private in key for private in ("d", "p", "q")):
            continue  # a private key published by mistake is never used
        keys[key["kid"]] = key
    return keys


class JwksCache:
    """The provider's public keys, cached; fetched again on an unknown `kid` at most once per
    `min_refresh_seconds`, and when older than an hour. One per process (app lifespan)."""

    def __init__(
        self,
        *,
        url: str = "",
        file: Any = None,
        min_refresh_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.file = file
        self.min_refresh_seconds = min_refresh_seconds
        self.clock = clock
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched_at: float | None = None
        self._loaded = False  # whether any fetch has succeeded yet
        self.fetches = 0
        self._lock = asyncio.Lock()

    async def _load(self) -> dict[str, dict[str, Any]]:
        if self.url:
            async with httpx.AsyncClient(timeout=FETCH_TIMEOUT_SECONDS) as http:
                response = await http.get(self.url, headers={"Accept": "application/json"})
                response.raise_for_status()
                return _usable_keys(response.json())
        return _usable_keys(json.loads(await AsyncPath(self.file).read_text()))

    async def _refresh(self, *, since: float | None) -> None:
        async with self._lock:
            if self._fetched_at != since:
                return  # another request refreshed while this one waited
            self._fetched_at = self.clock()
            self.fetches += 1
            try:
                self._keys = await self._load()
                self._loaded = True
            except (httpx.HTTPError, OSError, ValueError) as exc:
                # Keep the keys we had: a provider outage does not sign everyone out.
                logger.warning("could not load the OIDC provider's keys: %s", exc)

    async def key(self, kid: str) -> dict[str, Any] | None:
        fetched_at = self._fetched_at
        now = self.clock()
        if fetched_at is None or now - fetched_at >= MAX_KEY_AGE_SECONDS:
            await self._refresh(since=fetched_at)
        elif kid not in self._keys and now - fetched_at >= self.min_refresh_seconds:
            await self._refresh(since=fetched_at)
        if not self._loaded:
            raise ServiceUnavailable(
                "The identity provider's keys cannot be loaded; try again shortly",
                headers={"Retry-After": str(int(self.min_refresh_seconds) or 1)},
            )
        return self._keys.get(kid)


class OidcVerifier:
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.issuer = settings.oidc_issuer
        self.audience = settings.oidc_audience
        self.keys = JwksCache(
            url=settings.oidc_jwks_url,
            file=settings.oidc_jwks_file,
            min_refresh_seconds=settings.oidc_jwks_refresh_seconds,
            clock=clock,
        )

    async def verify(self, token: str, header: dict[str, Any]) -> dict[str, Any]:
        """The verified claims of a provider's token; any defect is a 401."""
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in OIDC_ALGORITHMS or not isinstance(kid, str):
            raise Unauthorized("Invalid or expired token")
        key = await self.keys.key(kid)
        if key is None:
            raise Unauthorized("Invalid or expired token: unknown signing key")
        if key["kty"] != OIDC_ALGORITHMS[alg] or key.get("alg", alg) != alg:
            raise Unauthorized("Invalid or expired token")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[alg],  # one asymmetric algorithm, fixed by the key's type
                audience=self.audience,
                issuer=self.issuer,
                options={
                    **{f"require_{claim}": True for claim in REQUIRED_CLAIMS},
                    "verify_at_hash": False,
                    "leeway": LEEWAY_SECONDS,
                },
            )
        except (JOSEError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise Unauthorized("Invalid or expired token") from exc
        if not isinstance(claims.get("sub"), str) or not claims["sub"]:
            raise Unauthorized("Invalid or expired token")
        return claims


def _actor(user: User) -> Actor:
    return Actor(kind="user", id=user.id, role=Role(user.role), employee_id=user.employee_id)


UNKNOWN_IDENTITY = (
    "Signed in with the identity provider, but no active PeerMentor account matches this "
    "identity (by subject or e-mail); ask HR to create one"
)


# Accounts made at a first sign-on have no password: this is no hash of anything, so a password
# sign-in with it always fails.
NO_PASSWORD = "!oidc-only"  # noqa: S105 - a marker, not a secret


async def _first_sign_in(session: AsyncSession, *, email: str, subject: str) -> Actor:
    """The first sign-on of an active employee (provisioned by the identity provider over
    SCIM, or by the HRIS) who has no account yet: their account is made now, as `team_leader`
    when active people report to them, else `employee`. HR roles are never made here: HR
    grants them in PeerMentor."""
    employee_id = await repository.active_employee_by_email(session, email)
    if employee_id is None:
        raise Unauthorized(UNKNOWN_IDENTITY)
    if await repository.user_of_employee(session, employee_id) is not None:
        raise Unauthorized(UNKNOWN_IDENTITY)  # linked to an account of another e-mail
    leads = await repository.leads_active_people(session, employee_id)
    role = Role.TEAM_LEADER if leads else Role.EMPLOYEE
    user = User(
        email=email,
        password_hash=NO_PASSWORD,
        role=role.value,
        employee_id=employee_id,
        oidc_subject=subject,
    )
    session.add(user)
    await session.flush()
    actor = _actor(user)
    audit.record(
        session,
        actor,
        "user.create",
        entity="user",
        entity_id=user.id,
        after={
            "email": email,
            "role": role.value,
            "employee_id": employee_id,
            "is_active": True,
            "oidc_subject": subject,
            "reason": "first_oidc_sign_in",
        },
    )
    return actor


async def actor_for_claims(
    read_sessionmaker: async_sessionmaker[AsyncSession],
    write_sessionmaker: async_sessionmaker[AsyncSession],
    claims: dict[str, Any],
) -> Actor:
    """The local user a verified token stands for: by the remembered subject, or else by the
    `email` claim (unless the provider says it is unverified), remembering the subject. The role
    is the local user's; the token's claims about roles are never read."""
    subject = str(claims["sub"])
    async with read_sessionmaker() as session:
        user = await session.scalar(select(User).where(User.oidc_subject == subject))
    if user is not None:
        if not user.is_active:
            raise Unauthorized("The account is deactivated")
        return _actor(user)
    email = claims.get("email")
    if not isinstance(email, str) or not email or claims.get("email_verified") is False:
        raise Unauthorized(UNKNOWN_IDENTITY)
    async with write_sessionmaker() as session:
        if session.get_bind().dialect.name == "sqlite":
            await session.connection(execution_options={"sqlite_immediate": True})
        user = await session.scalar(select(User).where(User.email == email.strip().lower()))
        if user is None:
            actor = await _first_sign_in(session, email=email.strip().lower(), subject=subject)
            await session.commit()
            return actor
        if not user.is_active:
            raise Unauthorized(UNKNOWN_IDENTITY)
        if user.oidc_subject is not None:
            # Already tied to another identity of the provider: an e-mail address may have
            # been reassigned there; never let it take over the account.
            raise Unauthorized(UNKNOWN_IDENTITY)
        user.oidc_subject = subject
        actor = _actor(user)
        audit.record(
            session,
            actor,
            "user.oidc_link",
            entity="user",
            entity_id=user.id,
            before={"oidc_subject": None},
            after={"oidc_subject": subject},
        )
        await session.commit()
    return actor
