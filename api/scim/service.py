"""SCIM 2.0 Users (RFC 7643/7644) mapped onto employees.

Every write goes through the employee service (api.employees.service): the same validation,
audit and leaver handling (a deactivated user is a terminated employee whose logins stop) as
the REST API and the HRIS sync. Nothing is ever deleted: SCIM DELETE terminates the employee
and takes them out of SCIM (404 there afterwards).

Mapping: `id` = the employee id; `userName` = the work e-mail (or the IdP's own userName when
it differs, kept in `scim_user_name`); `emails` = the work e-mail; `displayName` (else
`name.formatted`, else given and family name) = full_name; `title` = job_title; `active` =
status; enterprise `employeeNumber`, `department` (by name, created when new), `division`
(= function), `manager.value` (the team leader's SCIM id); PeerMentor's extension: `level`,
`isManagerial`, `hireDate`, which keep their value when a request leaves them out.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from scim2_filter_parser import ast as filter_ast
from scim2_filter_parser.lexer import SCIMLexer
from scim2_filter_parser.parser import SCIMParser
from scim2_models import (
    Context,
    Email,
    Error,
    InvalidFilterException,
    InvalidSyntaxException,
    InvalidValueException,
    Meta,
    MutabilityException,
    Name,
    NotFoundException,
    PatchOp,
    PreconditionFailedException,
    SCIMException,
    UniquenessException,
)
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import Conflict, RuleViolation
from api.core.security import Actor
from api.employees import service as employees
from api.employees.models import Department, Employee, EmployeeStatus
from api.employees.schemas import DepartmentCreate, EmployeeCreate, EmployeeUpdate
from api.scim import repository
from api.scim.resources import (
    ENTERPRISE_SCHEMA,
    MAX_RESULTS,
    PEERMENTOR_SCHEMA,
    EnterpriseUser,
    Manager,
    PeerMentorUser,
    ScimUser,
)

# A new user without PeerMentor's extension: graded later by HR (or by the IdP's mapping), out
# of the managerial cadre (so out of the programme's scope) until then, hired today.
DEFAULT_LEVEL = "UNGRADED"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


# -- representation ----------------------------------------------------------------------


def _shown_user_name(employee: Employee) -> str:
    return employee.scim_user_name or employee.email


async def to_scim(session: AsyncSession, employee: Employee, *, base_url: str) -> ScimUser:
    department = await session.get(Department, employee.department_id)
    manager = None
    if employee.team_leader_id is not None:
        leader = await session.get(Employee, employee.team_leader_id)
        manager = Manager(
            value=str(employee.team_leader_id),
            ref=f"{base_url}/Users/{employee.team_leader_id}",  # type: ignore[arg-type]
            display_name=leader.full_name if leader else None,
        )
    user = ScimUser(
        id=str(employee.id),
        external_id=employee.external_id,
        user_name=_shown_user_name(employee),
        display_name=employee.full_name,
        name=Name(formatted=employee.full_name),
        title=employee.job_title,
        active=employee.status == EmployeeStatus.ACTIVE,
        emails=[Email(value=employee.email, type=Email.Type.work, primary=True)],
    )
    user[EnterpriseUser] = EnterpriseUser(
        employee_number=employee.employee_number,
        department=department.name if department else None,
        division=employee.function,
        manager=manager,
    )
    user[PeerMentorUser] = PeerMentorUser(
        level=employee.level,
        is_managerial=employee.is_managerial,
        hire_date=datetime(
            employee.hire_date.year, employee.hire_date.month, employee.hire_date.day, tzinfo=UTC
        ),
    )
    user.meta = Meta(
        resource_type="User",
        created=employee.created_at,
        last_modified=employee.updated_at,
        location=f"{base_url}/Users/{employee.id}",
        version=version_of(user),
    )
    return user


def version_of(user: ScimUser) -> str:
    """A weak entity tag of the representation: it changes whenever any attribute does."""
    body = user.model_dump_json(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, exclude={"meta"})
    return 'W/"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'


def check_version(user: ScimUser, if_match: str | None) -> None:
    """RFC 7644 3.14: a write with a stale If-Match is refused (412). SCIM versions are weak
    tags, compared by their opaque part."""
    if if_match is None or if_match.strip() == "*":
        return
    current = version_of(user).removeprefix("W/")
    wanted = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if current not in wanted:
        raise PreconditionFailedException(detail="The user changed since this version was read")


# -- reading -----------------------------------------------------------------------------


async def get_employee(session: AsyncSession, user_id: str) -> Employee:
    if not user_id.isdigit() or len(user_id) > 18:
        raise NotFoundException(detail=f"No user {user_id}")
    employee = await repository.visible_employee(session, int(user_id))
    if employee is None:
        raise NotFoundException(detail=f"No user {user_id}")
    return employee


def _lower(value: str) -> str:
    return value.strip().lower()


def parse_filter(text: str | None) -> filter_ast.AST | None:
    """The syntax tree of a filter (None: no filter), or invalidFilter (400)."""
    if text is None or not text.strip():
        return None
    try:
        tree = SCIMParser().parse(SCIMLexer().tokenize(text))
    except Exception as exc:  # the parser raises bare Exceptions of its own kinds
        raise InvalidFilterException(detail=f"Invalid filter: {exc}") from None
    if tree is None:
        raise InvalidFilterException(detail="Invalid filter")
    return tree


async def list_employees(
    session: AsyncSession, *, filter_text: str | None, start_index: int, count: int
) -> tuple[int, list[Employee]]:
    condition = repository.filter_condition(parse_filter(filter_text))
    return await repository.employees_matching(
        session,
        condition,
        offset=max(start_index, 1) - 1,
        limit=max(min(count, MAX_RESULTS), 0),
    )


# -- writing -----------------------------------------------------------------------------


def parse_user(payload: Any, context: Context) -> ScimUser:
    if not isinstance(payload, dict):
        raise InvalidSyntaxException(detail="The body must be a JSON object")
    try:
        return ScimUser.model_validate(payload, scim_ctx=context)
    except ValidationError as exc:
        raise _invalid(exc) from None


def _invalid(exc: ValidationError) -> SCIMException:
    """A validation error as the SCIM error scim2-models maps it to (mutability, noTarget,
    invalidSyntax for a malformed structure, invalidValue otherwise)."""
    return SCIMException.from_error(Error.from_validation_error(exc.errors()[0]))


def _work_email(user: ScimUser) -> str | None:
    emails = [e for e in user.emails or [] if e.value]
    chosen = (
        next((e for e in emails if e.primary), None)
        or next((e for e in emails if str(e.type or "").lower() == "work"), None)
        or (emails[0] if emails else None)
    )
    return _lower(chosen.value) if chosen and chosen.value else None


def _looks_like_email(value: str) -> bool:
    local, at, domain = value.partition("@")
    return bool(local and at and "." in domain)


def _full_name(user: ScimUser) -> str | None:
    if user.display_name and user.display_name.strip():
        return user.display_name.strip()
    if user.name is not None:
        if user.name.formatted and user.name.formatted.strip():
            return user.name.formatted.strip()
        parts = [user.name.given_name, user.name.middle_name, user.name.family_name]
        joined = " ".join(p.strip() for p in parts if p and p.strip())
        if joined:
            return joined
    return None


async def _department_id(session: AsyncSession, actor: Actor, name: str) -> int:
    """The department of this name (case-insensitive); a new name creates it (audited)."""
    name = name.strip()
    existing = await repository.department_id_by_name(session, name)
    if existing is not None:
        return existing
    try:
        data = DepartmentCreate(name=name)
    except ValidationError as exc:
        raise _invalid(exc) from None
    return (await employees.create_department(session, actor, data=data)).id


async def _manager_id(session: AsyncSession, manager: Manager | None) -> int | None:
    """The team leader named by `manager.value`: their SCIM id (the employee id)."""
    if manager is None or not manager.value:
        return None
    value = manager.value.strip()
    if value.isdigit() and len(value) <= 18:
        found = await repository.visible_employee_id(session, int(value))
        if found is not None:
            return found
    raise InvalidValueException(detail=f"manager.value: no user with id {value}")


def _check_removals(before: ScimUser, after: ScimUser) -> None:
    """A PATCH may not remove what an employee always has (RFC 7644 3.5.2.2: mutability)."""
    if before.active is not None and after.active is None:
        raise MutabilityException(detail="active cannot be removed; replace it with false")
    was, now = before[PeerMentorUser], after[PeerMentorUser] or PeerMentorUser()
    for field, attribute in (
        ("level", "level"),
        ("is_managerial", "isManagerial"),
        ("hire_date", "hireDate"),
    ):
        if was is not None and getattr(was, field) is not None and getattr(now, field) is None:
            raise MutabilityException(detail=f"{PEERMENTOR_SCHEMA}:{attribute} cannot be removed")


async def _values(
    session: AsyncSession,
    actor: Actor,
    user: ScimUser,
    current: Employee | None,
    *,
    patching: bool = False,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The employee fields (for EmployeeCreate/EmployeeUpdate) and the provisioning fields a
    SCIM user stands for. Left out of a PUT: externalId, department and PeerMentor's extension
    keep their value (required fields, or the HRIS's key); other attributes are cleared. A
    PATCH removes externalId when it says so."""
    values: dict[str, Any] = {}
    user_name = (user.user_name or "").strip()
    if not user_name:
        raise InvalidValueException(detail="userName is required")
    email = _work_email(user)
    if current is not None and email == current.email and user_name != _shown_user_name(current):
        # userName changed, the e-mail did not: when they were one, they move together.
        if current.scim_user_name is None and _looks_like_email(user_name):
            email = _lower(user_name)
    if email is None:
        if not _looks_like_email(user_name):
            raise InvalidValueException(
                detail="A work e-mail is needed: in emails, or as the userName"
            )
        email = _lower(user_name)
    values["email"] = email
    provisioning = {"scim_user_name": None if _lower(user_name) == email else user_name}
    full_name = _full_name(user)
    if full_name is None:
        if current is None:
            raise InvalidValueException(detail="displayName or name is required")
    else:
        values["full_name"] = full_name
    values["job_title"] = user.title
    if user.external_id is not None or patching:
        values["external_id"] = user.external_id
    values["status"] = EmployeeStatus.TERMINATED if user.active is False else EmployeeStatus.ACTIVE
    enterprise = user[EnterpriseUser] or EnterpriseUser()
    values["employee_number"] = enterprise.employee_number
    values["function"] = enterprise.division
    if enterprise.department and enterprise.department.strip():
        values["department_id"] = await _department_id(session, actor, enterprise.department)
    elif current is None:
        raise InvalidValueException(
            detail=f"{ENTERPRISE_SCHEMA}:department is required for a new user"
        )
    values["team_leader_id"] = await _manager_id(session, enterprise.manager)
    extension = user[PeerMentorUser] or PeerMentorUser()
    if extension.level is not None:
        values["level"] = extension.level
    elif current is None:
        values["level"] = DEFAULT_LEVEL
    if extension.is_managerial is not None:
        values["is_managerial"] = extension.is_managerial
    if extension.hire_date is not None:
        values["hire_date"] = extension.hire_date.date()
    elif current is None:
        values["hire_date"] = datetime.now(UTC).date()
    return values, provisioning


async def _check_user_name(
    session: AsyncSession, user_name: str | None, employee_id: int | None
) -> None:
    if user_name is None:
        return
    taken = await repository.employee_id_by_user_name(session, _lower(user_name))
    if taken is not None and taken != employee_id:
        raise UniquenessException(detail="Another user has this userName")


def _as_scim_error(exc: Exception) -> Exception:
    if isinstance(exc, Conflict):
        return UniquenessException(detail=exc.detail)
    if isinstance(exc, RuleViolation):
        return InvalidValueException(detail=exc.detail)
    if isinstance(exc, ValidationError):
        return _invalid(exc)
    return exc


async def create_user(session: AsyncSession, actor: Actor, *, user: ScimUser) -> Employee:
    values, provisioning = await _values(session, actor, user, None)
    await _check_user_name(session, provisioning["scim_user_name"] or values["email"], None)
    try:
        data = EmployeeCreate(**values)
        return await employees.create_employee(session, actor, data=data, provisioning=provisioning)
    except (Conflict, RuleViolation, ValidationError) as exc:
        raise _as_scim_error(exc) from None


async def _apply(
    session: AsyncSession,
    actor: Actor,
    employee: Employee,
    user: ScimUser,
    *,
    patching: bool = False,
) -> Employee:
    values, provisioning = await _values(session, actor, user, employee, patching=patching)
    await _check_user_name(session, provisioning["scim_user_name"] or values["email"], employee.id)
    changes = {name: value for name, value in values.items() if getattr(employee, name) != value}
    if provisioning["scim_user_name"] == employee.scim_user_name:
        provisioning = {}
    if changes.get("team_leader_id") == employee.id:
        raise InvalidValueException(detail="manager.value: a user cannot be their own manager")
    if not changes and not provisioning:
        return employee
    try:
        data = EmployeeUpdate(**changes)
        return await employees.update_employee(
            session, actor, employee_id=employee.id, data=data, provisioning=provisioning
        )
    except (Conflict, RuleViolation, ValidationError) as exc:
        raise _as_scim_error(exc) from None


def _check_immutable(current: ScimUser, user: ScimUser) -> None:
    if user.id is not None and user.id != current.id:
        raise MutabilityException(detail="id is read-only")


async def replace_user(
    session: AsyncSession,
    actor: Actor,
    *,
    employee: Employee,
    current: ScimUser,
    user: ScimUser,
    if_match: str | None,
) -> Employee:
    check_version(current, if_match)
    _check_immutable(current, user)
    return await _apply(session, actor, employee, user)


async def patch_user(
    session: AsyncSession,
    actor: Actor,
    *,
    employee: Employee,
    current: ScimUser,
    payload: Any,
    if_match: str | None,
) -> Employee:
    check_version(current, if_match)
    try:
        patch = PatchOp[ScimUser].model_validate(payload, scim_ctx=Context.RESOURCE_PATCH_REQUEST)
    except ValidationError as exc:
        raise _invalid(exc) from None
    user = current.model_copy(deep=True)
    enterprise = user[EnterpriseUser]
    if enterprise is not None and enterprise.manager is not None:
        # The manager's $ref and displayName are ours to fill (read-only): a PATCH that
        # replaces the manager sends neither, so they are not part of what it replaces.
        enterprise.manager = Manager.model_validate({"value": enterprise.manager.value})
    try:
        patch.patch(user)
    except ValidationError as exc:
        raise _invalid(exc) from None
    _check_removals(current, user)
    return await _apply(session, actor, employee, user, patching=True)


async def delete_user(
    session: AsyncSession,
    actor: Actor,
    *,
    employee: Employee,
    current: ScimUser,
    if_match: str | None,
) -> None:
    """RFC 7644 3.6, the PeerMentor way: the employee is terminated (logins off, HR told of
    their pairings), kept for the records, and no longer a SCIM resource."""
    check_version(current, if_match)
    data = EmployeeUpdate(status=EmployeeStatus.TERMINATED)
    await employees.update_employee(
        session,
        actor,
        employee_id=employee.id,
        data=data,
        provisioning={"scim_deleted_at": datetime.now(UTC)},
    )
