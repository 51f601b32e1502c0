"""Tokens and passwords: every JWT is made and checked here, with python-jose."""

from __future__ import annotations

import enum
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal, TypeVar

from anyio import to_thread
from jose import jwt
from jose.exceptions import JOSEError
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from api.core.config import Settings

JWT_ALGORITHM = "HS256"
# Never derived from the token's header: the one algorithm local tokens are signed with.
ALLOWED_ALGORITHMS = [JWT_ALGORITHM]
REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud", "sub", "jti")


class Role(enum.StrEnum):
    HR_ADMIN = "hr_admin"
    TEAM_LEADER = "team_leader"
    EMPLOYEE = "employee"
    HRIS = "hris"
    REPORTING = "reporting"


# The people domain's `employees.status`. It sits here, beside the roles, because the account
# check below every domain reads it on every request (a leaver's token stops at once).
class EmployeeStatus(enum.StrEnum):
    """Whether the person still works here (the HRIS says who left)."""

    ACTIVE = "active"
    TERMINATED = "terminated"


PERSON_ROLES = (Role.HR_ADMIN, Role.TEAM_LEADER, Role.EMPLOYEE)
SERVICE_ROLES = (Role.HRIS, Role.REPORTING)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is calling: a person's user account or a service account."""

    kind: Literal["user", "service"]
    id: int
    role: Role
    employee_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.id}"

    @property
    def is_hr(self) -> bool:
        return self.role is Role.HR_ADMIN

    @property
    def is_service(self) -> bool:
        return self.kind == "service"


SYSTEM_ACTOR = Actor(kind="service", id=0, role=Role.HR_ADMIN)

_Built = TypeVar("_Built")


def built_per_reader(build: Callable[[Actor], _Built]) -> Callable[[Actor], _Built]:
    """`build(actor)` done once per kind of reader, (role, employee), and kept: for the list
    statements whose visibility reads nothing else of the actor. Building one costs about what
    running it does, and the same statement object lets SQLAlchemy skip its cache key."""

    @lru_cache(maxsize=1024)
    def built(role: Role, employee_id: int | None) -> _Built:
        return build(Actor(kind="user", id=0, role=role, employee_id=employee_id))

    def for_actor(actor: Actor) -> _Built:
        return built(actor.role, actor.employee_id)

    return for_actor


class InvalidToken(Exception):
    pass


def create_access_token(settings: Settings, secret_key: str, actor: Actor) -> tuple[str, int]:
    now = datetime.now(UTC)
    lifetime = timedelta(minutes=settings.access_token_minutes)
    claims: dict[str, Any] = {
        "sub": actor.label,
        "role": actor.role.value,
        "iss": settings.token_issuer,
        "aud": settings.token_audience,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    if actor.employee_id is not None:
        claims["employee_id"] = actor.employee_id
    token = jwt.encode(claims, secret_key, algorithm=JWT_ALGORITHM)
    return token, int(lifetime.total_seconds())


def decode_access_token(settings: Settings, secret_key: str, token: str) -> Actor:
    """Verify a bearer token and return its actor; any defect raises InvalidToken."""
    try:
        claims = jwt.decode(
            token,
            secret_key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.token_audience,
            issuer=settings.token_issuer,
            options={f"require_{claim}": True for claim in REQUIRED_CLAIMS},
        )
    # JOSEError covers JWTError, JWSError, ExpiredSignatureError and JWTClaimsError; malformed
    # input can also surface as ValueError/TypeError/KeyError from the decoding layers.
    except (JOSEError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise InvalidToken(type(exc).__name__) from None
    try:
        kind, _, raw_id = str(claims["sub"]).partition(":")
        role = Role(claims["role"])
        employee_id = claims.get("employee_id")
        if kind not in ("user", "service") or (
            employee_id is not None and not isinstance(employee_id, int)
        ):
            raise ValueError(kind)
        return Actor(kind=kind, id=int(raw_id), role=role, employee_id=employee_id)  # type: ignore[arg-type]
    except (KeyError, ValueError, TypeError):
        raise InvalidToken("claims") from None


@lru_cache(maxsize=4)
def _password_hasher(time_cost: int, memory_cost: int) -> PasswordHash:
    return PasswordHash((Argon2Hasher(time_cost=time_cost, memory_cost=memory_cost),))


def _hasher(settings: Settings) -> PasswordHash:
    return _password_hasher(settings.argon2_time_cost, settings.argon2_memory_cost)


async def hash_password(settings: Settings, password: str) -> str:
    # argon2 is deliberately slow; keep it off the event loop.
    return await to_thread.run_sync(_hasher(settings).hash, password)


def hash_password_sync(settings: Settings, password: str) -> str:
    return _hasher(settings).hash(password)


# An account invited to set its password has none yet: its stored value starts with this
# character, which no argon2 hash does, so that no password matches it.
UNUSABLE_PASSWORD_PREFIX = "!"  # noqa: S105 - a marker, not a secret


def unusable_password_hash() -> str:
    return UNUSABLE_PASSWORD_PREFIX + secrets.token_hex(16)


async def verify_password(settings: Settings, password: str, password_hash: str | None) -> bool:
    """Check a password; with no hash (unknown account, or one without a password yet) spend
    the same time and fail."""
    hasher = _hasher(settings)
    if password_hash is None or password_hash.startswith(UNUSABLE_PASSWORD_PREFIX):
        await to_thread.run_sync(hasher.verify, password, _dummy_hash(settings))
        return False
    try:
        return await to_thread.run_sync(hasher.verify, password, password_hash)
    except Exception:  # a corrupt stored hash is a failed login, not a 500
        return False


@lru_cache(maxsize=4)
def _dummy_hash_for(time_cost: int, memory_cost: int) -> str:
    return _password_hasher(time_cost, memory_cost).hash(secrets.token_urlsafe(16))


def _dummy_hash(settings: Settings) -> str:
    return _dummy_hash_for(settings.argon2_time_cost, settings.argon2_memory_cost)


def new_client_secret() -> str:
    return secrets.token_urlsafe(32)


def new_client_id() -> str:
    return "pm_" + secrets.token_hex(12)
