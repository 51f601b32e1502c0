"""Grievances and withdrawals: the 4-working-day SLA, HR's due diligence, confidentiality."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from tests.helpers import assert_problem, audit_events

GRIEVANCES = "/api/v1/grievances"
SECRET_TEXT = "The mentor shares what I tell him with my team leader"


@pytest.fixture
def active(client, programme, factory):
    return factory.pairing(programme)


def raise_one(client, person, pairing_id, **extra):
    return client.post(
        GRIEVANCES,
        headers=person.headers,
        json={"pairing_id": pairing_id, "kind": "grievance", "description": SECRET_TEXT} | extra,
    )


def set_settings(client, hr, **values):
    assert (
        client.put("/api/v1/programme-settings", headers=hr.headers, json=values).status_code == 200
    )


@pytest.mark.parametrize(
    ("raised_on", "country", "org_holidays", "due"),
    [
        ("2026-11-20", None, [], "2026-11-26"),  # Friday -> Thursday after
        ("2026-11-21", None, [], "2026-11-26"),  # Saturday -> Thursday after
        ("2026-11-22", None, [], "2026-11-26"),  # Sunday -> Thursday
        ("2026-11-16", None, [], "2026-11-20"),  # Monday -> Friday
        ("2026-11-19", None, [], "2026-11-25"),  # Thursday -> Wednesday
        ("2026-11-20", None, ["2026-11-24"], "2026-11-27"),  # an organisation holiday
        ("2025-12-23", "DE", [], "2025-12-31"),  # 24 counts; 25, 26 holidays; weekend; 29-31
        ("2025-12-24", "DE", [], "2026-01-02"),  # across the year end and New Year's Day
        ("2025-12-24", None, [], "2025-12-30"),  # without a holiday calendar
        ("2026-04-02", "GB-ENG", [], "2026-04-10"),  # Good Friday and Easter Monday in England
        ("2026-04-02", "GB", [], "2026-04-09"),  # UK-wide: Easter Monday is not (Scotland)
        ("2026-04-02", "DE", ["2026-04-08"], "2026-04-13"),  # both calendars together
    ],
)
def test_due_date_in_working_days(
    client, programme, active, engine, raised_on, country, org_holidays, due
):
    org = programme.org
    set_settings(client, org.hr, holiday_country=country)
    for day in org_holidays:
        client.post("/api/v1/holidays", headers=org.hr.headers, json={"date": day, "name": "Off"})
    with engine.begin() as conn:  # a pairing running since long before the grievance
        conn.execute(
            text("UPDATE pairings SET start_date = '2025-01-01' WHERE id = :id"),
            {"id": active["id"]},
        )
    response = raise_one(
        client, org.hr, active["id"], raised_on=raised_on, raised_by=programme.mentee.id
    )
    assert response.status_code == 201, response.text
    assert response.json()["due_date"] == due


def test_breach_flips_exactly_after_the_due_date(client, programme, active, engine):
    org = programme.org
    grievance = raise_one(client, programme.mentee, active["id"]).json()
    assert grievance["breached"] is False and grievance["working_days_left"] >= 1
    today = date.today()

    def with_due(due):
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE grievances SET due_date = :d WHERE id = :id"),
                {"d": due, "id": grievance["id"]},
            )
        return client.get(f"{GRIEVANCES}/{grievance['id']}", headers=org.hr.headers).json()

    due_today = with_due(today)
    assert due_today["breached"] is False and due_today["working_days_left"] == 0
    due_yesterday = with_due(today - timedelta(days=1))
    assert due_yesterday["breached"] is True
    breached = client.get(GRIEVANCES, headers=org.hr.headers, params={"breached": True}).json()
    assert [g["id"] for g in breached["items"]] == [grievance["id"]]
    # Resolved late, it stays breached; resolved on time it never was.
    client.post(
        f"{GRIEVANCES}/{grievance['id']}/resolve",
        headers=org.hr.headers,
        json={"outcome": "resolved", "resolution": "Talked to both"},
    )
    assert (
        client.get(f"{GRIEVANCES}/{grievance['id']}", headers=org.hr.headers).json()["breached"]
        is True
    )
    assert with_due(today)["breached"] is False


def test_a_holiday_added_later_does_not_move_the_due_date(client, programme, active):
    org = programme.org
    grievance = raise_one(client, programme.mentor, active["id"]).json()
    due = date.fromisoformat(grievance["due_date"])
    client.post(
        "/api/v1/holidays",
        headers=org.hr.headers,
        json={"date": (due - timedelta(days=1)).isoformat(), "name": "Late closure"},
    )
    again = client.get(f"{GRIEVANCES}/{grievance['id']}", headers=org.hr.headers).json()
    assert again["due_date"] == grievance["due_date"]


def test_raising_rules(client, programme, active):
    org = programme.org
    mine = raise_one(client, programme.mentee, active["id"])
    assert mine.status_code == 201
    assert mine.json()["raised_by"] == programme.mentee.id
    assert mine.json()["raised_on"] == date.today().isoformat()
    assert mine.json()["status"] == "open"
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert_problem(raise_one(client, programme.mentee, active["id"], raised_on=yesterday), 422)
    assert_problem(
        raise_one(client, programme.mentee, active["id"], raised_by=programme.mentor.id), 422
    )
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert_problem(
        raise_one(client, org.hr, active["id"], raised_by=programme.mentee.id, raised_on=tomorrow),
        422,
    )
    assert_problem(raise_one(client, org.hr, active["id"]), 422)  # whose?
    assert_problem(raise_one(client, org.hr, active["id"], raised_by=org.outsider.id), 422)
    assert_problem(raise_one(client, org.leader, active["id"]), 403)
    assert_problem(raise_one(client, org.outsider, active["id"]), 404)
    for person in (org.hris, org.reporting):
        assert_problem(raise_one(client, person, active["id"]), 403)
    assert_problem(raise_one(client, programme.mentee, active["id"], kind="complaint"), 422)
    assert_problem(raise_one(client, programme.mentee, active["id"], description=""), 422)
    assert_problem(raise_one(client, programme.mentee, active["id"], status="resolved"), 422)


def test_only_on_approved_or_active_pairings(client, programme, factory):
    org = programme.org
    pid = factory.pairing(programme, "proposed", goals=["g"], meeting_cadence="weekly")["id"]
    response = raise_one(client, programme.mentee, pid)
    assert assert_problem(response, 409)["reasons"] == ["status_proposed"]
    for person in (org.leader, org.hr):
        client.post(f"/api/v1/pairings/{pid}/approve", headers=person.headers)
    assert raise_one(client, programme.mentee, pid).status_code == 201


def test_due_diligence_and_resolution(client, programme, active, engine):
    org = programme.org
    grievance = raise_one(client, programme.mentee, active["id"]).json()
    url = f"{GRIEVANCES}/{grievance['id']}"
    first = client.post(
        f"{url}/actions", headers=org.hr.headers, json={"note": "Called the mentee"}
    )
    assert first.status_code == 200 and first.json()["status"] == "under_review"
    second = client.post(
        f"{url}/actions", headers=org.hr.headers, json={"note": "Met the mentor"}
    ).json()
    assert [a["note"] for a in second["actions"]] == ["Called the mentee", "Met the mentor"]
    assert second["actions"][0]["by"] == org.hr.user.id
    for person in (org.leader, programme.mentee, programme.mentor):
        assert_problem(
            client.post(f"{url}/actions", headers=person.headers, json={"note": "x"}), 403
        )
        assert_problem(
            client.post(
                f"{url}/resolve",
                headers=person.headers,
                json={"outcome": "resolved", "resolution": "x"},
            ),
            403,
        )
    assert_problem(
        client.post(
            f"{url}/resolve", headers=org.hr.headers, json={"outcome": "fixed", "resolution": "x"}
        ),
        422,
    )
    resolved = client.post(
        f"{url}/resolve",
        headers=org.hr.headers,
        json={"outcome": "resolved", "resolution": "Agreed ground rules"},
    )
    assert resolved.json()["status"] == "resolved"
    assert resolved.json()["resolved_on"] == date.today().isoformat()
    assert resolved.json()["working_days_left"] is None
    assert_problem(
        client.post(
            f"{url}/resolve",
            headers=org.hr.headers,
            json={"outcome": "dismissed", "resolution": "x"},
        ),
        409,
    )
    assert_problem(client.post(f"{url}/actions", headers=org.hr.headers, json={"note": "x"}), 409)
    # The pairing goes on after a resolved grievance.
    assert (
        client.get(f"/api/v1/pairings/{active['id']}", headers=org.hr.headers).json()["status"]
        == "active"
    )
    actions = [e.action for e in audit_events(engine, entity="grievance")]
    assert actions == [
        "grievance.raise",
        "grievance.action",
        "grievance.action",
        "grievance.resolve",
    ]
    assert all(SECRET_TEXT not in str(e.changes) for e in audit_events(engine))


def test_resolving_a_withdrawal_ends_the_pairing_as_withdrawn(client, programme, active, engine):
    org = programme.org
    withdrawal = raise_one(client, programme.mentor, active["id"], kind="withdrawal").json()
    assert assert_problem(
        raise_one(client, programme.mentee, active["id"], kind="withdrawal"), 409
    )["reasons"] == ["withdrawal_open"]
    # An open withdrawal blocks the evaluation.
    blocked = client.post(
        f"/api/v1/pairings/{active['id']}/evaluation",
        headers=org.hr.headers,
        json={
            "goals": [{"goal": "g", "met": True}],
            "skill_ratings": [{"skill": "Delegation", "before": 2, "after": 3}],
            "effectiveness": 3,
            "mentor_kra_rating": 3,
            "outcome": "extend",
            "extend_months": 1,
            "early": True,
            "early_reason": "r",
        },
    )
    assert assert_problem(blocked, 409)["reasons"] == ["withdrawal_open"]
    client.post(
        f"{GRIEVANCES}/{withdrawal['id']}/resolve",
        headers=org.hr.headers,
        json={"outcome": "resolved", "resolution": "Mentor moved to another role"},
    )
    pairing = client.get(f"/api/v1/pairings/{active['id']}", headers=org.hr.headers).json()
    assert pairing["status"] == "withdrawn" and pairing["end_date"]
    with engine.connect() as conn:
        open_reviews = conn.execute(
            text(
                "SELECT count(*) FROM periodic_reviews WHERE pairing_id = :p "
                "AND cancelled_at IS NULL AND submitted_at IS NULL"
            ),
            {"p": active["id"]},
        ).scalar()
        kra = conn.execute(
            text(
                "SELECT rating, closed_at FROM development_records "
                "WHERE pairing_id = :p AND kind = 'kra'"
            ),
            {"p": active["id"]},
        ).one()
    assert open_reviews == 0 and kra.rating is None and kra.closed_at is not None
    # The other participant and the team leader learn the outcome, not the text.
    for person in (programme.mentee, org.leader):
        file = client.get(
            f"/api/v1/employees/{programme.mentee.id}/personnel-file",
            headers=person.headers,
            params={"document_type": "grievance_outcome"},
        ).json()["items"]
        assert [e["title"] for e in file] == ["Pairing withdrawn"]
        assert SECRET_TEXT not in str(file)


def test_a_dismissed_withdrawal_keeps_the_pairing(client, programme, active):
    org = programme.org
    withdrawal = raise_one(client, programme.mentee, active["id"], kind="withdrawal").json()
    client.post(
        f"{GRIEVANCES}/{withdrawal['id']}/resolve",
        headers=org.hr.headers,
        json={"outcome": "dismissed", "resolution": "Resolved informally"},
    )
    assert (
        client.get(f"/api/v1/pairings/{active['id']}", headers=org.hr.headers).json()["status"]
        == "active"
    )


def test_confidentiality_for_every_role(client, programme, active, engine):
    org = programme.org
    grievance = raise_one(client, programme.mentee, active["id"]).json()
    url = f"{GRIEVANCES}/{grievance['id']}"
    assert client.get(url, headers=org.hr.headers).json()["description"] == SECRET_TEXT
    assert client.get(url, headers=programme.mentee.headers).json()["description"] == SECRET_TEXT
    for person in (programme.mentor, org.leader, org.other_leader, org.outsider):
        assert_problem(client.get(url, headers=person.headers), 404)
        assert client.get(GRIEVANCES, headers=person.headers).json()["items"] == []
    for person in (org.hris, org.reporting):
        assert_problem(client.get(url, headers=person.headers), 403)
        assert_problem(client.get(GRIEVANCES, headers=person.headers), 403)
    assert_problem(client.get(url), 401)
    # Encrypted at rest: the text is not in the table.
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT description FROM grievances")).scalar_one()
    assert SECRET_TEXT not in stored and stored.startswith("gAAAA")
    # HR's inbox hears of it without the text.
    inbox = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    assert inbox[0]["kind"] == "grievance_raised" and SECRET_TEXT not in str(inbox)


def test_hr_queue_filters(client, programme, active):
    org = programme.org
    raise_one(client, programme.mentee, active["id"])
    raise_one(client, programme.mentor, active["id"], kind="withdrawal")
    queue = client.get(GRIEVANCES, headers=org.hr.headers, params={"kind": "withdrawal"}).json()
    assert [g["kind"] for g in queue["items"]] == ["withdrawal"]
    assert (
        len(
            client.get(GRIEVANCES, headers=org.hr.headers, params={"status": "open"}).json()[
                "items"
            ]
        )
        == 2
    )
    assert (
        client.get(GRIEVANCES, headers=org.hr.headers, params={"breached": True}).json()["items"]
        == []
    )
    assert_problem(client.get(GRIEVANCES, headers=org.hr.headers, params={"status": "x"}), 422)


def test_each_listed_grievance_reads_as_the_single_record(client, programme, active):
    """The list reads Core rows and the page's actions in one statement; one grievance is read
    as a record: both answer the same document (texts decrypted, actions in order, people)."""
    org = programme.org
    worked = raise_one(client, programme.mentee, active["id"], description='Ünïcode "q" \n').json()
    notes = ["First call", "Second, with a \\ backslash", "Third 🦉"]
    for note in notes:
        client.post(
            f"{GRIEVANCES}/{worked['id']}/actions", headers=org.hr.headers, json={"note": note}
        )
    client.post(
        f"{GRIEVANCES}/{worked['id']}/resolve",
        headers=org.hr.headers,
        json={"outcome": "resolved", "resolution": "Settled"},
    )
    raise_one(client, programme.mentor, active["id"])  # open, no actions
    for reader, expected in ((org.hr, 2), (programme.mentee, 1), (programme.mentor, 1)):
        listed = client.get(GRIEVANCES, headers=reader.headers)
        assert listed.status_code == 200
        items = listed.json()["items"]
        assert len(items) == expected
        for item in items:
            single = client.get(f"{GRIEVANCES}/{item['id']}", headers=reader.headers).json()
            assert item == single
    by_id = {g["id"]: g for g in client.get(GRIEVANCES, headers=org.hr.headers).json()["items"]}
    assert [a["note"] for a in by_id[worked["id"]]["actions"]] == notes
    assert by_id[worked["id"]]["resolution"] == "Settled"
    assert by_id[worked["id"]]["allowed_actions"] == []
    assert all(a["at"].endswith("Z") for a in by_id[worked["id"]]["actions"])
    assert by_id[worked["id"]]["raised_by_person"]["id"] == programme.mentee.employee.id
