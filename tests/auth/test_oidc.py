"""Sign-on with the organisation's OIDC provider: tokens signed with locally generated RS256
and ES256 keys, the provider's JWKS served by a small HTTP server started by the test."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from fastapi.testclient import TestClient
from jose import jwk, jwt
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import User
from api.auth.oidc import JwksCache, OidcConfigurationError, OidcVerifier, oidc_configured
from api.main import create_app
from tests.helpers import assert_problem, audit_events

ISSUER = "https://login.acme.example/realms/staff"
AUDIENCE = "peermentor-api"
ME = "/api/v1/auth/me"


class SigningKey:
    def __init__(self, kid: str, alg: str) -> None:
        self.kid, self.alg = kid, alg
        if alg == "RS256":
            private: Any = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            private = ec.generate_private_key(ec.SECP256R1())
        self.private_pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        self.public_pem = (
            private.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )
        self.jwk = jwk.construct(self.public_pem, alg).to_dict() | {"kid": kid, "use": "sig"}

    def token(self, claims: dict[str, Any] | None = None, **overrides: Any) -> str:
        now = int(time.time())
        body = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": "idp-subject-1",
            "email": "mia@example.com",
            "iat": now,
            "exp": now + 300,
        } | (claims or {})
        for name, value in overrides.items():
            if value is None:
                body.pop(name, None)
            else:
                body[name] = value
        return jwt.encode(body, self.private_pem, algorithm=self.alg, headers={"kid": self.kid})


@pytest.fixture(scope="module")
def rsa_key() -> SigningKey:
    return SigningKey("rsa-1", "RS256")


@pytest.fixture(scope="module")
def ec_key() -> SigningKey:
    return SigningKey("ec-1", "ES256")


class JwksServer:
    """The provider's JWKS endpoint on 127.0.0.1, counting how often it is fetched."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.hits = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits += 1
                body = json.dumps({"keys": server.keys}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/jwks.json"
        # shutdown() waits for the loop's next poll (0.5 s by default).
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def jwks_server() -> Iterator[JwksServer]:
    server = JwksServer()
    yield server
    server.close()


@pytest.fixture
def jwks(jwks_server, rsa_key, ec_key) -> JwksServer:
    jwks_server.keys = [rsa_key.jwk, ec_key.jwk]
    jwks_server.hits = 0
    return jwks_server


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
def oidc_settings(settings, jwks_server):
    return settings.model_copy(
        update={
            "oidc_issuer": ISSUER,
            "oidc_audience": AUDIENCE,
            "oidc_jwks_url": jwks_server.url,
            "oidc_authorize_url": ISSUER + "/protocol/openid-connect/auth",
            "oidc_token_url": ISSUER + "/protocol/openid-connect/token",
            "oidc_client_id": "peermentor-spa",
            "oidc_provider_name": "Acme SSO",
        }
    )


@pytest.fixture(scope="module")
def sso_app(oidc_settings) -> Iterator[TestClient]:
    """The app with OIDC sign-on configured."""
    with TestClient(create_app(oidc_settings), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def sso(sso_app, oidc_settings, jwks, engine, clock) -> TestClient:
    # A fresh key cache per test (as a new process would have), on the test's clock.
    sso_app.app.state.oidc_verifier = OidcVerifier(oidc_settings, clock=clock)  # type: ignore[attr-defined]
    return sso_app


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def mia(factory):
    return factory.user("employee", factory.employee(), email="mia@example.com")


def stored_subject(engine, user_id: int) -> str | None:
    with Session(engine) as session:
        return session.scalar(select(User.oidc_subject).where(User.id == user_id))


@pytest.mark.parametrize("key_name", ["rsa_key", "ec_key"])
def test_provider_token_signs_in_the_user_matched_by_email(request, sso, mia, engine, key_name):
    key: SigningKey = request.getfixturevalue(key_name)
    response = sso.get(ME, headers=bearer(key.token()))
    assert response.status_code == 200, response.text
    assert response.json() == {
        "id": mia.user.id,
        "email": "mia@example.com",
        "role": "employee",
        "employee_id": mia.employee.id,
        "kind": "user",
    }
    # The subject is remembered (audited), so a later change of e-mail at the provider
    # still finds the account.
    assert stored_subject(engine, mia.user.id) == "idp-subject-1"
    [link] = audit_events(engine, action="user.oidc_link")
    assert link.entity_id == mia.user.id
    assert link.changes["after"] == {"oidc_subject": "idp-subject-1"}
    renamed = sso.get(ME, headers=bearer(key.token(email="mia.renamed@example.com")))
    assert renamed.status_code == 200 and renamed.json()["id"] == mia.user.id
    assert len(audit_events(engine, action="user.oidc_link")) == 1


def test_roles_come_from_peermentor_never_from_the_token(sso, mia, rsa_key):
    token = rsa_key.token(role="hr_admin", roles=["hr_admin"], groups=["hr_admin"], employee_id=999)
    me = sso.get(ME, headers=bearer(token))
    assert me.json()["role"] == "employee"
    assert me.json()["employee_id"] == mia.employee.id
    assert_problem(sso.get("/api/v1/users", headers=bearer(token)), 403)
    assert_problem(sso.get("/api/v1/audit-events", headers=bearer(token)), 403)


def test_hr_signs_in_with_hr_rights(sso, factory, rsa_key):
    factory.user("hr_admin", email="hr@example.com")
    token = rsa_key.token(sub="hr-subject", email="HR@Example.com")
    assert sso.get("/api/v1/users", headers=bearer(token)).status_code == 200


def test_unknown_or_unverified_or_inactive_identity_is_a_401(sso, factory, rsa_key, engine):
    unknown = assert_problem(sso.get(ME, headers=bearer(rsa_key.token())), 401)
    assert "no active PeerMentor account" in unknown["detail"]
    factory.user("employee", factory.employee(), email="mia@example.com")
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token(email_verified=False))), 401)
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token(email=None))), 401)
    factory.user("employee", factory.employee(), email="gone@example.com", is_active=False)
    assert_problem(
        sso.get(ME, headers=bearer(rsa_key.token(sub="s2", email="gone@example.com"))), 401
    )
    assert audit_events(engine, action="user.oidc_link") == []


def test_an_account_linked_to_one_subject_is_not_taken_over_by_another(sso, mia, rsa_key):
    assert sso.get(ME, headers=bearer(rsa_key.token(sub="first"))).status_code == 200
    # Another identity at the provider now carries the same e-mail address.
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token(sub="second"))), 401)
    assert sso.get(ME, headers=bearer(rsa_key.token(sub="first"))).status_code == 200


def test_a_deactivated_linked_account_is_refused(sso, mia, rsa_key, engine):
    assert sso.get(ME, headers=bearer(rsa_key.token())).status_code == 200
    with Session(engine) as session:
        session.get(User, mia.user.id).is_active = False
        session.commit()
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token())), 401)


@pytest.mark.parametrize(
    "overrides",
    [
        {"iss": "https://evil.example/realms/staff"},
        {"aud": "another-api"},
        {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200},
        {"iat": None},
        {"exp": None},
        {"sub": None},
        {"iss": None},
        {"aud": None},
    ],
    ids=["issuer", "audience", "expired", "no-iat", "no-exp", "no-sub", "no-iss", "no-aud"],
)
def test_bad_claims_are_a_401(sso, mia, rsa_key, overrides):
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token(**overrides))), 401)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _hand_signed(header: dict[str, Any], claims: dict[str, Any], secret: bytes) -> str:
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def test_hs256_signed_with_the_public_key_is_refused(sso, mia, rsa_key, ec_key):
    """The classic confusion: an HS256 token keyed with the provider's public key."""
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "idp-subject-1", "iat": now, "exp": now + 60}
    claims |= {"email": "mia@example.com", "jti": "x", "role": "hr_admin"}
    for key in (rsa_key, ec_key):
        forged = _hand_signed(
            {"alg": "HS256", "typ": "JWT", "kid": key.kid}, claims, key.public_pem.encode()
        )
        assert_problem(sso.get(ME, headers=bearer(forged)), 401)
        # The JWK's JSON as the secret, too.
        forged = _hand_signed(
            {"alg": "HS256", "kid": key.kid}, claims, json.dumps(key.jwk).encode()
        )
        assert_problem(sso.get(ME, headers=bearer(forged)), 401)


def test_other_algorithms_and_mismatched_keys_are_refused(sso, mia, rsa_key, ec_key):
    token = rsa_key.token()
    _head, body, sig = token.split(".")
    for alg in ("none", "HS512", "PS256", "RS512", "ES384", "EdDSA"):
        header = _b64(json.dumps({"alg": alg, "kid": rsa_key.kid}).encode())
        assert_problem(sso.get(ME, headers=bearer(f"{header}.{body}.{sig}")), 401)
    # An ES256 header naming the RSA key, and a token signed by a key the JWKS lacks.
    header = _b64(json.dumps({"alg": "ES256", "kid": rsa_key.kid}).encode())
    assert_problem(sso.get(ME, headers=bearer(f"{header}.{body}.{sig}")), 401)
    impostor = SigningKey(rsa_key.kid, "RS256")
    assert_problem(sso.get(ME, headers=bearer(impostor.token())), 401)
    for garbage in ("not-a-jwt", "a.b.c", "e30.e30.", "..."):
        assert_problem(sso.get(ME, headers=bearer(garbage)), 401)


def test_local_tokens_still_work_beside_the_provider(sso, mia):
    assert sso.get(ME, headers=mia.headers).json()["id"] == mia.user.id


def test_unknown_kid_refetches_at_most_once_a_minute(sso, mia, jwks, rsa_key, clock):
    assert sso.get(ME, headers=bearer(rsa_key.token())).status_code == 200
    assert jwks.hits == 1
    assert sso.get(ME, headers=bearer(rsa_key.token())).status_code == 200
    assert jwks.hits == 1  # cached
    # The provider rotates in a new key: an unknown kid refetches (the last fetch is old).
    rotated = SigningKey("rsa-2", "RS256")
    jwks.keys = [*jwks.keys, rotated.jwk]
    clock.now += 61
    assert sso.get(ME, headers=bearer(rotated.token())).status_code == 200
    assert jwks.hits == 2
    # A kid the provider does not have: one refetch (a minute has passed), then 401 ...
    clock.now += 61
    stranger = SigningKey("rsa-unknown", "RS256")
    assert_problem(sso.get(ME, headers=bearer(stranger.token())), 401)
    assert jwks.hits == 3
    # ... and another unknown kid within the minute does not refetch.
    clock.now += 30
    other = SigningKey("ec-unknown", "ES256")
    assert_problem(sso.get(ME, headers=bearer(other.token())), 401)
    assert_problem(sso.get(ME, headers=bearer(stranger.token())), 401)
    assert jwks.hits == 3
    clock.now += 31
    assert_problem(sso.get(ME, headers=bearer(other.token())), 401)
    assert jwks.hits == 4
    # Known keys keep working throughout.
    assert sso.get(ME, headers=bearer(rsa_key.token())).status_code == 200
    assert jwks.hits == 4


def test_unreachable_provider_is_a_503_until_keys_load(oidc_settings, engine, mia, rsa_key, jwks):
    broken = oidc_settings.model_copy(update={"oidc_jwks_url": "http://127.0.0.1:9/jwks.json"})
    with TestClient(create_app(broken), raise_server_exceptions=False) as client:
        response = client.get(ME, headers=bearer(rsa_key.token()))
        assert_problem(response, 503)
        assert response.headers["Retry-After"]


def test_keys_from_a_file(settings, engine, mia, rsa_key, tmp_path):
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": [rsa_key.jwk]}))
    configured = settings.model_copy(
        update={"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, "oidc_jwks_file": path}
    )
    with TestClient(create_app(configured), raise_server_exceptions=False) as client:
        assert client.get(ME, headers=bearer(rsa_key.token())).status_code == 200


def test_without_oidc_provider_tokens_are_refused(client, mia, rsa_key):
    assert_problem(client.get(ME, headers=bearer(rsa_key.token())), 401)


def test_auth_config_is_public_and_says_how_to_sign_in(client, sso):
    plain = client.get("/api/v1/auth/config")
    assert plain.status_code == 200
    assert plain.json() == {"password_login": True, "oidc_enabled": False, "oidc": None}
    configured = sso.get("/api/v1/auth/config").json()
    assert configured["oidc_enabled"] is True
    assert configured["oidc"] == {
        "issuer": ISSUER,
        "authorize_url": ISSUER + "/protocol/openid-connect/auth",
        "token_url": ISSUER + "/protocol/openid-connect/token",
        "client_id": "peermentor-spa",
        "provider_name": "Acme SSO",
        "audience": AUDIENCE,
        "scopes": "openid email profile",
    }


def test_half_configured_oidc_is_refused(settings):
    assert oidc_configured(settings) is False
    with pytest.raises(OidcConfigurationError, match="AUDIENCE"):
        oidc_configured(settings.model_copy(update={"oidc_issuer": ISSUER}))
    production = settings.model_copy(
        update={
            "env": "production",
            "oidc_issuer": ISSUER,
            "oidc_audience": AUDIENCE,
            "oidc_jwks_url": "http://idp.internal/jwks",
        }
    )
    with pytest.raises(OidcConfigurationError, match="https"):
        oidc_configured(production)


def test_jwks_cache_ignores_private_and_foreign_keys(tmp_path):
    path = tmp_path / "jwks.json"
    path.write_text(
        json.dumps(
            {
                "keys": [
                    {"kty": "RSA", "kid": "enc", "use": "enc", "n": "x", "e": "AQAB"},
                    {"kty": "oct", "kid": "sym", "k": "c2VjcmV0"},
                    {"kty": "RSA", "kid": "priv", "n": "x", "e": "AQAB", "d": "y"},
                    {"kty": "RSA", "n": "x", "e": "AQAB"},
                    {"kty": "EC", "kid": "ok", "crv": "P-256", "x": "a", "y": "b"},
                ]
            }
        )
    )

    async def lookups() -> list[bool]:
        cache = JwksCache(file=path)
        return [await cache.key(kid) is not None for kid in ("ok", "enc", "sym", "priv")]

    assert asyncio.run(lookups()) == [True, False, False, False]
