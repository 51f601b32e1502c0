"""openapi.yaml is the contract: generated from the app, committed, never stale."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from fastapi.routing import APIRoute, iter_route_contexts

from api.cli import main, render_openapi
from tests.helpers import development_app, openapi_spec

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
# Routes that need no token (the calendar feed's token is in its URL).
PUBLIC_PATHS = {
    "/healthz",
    "/readyz",
    "/api/v1/auth/token",
    "/api/v1/auth/config",
    "/api/v1/account-invitations/redeem",  # the one-time token in the body is the credential
    "/api/v1/calendar/{token}.ics",
}


def test_committed_openapi_yaml_matches_the_app():
    assert SPEC.exists(), "run `peermentor openapi`"
    assert SPEC.read_text() == render_openapi(), "openapi.yaml is stale: run `peermentor openapi`"


def test_generation_is_deterministic():
    assert render_openapi() == render_openapi()


def test_check_mode_fails_on_a_stale_file(tmp_path, capsys, monkeypatch):
    # The document is generated once for the three runs (its generation is tested above).
    monkeypatch.setattr("api.cli.render_openapi", cache(render_openapi))
    stale = tmp_path / "openapi.yaml"
    stale.write_text("openapi: 3.1.0\n")
    assert main(["openapi", "--output", str(stale), "--check"]) == 1
    assert main(["openapi", "--output", str(stale)]) == 0
    assert main(["openapi", "--output", str(stale), "--check"]) == 0
    assert yaml.safe_load(stale.read_text())["info"]["title"] == "PeerMentor API"


def test_every_operation_is_documented_to_the_house_rules():
    spec = openapi_spec()
    seen_ids = set()
    for path, methods in spec["paths"].items():
        scim = path.startswith("/scim/v2/")
        assert path.startswith("/api/v1/") or scim or path in {"/healthz", "/readyz"}, path
        # SCIM answers its own error documents (RFC 7644 3.12) and 400 for bad input.
        error_type, bad_input = (
            ("application/scim+json", "400") if scim else ("application/problem+json", "422")
        )
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
                    assert list(response["content"]) == [error_type], (op_id, code)
            if path not in PUBLIC_PATHS:
                assert "401" in responses, op_id
            if operation.get("parameters") or operation.get("requestBody"):
                assert bad_input in responses or (scim and "404" in responses), op_id
    assert "Problem" in spec["components"]["schemas"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_every_route_has_a_written_summary_and_description():
    """Integrators read these: a human summary (not FastAPI's title-cased function name) and a
    description that says what the operation does, who may call it and its notable errors."""
    app = development_app()
    lacking = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        generated = route.name.replace("_", " ").title()
        if not route.summary or route.summary == generated:
            lacking.append(f"{route.operation_id}: summary=")
        if not (route.description or "").strip():
            lacking.append(f"{route.operation_id}: description=")
    assert not lacking, "write these in the route decorators: " + ", ".join(lacking)


def test_public_operations_declare_no_security_and_the_others_the_bearer_scheme():
    spec = openapi_spec()
    schemes = set(spec["components"]["securitySchemes"])
    for path, methods in spec["paths"].items():
        for operation in methods.values():
            security = operation["security"]
            if path in PUBLIC_PATHS:
                # No token needed: no requirement at all, or anonymous (`{}`) among the choices
                # (the token endpoint also documents the HTTP Basic client authentication).
                assert security == [] or {} in security, operation["operationId"]
            else:
                assert security, operation["operationId"]
                assert all(set(requirement) <= schemes for requirement in security)


def test_the_document_names_its_server_contact_and_license():
    spec = openapi_spec()
    assert spec["servers"] == [{"url": "/", "description": "This PeerMentor instance"}]
    assert spec["info"]["contact"]["name"]
    assert spec["info"]["license"]["name"]


def test_hris_sync_rows_are_named_components():
    schemas = openapi_spec()["components"]["schemas"]
    properties = schemas["HrisSyncRequest"]["properties"]
    for field, row in (
        ("departments", "DepartmentSyncRow"),
        ("employees", "EmployeeSyncRow"),
        ("performance_reviews", "PerformanceReviewSyncRow"),
    ):
        assert properties[field]["items"] == {"$ref": f"#/components/schemas/{row}"}
        assert schemas[row]["type"] == "object"
