from __future__ import annotations

from sqlalchemy import Row, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import ServiceAccount, User
from api.employees.models import Employee


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == email.lower()))


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


# Run on every authenticated request: built once, on the tables (a Core statement skips the
# ORM's per-execution work), executed on the request's own connection.
_users, _employees, _services = User.__table__, Employee.__table__, ServiceAccount.__table__
_USER_STATE = (
    select(_users.c.role, _users.c.is_active, _users.c.employee_id, _employees.c.status)
    .select_from(_users.outerjoin(_employees, _employees.c.id == _users.c.employee_id))
    .where(_users.c.id == bindparam("account_id"))
)
_SERVICE_STATE = select(_services.c.role, _services.c.is_active).where(
    _services.c.id == bindparam("account_id")
)


async def user_account_state(
    session: AsyncSession, user_id: int
) -> Row[str, bool, int | None, str] | None:
    """(role, is_active, employee_id, employee_status) of a user: two primary-key lookups in
    one statement."""
    connection = await session.connection()
    return (await connection.execute(_USER_STATE, {"account_id": user_id})).one_or_none()


async def service_account_state(session: AsyncSession, account_id: int) -> Row[str, bool] | None:
    """(role, is_active) of a service account, by primary key."""
    connection = await session.connection()
    return (await connection.execute(_SERVICE_STATE, {"account_id": account_id})).one_or_none()
