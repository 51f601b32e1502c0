"""The leavers' orchestration. An employee becomes terminated in the people domain (HR's
change, the HRIS sync, SCIM); what follows belongs to the domains above it, so the people
domain calls the handler installed here (`employees.service.handle_leavers_with`) once this
module is loaded: `api.main` loads it, and so does every caller above it (the HRIS sync)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts import service as accounts
from api.core.security import Actor
from api.employees import service as employees
from api.employees.models import Employee
from api.pairings import service as pairings


async def handle_leavers(session: AsyncSession, actor: Actor, leavers: list[Employee]) -> None:
    """People who just became terminated: their logins stop at once and HR is told of every
    open pairing of theirs."""
    if not leavers:
        return
    await accounts.deactivate_accounts_of_leavers(
        session, actor, employee_ids=[employee.id for employee in leavers]
    )
    await pairings.flag_pairings_of_leavers(session, leavers=leavers)


def install() -> None:
    """Make this the people domain's handler of leavers (again: it is idempotent)."""
    employees.handle_leavers_with(handle_leavers)


install()
