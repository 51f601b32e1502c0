"""The token endpoint, and every way a bad token must be refused with a 401."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from urllib.parse import quote_plus

import pytest
from jose import jwt
from sqlalchemy import text

from api.auth.models import ServiceAccount
from api.core.security import Actor, Role
from tests.factories import PASSWORD
from tests.helpers import TEST_SECRET, assert_problem

TOKEN_URL = "/api/v1/auth/token"


def password_grant(client, username, password=PASSWORD):
    return client.post(
        TOKEN_URL, data={"grant_type": "password", "username": username, "password": password}
    )


def test_password_grant_issues_a_jwt_with_the_contract_claims(client, factory, settings):
    employee = factory.employee()
    person = factory.user("employee", employee, email="mia@example.com")
    response = password_grant(client, "Mia@Example.com")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == settings.access_token_minutes * 60
    claims = jwt.decode(
        body["access_token"], TEST_SECRET, algorithms=["HS256"], audience=settings.token_audience
    )
    assert claims["sub"] == f"user:{person.user.id}"
    assert claims["role"] == "employee"
    assert claims["employee_id"] == employee.id
    assert claims["iss"] == settings.token_issuer
    assert {"exp", "iat", "jti"} <= set(claims)
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json() == {
        "id": person.user.id,
        "email": "mia@example.com",
        "role": "employee",
        "employee_id": employee.id,
        "kind": "user",
    }


def test_wrong_password_and_unknown_user_are_the_same_401(client, factory):
    factory.user("hr_admin", email="hr@example.com")
    wrong = password_grant(client, "hr@example.com", "not the password")
    unknown = password_grant(client, "nobody@example.com")
    assert assert_problem(wrong, 401)["detail"] == assert_problem(unknown, 401)["detail"]


def test_inactive_user_cannot_sign_in(client, factory):
    factory.user("hr_admin", email="gone@example.com", is_active=False)
    assert_problem(password_grant(client, "gone@example.com"), 401)


def test_unknown_or_missing_grant_type_is_a_400(client):
    assert_problem(client.post(TOKEN_URL, data={"grant_type": "implicit"}), 400)
    assert_problem(client.post(TOKEN_URL, data={}), 400)
    assert_problem(client.post(TOKEN_URL, data={"grant_type": "password", "username": "x"}), 400)
    assert_problem(client.post(TOKEN_URL, data={"grant_type": "client_credentials"}), 400)


def test_repeated_failures_lock_the_account_with_retry_after(client, factory, settings, engine):
    factory.user("hr_admin", email="hr@example.com")
    for _ in range(settings.login_max_failures):
        assert_problem(password_grant(client, "hr@example.com", "wrong"), 401)
    locked = password_grant(client, "hr@example.com")  # even the right password now waits
    assert_problem(locked, 429)
    assert 0 < int(locked.headers["Retry-After"]) <= settings.login_failure_window_seconds + 1
    # Unknown accounts are throttled alike, so a 429 reveals nothing.
    for _ in range(settings.login_max_failures):
        password_grant(client, "ghost@example.com", "wrong")
    assert_problem(password_grant(client, "ghost@example.com", "wrong"), 429)
    # Once the lock has passed, the right password works and clears the count.
    with engine.begin() as conn:
        conn.execute(text("UPDATE login_throttles SET locked_until = NULL, failures = 0"))
    assert password_grant(client, "hr@example.com").status_code == 200
    with engine.connect() as conn:
        keys = conn.execute(text("SELECT key FROM login_throttles")).scalars().all()
    assert "user:hr@example.com" not in keys


def test_client_credentials_grant(client, org):
    created = client.post(
        "/api/v1/service-accounts", headers=org.hr.headers, json={"name": "HRIS", "role": "hris"}
    ).json()
    response = client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": created["client_id"],
            "client_secret": created["client_secret"],
        },
    )
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me == {
        "id": created["id"],
        "email": None,
        "role": "hris",
        "employee_id": None,
        "kind": "service",
    }
    bad = client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": created["client_id"],
            "client_secret": "wrong",
        },
    )
    assert_problem(bad, 401)


# -- token attacks -------------------------------------------------------------------------


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _claims(settings, **overrides):
    now = int(time.time())
    claims = {
        "sub": "user:1",
        "role": "hr_admin",
        "iss": settings.token_issuer,
        "aud": settings.token_audience,
        "iat": now,
        "exp": now + 600,
        "jti": "x",
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _me(client, token):
    return client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})


def test_a_valid_forged_looking_token_works_as_the_control(client, org, settings):
    token = jwt.encode(_claims(settings, sub=f"user:{org.hr.user.id}"), TEST_SECRET, "HS256")
    assert _me(client, token).status_code == 200


def test_token_attacks_are_401_never_500(client, org, settings):
    good = _claims(settings, sub=f"user:{org.hr.user.id}")
    signed = jwt.encode(good, TEST_SECRET, "HS256")
    head, payload, signature = signed.split(".")
    tampered_payload = _b64({**good, "role": "hr_admin", "sub": "user:999"})
    attacks = {
        "other key": jwt.encode(good, "another-secret-key-of-enough-length-000000", "HS256"),
        "alg none": f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{payload}.",
        "alg none no dot": f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{payload}",
        "tampered": f"{head}.{tampered_payload}.{signature}",
        "expired": jwt.encode(_claims(settings, exp=int(time.time()) - 5), TEST_SECRET, "HS256"),
        "wrong audience": jwt.encode(_claims(settings, aud="someone-else"), TEST_SECRET, "HS256"),
        "wrong issuer": jwt.encode(_claims(settings, iss="evil"), TEST_SECRET, "HS256"),
        "no exp": jwt.encode(_claims(settings, exp=None), TEST_SECRET, "HS256"),
        "no iat": jwt.encode(_claims(settings, iat=None), TEST_SECRET, "HS256"),
        "no sub": jwt.encode(_claims(settings, sub=None), TEST_SECRET, "HS256"),
        "no aud": jwt.encode(_claims(settings, aud=None), TEST_SECRET, "HS256"),
        "unknown role": jwt.encode(_claims(settings, role="god"), TEST_SECRET, "HS256"),
        "bad sub": jwt.encode(_claims(settings, sub="admin"), TEST_SECRET, "HS256"),
        "HS512": jwt.encode(good, TEST_SECRET, "HS512"),
        "garbage": "not-a-jwt",
        "three dots": "a.b.c",
        "empty segments": "..",
        "non-json header": "bm90anNvbg.e30.sig",
        "payload not object": f"{head}.{_b64([1, 2])}.{signature}",  # type: ignore[arg-type]
        "huge": "a" * 5000,
    }
    for name, token in attacks.items():
        response = _me(client, token)
        assert response.status_code == 401, (name, response.text)
        assert response.headers["content-type"].startswith("application/problem+json"), name


def test_public_key_confusion_is_refused(client, org, settings):
    # A token signed with HS256 using a "public key" as the secret must not verify, and an
    # RS256 header is never accepted: the algorithm list is fixed server-side.
    # python-jose refuses to sign with a PEM as an HMAC secret, so the attacker's token is
    # made by hand.
    public_key = b"\n".join(
        [
            b"-----BEGIN PUBLIC KEY-----",
            b"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
            b"-----END PUBLIC KEY-----",
        ]
    )
    signing_input = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64(_claims(settings))}"
    mac = hmac.new(public_key, signing_input.encode(), hashlib.sha256).digest()
    forged = signing_input + "." + base64.urlsafe_b64encode(mac).decode().rstrip("=")
    assert _me(client, forged).status_code == 401
    rs_header = _b64({"alg": "RS256", "typ": "JWT"})
    payload = _b64(_claims(settings))
    digest = base64.urlsafe_b64encode(hashlib.sha256(b"x").digest()).decode().rstrip("=")
    assert _me(client, f"{rs_header}.{payload}.{digest}").status_code == 401


def test_missing_token_and_wrong_scheme(client):
    assert_problem(client.get("/api/v1/auth/me"), 401)
    response = client.get("/api/v1/auth/me", headers={"Authorization": "Basic abc"})
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_token_of_a_deleted_account_is_refused_by_me(client, factory, settings):
    token = factory.token_for(Actor(kind="user", id=424242, role=Role.HR_ADMIN))
    assert_problem(_me(client, token), 401)


# -- RFC 6749: client authentication, errors, caching ---------------------------------------


def basic(client_id, client_secret):
    """RFC 6749 2.3.1: each part form-urlencoded, then joined by a colon, then base64."""
    pair = f"{quote_plus(client_id)}:{quote_plus(client_secret)}"
    return {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}


@pytest.fixture
def odd_account(factory):
    """A service account whose id and secret need form-urlencoding."""
    account = ServiceAccount(
        name="Odd",
        role="reporting",
        client_id="odd id:+/%é",
        secret_hash=hashlib.sha256("s3cr:t + /%é".encode()).hexdigest(),
    )
    factory._save(account)
    return account


def assert_token_error(response, status, error):
    body = assert_problem(response, status)
    assert body["error"] == error
    assert body["error_description"] == body["detail"]
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Pragma"] == "no-cache"
    return body


def test_client_secret_basic_with_form_urlencoded_parts(client, odd_account):
    response = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=basic("odd id:+/%é", "s3cr:t + /%é"),
    )
    assert response.status_code == 200, response.text
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Pragma"] == "no-cache"
    token = response.json()["access_token"]
    me = _me(client, token).json()
    assert (me["id"], me["kind"]) == (odd_account.id, "service")
    # The form's client_id may repeat the Basic one.
    same = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": "odd id:+/%é"},
        headers=basic("odd id:+/%é", "s3cr:t + /%é"),
    )
    assert same.status_code == 200, same.text


def test_a_wrong_basic_secret_is_invalid_client_with_a_basic_challenge(client, odd_account):
    response = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=basic("odd id:+/%é", "wrong"),
    )
    assert_token_error(response, 401, "invalid_client")
    assert response.headers["WWW-Authenticate"].startswith("Basic ")
    malformed = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": "Basic not-base64!"},
    )
    assert_token_error(malformed, 401, "invalid_client")
    assert malformed.headers["WWW-Authenticate"].startswith("Basic ")


def test_a_wrong_form_secret_is_invalid_client_without_a_basic_challenge(client, odd_account):
    response = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": "nobody", "client_secret": "x"},
    )
    assert_token_error(response, 401, "invalid_client")
    assert not response.headers["WWW-Authenticate"].startswith("Basic")


def test_two_client_authentications_are_an_invalid_request(client, odd_account):
    other_id = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": "someone-else"},
        headers=basic("odd id:+/%é", "s3cr:t + /%é"),
    )
    assert_token_error(other_id, 400, "invalid_request")
    both_secrets = client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_secret": "s3cr:t + /%é"},
        headers=basic("odd id:+/%é", "s3cr:t + /%é"),
    )
    assert_token_error(both_secrets, 400, "invalid_request")


def test_token_errors_carry_rfc_6749_codes(client, factory):
    factory.user("hr_admin", email="hr@example.com")
    wrong = password_grant(client, "hr@example.com", "not the password")
    assert (
        assert_token_error(wrong, 401, "invalid_grant")["detail"]
        == (
            assert_token_error(password_grant(client, "nobody@example.com"), 401, "invalid_grant")[
                "detail"
            ]
        )
    )
    assert_token_error(
        client.post(TOKEN_URL, data={"grant_type": "implicit"}), 400, "unsupported_grant_type"
    )
    assert_token_error(client.post(TOKEN_URL, data={}), 400, "invalid_request")
    assert_token_error(
        client.post(TOKEN_URL, data={"grant_type": "password", "username": "x"}),
        400,
        "invalid_request",
    )
    assert_token_error(
        client.post(TOKEN_URL, data={"grant_type": "client_credentials"}), 400, "invalid_request"
    )
    repeated = client.post(
        TOKEN_URL,
        content="grant_type=password&username=a%40b.c&username=hr%40example.com&password=x",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_token_error(repeated, 400, "invalid_request")


def test_every_token_answer_is_not_cached(client, factory, settings):
    factory.user("hr_admin", email="hr@example.com")
    answers = [
        password_grant(client, "hr@example.com"),
        client.post(TOKEN_URL, data={"grant_type": "password", "username": "a\x00"}),  # 422
    ]
    for _ in range(settings.login_max_failures):
        password_grant(client, "hr@example.com", "wrong")
    locked = password_grant(client, "hr@example.com")
    assert_problem(locked, 429)  # the lock-out stays a problem with Retry-After
    assert int(locked.headers["Retry-After"]) > 0
    answers.append(locked)
    assert [a.status_code for a in answers] == [200, 422, 429]
    for answer in answers:
        assert answer.headers["Cache-Control"] == "no-store"
        assert answer.headers["Pragma"] == "no-cache"


def test_openapi_declares_both_oauth2_flows_and_protected_operations_use_them(client):
    spec = client.get("/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["OAuth2"]
    assert scheme["type"] == "oauth2"
    assert scheme["flows"]["password"]["tokenUrl"] == TOKEN_URL
    assert scheme["flows"]["clientCredentials"]["tokenUrl"] == TOKEN_URL
    assert spec["paths"]["/api/v1/employees"]["get"]["security"] == [{"OAuth2": []}]
    assert spec["paths"]["/api/v1/auth/me"]["get"]["security"] == [{"OAuth2": []}]
    token = spec["paths"][TOKEN_URL]["post"]
    assert {"OAuth2ClientBasic": []} in token["security"]
    assert spec["components"]["securitySchemes"]["OAuth2ClientBasic"]["scheme"] == "basic"
    problem = token["responses"]["401"]["content"]["application/problem+json"]["schema"]
    assert problem == {"$ref": "#/components/schemas/TokenProblem"}
    assert "error" in spec["components"]["schemas"]["TokenProblem"]["required"]
