"""Queries of account administration: people's accounts, service accounts, invitations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, and_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.models import AccountInvitation
from api.auth.models import ScimToken, ServiceAccount, User
from api.employees.models import Employee


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == email.lower()))


async def user_by_employee(session: AsyncSession, employee_id: int) -> User | None:
    return await session.scalar(select(User).where(User.employee_id == employee_id))


def users_query(*, role: str | None = None, is_active: bool | None = None) -> Select[User]:
    stmt = select(User)
    if role is not None:
        stmt = stmt.where(User.role == role)
    if is_active is not None:
        stmt = stmt.where(User.is_active == is_active)
    return stmt


def service_accounts_query() -> Select[ServiceAccount]:
    return select(ServiceAccount)


def scim_tokens_query(service_account_id: int) -> Select[ScimToken]:
    return select(ScimToken).where(ScimToken.service_account_id == service_account_id)


async def users_of_employees(session: AsyncSession, employee_ids: list[int]) -> list[User]:
    return list(
        (await session.scalars(select(User).where(User.employee_id.in_(employee_ids)))).all()
    )


async def employees_by_id(session: AsyncSession, employee_ids: Sequence[int]) -> list[Employee]:
    stmt = select(Employee).where(Employee.id.in_(list(employee_ids)))
    return list((await session.scalars(stmt)).all())


async def users_by_emails(session: AsyncSession, emails: Sequence[str]) -> list[User]:
    stmt = select(User).where(User.email.in_([e.lower() for e in emails]))
    return list((await session.scalars(stmt)).all())


async def supersede_invitations(session: AsyncSession, user_id: int, now: datetime) -> None:
    """End the account's invitations still open: only the newest link works."""
    await session.execute(
        update(AccountInvitation)
        .where(
            AccountInvitation.user_id == user_id,
            AccountInvitation.used_at.is_(None),
            AccountInvitation.superseded_at.is_(None),
        )
        .values(superseded_at=now, updated_at=now)
    )


async def invitation_by_token_hash(
    session: AsyncSession, token_hash: str, *, for_update: bool = False
) -> AccountInvitation | None:
    stmt = select(AccountInvitation).where(AccountInvitation.token_hash == token_hash)
    if for_update:
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


async def invitation_of_notification(
    session: AsyncSession, notification_id: int
) -> AccountInvitation | None:
    return await session.scalar(
        select(AccountInvitation).where(AccountInvitation.notification_id == notification_id)
    )


async def use_invitation(session: AsyncSession, invitation_id: int, now: datetime) -> bool:
    """Mark the invitation used if it is still pending, in one conditional update: of two
    racing requests only one gets True."""
    used = await session.execute(
        update(AccountInvitation)
        .where(
            AccountInvitation.id == invitation_id,
            AccountInvitation.used_at.is_(None),
            AccountInvitation.superseded_at.is_(None),
            AccountInvitation.expires_at > now,
        )
        .values(used_at=now, updated_at=now)
    )
    return bool(used.rowcount == 1)  # type: ignore[attr-defined]


async def set_active_user_password(
    session: AsyncSession, user_id: int, password_hash: str, now: datetime
) -> bool:
    """Set the password of the account if it is still active (False if it was deactivated
    meanwhile)."""
    changed = await session.execute(
        update(User)
        .where(and_(User.id == user_id, User.is_active.is_(True)))
        .values(password_hash=password_hash, updated_at=now)
    )
    return bool(changed.rowcount == 1)  # type: ignore[attr-defined]
