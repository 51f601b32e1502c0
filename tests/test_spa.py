"""The built SPA served under / beside the API, without shadowing any API path."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.main import create_app
from tests.conftest import assert_problem

INDEX = "<!doctype html><title>PeerMentor</title><div id=root></div>"


def spa_client(settings, tmp_path):
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(INDEX)
    (dist / "assets" / "app-1a2b3c.js").write_text("console.log('hi')")
    (dist / "favicon.svg").write_text("<svg/>")
    return TestClient(create_app(settings.model_copy(update={"spa_dir": dist})))


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
