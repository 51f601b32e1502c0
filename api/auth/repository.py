from __future__ import annotations

from sqlalchemy import DateTime, Integer, Row, String, bindparam, column, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import ScimToken, ServiceAccount, User
from api.core.security import EmployeeStatus

# Authentication sits below every domain (each router takes its actor from `auth.dependencies`),
# the people domain included: it reads the few columns of the `employees` table it needs by
# name, the way `users.employee_id`'s foreign key names that table, and imports no domain.
_employees = table(
    "employees",
    column("id", Integer),
    column("email", String),
    column("status", String),
    column("team_leader_id", Integer),
    column("scim_deleted_at", DateTime),
)


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == email.lower()))


async def service_account_by_client_id(
    session: AsyncSession, client_id: str
) -> ServiceAccount | None:
    return await session.scalar(select(ServiceAccount).where(ServiceAccount.client_id == client_id))


async def scim_token_by_hash(session: AsyncSession, token_hash: str) -> ScimToken | None:
    return await session.scalar(select(ScimToken).where(ScimToken.token_hash == token_hash))


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
_users, _services = User.__table__, ServiceAccount.__table__
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


async def active_employee_by_email(session: AsyncSession, email: str) -> int | None:
    """The id of the active employee with this e-mail (not deleted over SCIM), if any."""
    return await session.scalar(
        select(_employees.c.id).where(
            _employees.c.email == email,
            _employees.c.status == EmployeeStatus.ACTIVE,
            _employees.c.scim_deleted_at.is_(None),
        )
    )


async def user_of_employee(session: AsyncSession, employee_id: int) -> int | None:
    return await session.scalar(select(User.id).where(User.employee_id == employee_id))


async def leads_active_people(session: AsyncSession, employee_id: int) -> bool:
    """Whether active people report to the employee."""
    leads = await session.scalar(
        select(_employees.c.id)
        .where(
            _employees.c.team_leader_id == employee_id,
            _employees.c.status == EmployeeStatus.ACTIVE,
        )
        .limit(1)
    )
    return leads is not None
