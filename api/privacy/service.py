"""Personal-data requests: the export of everything held about one employee, and the
anonymisation of a leaver's records once the retention period has passed.

Anonymisation replaces what identifies the person (name, e-mail, employee number, external id,
their login) with neutral tokens and clears the free text they wrote or that was written about
them alone (their review forms' comments, session notes, request notes, performance-review
summaries, their mentor bio, the text of grievances they raised, and the same values in the
audit log's entries about those records). Ratings, dates, counts and states stay, so that every
report's figures are unchanged. Nothing is deleted."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.dates import add_months
from api.core.db import utcnow
from api.core.errors import Conflict, NotFound
from api.core.security import Actor
from api.email import service as email
from api.employees.models import Employee, EmployeeStatus
from api.pairings.models import OPEN_STATUSES, Pairing
from api.privacy import repository
from api.privacy.models import Anonymisation
from api.privacy.schemas import AnonymisationResult, DataExport
from api.programme import service as programme

# Credentials are never exported, even to HR.
SECRET_COLUMNS = frozenset({"password_hash", "token_hash", "secret_hash"})
ANONYMISED_TEXT = "[anonymised]"
# Keys of free text cleared from the audit entries about an anonymised person's records.
FREE_TEXT_KEYS = frozenset(
    {"summary", "notes", "comments", "description", "bio", "resolution", "note", "status_reason"}
)


def record_of(obj: Any, *, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A row's columns as JSON values (all of them: an export leaves nothing out)."""
    return {
        attr.key: to_jsonable_python(getattr(obj, attr.key))
        for attr in sa_inspect(obj).mapper.column_attrs
        if attr.key not in SECRET_COLUMNS and attr.key not in exclude
    }


async def _employee(session: AsyncSession, employee_id: int, *, lock: bool = False) -> Employee:
    employee = await session.get(Employee, employee_id, with_for_update=lock)
    if employee is None:
        raise NotFound("Employee not found")
    return employee


def _side(pairing: Pairing, employee_id: int) -> str:
    return "mentor" if pairing.mentor_id == employee_id else "mentee"


async def export(
    session: AsyncSession, actor: Actor, *, employee_id: int, format: str = "json"
) -> DataExport:
    employee = await _employee(session, employee_id)
    user = await repository.user_of(session, employee_id)
    pairings = await repository.pairings(session, employee_id)
    by_id = {p.id: p for p in pairings}
    pairing_ids = list(by_id)
    review_forms = []
    for review in await repository.reviews_of(session, pairing_ids):
        side = _side(by_id[review.pairing_id], employee_id)
        review_forms.append(
            {
                "review_id": review.id,
                "pairing_id": review.pairing_id,
                "sequence": review.sequence,
                "due_date": to_jsonable_python(review.due_date),
                "role": side,
                "form": review.mentor_form if side == "mentor" else review.mentee_form,
                "hr_follow_up": review.hr_follow_up,
                "submitted_at": to_jsonable_python(review.submitted_at),
                "cancelled_at": to_jsonable_python(review.cancelled_at),
            }
        )
    grievances = [
        record_of(g) | {"actions": [record_of(a) for a in g.actions]}
        for g in await repository.grievances_raised(session, employee_id)
    ]
    performance_reviews = await repository.performance_reviews(session, employee_id)
    requests = await repository.mentoring_requests(session, employee_id)
    training = await repository.training_records(session, employee_id)
    profile = await repository.mentor_profile(session, employee_id)
    feed = await repository.calendar_feed(session, user.id) if user is not None else None
    entities = _audited_records(
        employee_id,
        user_id=user.id if user else None,
        performance_reviews=[r.id for r in performance_reviews],
        requests=[r.id for r in requests],
        training=[t.id for t in training],
        grievances=[g["id"] for g in grievances],
        pairings=pairing_ids,
    )
    events = await repository.audit_events(
        session, entities=entities, actor_label=f"user:{user.id}" if user else None
    )
    anonymisation = await repository.anonymisation_of(session, employee_id)
    addresses = [employee.email] + ([user.email] if user is not None else [])
    emails = await repository.notification_emails(session, addresses)
    preferences = (
        await repository.notification_preferences(session, user.id) if user is not None else []
    )
    document = DataExport(
        generated_at=utcnow(),
        employee_id=employee.id,
        anonymised_at=anonymisation.anonymised_at if anonymisation else None,
        profile=record_of(employee),
        skills=[
            record_of(s, exclude=frozenset({"employee_id"}))
            for s in await repository.skills(session, employee_id)
        ],
        account=record_of(user) if user is not None else None,
        mentor_profile=record_of(profile) if profile is not None else None,
        performance_reviews=[record_of(r) for r in performance_reviews],
        mentoring_requests=[record_of(r) for r in requests],
        pairings=[
            record_of(p)
            | {
                "role": _side(p, employee_id),
                "approvals": [record_of(a) for a in p.approvals],
                "acknowledgements": [record_of(a) for a in p.acknowledgements],
            }
            for p in pairings
        ],
        review_forms=review_forms,
        training_records=[record_of(t) for t in training],
        evaluations=[record_of(e) for e in await repository.evaluations_of(session, pairing_ids)],
        development_records=[
            record_of(d) for d in await repository.development_records(session, employee_id)
        ],
        grievances=grievances,
        personnel_file=[
            record_of(e) for e in await repository.personnel_file(session, employee_id)
        ],
        notifications=[record_of(n) for n in await repository.notifications(session, employee_id)],
        notification_emails=[record_of(e) for e in emails],
        notification_preferences=[
            record_of(p, exclude=frozenset({"user_id"})) for p in preferences
        ],
        calendar_feed=record_of(feed) if feed is not None else None,
        audit_events=[record_of(e) for e in events],
    )
    # Reading someone's whole record is itself recorded.
    audit.record(
        session,
        actor,
        "employee.data_export",
        entity="employee",
        entity_id=employee.id,
        after={"format": format},
    )
    await session.flush()
    return document


def _audited_records(
    employee_id: int,
    *,
    user_id: int | None,
    performance_reviews: list[int],
    requests: list[int],
    training: list[int],
    grievances: list[int],
    pairings: list[int] | None = None,
) -> dict[str, list[int]]:
    entities = {
        "employee": [employee_id],
        "mentor_profile": [employee_id],
        "user": [user_id] if user_id is not None else [],
        "performance_review": performance_reviews,
        "mentoring_request": requests,
        "training_record": training,
        "grievance": grievances,
    }
    if pairings is not None:
        entities["pairing"] = pairings
    return entities


async def _reference_date(session: AsyncSession, employee: Employee) -> date:
    """When the person left the programme for good: the later of their termination (from the
    audit log's status change, else the record's last change) and their last pairing's end."""
    events = await repository.audit_events(session, entities={"employee": [employee.id]})
    terminations = [
        e.at.date()
        for e in events
        if isinstance(e.changes, dict)
        and isinstance(e.changes.get("after"), dict)
        and e.changes["after"].get("status") == EmployeeStatus.TERMINATED
    ]
    dates = [max(terminations) if terminations else employee.updated_at.date()]
    for pairing in await repository.pairings(session, employee.id):
        dates.append(pairing.end_date or pairing.updated_at.date())
    return max(dates)


def _scrub(value: Any, replacements: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {
            key: None
            if key in FREE_TEXT_KEYS and isinstance(item, str)
            else _scrub(item, replacements)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub(item, replacements) for item in value]
    if isinstance(value, str):
        for old, new in replacements.items():
            if value.lower() == old.lower():
                return new
        for old, new in replacements.items():
            if len(old) >= 3 and old in value:
                value = value.replace(old, new)
        return value
    return value


async def anonymise(
    session: AsyncSession, actor: Actor, *, employee_id: int
) -> AnonymisationResult:
    employee = await _employee(session, employee_id, lock=True)
    if await repository.anonymisation_of(session, employee_id) is not None:
        raise Conflict(
            "This employee's records are already anonymised", reasons=["already_anonymised"]
        )
    if employee.status != "terminated":
        raise Conflict("Only a terminated employee can be anonymised", reasons=["not_terminated"])
    pairings = await repository.pairings(session, employee_id)
    if any(p.status in OPEN_STATUSES for p in pairings):
        raise Conflict("The employee still has an open pairing", reasons=["open_pairing"])
    settings = await programme.get_settings(session)
    months = settings.data_retention_months
    reference = await _reference_date(session, employee)
    allowed_from = add_months(reference, months)
    if await programme.today(session) < allowed_from:
        raise Conflict(
            f"The retention period of {months} months runs until {allowed_from.isoformat()}",
            reasons=["retention_period"],
        )

    user = await repository.user_of(session, employee_id)
    tokens = {
        "full_name": f"Anonymised employee {employee.id}",
        "email": f"anonymised-{employee.id}@anonymised.invalid",
        "employee_number": f"ANON-{employee.id}",
        "external_id": f"anonymised-{employee.id}",
    }
    replacements = {
        old: tokens[name]
        for name in tokens
        if isinstance(old := getattr(employee, name), str) and old
    }
    cleared: dict[str, int] = {}

    def count(kind: str, n: int = 1) -> None:
        cleared[kind] = cleared.get(kind, 0) + n

    for name, value in tokens.items():
        setattr(employee, name, value)
    count("employee")
    if user is not None:
        replacements[user.email] = f"anonymised-user-{user.id}@anonymised.invalid"
        user.email = replacements[user.email]
        user.is_active = False
        user.password_hash = "!anonymised"  # noqa: S105 - matches no password
        user.oidc_subject = None
        count("account")
        feed = await repository.calendar_feed(session, user.id)
        if feed is not None and feed.revoked_at is None:
            feed.revoked_at = utcnow()
            count("calendar_feed")

    performance_reviews = await repository.performance_reviews(session, employee_id)
    for review in performance_reviews:
        if review.summary is not None:
            review.summary = None
            count("performance_reviews")
    requests = await repository.mentoring_requests(session, employee_id)
    for request in requests:
        if request.notes is not None or request.status_reason is not None:
            request.notes = None
            request.status_reason = None
            count("mentoring_requests")
    profile = await repository.mentor_profile(session, employee_id)
    if profile is not None and profile.bio is not None:
        profile.bio = None
        count("mentor_profile")
    by_id = {p.id: p for p in pairings}
    for periodic in await repository.reviews_of(session, list(by_id)):
        attribute = f"{_side(by_id[periodic.pairing_id], employee_id)}_form"
        form = getattr(periodic, attribute)
        if form and form.get("comments"):
            setattr(periodic, attribute, {**form, "comments": None})  # a new value: JSON changed
            count("review_forms")
    training = await repository.training_records(session, employee_id)
    for record in training:
        if record.notes is not None:
            record.notes = None
            count("training_records")
    grievances = await repository.grievances_raised(session, employee_id)
    for grievance in grievances:
        grievance.description = ANONYMISED_TEXT
        if grievance.resolution is not None:
            grievance.resolution = ANONYMISED_TEXT
        for action in grievance.actions:
            action.note = ANONYMISED_TEXT
        count("grievances")
    for notification in await repository.notifications(session, employee_id):
        title = _scrub(notification.title, replacements)
        if title != notification.title or notification.body is not None:
            notification.title = title
            notification.body = None
            count("notifications")
    # The e-mail outbox keeps addresses (its subjects and bodies come from the notifications).
    addresses = {
        old: new for old, new in replacements.items() if new.endswith("@anonymised.invalid")
    }
    if emails := await email.forget_addresses(session, addresses):
        count("notification_emails", emails)
    entities = _audited_records(
        employee_id,
        user_id=user.id if user else None,
        performance_reviews=[r.id for r in performance_reviews],
        requests=[r.id for r in requests],
        training=[t.id for t in training],
        grievances=[g.id for g in grievances],
    )
    for event in await repository.audit_events(session, entities=entities):
        scrubbed = _scrub(event.changes, replacements)
        if scrubbed != event.changes:
            event.changes = scrubbed
            count("audit_events")

    anonymisation = Anonymisation(
        employee_id=employee_id,
        anonymised_at=utcnow(),
        anonymised_by=actor.label,
        reference_date=reference,
        retention_months=months,
    )
    session.add(anonymisation)
    await session.flush()
    # Never the old values: that would undo the anonymisation.
    audit.record(
        session,
        actor,
        "employee.anonymise",
        entity="employee",
        entity_id=employee_id,
        after={
            "anonymised": True,
            "reference_date": reference,
            "retention_months": months,
            "cleared": cleared,
        },
    )
    return AnonymisationResult(
        employee_id=employee_id,
        anonymised_at=anonymisation.anonymised_at,
        reference_date=reference,
        retention_months=months,
        cleared=cleared,
    )
