"""A populated programme for the whole-API tests (the authorization matrix, the fuzzer): every
kind of record a path parameter can name, built once through the API and the factories, then
saved as a snapshot that each test restores in a few milliseconds instead of rebuilding it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from api.auth.models import ServiceAccount
from api.core.security import Actor, Role
from api.mentors.models import MentorProfile
from api.models import Base
from api.notifications.models import Notification
from api.reviews.models import PeriodicReview
from api.webhooks.models import DeliveryStatus, OutboxEvent, WebhookDelivery
from tests.factories import (
    Factory,
    Org,
    Person,
    Programme,
    make_eligible,
    make_org,
    pairing_body,
    role_training,
    start_pairing,
)

Snapshot = dict[str, list[dict[str, Any]]]

# The roles every operation is tried as. The record's people: `employee` is the mentee (the
# employee concerned), `mentor` the other participant, `leader` the mentee's team leader.
ROLES = (
    "anonymous",
    "hr_admin",
    "leader",
    "other_leader",
    "employee",
    "mentor",
    "other_employee",
    "hris",
    "reporting",
)


@dataclass
class World:
    """The org, its people by role, and an existing record for each path parameter name."""

    org: Org
    ids: dict[str, Any] = field(default_factory=dict)
    # Tokens issued before their account changed (see STALE_ACTORS): refused everywhere.
    stale: dict[str, Person] = field(default_factory=dict)

    def person(self, role: str) -> Person | None:
        if role in self.stale:
            return self.stale[role]
        org = self.org
        return {
            "anonymous": None,
            "hr_admin": org.hr,
            "leader": org.leader,
            "other_leader": org.other_leader,
            "employee": org.member,
            "mentor": org.peer,
            "other_employee": org.outsider,
            "hris": org.hris,
            "reporting": org.reporting,
        }[role]

    def headers(self, role: str) -> dict[str, str]:
        person = self.person(role)
        return person.headers if person else {}


# Callers whose token was valid when issued but whose account changed since: each must be
# refused (401) by every route but the public ones.
STALE_ACTORS = (
    "deactivated_user",
    "demoted_hr_admin",
    "terminated_employee",
    "deactivated_service_account",
)


def _stale_actors(factory: Factory, org: Org) -> dict[str, Person]:
    deactivated = factory.user("hr_admin", email="gone.hr@example.com", is_active=False)
    # Demoted to employee after the token was issued as hr_admin.
    demoted = factory.user("employee", factory.employee(org.dept), email="demoted@example.com")
    demoted_token = factory.token_for(
        Actor(kind="user", id=demoted.actor.id, role=Role.HR_ADMIN, employee_id=demoted.id)
    )
    # Left the organisation; the account itself still says active (a stale row must not
    # matter: the employee's status alone refuses the token).
    terminated = factory.user(
        "employee", factory.employee(org.dept, team_leader=org.leader.employee, status="terminated")
    )
    service = factory.service("hris")
    with Session(factory.engine) as session:
        account = session.get(ServiceAccount, service.actor.id)
        assert account is not None
        account.is_active = False
        session.commit()
    return {
        "deactivated_user": deactivated,
        "demoted_hr_admin": Person(
            user=demoted.user, employee=demoted.employee, actor=demoted.actor, token=demoted_token
        ),
        "terminated_employee": terminated,
        "deactivated_service_account": service,
    }


def _ok(response: Any, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def build_world(client: TestClient, factory: Factory, stage: str = "active") -> World:
    """The programme at `stage`: `reviewed` (the mentee has a performance review, no request),
    `awaiting` (the mentee asked for a mentor themself), `requested` (an open request),
    `matched` (and the team leader's matching run), `proposed` (a proposed pairing), `ready`
    (approved, acknowledged, trained) or `active`
    (an active pairing with reviews, a peer session, a grievance and an evaluation)."""
    org = make_org(factory)
    world = World(org=org, stale=_stale_actors(factory, org))
    hr = org.hr.headers
    ids = world.ids
    ids.update(
        department_id=org.dept.id,
        employee_id=org.member.id,
        user_id=org.member.user.id if org.member.user else 0,
        service_account_id=org.hris.actor.id,
    )
    # The mentee has a mentor profile too (not offering to mentor yet).
    factory._save(MentorProfile(employee_id=org.member.id, available=False, skills_offered=[]))
    ids["holiday_id"] = _ok(
        client.post(
            "/api/v1/holidays", headers=hr, json={"date": "2031-12-24", "name": "Company day"}
        )
    )["id"]
    webhook = _ok(
        client.post(
            "/api/v1/webhooks",
            headers=hr,
            json={"url": "https://hooks.example.com/peermentor", "events": ["review.submitted"]},
        )
    )
    ids["webhook_id"] = webhook["id"]
    ids["delivery_id"] = _failed_delivery(factory, webhook["id"])
    ids["token"] = _ok(client.post("/api/v1/calendar-feeds", headers=org.member.headers))["token"]
    ids["scim_token_id"] = _ok(
        client.post(
            f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens",
            headers=hr,
            json={"name": "Okta"},
        )
    )["id"]
    ids["resource_type_id"] = "User"
    ids["schema_id"] = "urn:ietf:params:scim:schemas:core:2.0:User"
    if stage == "reviewed":
        review = factory.performance_review(
            org.member.employee, rating=3, improvement_areas=["Delegation", "Coaching"]
        )
        make_eligible(factory, org.peer.employee, skills={"Delegation": 5, "Coaching": 4})
        ids["performance_review_id"] = review.id
        return world
    if stage == "awaiting":
        review = factory.performance_review(
            org.member.employee, rating=3, improvement_areas=["Delegation"]
        )
        make_eligible(factory, org.peer.employee, skills={"Delegation": 5})
        ids["request_id"] = _ok(
            client.post(
                "/api/v1/mentoring-requests",
                headers=org.member.headers,
                json={
                    "mentee_id": org.member.id,
                    "performance_review_id": review.id,
                    "discussion_date": date.today().isoformat(),
                },
            )
        )["id"]
        return world
    # Discussed 50 days ago, so that the active pairing can have started 45 days ago.
    programme = _programme(client, org, factory, date.today() - timedelta(days=50))
    ids["request_id"] = programme.request["id"]
    ids["performance_review_id"] = programme.review.id
    if stage == "requested":
        return world
    if stage == "matched":
        # The team leader's matching run, proposing Paul for Mia.
        ids["run_id"] = _ok(
            client.post(
                "/api/v1/matching-runs",
                headers=org.leader.headers,
                json={"objective": "best_coverage"},
            )
        )["id"]
        return world
    if stage == "active":
        world = _activate(client, factory.engine, world, programme)
        # A matching run too (nothing left to match: the request is paired), so that every
        # path parameter names a record.
        world.ids["run_id"] = _ok(
            client.post(
                "/api/v1/matching-runs", headers=org.hr.headers, json={"objective": "most_matched"}
            )
        )["id"]
        return world
    pairing = _ok(
        client.post(
            "/api/v1/pairings",
            headers=org.leader.headers,
            json=pairing_body(programme),
        )
    )
    ids["pairing_id"] = pairing["id"]
    if stage == "proposed":
        return world
    if stage == "ready":
        for person, action in (
            (org.leader, "approve"),
            (org.hr, "approve"),
            (org.peer, "acknowledge"),
            (org.member, "acknowledge"),
        ):
            _ok(
                client.post(f"/api/v1/pairings/{pairing['id']}/{action}", headers=person.headers),
                200,
            )
        role_training(client, org.hr, org.peer.id, "mentor")
        role_training(client, org.hr, org.member.id, "mentee")
        return world
    raise ValueError(stage)


def _programme(client: TestClient, org: Org, factory: Factory, discussed: date) -> Programme:
    """As the `programme` fixture: Mia's open request, Paul an eligible mentor."""
    review = factory.performance_review(
        org.member.employee, rating=3, improvement_areas=["Delegation", "Coaching"]
    )
    make_eligible(factory, org.peer.employee, skills={"Delegation": 5, "Coaching": 4})
    request = _ok(
        client.post(
            "/api/v1/mentoring-requests",
            headers=org.leader.headers,
            json={
                "mentee_id": org.member.id,
                "performance_review_id": review.id,
                "discussion_date": discussed.isoformat(),
            },
        )
    )
    return Programme(org=org, review=review, request=request)


def _activate(client: TestClient, engine: Engine, world: World, programme: Programme) -> World:
    org, ids, hr = world.org, world.ids, world.org.hr.headers
    active = start_pairing(client, programme, start=date.today() - timedelta(days=45))
    ids["pairing_id"] = active["id"]
    ids["training_record_id"] = _ok(
        client.post(
            "/api/v1/training-records",
            headers=org.peer.headers,
            json={
                "kind": "peer_session",
                "pairing_id": active["id"],
                "date": date.today().isoformat(),
                "duration_minutes": 60,
            },
        )
    )["id"]
    ids["grievance_id"] = _ok(
        client.post(
            "/api/v1/grievances",
            headers=org.member.headers,
            json={"pairing_id": active["id"], "kind": "grievance", "description": "Missed talks"},
        )
    )["id"]
    ids["evaluation_id"] = _ok(
        client.post(
            f"/api/v1/pairings/{active['id']}/evaluation",
            headers=hr,
            json=EVALUATION_BODY,
        )
    )["id"]
    with Session(engine) as session:
        ids["review_id"] = (
            session.scalars(
                select(PeriodicReview.id)
                .where(PeriodicReview.pairing_id == active["id"])
                .order_by(PeriodicReview.sequence)
            ).first()
            or 0
        )
        ids["notification_id"] = (
            session.scalars(
                select(Notification.id)
                .where(Notification.recipient_id == org.leader.id)
                .order_by(Notification.id)
            ).first()
            or 0
        )
    assert ids["review_id"] and ids["notification_id"], ids
    return world


# An early `extend`: the pairing stays active, so it can be evaluated again.
EVALUATION_BODY: dict[str, Any] = {
    "goals": [{"goal": "Delegate the weekly planning", "met": True}],
    "skill_ratings": [{"skill": "Delegation", "before": 2, "after": 3}],
    "effectiveness": 4,
    "mentor_kra_rating": 4,
    "outcome": "extend",
    "extend_months": 1,
    "early": True,
    "early_reason": "Checkpoint",
}


def _failed_delivery(factory: Factory, subscription_id: int) -> int:
    event = OutboxEvent(event_id="evt_world", event_type="review.submitted", payload={})
    factory._save(event)
    delivery = WebhookDelivery(
        subscription_id=subscription_id,
        outbox_event_id=event.id,
        message_id="msg_world",
        status=DeliveryStatus.FAILED,
        attempt_count=8,
        last_error="connection refused",
    )
    factory._save(delivery)
    return delivery.id


def take_snapshot(engine: Engine) -> Snapshot:
    """Every row of every table, in dependency order."""
    with engine.connect() as conn:
        return {
            table.name: [dict(row._mapping) for row in conn.execute(select(table))]
            for table in Base.metadata.sorted_tables
        }


def restore_snapshot(engine: Engine, snapshot: Snapshot) -> None:
    """Make the database hold exactly the snapshot's rows (ids included)."""
    tables = Base.metadata.sorted_tables
    with engine.begin() as conn:
        postgres = conn.dialect.name == "postgresql"
        names = [t.name for t in reversed(tables)]
        if postgres:
            # No foreign-key triggers for this transaction: rows go in as saved, self-references
            # (team leaders) included. DELETE: TRUNCATE costs seconds on tables this small.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            conn.execute(text("PRAGMA foreign_keys=OFF"))
        for name in names:
            conn.execute(text(f"DELETE FROM {name}"))  # noqa: S608 - table names
        for table in tables:
            rows = snapshot.get(table.name)
            if rows:
                conn.execute(table.insert(), rows)
        if postgres:
            for table in tables:
                if "id" in table.c and snapshot.get(table.name):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608
                            f"(SELECT MAX(id) FROM {table.name}))"
                        )
                    )
        else:
            conn.execute(text("PRAGMA foreign_keys=ON"))
