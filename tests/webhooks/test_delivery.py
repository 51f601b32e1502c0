from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.core.db import utcnow
from api.webhooks import addresses
from api.webhooks.delivery import BACKOFF, deliver_due, sign
from api.webhooks.events import emit
from api.webhooks.models import OutboxEvent, WebhookDelivery
from tests.helpers import assert_problem, audit_events
from tests.webhooks.conftest import WEBHOOKS, create_webhook, deliveries, emit_event, run_async


def deliver(settings, **kwargs) -> int:
    return run_async(settings, lambda sessionmaker: deliver_due(sessionmaker, settings, **kwargs))


def count(engine, model) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_delivery_is_signed_per_standard_webhooks_and_sent_once(
    client, org, settings, engine, receiver
):
    webhook = create_webhook(client, org.hr.headers, receiver.url, "review.submitted")
    emit_event(
        settings, "review.submitted", {"review_id": 7, "pairing_id": 3, "due_date": "2026-12-01"}
    )
    assert deliver(settings) == 1

    [request] = receiver.requests
    assert request.path == "/hooks/peermentor"
    payload = request.verify(webhook["secret"])  # raises unless the signature verifies
    assert payload["type"] == "review.submitted"
    assert payload["data"] == {"review_id": 7, "pairing_id": 3, "due_date": "2026-12-01"}
    assert payload["timestamp"].endswith("+00:00")
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert headers["content-type"] == "application/json"
    [delivery] = deliveries(engine)
    assert headers["webhook-id"] == delivery.message_id
    assert delivery.message_id == f"msg_{delivery.event_id}_{webhook['id']}"
    assert headers["webhook-timestamp"].isdigit()
    assert headers["webhook-signature"] == sign(
        webhook["secret"],
        headers["webhook-id"],
        int(headers["webhook-timestamp"]),
        request.body.decode(),
    )
    assert delivery.status == "delivered" and delivery.attempt_count == 1
    assert delivery.delivered_at is not None and delivery.next_attempt_at is None
    assert [(a.status_code, a.error) for a in delivery.attempts] == [(200, None)]

    # Never sent again, however late the worker looks.
    assert deliver(settings, now=utcnow() + timedelta(days=30)) == 0
    assert len(receiver.requests) == 1
    listed = client.get(f"{WEBHOOKS}/{webhook['id']}/deliveries", headers=org.hr.headers).json()
    [item] = listed["items"]
    assert item["status"] == "delivered" and item["last_status_code"] == 200
    assert [a["status_code"] for a in item["attempts"]] == [200]
    # A delivered one cannot be re-queued.
    body = assert_problem(
        client.post(
            f"{WEBHOOKS}/{webhook['id']}/deliveries/{item['id']}/retry", headers=org.hr.headers
        ),
        409,
    )
    assert body["reasons"] == ["delivered"]


def test_a_failed_attempt_is_retried_with_the_same_webhook_id(
    client, org, settings, engine, receiver
):
    webhook = create_webhook(client, org.hr.headers, receiver.url, "grievance.raised")
    emit_event(settings, "grievance.raised", {"grievance_id": 1})
    receiver.answer(500)
    start = utcnow()
    assert deliver(settings, now=start) == 1
    [delivery] = deliveries(engine)
    assert delivery.status == "pending" and delivery.attempt_count == 1
    assert delivery.last_status_code == 500 and delivery.last_error == "HTTP 500"
    assert delivery.next_attempt_at == start + BACKOFF[0]

    assert deliver(settings, now=start + timedelta(seconds=1)) == 0  # not due yet
    assert deliver(settings, now=start + timedelta(seconds=6)) == 1
    first, second = receiver.requests
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == delivery.message_id
    assert first.body == second.body
    assert first.verify(webhook["secret"]) == second.verify(webhook["secret"])
    [delivery] = deliveries(engine)
    assert delivery.status == "delivered" and delivery.attempt_count == 2
    assert [(a.status_code, a.error) for a in delivery.attempts] == [
        (500, "HTTP 500"),
        (200, None),
    ]
    assert all(a.duration_ms >= 0 for a in delivery.attempts)
    assert deliver(settings, now=start + timedelta(days=2)) == 0
    assert len(receiver.requests) == 2


def test_backoff_then_giving_up_then_a_manual_retry(client, org, settings, engine, receiver):
    webhook = create_webhook(client, org.hr.headers, receiver.url, "review.overdue")
    emit_event(settings, "review.overdue", {"review_id": 2})
    receiver.answer(*([503] * (len(BACKOFF) + 1)))
    now = utcnow()
    for attempt, wait in enumerate(BACKOFF, start=1):
        assert deliver(settings, now=now) == 1
        [delivery] = deliveries(engine)
        assert delivery.status == "pending" and delivery.attempt_count == attempt
        assert delivery.next_attempt_at == now + wait
        assert deliver(settings, now=now + wait - timedelta(seconds=1)) == 0
        now += wait
    assert deliver(settings, now=now) == 1
    [delivery] = deliveries(engine)
    assert delivery.status == "failed" and delivery.next_attempt_at is None
    assert delivery.attempt_count == len(BACKOFF) + 1 == len(delivery.attempts) == 8
    assert deliver(settings, now=now + timedelta(days=7)) == 0
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 1

    path = f"{WEBHOOKS}/{webhook['id']}/deliveries"
    failed = client.get(path, headers=org.hr.headers, params={"status": "failed"}).json()
    [item] = failed["items"]
    assert len(item["attempts"]) == 8
    retried = client.post(f"{path}/{item['id']}/retry", headers=org.hr.headers)
    assert retried.status_code == 200, retried.text
    assert retried.json()["status"] == "pending" and retried.json()["attempt_count"] == 0
    [event] = audit_events(engine, action="webhook_delivery.retry")
    assert event.changes["after"] == {"status": "pending", "attempt_count": 0}
    assert deliver(settings) == 1
    [delivery] = deliveries(engine)
    assert delivery.status == "delivered" and len(delivery.attempts) == 9
    assert len(receiver.requests) == 9
    assert receiver.requests[-1].headers["webhook-id"] == delivery.message_id


def test_redirects_are_not_followed_and_unreachable_hosts_are_retried(
    client, org, settings, engine, receiver
):
    create_webhook(client, org.hr.headers, receiver.url, "pairing.activated")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    create_webhook(client, org.hr.headers, f"http://127.0.0.1:{closed_port}/x", "pairing.activated")
    emit_event(settings, "pairing.activated", {"pairing_id": 1})
    receiver.answer(302)
    assert deliver(settings) == 2
    assert len(receiver.requests) == 1  # the redirect was not followed
    redirected, unreachable = deliveries(engine)
    assert redirected.status == "pending" and redirected.last_error == "HTTP 302"
    assert unreachable.status == "pending" and unreachable.last_status_code is None
    assert unreachable.last_error and unreachable.last_error.startswith("ConnectError")
    assert [a.status_code for a in unreachable.attempts] == [None]


def test_emit_without_a_matching_subscription_writes_only_the_outbox_event(
    client, org, settings, engine
):
    create_webhook(client, org.hr.headers, "https://hris.example.com/a", "review.submitted")
    inactive = create_webhook(
        client, org.hr.headers, "https://hris.example.com/b", "review.overdue"
    )
    client.patch(f"{WEBHOOKS}/{inactive['id']}", headers=org.hr.headers, json={"active": False})
    emit_event(settings, "review.overdue", {"review_id": 5})
    with Session(engine) as session:
        [event] = session.scalars(select(OutboxEvent))
    assert event.event_type == "review.overdue" and event.payload == {"review_id": 5}
    assert event.event_id.startswith("evt_") and len(event.event_id) == 36
    assert count(engine, WebhookDelivery) == 0


def test_emit_is_part_of_the_callers_transaction(client, org, settings, engine):
    create_webhook(client, org.hr.headers, "https://hris.example.com/a", "review.submitted")

    async def rolled_back(sessionmaker):
        async with sessionmaker() as session:
            await emit(session, "review.submitted", {"review_id": 1})
            await session.rollback()
        async with sessionmaker() as session:
            with pytest.raises(ValueError, match="unknown webhook event type"):
                await emit(session, "review.deleted", {"review_id": 1})

    run_async(settings, rolled_back)
    assert count(engine, OutboxEvent) == 0 and count(engine, WebhookDelivery) == 0


def test_an_inactive_subscription_keeps_its_queue_until_reactivated(
    client, org, settings, engine, receiver
):
    webhook = create_webhook(client, org.hr.headers, receiver.url, "evaluation.completed")
    emit_event(settings, "evaluation.completed", {"evaluation_id": 9})
    path = f"{WEBHOOKS}/{webhook['id']}"
    client.patch(path, headers=org.hr.headers, json={"active": False})
    assert deliver(settings) == 0 and receiver.requests == []
    client.patch(path, headers=org.hr.headers, json={"active": True})
    assert deliver(settings) == 1 and len(receiver.requests) == 1


def test_concurrent_workers_send_each_delivery_once(client, org, settings, engine, receiver):
    create_webhook(client, org.hr.headers, receiver.url, "pairing.completed")
    for n in range(12):
        emit_event(settings, "pairing.completed", {"pairing_id": n})

    async def two_workers(sessionmaker):
        return await asyncio.gather(
            deliver_due(sessionmaker, settings, concurrency=3),
            deliver_due(sessionmaker, settings, concurrency=3),
        )

    assert sum(run_async(settings, two_workers)) == 12
    ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert len(ids) == 12 and len(set(ids)) == 12
    assert {d.status for d in deliveries(engine)} == {"delivered"}
    assert deliver(settings, limit=5) == 0


def test_the_limit_bounds_one_round(client, org, settings, engine, receiver):
    create_webhook(client, org.hr.headers, receiver.url, "pairing.withdrawn")
    for n in range(5):
        emit_event(settings, "pairing.withdrawn", {"pairing_id": n})
    assert deliver(settings, limit=2) == 2
    assert deliver(settings, limit=10) == 3
    assert len(receiver.requests) == 5


# Outside development the address is checked again at delivery time (DNS rebinding).


def test_a_delivery_to_a_forbidden_address_fails_outside_development(
    client, org, settings, engine, receiver
):
    create_webhook(client, org.hr.headers, receiver.url, "grievance.breached")
    emit_event(settings, "grievance.breached", {"grievance_id": 4})
    production = settings.model_copy(update={"env": "production"})
    assert deliver(production) == 1
    assert receiver.requests == []
    [delivery] = deliveries(engine)
    assert delivery.status == "pending" and delivery.attempt_count == 1
    assert delivery.last_error and delivery.last_error.startswith("address not allowed")


@pytest.mark.parametrize(
    "resolved",
    ["2002:7f00:1::", "2002:a9fe:a9fe::1", "2606:4700::5efe:a00:1"],
    ids=["6to4-loopback", "6to4-metadata", "isatap-private"],
)
def test_a_name_re_pointed_to_a_transition_address_is_refused_at_delivery(
    client, org, settings, engine, monkeypatch, resolved
):
    create_webhook(client, org.hr.headers, "https://hooks.example.com/in", "review.overdue")
    emit_event(settings, "review.overdue", {"review_id": 1})

    async def resolve(host, port):
        return [ipaddress.ip_address(resolved)]

    monkeypatch.setattr(addresses, "_resolve", resolve)
    production = settings.model_copy(update={"env": "production"})
    assert deliver(production) == 1
    [delivery] = deliveries(engine)
    assert delivery.status == "pending" and delivery.attempt_count == 1
    assert delivery.last_error and delivery.last_error.startswith("address not allowed")
    assert resolved in delivery.last_error


def test_a_delivery_connects_to_the_address_it_checked(
    client, org, settings, engine, receiver, monkeypatch
):
    """The name is resolved and checked once, and the connection goes to that address with the
    name in the Host header: a second, different answer from DNS cannot redirect it."""
    webhook = create_webhook(
        client, org.hr.headers, f"http://hooks.example.com:{receiver.port}/in", "review.overdue"
    )
    emit_event(settings, "review.overdue", {"review_id": 1})
    lookups = []

    async def resolve(host, port):
        lookups.append(host)
        return [ipaddress.ip_address("127.0.0.1")]

    # Pretend 127.0.0.1 is public so that the production path runs against the local receiver.
    monkeypatch.setattr(addresses, "_resolve", resolve)
    monkeypatch.setattr(addresses, "is_forbidden_ip", lambda ip: False)

    def no_second_lookup(*args, **kwargs):
        raise AssertionError("the delivery resolved the name again")

    monkeypatch.setattr(socket, "getaddrinfo", no_second_lookup)
    production = settings.model_copy(update={"env": "production"})
    assert deliver(production) == 1
    assert lookups == ["hooks.example.com"]
    [request] = receiver.requests
    assert request.path == "/in"
    host = {k.lower(): v for k, v in request.headers.items()}["host"]
    assert host == f"hooks.example.com:{receiver.port}"
    assert request.verify(webhook["secret"])["type"] == "review.overdue"
    [delivery] = deliveries(engine)
    assert delivery.status == "delivered"


def test_the_body_is_compact_json_of_type_timestamp_and_data(client, org, settings, receiver):
    webhook = create_webhook(client, org.hr.headers, receiver.url, "grievance.resolved")
    emit_event(settings, "grievance.resolved", {"grievance_id": 3, "state": "resolved"})
    deliver(settings)
    [request] = receiver.requests
    body = json.loads(request.body)
    assert list(body) == ["type", "timestamp", "data"]
    assert body["data"] == {"grievance_id": 3, "state": "resolved"}
    assert request.verify(webhook["secret"]) == body


def test_a_delivery_locked_by_another_worker_is_skipped(
    client, org, settings, engine, receiver, is_postgres
):
    """PostgreSQL: a row another worker holds (FOR UPDATE) is skipped, not waited for."""
    if not is_postgres:
        pytest.skip("SKIP LOCKED is PostgreSQL's; SQLite serialises claims with its write lock")
    create_webhook(client, org.hr.headers, receiver.url, "review.submitted")
    emit_event(settings, "review.submitted", {"review_id": 1})
    with Session(engine) as other_worker:
        other_worker.execute(select(WebhookDelivery).with_for_update()).all()
        assert deliver(settings) == 0
        other_worker.rollback()
    assert deliver(settings) == 1 and len(receiver.requests) == 1
