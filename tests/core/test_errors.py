"""Every error is problem+json: unknown routes, wrong methods, oversized bodies, bad JSON."""

from __future__ import annotations

from tests.helpers import assert_problem


def test_unknown_route_and_wrong_method(client, org):
    assert_problem(client.get("/api/v1/nothing-here", headers=org.hr.headers), 404)
    assert_problem(client.delete("/api/v1/employees", headers=org.hr.headers), 405)


def test_body_over_the_limit_is_a_413(client, org, settings):
    big = b'{"name": "' + b"x" * (settings.max_body_bytes + 10) + b'"}'
    response = client.post(
        "/api/v1/departments",
        headers=org.hr.headers | {"content-type": "application/json"},
        content=big,
    )
    assert_problem(response, 413)

    def chunks():
        yield b'{"name": "'
        for _ in range(settings.max_body_bytes // 65536 + 2):
            yield b"x" * 65536
        yield b'"}'

    streamed = client.post(
        "/api/v1/departments",
        headers=org.hr.headers | {"content-type": "application/json"},
        content=chunks(),
    )
    assert_problem(streamed, 413)


def test_oversized_headers_are_a_413(client, org):
    response = client.get(
        "/api/v1/departments", headers=org.hr.headers | {"X-Padding": "p" * 20000}
    )
    assert_problem(response, 413)


def test_malformed_json_is_a_422(client, org):
    response = client.post(
        "/api/v1/departments",
        headers=org.hr.headers | {"content-type": "application/json"},
        content=b'{"name": ',
    )
    assert_problem(response, 422)
    assert_problem(client.post("/api/v1/departments", headers=org.hr.headers, json=[1]), 422)
