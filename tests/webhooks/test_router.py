from __future__ import annotations

import base64
import ipaddress
import json
import socket

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.webhooks import addresses
from api.webhooks.events import EVENT_TYPES
from tests.helpers import assert_problem, audit_events
from tests.webhooks.conftest import WEBHOOKS, create_webhook, emit_event

URL = "https://hris.example.com/hooks/peermentor"


def _secret(n: int) -> str:
    return "whsec_" + base64.b64encode(bytes(range(n))).decode()


def test_event_types_are_the_documented_ones():
    assert EVENT_TYPES == (
        "pairing.activated",
        "pairing.completed",
        "pairing.withdrawn",
        "pairing.terminated",
        "review.submitted",
        "review.overdue",
        "evaluation.completed",
        "grievance.raised",
        "grievance.breached",
        "grievance.resolved",
    )


def test_hr_creates_a_webhook_and_sees_the_secret_once(client, org, engine):
    response = client.post(
        WEBHOOKS,
        headers=org.hr.headers,
        json={
            "url": URL,
            "events": ["review.submitted", "grievance.raised", "review.submitted"],
            "description": "HRIS",
        },
    )
    assert response.status_code == 201, response.text
    created = response.json()
    secret = created["secret"]
    assert secret.startswith("whsec_")
    assert len(base64.b64decode(secret.removeprefix("whsec_"))) == 32
    assert created["events"] == ["review.submitted", "grievance.raised"]  # duplicates dropped
    assert created["active"] is True and created["description"] == "HRIS"
    assert created["secret_hint"] == "whsec_..." + secret[-4:]

    webhook_id = created["id"]
    shown = client.get(f"{WEBHOOKS}/{webhook_id}", headers=org.hr.headers)
    assert shown.status_code == 200
    assert "secret" not in shown.json() and secret not in shown.text
    listed = client.get(WEBHOOKS, headers=org.hr.headers)
    assert [w["id"] for w in listed.json()["items"]] == [webhook_id]
    assert secret not in listed.text

    [event] = audit_events(engine, action="webhook.create")
    assert event.entity == "webhook" and event.entity_id == webhook_id
    assert event.changes["after"]["url"] == URL
    assert secret not in json.dumps(event.changes)
    assert secret.removeprefix("whsec_") not in json.dumps(event.changes)


def test_a_given_secret_is_kept_and_checked(client, org):
    good = _secret(24)
    created = client.post(
        WEBHOOKS,
        headers=org.hr.headers,
        json={"url": URL, "events": ["review.overdue"], "secret": good},
    )
    assert created.status_code == 201, created.text
    assert created.json()["secret"] == good
    unpadded = _secret(64).rstrip("=")
    assert (
        client.post(
            WEBHOOKS,
            headers=org.hr.headers,
            json={"url": URL, "events": ["review.overdue"], "secret": unpadded},
        ).status_code
        == 201
    )
    for bad in (
        "not-prefixed",
        base64.b64encode(bytes(32)).decode(),  # no whsec_ prefix
        "whsec_***not base64***",
        _secret(16),  # too short
        _secret(65),  # too long
        "whsec_",
    ):
        body = assert_problem(
            client.post(
                WEBHOOKS,
                headers=org.hr.headers,
                json={"url": URL, "events": ["review.overdue"], "secret": bad},
            ),
            422,
        )
        assert body["errors"][0]["loc"] == ["body", "secret"], bad


def test_bad_input_is_refused_with_the_field_named(client, org):
    cases = [
        ({"url": URL, "events": ["review.sent"]}, ["body", "events", 0]),
        ({"url": URL, "events": []}, ["body", "events"]),
        ({"url": URL}, ["body", "events"]),
        ({"url": "ftp://hris.example.com/x", "events": ["review.overdue"]}, ["body", "url"]),
        ({"url": "not a url", "events": ["review.overdue"]}, ["body", "url"]),
        ({"url": "https://", "events": ["review.overdue"]}, ["body", "url"]),
        ({"url": "https://u:p@hris.example.com/", "events": ["review.overdue"]}, ["body", "url"]),
        ({"url": URL, "events": ["review.overdue"], "active": False}, ["body", "active"]),
    ]
    for payload, loc in cases:
        body = assert_problem(client.post(WEBHOOKS, headers=org.hr.headers, json=payload), 422)
        assert loc in [e["loc"] for e in body["errors"]], (payload, body)


def test_hr_updates_a_webhook_and_it_is_audited(client, org, engine):
    webhook = create_webhook(client, org.hr.headers, URL, "review.submitted")
    path = f"{WEBHOOKS}/{webhook['id']}"
    response = client.patch(
        path,
        headers=org.hr.headers,
        json={"events": ["pairing.activated", "evaluation.completed"], "active": False},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["events"] == ["pairing.activated", "evaluation.completed"]
    assert body["active"] is False and body["url"] == URL and "secret" not in body
    [event] = audit_events(engine, action="webhook.update")
    assert event.changes == {
        "before": {"events": ["review.submitted"], "active": True},
        "after": {"events": ["pairing.activated", "evaluation.completed"], "active": False},
    }
    for bad in ({"url": None}, {"events": None}, {"active": None}, {"events": ["x"]}, {"id": 3}):
        assert_problem(client.patch(path, headers=org.hr.headers, json=bad), 422)
    nothing = client.patch(path, headers=org.hr.headers, json={"description": None})
    assert nothing.status_code == 200
    assert len(audit_events(engine, action="webhook.update")) == 1  # no change, no event
    assert_problem(client.patch(f"{WEBHOOKS}/999", headers=org.hr.headers, json={}), 404)


def test_rotating_the_secret_shows_the_new_one_once(client, org, engine):
    webhook = create_webhook(client, org.hr.headers, URL)
    path = f"{WEBHOOKS}/{webhook['id']}"
    rotated = client.post(f"{path}/rotate-secret", headers=org.hr.headers)
    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["secret"]
    assert new_secret.startswith("whsec_") and new_secret != webhook["secret"]
    shown = client.get(path, headers=org.hr.headers)
    assert new_secret not in shown.text and shown.json()["secret_hint"].endswith(new_secret[-4:])
    [event] = audit_events(engine, action="webhook.rotate_secret")
    assert event.entity_id == webhook["id"]
    everything = json.dumps([e.changes for e in audit_events(engine)])
    for secret in (webhook["secret"], new_secret):
        assert secret not in everything and secret.removeprefix("whsec_") not in everything
    assert_problem(client.post(f"{WEBHOOKS}/999/rotate-secret", headers=org.hr.headers), 404)


def test_only_hr_manages_webhooks(client, org, settings):
    webhook = create_webhook(client, org.hr.headers, URL)
    emit_event(settings, "review.submitted", {"review_id": 1})
    [delivery] = client.get(
        f"{WEBHOOKS}/{webhook['id']}/deliveries", headers=org.hr.headers
    ).json()["items"]
    path = f"{WEBHOOKS}/{webhook['id']}"
    calls = [
        ("GET", WEBHOOKS, None),
        ("POST", WEBHOOKS, {"url": URL, "events": ["review.overdue"]}),
        ("GET", path, None),
        ("PATCH", path, {"active": False}),
        ("POST", f"{path}/rotate-secret", None),
        ("GET", f"{path}/deliveries", None),
        ("POST", f"{path}/deliveries/{delivery['id']}/retry", None),
    ]
    for method, url, body in calls:
        for person in (org.leader, org.member, org.hris, org.reporting):
            assert_problem(client.request(method, url, headers=person.headers, json=body), 403)
        assert_problem(client.request(method, url, json=body), 401)
    assert client.get(path, headers=org.hr.headers).json()["active"] is True


def test_deliveries_are_listed_newest_first_and_filtered(client, org, settings):
    webhook = create_webhook(client, org.hr.headers, URL, "review.submitted", "review.overdue")
    other = create_webhook(client, org.hr.headers, URL, "review.submitted")
    emit_event(settings, "review.submitted", {"review_id": 1})
    emit_event(settings, "review.overdue", {"review_id": 2})
    path = f"{WEBHOOKS}/{webhook['id']}/deliveries"
    items = client.get(path, headers=org.hr.headers).json()["items"]
    assert [d["event_type"] for d in items] == ["review.overdue", "review.submitted"]
    first = items[1]
    assert first["status"] == "pending" and first["attempt_count"] == 0 and first["attempts"] == []
    assert first["event_id"].startswith("evt_")
    assert first["message_id"] == f"msg_{first['event_id']}_{webhook['id']}"
    assert first["subscription_id"] == webhook["id"]
    by_type = client.get(path, headers=org.hr.headers, params={"event_type": "review.overdue"})
    assert [d["event_type"] for d in by_type.json()["items"]] == ["review.overdue"]
    assert client.get(path, headers=org.hr.headers, params={"status": "failed"}).json() == {
        "items": [],
        "next_cursor": None,
    }
    page = client.get(path, headers=org.hr.headers, params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    assert_problem(client.get(path, headers=org.hr.headers, params={"status": "lost"}), 422)
    assert_problem(client.get(f"{WEBHOOKS}/999/deliveries", headers=org.hr.headers), 404)
    # Another webhook's delivery is not found under this one.
    [theirs] = client.get(f"{WEBHOOKS}/{other['id']}/deliveries", headers=org.hr.headers).json()[
        "items"
    ]
    assert_problem(
        client.post(f"{path}/{theirs['id']}/retry", headers=org.hr.headers),
        404,
    )
    assert_problem(client.post(f"{path}/999/retry", headers=org.hr.headers), 404)
    # A queued delivery is not re-queued.
    body = assert_problem(client.post(f"{path}/{first['id']}/retry", headers=org.hr.headers), 409)
    assert body["reasons"] == ["pending"]


# Outside development: only public addresses.


@pytest.fixture
def production_client(settings, engine):
    production = settings.model_copy(update={"env": "production"})
    assert not production.is_development
    with TestClient(create_app(production), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def fake_dns(monkeypatch):
    table = {"intranet.example.com": "10.1.2.3", "hris.example.com": "93.184.215.14"}

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (table[host], port))]

    monkeypatch.setattr(addresses.socket, "getaddrinfo", getaddrinfo)


@pytest.mark.usefixtures("fake_dns")
def test_production_refuses_non_public_addresses(production_client, org):
    refused = [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://LOCALHOST./hook",
        "http://api.localhost/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "http://10.0.0.5/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[fe80::1]/hook",
        "http://[fd00::1]/hook",
        "http://100.64.0.1/hook",
        "http://224.0.0.1/hook",
        "http://240.0.0.1/hook",
        "https://intranet.example.com/hook",  # a name that resolves to a private address
        "https://nowhere.example.com/hook",  # a name that does not resolve
    ]
    for url in refused:
        body = assert_problem(
            production_client.post(
                WEBHOOKS, headers=org.hr.headers, json={"url": url, "events": ["review.overdue"]}
            ),
            422,
        )
        assert body["errors"][0]["loc"] == ["body", "url"], url
    for url in ("https://hris.example.com/hook", "http://93.184.215.14:8080/hook"):
        created = production_client.post(
            WEBHOOKS, headers=org.hr.headers, json={"url": url, "events": ["review.overdue"]}
        )
        assert created.status_code == 201, (url, created.text)
    webhook_id = created.json()["id"]
    body = assert_problem(
        production_client.patch(
            f"{WEBHOOKS}/{webhook_id}",
            headers=org.hr.headers,
            json={"url": "http://192.168.0.1/hook"},
        ),
        422,
    )
    assert body["errors"][0]["loc"] == ["body", "url"]


# IPv6 forms that carry an IPv4 address are judged by that address.
TRANSITION_FORMS_OF_NON_PUBLIC_IPV4 = [
    "2002:7f00:1::",  # 6to4 around 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 around 169.254.169.254 (cloud metadata)
    "2002:c0a8:101::",  # 6to4 around 192.168.1.1
    "64:ff9b::7f00:1",  # NAT64 well-known prefix, 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64, 169.254.169.254
    "64:ff9b:1::a00:1",  # NAT64 local-use prefix
    "::ffff:a00:1",  # IPv4-mapped 10.0.0.1
    "::7f00:1",  # IPv4-compatible 127.0.0.1
    "::a00:1",  # IPv4-compatible 10.0.0.1
    "2001:0:4136:e378:8000:0:f5ff:fffe",  # Teredo, client 10.0.0.1 (bits inverted)
    "2001:0:7f00:1:8000:0:f7f7:f7f7",  # Teredo, server 127.0.0.1
    "2606:4700::5efe:a00:1",  # ISATAP interface id around 10.0.0.1
    "2606:4700::200:5efe:c0a8:101",  # ISATAP (universal bit set) around 192.168.1.1
]


def test_transition_addresses_are_judged_by_the_ipv4_address_they_carry(production_client, org):
    for literal in TRANSITION_FORMS_OF_NON_PUBLIC_IPV4:
        body = assert_problem(
            production_client.post(
                WEBHOOKS,
                headers=org.hr.headers,
                json={"url": f"https://[{literal}]/x", "events": ["review.overdue"]},
            ),
            422,
        )
        assert body["errors"][0]["loc"] == ["body", "url"], literal
    # A public IPv6 address, and public IPv4 addresses in 6to4, NAT64 and mapped form.
    for literal in (
        "2606:4700:4700::1111",
        "2002:808:808::1",
        "64:ff9b::808:808",
        "::ffff:8.8.8.8",
    ):
        created = production_client.post(
            WEBHOOKS,
            headers=org.hr.headers,
            json={"url": f"https://[{literal}]/x", "events": ["review.overdue"]},
        )
        assert created.status_code == 201, (literal, created.text)


def test_the_teredo_client_address_is_the_inverted_last_32_bits():
    teredo = ipaddress.ip_address("2001:0:4136:e378:8000:0:f5ff:fffe")
    assert addresses.embedded_ipv4(teredo) == [
        ipaddress.ip_address("65.54.227.120"),
        ipaddress.ip_address("10.0.0.1"),
    ]


def test_the_address_check_resolves_names(settings, monkeypatch):
    import asyncio

    production = settings.model_copy(update={"env": "production"})
    # "localhost" is refused by name, and really resolves to loopback too.
    with pytest.raises(addresses.ForbiddenAddress):
        asyncio.run(addresses.allowed_addresses("http://localhost/x", production))
    resolved = asyncio.run(addresses._resolve("localhost", 80))
    assert resolved and all(addresses.is_forbidden_ip(a) for a in resolved)
    # In development and test everything is allowed (receivers on the developer's machine).
    assert asyncio.run(addresses.allowed_addresses("http://localhost/x", settings)) == []
