"""Off-the-shelf OAuth2 clients (authlib, requests-oauthlib) get tokens from a live server with
their default settings, and call the API with them."""

from __future__ import annotations

import asyncio

import pytest
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.integrations.requests_client import OAuth2Session as AuthlibSession
from authlib.integrations.requests_client import OAuthError
from oauthlib.oauth2 import (
    BackendApplicationClient,
    InvalidClientError,
    InvalidGrantError,
    LegacyApplicationClient,
)
from requests_oauthlib import OAuth2Session

from tests.factories import PASSWORD

TOKEN_PATH = "/api/v1/auth/token"


@pytest.fixture
def service_account(client, org):
    response = client.post(
        "/api/v1/service-accounts",
        headers=org.hr.headers,
        json={"name": "Reporting script", "role": "reporting"},
    )
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def plain_http(monkeypatch):
    # oauthlib insists on https; the live test server speaks plain http on localhost.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


def assert_service_calls(session, base, account):
    me = session.get(f"{base}/api/v1/auth/me")
    assert me.status_code == 200, me.text
    assert me.json()["id"] == account["id"]
    assert me.json()["kind"] == "service"
    assert session.get(f"{base}/api/v1/employees").status_code == 200


@pytest.mark.parametrize("method", ["client_secret_basic", "client_secret_post"])
def test_authlib_client_credentials(live_server, service_account, method):
    client_id, secret = service_account["client_id"], service_account["client_secret"]
    wrong = AuthlibSession(client_id, "not the secret", token_endpoint_auth_method=method)
    with pytest.raises(OAuthError) as raised:
        wrong.fetch_token(live_server + TOKEN_PATH, grant_type="client_credentials")
    assert raised.value.error == "invalid_client"  # RFC 6749's error, read by the library
    session = AuthlibSession(client_id, secret, token_endpoint_auth_method=method)
    token = session.fetch_token(live_server + TOKEN_PATH, grant_type="client_credentials")
    assert token["token_type"] == "bearer"
    assert_service_calls(session, live_server, service_account)


def test_authlib_default_client_authentication_is_basic_and_accepted(live_server, service_account):
    session = AuthlibSession(service_account["client_id"], service_account["client_secret"])
    assert session.token_endpoint_auth_method == "client_secret_basic"
    session.fetch_token(live_server + TOKEN_PATH, grant_type="client_credentials")
    assert_service_calls(session, live_server, service_account)


def test_authlib_async_client_credentials(live_server, service_account):
    async def main():
        async with AsyncOAuth2Client(
            service_account["client_id"], service_account["client_secret"]
        ) as oauth:
            await oauth.fetch_token(live_server + TOKEN_PATH, grant_type="client_credentials")
            me = await oauth.get(f"{live_server}/api/v1/auth/me")
            return me.status_code, me.json()

    status, me = asyncio.run(main())
    assert status == 200
    assert (me["id"], me["kind"]) == (service_account["id"], "service")


def test_authlib_password_grant(live_server, org):
    session = AuthlibSession("peermentor-cli")
    with pytest.raises(OAuthError) as raised:
        session.fetch_token(
            live_server + TOKEN_PATH, username="hr@example.com", password="not the password"
        )
    assert raised.value.error == "invalid_grant"
    session.fetch_token(live_server + TOKEN_PATH, username="hr@example.com", password=PASSWORD)
    me = session.get(f"{live_server}/api/v1/auth/me")
    assert me.status_code == 200, me.text
    assert me.json()["email"] == "hr@example.com"
    assert session.get(f"{live_server}/api/v1/users").status_code == 200


def test_requests_oauthlib_backend_application_client(live_server, service_account, plain_http):
    client_id = service_account["client_id"]
    session = OAuth2Session(client=BackendApplicationClient(client_id=client_id))
    token = session.fetch_token(
        token_url=live_server + TOKEN_PATH,
        client_id=client_id,
        client_secret=service_account["client_secret"],
    )
    assert token["token_type"] == "bearer"
    assert_service_calls(session, live_server, service_account)
    with pytest.raises(InvalidClientError):
        OAuth2Session(client=BackendApplicationClient(client_id=client_id)).fetch_token(
            token_url=live_server + TOKEN_PATH, client_id=client_id, client_secret="wrong"
        )


def test_requests_oauthlib_legacy_application_client(live_server, org, plain_http):
    session = OAuth2Session(client=LegacyApplicationClient(client_id="peermentor-cli"))
    with pytest.raises(InvalidGrantError):
        session.fetch_token(
            token_url=live_server + TOKEN_PATH, username="hr@example.com", password="wrong"
        )
    session.fetch_token(
        token_url=live_server + TOKEN_PATH, username="hr@example.com", password=PASSWORD
    )
    me = session.get(f"{live_server}/api/v1/auth/me")
    assert me.status_code == 200, me.text
    assert me.json()["role"] == "hr_admin"
