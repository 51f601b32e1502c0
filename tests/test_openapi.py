"""openapi.yaml is the contract: generated from the app, committed, never stale."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from api.cli import main, openapi_document, render_openapi

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
# Routes that need no token (the calendar feed's token is in its URL).
PUBLIC_PATHS = {
    "/healthz",
    "/readyz",
    "/api/v1/auth/token",
    "/api/v1/auth/config",
    "/api/v1/calendar/{token}.ics",
}


def test_committed_openapi_yaml_matches_the_app():
    assert SPEC.exists(), "run `peermentor openapi`"
    assert SPEC.read_text() == render_openapi(), "openapi.yaml is stale: run `peermentor openapi`"


def test_generation_is_deterministic():
    assert render_openapi() == render_openapi()


def test_check_mode_fails_on_a_stale_file(tmp_path, capsys):
    stale = tmp_path / "openapi.yaml"
    stale.write_text("openapi: 3.1.0\n")
    assert main(["openapi", "--output", str(stale), "--check"]) == 1
    assert main(["openapi", "--output", str(stale)]) == 0
    assert main(["openapi", "--output", str(stale), "--check"]) == 0
    assert yaml.safe_load(stale.read_text())["info"]["title"] == "PeerMentor API"


def test_every_operation_is_documented_to_the_house_rules():
    spec = openapi_document()
    seen_ids = set()
    for path, methods in spec["paths"].items():
        assert path.startswith("/api/v1/") or path in {"/healthz", "/readyz"}, path
        for method, operation in methods.items():
            op_id = operation["operationId"]
            assert re.fullmatch(r"[a-z_]+-[a-z_]+", op_id), op_id
            assert op_id not in seen_ids
            seen_ids.add(op_id)
            assert operation.get("tags"), op_id
            responses = operation["responses"]
            if method == "post" and any(code == "201" for code in responses):
                assert "200" not in responses, op_id
            for code, response in responses.items():
                if code.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (op_id, code)
            if path not in PUBLIC_PATHS:
                assert "401" in responses, op_id
            if operation.get("parameters") or operation.get("requestBody"):
                assert "422" in responses, op_id
    assert "Problem" in spec["components"]["schemas"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
