"""The HRIS sync: one bulk, idempotent upsert keyed by external_id.

Rows are validated and applied one by one inside the call's single transaction: a bad row is
reported by its index and skipped, the good rows land, and the same payload sent again reports
everything unchanged. Nothing is ever deleted: a leaver arrives as `status: terminated`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.errors import RuleViolation
from api.core.security import Actor
from api.employees import repository as people
from api.employees import service as employees
from api.employees.models import Department, Employee, EmployeeStatus, PerformanceReview
from api.employees.service import DEPARTMENT_AUDIT_FIELDS, REVIEW_AUDIT_FIELDS, NewEmployee
from api.integrations import repository
from api.integrations.models import IdempotencyRecord
from api.integrations.schemas import (
    EMPLOYEE_REQUIRED,
    REVIEW_REQUIRED,
    DepartmentSyncRow,
    EmployeeSyncRow,
    HrisSyncRequest,
    HrisSyncResult,
    PerformanceReviewSyncRow,
    RowError,
    SyncOutcome,
)
from api.offboarding import service as offboarding

SYNC_OPERATION = "hris.sync"
Row = TypeVar("Row", bound=BaseModel)


@dataclass
class _Valid(Generic[Row]):
    index: int
    row: Row


def _external_id_of(raw: Any) -> str | None:
    if isinstance(raw, dict):
        value = raw.get("external_id")
        return str(value)[:100] if value is not None else None
    return None


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        loc = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{loc}: {error['msg']}" if loc else error["msg"])
    return "; ".join(parts)


async def _validate_rows(
    raws: list[Any], model: type[Row], outcome: SyncOutcome
) -> list[_Valid[Row]]:
    """Parse each raw row; report invalid rows and repeated external ids."""
    valid: list[_Valid[Row]] = []
    seen: set[str] = set()
    for index, raw in enumerate(raws):
        if index % 1000 == 999:
            await asyncio.sleep(0)  # a long payload must not starve the worker's other requests
        try:
            row = model.model_validate(raw)
        except ValidationError as exc:
            outcome.errors.append(
                RowError(
                    index=index, external_id=_external_id_of(raw), msg=_validation_message(exc)
                )
            )
            continue
        external_id = row.external_id  # type: ignore[attr-defined]
        if external_id in seen:
            outcome.errors.append(
                RowError(
                    index=index,
                    external_id=external_id,
                    msg="external_id appears more than once in the list",
                )
            )
            continue
        seen.add(external_id)
        valid.append(_Valid(index, row))
    return valid


def _reject(outcome: SyncOutcome, item: _Valid[Any], msg: str) -> None:
    outcome.errors.append(RowError(index=item.index, external_id=item.row.external_id, msg=msg))


async def sync(session: AsyncSession, actor: Actor, *, payload: HrisSyncRequest) -> HrisSyncResult:
    result = HrisSyncResult(
        departments=SyncOutcome(), employees=SyncOutcome(), performance_reviews=SyncOutcome()
    )
    departments = await _sync_departments(session, actor, payload.departments, result.departments)
    await _sync_employees(session, actor, payload.employees, departments, result.employees)
    await _sync_reviews(session, actor, payload.performance_reviews, result.performance_reviews)
    for outcome in (result.departments, result.employees, result.performance_reviews):
        outcome.errors.sort(key=lambda e: e.index)
    await session.flush()
    return result


async def _sync_departments(
    session: AsyncSession, actor: Actor, raws: list[Any], outcome: SyncOutcome
) -> dict[str, Department]:
    rows = await _validate_rows(raws, DepartmentSyncRow, outcome)
    existing = await people.departments_by_external_id(session, (r.row.external_id for r in rows))
    for item in rows:
        department = existing.get(item.row.external_id)
        if department is None:
            department = Department(external_id=item.row.external_id, name=item.row.name)
            session.add(department)
            await session.flush()
            existing[item.row.external_id] = department
            outcome.created += 1
            audit.record(
                session,
                actor,
                "department.create",
                entity="department",
                entity_id=department.id,
                after=audit.snapshot(department, DEPARTMENT_AUDIT_FIELDS),
            )
        elif department.name != item.row.name:
            before = audit.snapshot(department, DEPARTMENT_AUDIT_FIELDS)
            department.name = item.row.name
            outcome.updated += 1
            audit.record(
                session,
                actor,
                "department.update",
                entity="department",
                entity_id=department.id,
                changes=audit.diff(before, audit.snapshot(department, DEPARTMENT_AUDIT_FIELDS)),
            )
        else:
            outcome.unchanged += 1
    return existing


async def _sync_employees(
    session: AsyncSession,
    actor: Actor,
    raws: list[Any],
    departments: dict[str, Department],
    outcome: SyncOutcome,
) -> None:
    rows = await _validate_rows(raws, EmployeeSyncRow, outcome)
    for item in rows:
        if item.row.email is not None:
            item.row.email = item.row.email.lower()
    existing = await people.stored_employees(session, (r.row.external_id for r in rows))
    # A new employee is a whole record; one the HRIS sent before may be sparse.
    rows = _complete_new_rows(rows, existing, EMPLOYEE_REQUIRED, "employee", outcome)

    # Departments named by the rows but not in this payload: look them up.
    named = {r.row.department_external_id for r in rows if r.row.department_external_id}
    missing = named - departments.keys()
    departments = {**departments, **await people.departments_by_external_id(session, missing)}
    email_owners = await people.employee_owners(
        session, Employee.email, (r.row.email for r in rows if r.row.email)
    )
    number_owners = await people.employee_owners(
        session,
        Employee.employee_number,
        (r.row.employee_number for r in rows if r.row.employee_number),
    )

    accepted: list[_Valid[EmployeeSyncRow]] = []
    claimed_emails: dict[str, str] = {}
    claimed_numbers: dict[str, str] = {}
    for item in rows:
        row = item.row
        if row.department_external_id and row.department_external_id not in departments:
            _reject(outcome, item, f"unknown department_external_id {row.department_external_id!r}")
            continue
        owner = email_owners.get(row.email) if row.email else None
        if row.email and (
            (owner and owner[1] != row.external_id)
            or claimed_emails.get(row.email, row.external_id) != row.external_id
        ):
            _reject(outcome, item, "email belongs to another employee")
            continue
        if row.employee_number:
            owner = number_owners.get(row.employee_number)
            if (owner and owner[1] != row.external_id) or claimed_numbers.get(
                row.employee_number, row.external_id
            ) != row.external_id:
                _reject(outcome, item, "employee_number belongs to another employee")
                continue
            claimed_numbers[row.employee_number] = row.external_id
        if row.email:
            claimed_emails[row.email] = row.external_id
        accepted.append(item)

    # Team leaders must exist already or arrive in this payload; a row whose leader was itself
    # rejected is rejected too (repeat until no more fall out, for chains of leaders).
    leader_ids = {r.row.team_leader_external_id for r in accepted if r.row.team_leader_external_id}
    known_leaders = await people.employee_owners(
        session, Employee.external_id, leader_ids - {r.row.external_id for r in accepted}
    )
    while True:
        present = {r.row.external_id for r in accepted} | known_leaders.keys()
        dropped = [
            r
            for r in accepted
            if r.row.team_leader_external_id and r.row.team_leader_external_id not in present
        ]
        if not dropped:
            break
        for item in dropped:
            _reject(
                outcome,
                item,
                f"unknown team_leader_external_id {item.row.team_leader_external_id!r}",
            )
        accepted = [r for r in accepted if r not in dropped]

    ids = {ext: owner[0] for ext, owner in known_leaders.items()}
    ids.update({ext: e["id"] for ext, e in existing.items()})
    new = [
        NewEmployee(
            values={
                "external_id": item.row.external_id,
                **_new_employee_fields(item.row, departments),
            },
            skills=[(s.skill, s.level) for s in item.row.skills or []],
            team_leader=item.row.team_leader_external_id,
        )
        for item in accepted
        if item.row.external_id not in existing
    ]
    await employees.create_employees(session, actor, new, ids)
    outcome.created += len(new)

    # The ones the HRIS already sent before: compared as plain values; only those that differ
    # are loaded and changed (the way every change of an employee goes).
    changes: dict[int, tuple[dict[str, Any], list[tuple[str, int]] | None]] = {}
    for item in accepted:
        row = item.row
        stored = existing.get(row.external_id)
        if stored is None:
            continue
        # Only what the row names: a field left out keeps its stored value.
        values = {
            name: value
            for name, value in _employee_fields(row, departments).items()
            if stored[name] != value
        }
        if "team_leader_external_id" in row.model_fields_set:
            leader_id = ids.get(row.team_leader_external_id or "")
            if stored["team_leader_id"] != leader_id:
                values["team_leader_id"] = leader_id
        skills = None
        if "skills" in row.model_fields_set:
            wanted = [(s.skill, s.level) for s in row.skills or []]
            if dict(wanted) != stored["skills"]:
                skills = wanted
        terminated = values.get("status", stored["status"]) == EmployeeStatus.TERMINATED
        if values or skills is not None or terminated != (stored["terminated_on"] is not None):
            changes[stored["id"]] = (values, skills)
        else:
            outcome.unchanged += 1
    loaded = await people.employees_with_skills(session, changes)
    leavers = []
    for employee_id, (values, skills) in changes.items():
        employee = loaded[employee_id]
        changed, left = await employees.apply_changes(
            session, actor, employee, values=values, skills=skills
        )
        if changed:
            outcome.updated += 1
        else:
            outcome.unchanged += 1  # only its terminated_on was out of step
        if left:
            leavers.append(employee)
    await session.flush()
    await offboarding.handle_leavers(session, actor, leavers)


# An employee's columns by the sync row's field names (the department by its external id).
EMPLOYEE_COLUMNS = {
    "employee_number": "employee_number",
    "full_name": "full_name",
    "email": "email",
    "department_external_id": "department_id",
    "function": "function",
    "level": "level",
    "job_title": "job_title",
    "is_managerial": "is_managerial",
    "hire_date": "hire_date",
    "status": "status",
}
NEW_EMPLOYEE_DEFAULTS: dict[str, Any] = {
    "employee_number": None,
    "function": None,
    "job_title": None,
    "is_managerial": False,
    "status": EmployeeStatus.ACTIVE,
}


def _employee_fields(row: EmployeeSyncRow, departments: dict[str, Department]) -> dict[str, Any]:
    """The columns this row sets: only the fields it names (`null` included)."""
    fields = {}
    for name in row.model_fields_set & EMPLOYEE_COLUMNS.keys():
        value = getattr(row, name)
        if name == "department_external_id":
            value = departments[value].id
        fields[EMPLOYEE_COLUMNS[name]] = value
    return fields


def _new_employee_fields(
    row: EmployeeSyncRow, departments: dict[str, Department]
) -> dict[str, Any]:
    return {**NEW_EMPLOYEE_DEFAULTS, **_employee_fields(row, departments)}


def _complete_new_rows(
    rows: list[_Valid[Row]],
    existing: Mapping[str, Any],
    required: tuple[str, ...],
    what: str,
    outcome: SyncOutcome,
) -> list[_Valid[Row]]:
    """Rows of records the HRIS sends for the first time must name every required field;
    report the others."""
    kept = []
    for item in rows:
        row = item.row
        missing = [name for name in required if name not in row.model_fields_set]
        if missing and row.external_id not in existing:  # type: ignore[attr-defined]
            _reject(outcome, item, f"a new {what} needs {', '.join(missing)}")
            continue
        kept.append(item)
    return kept


async def _sync_reviews(
    session: AsyncSession, actor: Actor, raws: list[Any], outcome: SyncOutcome
) -> None:
    rows = await _validate_rows(raws, PerformanceReviewSyncRow, outcome)
    existing = await people.reviews_by_external_id(session, (r.row.external_id for r in rows))
    rows = _complete_new_rows(rows, existing, REVIEW_REQUIRED, "performance review", outcome)
    employees = await people.employees_by_external_id(
        session, (r.row.employee_external_id for r in rows if r.row.employee_external_id)
    )
    rated: set[int] = set()  # employees whose reviews change: their rating histories follow
    await _sync_review_rows(session, actor, rows, existing, employees, outcome, rated)
    await people.refresh_rating_histories(session, rated)


async def _sync_review_rows(
    session: AsyncSession,
    actor: Actor,
    rows: list[Any],
    existing: dict[str, PerformanceReview],
    employees: dict[str, Employee],
    outcome: SyncOutcome,
    rated: set[int],
) -> None:
    for item in rows:
        row = item.row
        review = existing.get(row.external_id)
        # Only what the row names: a field left out keeps its stored value.
        fields: dict[str, Any] = {}
        for name in row.model_fields_set & REVIEW_COLUMNS:
            fields[name] = getattr(row, name)
        if "improvement_areas" in fields:
            fields["improvement_areas"] = list(fields["improvement_areas"] or [])
        if row.employee_external_id is not None:
            employee = employees.get(row.employee_external_id)
            if employee is None:
                _reject(outcome, item, f"unknown employee_external_id {row.employee_external_id!r}")
                continue
            fields["employee_id"] = employee.id
        start = fields.get("period_start", review.period_start if review else None)
        end = fields.get("period_end", review.period_end if review else None)
        if start and end and end < start:
            _reject(outcome, item, "period_end must not be before period_start")
            continue
        if review is None:
            review = PerformanceReview(
                external_id=row.external_id, **{"summary": None, "improvement_areas": [], **fields}
            )
            session.add(review)
            await session.flush()
            rated.add(review.employee_id)
            outcome.created += 1
            audit.record(
                session,
                actor,
                "performance_review.create",
                entity="performance_review",
                entity_id=review.id,
                after=audit.snapshot(review, REVIEW_AUDIT_FIELDS),
            )
            continue
        previous = audit.snapshot(review, REVIEW_AUDIT_FIELDS)
        previous_employee = review.employee_id
        for name, value in fields.items():
            if getattr(review, name) != value:
                setattr(review, name, value)
        changes = audit.diff(previous, audit.snapshot(review, REVIEW_AUDIT_FIELDS))
        if changes["after"]:
            rated.update((previous_employee, review.employee_id))
            outcome.updated += 1
            audit.record(
                session,
                actor,
                "performance_review.update",
                entity="performance_review",
                entity_id=review.id,
                changes=changes,
            )
        else:
            outcome.unchanged += 1


REVIEW_COLUMNS = {"period_start", "period_end", "rating", "summary", "improvement_areas"}


# -- Idempotency-Key ---------------------------------------------------------------------


def request_hash(payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def replay(
    session: AsyncSession, actor: Actor, *, key: str, payload_hash: str
) -> IdempotencyRecord | None:
    """The stored answer for this key, or None; the same key with another payload is a 422."""
    record = await repository.idempotency_record(
        session, actor=actor.label, operation=SYNC_OPERATION, key=key
    )
    if record is not None and record.request_hash != payload_hash:
        raise RuleViolation(
            "This Idempotency-Key was used with a different payload",
            loc=["header", "Idempotency-Key"],
        )
    return record


async def remember(
    session: AsyncSession,
    actor: Actor,
    *,
    key: str,
    payload_hash: str,
    status_code: int,
    body: dict[str, Any],
) -> None:
    session.add(
        IdempotencyRecord(
            actor=actor.label,
            operation=SYNC_OPERATION,
            key=key,
            request_hash=payload_hash,
            status_code=status_code,
            response_body=body,
        )
    )
    await session.flush()


async def sync_idempotent(
    session: AsyncSession,
    actor: Actor,
    *,
    payload: HrisSyncRequest,
    raw: dict[str, Any],
    key: str | None,
) -> tuple[int, dict[str, Any]]:
    if key is None:
        return 200, (await sync(session, actor, payload=payload)).model_dump()
    payload_hash = request_hash(raw)
    stored = await replay(session, actor, key=key, payload_hash=payload_hash)
    if stored is not None:
        return stored.status_code, stored.response_body
    body = (await sync(session, actor, payload=payload)).model_dump()
    await remember(session, actor, key=key, payload_hash=payload_hash, status_code=200, body=body)
    return 200, body
