"""The built SPA served under / beside the API, without shadowing any API path."""

from __future__ import annotations

import gzip

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

from api.core.errors import install_error_handlers
from api.main import create_app
from api.spa import mount_spa
from tests.helpers import assert_problem

INDEX = "<!doctype html><title>PeerMentor</title><div id=root></div>"


# Building the app is the slow part: one per settings for the module, each with a client of
# its own per test (its lifespan runs again).
_spa_apps: dict[str, FastAPI] = {}


def spa_client(settings, tmp_path):
    key = settings.model_dump_json()
    if key not in _spa_apps:
        dist = tmp_path / "dist"
        (dist / "assets").mkdir(parents=True)
        (dist / "index.html").write_text(INDEX)
        (dist / "assets" / "app-1a2b3c.js").write_text("console.log('hi')")
        (dist / "favicon.svg").write_text("<svg/>")
        _spa_apps[key] = create_app(settings.model_copy(update={"spa_dir": dist}))
    return TestClient(_spa_apps[key])


def test_client_routes_fall_back_to_the_index(settings, tmp_path, engine):
    with spa_client(settings, tmp_path) as client:
        for path in ("/", "/pairings/12", "/grievances?status=open", "/login"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert response.text == INDEX
            assert response.headers["cache-control"] == "no-cache"
            assert response.headers["content-type"].startswith("text/html")


def test_assets_are_served_with_long_cache_headers(settings, tmp_path, engine):
    with spa_client(settings, tmp_path) as client:
        asset = client.get("/assets/app-1a2b3c.js")
        assert asset.status_code == 200
        assert asset.text == "console.log('hi')"
        assert "immutable" in asset.headers["cache-control"]
        assert client.get("/favicon.svg").status_code == 200
        # A missing hashed asset is a 404, never the index served as JavaScript.
        assert client.get("/assets/gone-000000.js").status_code == 404
        # No escaping the directory.
        assert client.get("/..%2F..%2Fpyproject.toml").text == INDEX


def test_api_paths_are_never_shadowed(settings, tmp_path, engine):
    with spa_client(settings, tmp_path) as client:
        assert_problem(client.get("/api/v1/nothing"), 404)
        assert_problem(client.post("/api/v1/nothing", json={}), 404)
        assert_problem(client.get("/api"), 404)
        assert_problem(client.get("/api/v1/auth/me"), 401)
        assert client.get("/healthz").json() == {"status": "ok"}
        assert client.get("/openapi.json").json()["info"]["title"] == "PeerMentor API"
        assert "swagger" in client.get("/docs").text.lower()
        paths = client.get("/openapi.json").json()["paths"]
        assert all(not path.startswith("/{") for path in paths)


def test_without_a_build_nothing_is_served(settings, tmp_path, engine):
    app = create_app(settings.model_copy(update={"spa_dir": tmp_path / "missing"}))
    with TestClient(app) as client:
        assert_problem(client.get("/"), 404)
        assert_problem(client.get("/pairings/1"), 404)


UNREADABLE_PATHS = (
    "/%00",
    "/index.html%00.js",
    "/assets/%00.js",
    "/pairings/%00",
    "/%ff",
    "/%c0%af",  # an overlong "/", invalid UTF-8
    "/docs%00",
    "/api/v1/%00",
    "/api/v1/employees/%00",
    "/api/v1/employees/1%ff",
)


def test_unreadable_paths_are_a_400_problem_never_a_500(settings, tmp_path, org):
    with spa_client(settings, tmp_path) as client:
        for path in UNREADABLE_PATHS:
            for method in ("GET", "HEAD", "POST"):
                response = client.request(method, path)
                assert response.status_code == 400, (method, path, response.status_code)
            assert "NUL" in assert_problem(client.get(path), 400)["detail"], path
        # Signed in or not: the path is refused before anything else (not a 422 on the id).
        assert_problem(client.get("/api/v1/employees/%00", headers=org.hr.headers), 400)
        # Encoded characters that are valid UTF-8 still reach the SPA.
        assert client.get("/pairings/%C3%A9t%C3%A9").text == INDEX


def test_unreadable_paths_without_a_spa(settings, tmp_path, engine):
    app = create_app(settings.model_copy(update={"spa_dir": tmp_path / "missing"}))
    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/%00", "/index.html%00.js", "/api/v1/%00", "/api/v1/employees/%00", "/%ff"):
            assert_problem(client.get(path), 400)


def test_the_spa_route_itself_refuses_a_nul(tmp_path):
    """Defence in depth: the SPA route alone (without the app's path check) answers 404."""
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text(INDEX)
    app = FastAPI()
    install_error_handlers(app)
    mount_spa(app, dist)
    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/%00", "/index.html%00.js"):
            assert_problem(client.get(path), 404)


TOKEN_URL = "https://sso.acme.example:8443/realms/acme/protocol/openid-connect/token"
SPA_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self' https://sso.acme.example:8443; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


def assert_security_headers(response, policy):
    assert response.headers["content-security-policy"] == policy, response.request.url
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_security_headers_on_the_spa_and_the_api(settings, tmp_path, engine):
    settings = settings.model_copy(update={"oidc_token_url": TOKEN_URL})
    with spa_client(settings, tmp_path) as client:
        for path in ("/", "/login", "/pairings/12", "/auth/callback?code=c&state=s"):
            assert_security_headers(client.get(path), SPA_POLICY)
        assert_security_headers(client.head("/login"), SPA_POLICY)
        assert_security_headers(client.get("/assets/app-1a2b3c.js"), API_POLICY)
        assert_security_headers(client.get("/favicon.svg"), API_POLICY)
        assert_security_headers(client.get("/healthz"), API_POLICY)
        assert_security_headers(client.get("/openapi.json"), API_POLICY)
        assert_security_headers(client.get("/api/v1/auth/config"), API_POLICY)
        assert_security_headers(
            assert_problem_response(client.get("/api/v1/nothing"), 404), API_POLICY
        )
        assert_security_headers(
            assert_problem_response(client.get("/assets/gone.js"), 404), API_POLICY
        )
        assert_security_headers(
            assert_problem_response(client.get("/api/v1/auth/me"), 401), API_POLICY
        )
        assert_security_headers(assert_problem_response(client.get("/%00"), 400), API_POLICY)
        # Swagger UI and ReDoc run an inline script from a CDN: no script policy, no framing.
        for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
            assert_security_headers(client.get(path), "frame-ancestors 'none'")


def assert_problem_response(response, status):
    assert_problem(response, status)
    return response


def test_without_sign_on_the_spa_connects_only_to_its_origin(settings, tmp_path, engine):
    with spa_client(settings.model_copy(update={"oidc_token_url": ""}), tmp_path) as client:
        policy = client.get("/").headers["content-security-policy"]
        assert "connect-src 'self';" in policy


def test_security_headers_on_a_500_and_a_routes_own_policy_kept(settings, tmp_path, engine):
    app = create_app(settings)

    @app.get("/api/v1/test-boom")
    async def boom() -> None:
        raise RuntimeError("boom")

    @app.get("/api/v1/test-own-policy")
    async def own_policy() -> HTMLResponse:
        return HTMLResponse("<p>x</p>", headers={"Content-Security-Policy": "sandbox"})

    with TestClient(app, raise_server_exceptions=False) as client:
        assert_security_headers(
            assert_problem_response(client.get("/api/v1/test-boom"), 500), API_POLICY
        )
        kept = client.get("/api/v1/test-own-policy")
        assert kept.headers["content-security-policy"] == "sandbox"
        assert kept.headers["x-frame-options"] == "DENY"


JS = "export const greeting = 'hello';\n" * 50


def compressed_client(settings, tmp_path):
    """A build as vite.config.ts writes it: each asset with its .br and .gz beside it."""
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(INDEX)
    (dist / "index.html.gz").write_bytes(gzip.compress(INDEX.encode()))
    asset = dist / "assets" / "route-9f8e7d.js"
    asset.write_text(JS)
    (dist / "assets" / "route-9f8e7d.js.gz").write_bytes(gzip.compress(JS.encode()))
    # Not real brotli (the test needs no brotli package): the server sends the file as is.
    (dist / "assets" / "route-9f8e7d.js.br").write_bytes(b"BROTLI:" + JS.encode())
    (dist / "assets" / "plain-123abc.woff2").write_bytes(b"\x00font")
    return TestClient(create_app(settings.model_copy(update={"spa_dir": dist})))


def test_precompressed_assets_are_chosen_by_accept_encoding(settings, tmp_path, engine):
    with compressed_client(settings, tmp_path) as client:
        path = "/assets/route-9f8e7d.js"
        brotli = client.get(path, headers={"Accept-Encoding": "gzip, deflate, br"})
        assert brotli.status_code == 200
        assert brotli.headers["content-encoding"] == "br"
        assert brotli.content == b"BROTLI:" + JS.encode()
        assert brotli.headers["content-type"].startswith("text/javascript")
        assert brotli.headers["vary"] == "Accept-Encoding"
        assert brotli.headers["cache-control"] == "public, max-age=31536000, immutable"

        # httpx decodes gzip itself: the body read back is the original script.
        gzipped = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert gzipped.headers["content-encoding"] == "gzip"
        assert gzipped.text == JS
        assert int(gzipped.headers["content-length"]) < len(JS)
        assert gzipped.headers["vary"] == "Accept-Encoding"

        # br refused with q=0: gzip; nothing acceptable: the file itself.
        refused = client.get(path, headers={"Accept-Encoding": "br;q=0, gzip;q=0.5"})
        assert refused.headers["content-encoding"] == "gzip"
        plain = client.get(path, headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers
        assert plain.text == JS
        assert plain.headers["vary"] == "Accept-Encoding"
        assert plain.headers["cache-control"] == "public, max-age=31536000, immutable"

        head = client.head(path, headers={"Accept-Encoding": "br"})
        assert head.status_code == 200
        assert head.headers["content-encoding"] == "br"


def test_files_without_a_compressed_copy_are_sent_as_they_are(settings, tmp_path, engine):
    with compressed_client(settings, tmp_path) as client:
        font = client.get("/assets/plain-123abc.woff2", headers={"Accept-Encoding": "br, gzip"})
        assert font.status_code == 200
        assert font.content == b"\x00font"
        assert "content-encoding" not in font.headers
        assert "vary" not in font.headers
        # A compressed copy asked for by name is opaque bytes, never mislabelled JavaScript.
        raw = client.get("/assets/route-9f8e7d.js.br", headers={"Accept-Encoding": "identity"})
        assert raw.headers["content-type"] == "application/octet-stream"
        assert "content-encoding" not in raw.headers


def test_the_index_is_never_cached_stale(settings, tmp_path, engine):
    with compressed_client(settings, tmp_path) as client:
        for path in ("/", "/index.html", "/pairings/3"):
            response = client.get(path, headers={"Accept-Encoding": "gzip, br"})
            assert response.status_code == 200, path
            assert response.headers["cache-control"] == "no-cache", path
            assert response.headers["content-encoding"] == "gzip", path  # no .br of it here
            assert response.headers["vary"] == "Accept-Encoding", path
            assert response.headers["content-type"].startswith("text/html"), path
            assert response.text == INDEX, path
