"""Account administration: people's logins (with invitations to set a password), service
accounts and SCIM tokens. Authentication itself (tokens, the per-request account check) is
api.auth's."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.accounts import repository
from api.accounts.models import AccountInvitation
from api.accounts.schemas import (
    InvitationCreated,
    ScimTokenCreate,
    ServiceAccountCreate,
    UserBulkResult,
    UserCreate,
    UserRead,
    UsersBulkCreate,
    UsersBulkCreated,
    UserUpdate,
)
from api.auth import throttle
from api.auth.models import ScimToken, ServiceAccount, User
from api.auth.service import SCIM_TOKEN_PREFIX, secret_digest
from api.core import audit
from api.core.config import Settings, ensure_secret_key
from api.core.db import utcnow
from api.core.errors import BadRequest, Conflict, Gone, NotFound, RuleViolation
from api.core.pagination import PageParams, keyset, page_of
from api.core.security import (
    Actor,
    Role,
    hash_password,
    new_client_id,
    new_client_secret,
    unusable_password_hash,
)
from api.email import delivery as email_delivery
from api.employees import service as employees
from api.records import service as records

logger = logging.getLogger("peermentor.accounts")

USER_AUDIT_FIELDS = ("email", "role", "employee_id", "is_active")
SERVICE_ACCOUNT_AUDIT_FIELDS = ("name", "role", "client_id", "is_active")
SCIM_TOKEN_AUDIT_FIELDS = ("service_account_id", "name", "revoked_at")

# A prefix tells an invitation token apart at a glance (and lets secret scanners find one).
INVITATION_TOKEN_PREFIX = "pminv_"  # noqa: S105 - a prefix, not a secret
SET_PASSWORD_PAGE = "/set-password"  # noqa: S105 - a path, not a secret
INVITATION_KIND = "account_invitation"


async def _check_employee_link(
    session: AsyncSession,
    *,
    role: str,
    employee_id: int | None,
    active: bool,
    user_id: int | None = None,
) -> None:
    if role in (Role.TEAM_LEADER, Role.EMPLOYEE) and employee_id is None:
        raise RuleViolation(f"A {role} account needs an employee_id", loc=["body", "employee_id"])
    if employee_id is None:
        return
    status = await employees.status_of(session, employee_id)
    if status is None:
        raise RuleViolation("No employee with this id", loc=["body", "employee_id"])
    if status == "terminated" and active:
        raise Conflict(
            "The employee has left the organisation: their account cannot be active",
            reasons=["employee_terminated"],
        )
    linked = await repository.user_by_employee(session, employee_id)
    if linked is not None and linked.id != user_id:
        raise Conflict(
            "Another account is already linked to this employee", reasons=["employee_has_account"]
        )


# -- invitations -------------------------------------------------------------------------


def invitation_token(secret_key: str, nonce: str) -> str:
    """The token of an invitation, derived from its stored nonce with the server's secret key:
    the database keeps only the nonce and the token's digest, yet the worker can rebuild the
    link for the e-mail."""
    mac = hmac.new(secret_key.encode(), f"account-invitation:{nonce}".encode(), hashlib.sha256)
    return INVITATION_TOKEN_PREFIX + base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def set_password_path(token: str) -> str:
    # In the fragment: browsers never send it to a server, so no access log records it.
    return f"{SET_PASSWORD_PAGE}#token={token}"


def set_password_url(settings: Settings, token: str) -> str | None:
    base = settings.public_base_url.strip().rstrip("/")
    return f"{base}{set_password_path(token)}" if base else None


def can_email_invitations(settings: Settings) -> bool:
    """An e-mailed link needs e-mail on and the app's public address to point at."""
    return bool(settings.smtp_host and settings.public_base_url.strip())


async def issue_invitation(
    session: AsyncSession, actor: Actor, settings: Settings, *, user: User
) -> InvitationCreated:
    """A new one-time set-password link for the account; any older one stops working. Queued
    by e-mail to the account's address when e-mail is on; answered once to the caller."""
    if not user.is_active:
        raise Conflict(
            "The account is deactivated: reactivate it before sending a new link",
            reasons=["account_deactivated"],
        )
    now = utcnow()
    await repository.supersede_invitations(session, user.id, now)
    nonce = secrets.token_hex(32)
    token = invitation_token(ensure_secret_key(settings), nonce)
    invitation = AccountInvitation(
        user_id=user.id,
        token_hash=secret_digest(token),
        nonce=nonce,
        expires_at=now + timedelta(hours=settings.invitation_ttl_hours),
        created_at=now,
        updated_at=now,
    )
    session.add(invitation)
    email_queued = can_email_invitations(settings)
    if email_queued:
        notification = await records.notify(
            session,
            recipient_id=user.employee_id,
            email_to=user.email,
            kind=INVITATION_KIND,
            title="Set your PeerMentor password",
            body=(
                f"HR set up your PeerMentor login ({user.email}). Choose your password with "
                "the link below; it works once, until "
                f"{invitation.expires_at:%Y-%m-%d %H:%M} UTC. Then sign in with your e-mail."
            ),
        )
        await session.flush()
        invitation.notification_id = notification.id
    await session.flush()
    audit.record(
        session,
        actor,
        "user.invite",
        entity="user",
        entity_id=user.id,
        after={
            "invitation_id": invitation.id,
            "expires_at": invitation.expires_at,
            "email_queued": email_queued,
        },
    )
    return InvitationCreated(
        id=invitation.id,
        user_id=user.id,
        email=user.email,
        expires_at=invitation.expires_at,
        token=token,
        set_password_path=set_password_path(token),
        set_password_url=set_password_url(settings, token),
        email_queued=email_queued,
    )


async def reissue_invitation(
    session: AsyncSession, actor: Actor, settings: Settings, *, user_id: int
) -> InvitationCreated:
    """HR's reset: a new link for an existing account. The current password, if any, keeps
    working until the person sets a new one (deactivate the account to stop it at once)."""
    user = await get_user(session, user_id)
    return await issue_invitation(session, actor, settings, user=user)


def _invitation_state(invitation: AccountInvitation, now: datetime) -> str:
    if invitation.used_at is not None:
        return "invitation_used"
    if invitation.superseded_at is not None:
        return "invitation_superseded"
    if invitation.expires_at <= now:
        return "invitation_expired"
    return "pending"


_GONE_DETAIL = {
    "invitation_used": "This link was already used: sign in, or ask HR for a new link",
    "invitation_superseded": "A newer link was sent for this account: use that one, or ask HR",
    "invitation_expired": "This link has expired: ask HR for a new one",
}


# The prefix, then an unpadded base64url SHA-256 (43 characters).
_INVITATION_TOKEN_SHAPE = re.compile(re.escape(INVITATION_TOKEN_PREFIX) + r"[A-Za-z0-9_-]{43}")


def _invalid_invitation() -> BadRequest:
    return BadRequest(
        "This link is not valid: check that it was copied whole, or ask HR for a new one",
        reasons=["invitation_invalid"],
    )


@dataclass(frozen=True, slots=True)
class Redeemed:
    email: str
    role: str


async def redeem_invitation(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    token: str,
    password: str,
    client_key: str,
) -> Redeemed:
    """Set the account's password with a one-time token. Attempts are throttled per client
    like sign-ins (counted in their own transaction, before the check); the token is used by
    one conditional update, so that two racing requests cannot both use it."""
    token = token.strip()
    if not _INVITATION_TOKEN_SHAPE.fullmatch(token):
        # Not one of ours at all (cut or mistyped): refused before counting an attempt.
        raise _invalid_invitation()
    key = "invitation:" + client_key
    await throttle.reserve_attempt(sessionmaker, settings, key)
    async with sessionmaker() as session:
        invitation = await repository.invitation_by_token_hash(session, secret_digest(token))
        user = None if invitation is None else await session.get(User, invitation.user_id)
    if invitation is None or user is None:
        logger.info("unknown invitation token")
        raise _invalid_invitation()
    state = _invitation_state(invitation, utcnow())
    if state != "pending":
        raise Gone(_GONE_DETAIL[state], reasons=[state])
    if not user.is_active:
        raise Conflict(
            "The account is deactivated: ask HR to reactivate it", reasons=["account_deactivated"]
        )
    password_hash = await hash_password(settings, password)  # no connection held meanwhile
    async with sessionmaker.begin() as session:
        now = utcnow()
        if not await repository.use_invitation(session, invitation.id, now):
            raise Gone(_GONE_DETAIL["invitation_used"], reasons=["invitation_used"])
        if not await repository.set_active_user_password(session, user.id, password_hash, now):
            raise Conflict(
                "The account is deactivated: ask HR to reactivate it",
                reasons=["account_deactivated"],
            )
        actor = Actor(kind="user", id=user.id, role=Role(user.role), employee_id=user.employee_id)
        audit.record(
            session,
            actor,
            "user.set_password",
            entity="user",
            entity_id=user.id,
            changes={
                "after": {"password": "changed", "invitation_id": invitation.id},  # never values
            },
        )
        await throttle.clear_failures(session, key)
    return Redeemed(email=user.email, role=user.role)


async def invitation_link_for_email(
    session: AsyncSession, settings: Settings, notification_id: int
) -> str | None:
    """The link an invitation e-mail carries, rebuilt when it is sent; None when the
    invitation can no longer be used (used, replaced, expired): such an e-mail is not sent."""
    invitation = await repository.invitation_of_notification(session, notification_id)
    if invitation is None or _invitation_state(invitation, utcnow()) != "pending":
        return None
    return set_password_url(
        settings, invitation_token(ensure_secret_key(settings), invitation.nonce)
    )


# -- people's accounts -------------------------------------------------------------------


async def create_user(
    session: AsyncSession, actor: Actor, settings: Settings, *, data: UserCreate
) -> tuple[User, InvitationCreated | None]:
    """A login. With a password it works at once; without one, the answer carries an
    invitation with which the person sets their own."""
    email = data.email.lower()
    if await repository.user_by_email(session, email) is not None:
        raise Conflict("An account with this email already exists", reasons=["email_taken"])
    await _check_employee_link(session, role=data.role, employee_id=data.employee_id, active=True)
    if data.password is None:
        password_hash = unusable_password_hash()
    else:
        password_hash = await hash_password(settings, data.password)
    user = User(
        email=email, password_hash=password_hash, role=data.role, employee_id=data.employee_id
    )
    session.add(user)
    await session.flush()
    audit.record(
        session,
        actor,
        "user.create",
        entity="user",
        entity_id=user.id,
        after=audit.snapshot(user, USER_AUDIT_FIELDS),
    )
    invitation = None
    if data.password is None:
        invitation = await issue_invitation(session, actor, settings, user=user)
    return user, invitation


async def create_users_for_employees(
    session: AsyncSession, actor: Actor, settings: Settings, *, data: UsersBulkCreate
) -> UsersBulkCreated:
    """Logins for a selection of employees, each with an invitation, at their employee
    e-mail. Those that cannot have one are reported and skipped; the others are created."""
    employees = {e.id: e for e in await repository.employees_by_id(session, data.employee_ids)}
    with_account = {
        u.employee_id for u in await repository.users_of_employees(session, list(employees))
    }
    emails_taken = {
        u.email
        for u in await repository.users_by_emails(session, [e.email for e in employees.values()])
    }
    results: list[UserBulkResult] = []
    seen: set[int] = set()

    def skip(employee_id: int, reason: str, detail: str) -> None:
        results.append(
            UserBulkResult(
                employee_id=employee_id,
                status="skipped",
                reason=reason,  # type: ignore[arg-type]
                detail=detail,
            )
        )

    for employee_id in data.employee_ids:
        employee = employees.get(employee_id)
        if employee_id in seen:
            skip(employee_id, "listed_twice", "Listed more than once: handled once")
            continue
        seen.add(employee_id)
        if employee is None:
            skip(employee_id, "unknown_employee", "No employee with this id")
        elif employee.status == "terminated":
            skip(employee_id, "employee_terminated", "The employee has left the organisation")
        elif employee_id in with_account:
            skip(employee_id, "already_has_account", "The employee already has a login")
        elif employee.email.lower() in emails_taken:
            skip(employee_id, "email_taken", "Another account uses the employee's e-mail")
        else:
            email = employee.email.lower()
            user = User(
                email=email,
                password_hash=unusable_password_hash(),
                role=data.role,
                employee_id=employee.id,
            )
            session.add(user)
            await session.flush()
            emails_taken.add(email)
            audit.record(
                session,
                actor,
                "user.create",
                entity="user",
                entity_id=user.id,
                after=audit.snapshot(user, USER_AUDIT_FIELDS),
            )
            invitation = await issue_invitation(session, actor, settings, user=user)
            results.append(
                UserBulkResult(
                    employee_id=employee_id,
                    status="created",
                    user=UserRead.model_validate(user),
                    invitation=invitation,
                )
            )
    created = sum(1 for r in results if r.status == "created")
    return UsersBulkCreated(created=created, skipped=len(results) - created, results=results)


async def get_user(session: AsyncSession, user_id: int) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("User not found")
    return user


async def update_user(
    session: AsyncSession, actor: Actor, settings: Settings, *, user_id: int, data: UserUpdate
) -> User:
    user = await get_user(session, user_id)
    before = audit.snapshot(user, USER_AUDIT_FIELDS)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("role", "x") is None or changes.get("is_active", False) is None:
        raise RuleViolation("role and is_active cannot be null", loc=["body"])
    role = changes.get("role", user.role)
    employee_id = changes.get("employee_id", user.employee_id)
    await _check_employee_link(
        session,
        role=role,
        employee_id=employee_id,
        active=changes.get("is_active", user.is_active),
        user_id=user.id,
    )
    if (
        user.id == actor.id
        and actor.kind == "user"
        and (changes.get("is_active") is False or role != Role.HR_ADMIN)
    ):
        raise Conflict("You cannot deactivate or demote your own account")
    password = changes.pop("password", None)
    if password is not None:
        user.password_hash = await hash_password(settings, password)
    for name, value in changes.items():
        setattr(user, name, value)
    await session.flush()
    after = audit.snapshot(user, USER_AUDIT_FIELDS)
    change_set = audit.diff(before, after)
    if password is not None:
        change_set["after"]["password"] = "changed"  # noqa: S105 - never the value
    audit.record(
        session, actor, "user.update", entity="user", entity_id=user.id, changes=change_set
    )
    return user


async def deactivate_accounts_of_leavers(
    session: AsyncSession, actor: Actor, *, employee_ids: list[int]
) -> list[User]:
    """A terminated employee's login stops at once (their tokens fail the account check) and
    stays off: rehiring does not bring it back, HR turns it on again by hand."""
    if not employee_ids:
        return []
    deactivated = []
    for user in await repository.users_of_employees(session, employee_ids):
        if not user.is_active:
            continue
        user.is_active = False
        deactivated.append(user)
        audit.record(
            session,
            actor,
            "user.deactivate",
            entity="user",
            entity_id=user.id,
            changes={
                "before": {"is_active": True},
                "after": {"is_active": False},
                "reason": "employee_terminated",
            },
        )
    await session.flush()
    return deactivated


async def list_users(
    session: AsyncSession, page: PageParams, *, role: str | None, is_active: bool | None
) -> tuple[list[User], str | None]:
    stmt = keyset(repository.users_query(role=role, is_active=is_active), page, User.id)
    return page_of((await session.scalars(stmt)).all(), page)


# -- service accounts --------------------------------------------------------------------


async def create_service_account(
    session: AsyncSession, actor: Actor, *, data: ServiceAccountCreate
) -> tuple[ServiceAccount, str]:
    secret = new_client_secret()
    account = ServiceAccount(
        name=data.name,
        role=data.role,
        client_id=new_client_id(),
        secret_hash=secret_digest(secret),
    )
    session.add(account)
    await session.flush()
    audit.record(
        session,
        actor,
        "service_account.create",
        entity="service_account",
        entity_id=account.id,
        after=audit.snapshot(account, SERVICE_ACCOUNT_AUDIT_FIELDS),
    )
    return account, secret


async def _service_account(session: AsyncSession, service_account_id: int) -> ServiceAccount:
    account = await session.get(ServiceAccount, service_account_id)
    if account is None:
        raise NotFound("Service account not found")
    return account


async def deactivate_service_account(
    session: AsyncSession, actor: Actor, *, service_account_id: int
) -> ServiceAccount:
    account = await _service_account(session, service_account_id)
    if not account.is_active:
        raise Conflict("The service account is already deactivated")
    account.is_active = False
    await session.flush()
    audit.record(
        session,
        actor,
        "service_account.deactivate",
        entity="service_account",
        entity_id=account.id,
        before={"is_active": True},
        after={"is_active": False},
    )
    return account


async def list_service_accounts(
    session: AsyncSession, page: PageParams
) -> tuple[list[ServiceAccount], str | None]:
    stmt = keyset(repository.service_accounts_query(), page, ServiceAccount.id)
    return page_of((await session.scalars(stmt)).all(), page)


# -- SCIM tokens -------------------------------------------------------------------------


async def create_scim_token(
    session: AsyncSession, actor: Actor, *, service_account_id: int, data: ScimTokenCreate
) -> tuple[ScimToken, str]:
    """A new long-lived SCIM token of an active `hris` account; the token is answered once."""
    account = await _service_account(session, service_account_id)
    if account.role != Role.HRIS:
        raise Conflict("Only an hris service account provisions people over SCIM")
    if not account.is_active:
        raise Conflict("The service account is deactivated")
    token = SCIM_TOKEN_PREFIX + secrets.token_urlsafe(32)
    scim_token = ScimToken(
        service_account_id=account.id, name=data.name, token_hash=secret_digest(token)
    )
    session.add(scim_token)
    await session.flush()
    audit.record(
        session,
        actor,
        "scim_token.create",
        entity="scim_token",
        entity_id=scim_token.id,
        after=audit.snapshot(scim_token, SCIM_TOKEN_AUDIT_FIELDS),
    )
    return scim_token, token


async def list_scim_tokens(
    session: AsyncSession, page: PageParams, *, service_account_id: int
) -> tuple[list[ScimToken], str | None]:
    await _service_account(session, service_account_id)
    stmt = keyset(repository.scim_tokens_query(service_account_id), page, ScimToken.id)
    return page_of((await session.scalars(stmt)).all(), page)


async def revoke_scim_token(
    session: AsyncSession, actor: Actor, *, service_account_id: int, scim_token_id: int
) -> None:
    scim_token = await session.get(ScimToken, scim_token_id)
    if scim_token is None or scim_token.service_account_id != service_account_id:
        raise NotFound("SCIM token not found")
    if scim_token.revoked_at is not None:
        return  # revoking twice is a no-op: DELETE is idempotent
    scim_token.revoked_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "scim_token.revoke",
        entity="scim_token",
        entity_id=scim_token.id,
        before={"revoked_at": None},
        after={"revoked_at": scim_token.revoked_at},
    )


# The e-mail sender (below accounts) rebuilds each invitation's link with this function.
email_delivery.register_invitation_links(invitation_link_for_email)
