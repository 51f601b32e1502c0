"""The ports of the domains below pairings, answered by pairings (api/pairings/wiring.py):
training's pairing lookup and mentors' held pairings. The behaviour itself is tested through
the API (tests/training, tests/mentors, tests/matching, tests/requests); here, that the app
installs them and that a missing one fails loudly."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from api.core.security import SYSTEM_ACTOR
from api.employees.models import Employee
from api.main import create_app
from api.mentors import ports as mentor_ports
from api.pairings import repository, wiring
from api.training import ports as training_ports


def test_the_app_installs_the_ports(monkeypatch, settings):
    monkeypatch.setattr(training_ports, "_lookup", None)
    monkeypatch.setattr(mentor_ports, "_held_pairings", None)
    create_app(settings)
    assert training_ports._lookup is wiring.pairing_for_training
    assert mentor_ports._held_pairings is repository.held_pairings


def test_without_the_pairing_lookup_training_fails_loudly(monkeypatch):
    monkeypatch.setattr(training_ports, "_lookup", None)
    with pytest.raises(RuntimeError, match=r"api\.main\.install"):
        asyncio.run(training_ports.visible_pairing(None, SYSTEM_ACTOR, 1))  # type: ignore[arg-type]


def test_without_the_held_pairings_mentors_fail_loudly(monkeypatch):
    monkeypatch.setattr(mentor_ports, "_held_pairings", None)
    with pytest.raises(RuntimeError, match=r"api\.main\.install"):
        mentor_ports.held_pairings(select(Employee.id).cte("candidates"))


def test_a_peer_session_on_an_unwired_app_is_refused_not_recorded(
    client, programme, factory, monkeypatch
):
    """Through the API: the lookup missing is a server error (500), never a session recorded
    against a pairing nobody checked."""
    pairing = factory.pairing(programme, "active")
    monkeypatch.setattr(training_ports, "_lookup", None)
    body = {
        "kind": "peer_session",
        "pairing_id": pairing["id"],
        "date": pairing["start_date"],
        "duration_minutes": 60,
        "topics": ["Weekly planning"],
    }
    response = client.post("/api/v1/training-records", headers=programme.mentor.headers, json=body)
    assert response.status_code == 500
    monkeypatch.undo()
    listed = client.get(
        "/api/v1/training-records",
        headers=programme.org.hr.headers,
        params={"pairing_id": pairing["id"], "kind": "peer_session"},
    )
    assert listed.status_code == 200 and listed.json()["items"] == []
