"""Leavers: the people domain hands them to the handler api.offboarding installs (their logins
stop, HR is told of their pairings); the behaviour itself is tested through the API in
tests/employees, tests/integrations and tests/scim."""

from __future__ import annotations

import asyncio

import pytest

from api.core.security import SYSTEM_ACTOR
from api.employees import service as employees
from api.employees.models import Employee
from api.main import create_app
from api.offboarding import service as offboarding


def test_the_app_hands_leavers_to_offboarding(monkeypatch, settings):
    monkeypatch.setattr(employees, "_leavers_handler", None)
    create_app(settings)
    assert employees._leavers_handler is offboarding.handle_leavers


def test_without_a_handler_terminating_people_fails_loudly(monkeypatch):
    monkeypatch.setattr(employees, "_leavers_handler", None)
    with pytest.raises(RuntimeError, match="offboarding"):
        asyncio.run(employees.handle_leavers(None, SYSTEM_ACTOR, leavers=[Employee(id=1)]))  # type: ignore[arg-type]
    # Nobody left: nothing to hand over.
    asyncio.run(employees.handle_leavers(None, SYSTEM_ACTOR, leavers=[]))  # type: ignore[arg-type]
