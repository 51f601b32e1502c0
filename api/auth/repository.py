from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import ServiceAccount, User


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == email.lower()))


async def user_by_employee(session: AsyncSession, employee_id: int) -> User | None:
    return await session.scalar(select(User).where(User.employee_id == employee_id))


async def service_account_by_client_id(
    session: AsyncSession, client_id: str
) -> ServiceAccount | None:
    return await session.scalar(select(ServiceAccount).where(ServiceAccount.client_id == client_id))


async def lock_service_account(session: AsyncSession, account_id: int) -> bool:
    """Hold the account's row until the transaction ends (PostgreSQL; SQLite's writes are
    serialised anyway); False if there is no such account. `FOR NO KEY UPDATE` leaves rows
    that refer to the account free to be written."""
    stmt = select(ServiceAccount.id).where(ServiceAccount.id == account_id)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(key_share=True)
    return await session.scalar(stmt) is not None


def users_query(*, role: str | None = None, is_active: bool | None = None) -> Select[User]:
    stmt = select(User)
    if role is not None:
        stmt = stmt.where(User.role == role)
    if is_active is not None:
        stmt = stmt.where(User.is_active == is_active)
    return stmt


def service_accounts_query() -> Select[ServiceAccount]:
    return select(ServiceAccount)
