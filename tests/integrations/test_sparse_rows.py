"""Sparse HRIS rows: a field left out keeps its stored value; an explicit null clears an
optional field (the PATCH rule); a record sent for the first time must be whole."""

from __future__ import annotations

from tests.helpers import assert_problem
from tests.integrations.test_hris_sync import SYNC, payload


def sync(client, org, body):
    response = client.post(SYNC, headers=org.hris.headers, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def employee(client, org, external_id):
    response = client.get(
        "/api/v1/employees", headers=org.hr.headers, params={"external_id": external_id}
    )
    assert response.status_code == 200, response.text
    [found] = response.json()["items"]
    return found


def test_a_sparse_employee_row_changes_only_what_it_names(client, org):
    sync(client, org, payload())
    before = employee(client, org, "E-2")
    assert before["team_leader_id"] is not None and before["skills"]

    result = sync(client, org, {"employees": [{"external_id": "E-2", "job_title": "Planner"}]})

    assert result["employees"] == {"created": 0, "updated": 1, "unchanged": 0, "errors": []}
    after = employee(client, org, "E-2")
    assert after["job_title"] == "Planner"
    assert {k: v for k, v in after.items() if k != "job_title"} == {
        k: v for k, v in before.items() if k != "job_title"
    }
    # Sending the same sparse row again changes nothing.
    again = sync(client, org, {"employees": [{"external_id": "E-2", "job_title": "Planner"}]})
    assert again["employees"]["unchanged"] == 1


def test_an_explicit_null_clears_an_optional_field(client, org):
    sync(client, org, payload())
    body = {
        "employees": [
            {
                "external_id": "E-2",
                "employee_number": None,
                "team_leader_external_id": None,
                "skills": None,
            }
        ]
    }
    assert sync(client, org, body)["employees"]["updated"] == 1
    after = employee(client, org, "E-2")
    assert after["employee_number"] is None
    assert after["team_leader_id"] is None
    assert after["skills"] == []
    assert after["full_name"] == "Mia Member"


def test_a_required_field_cannot_be_nulled_and_the_other_rows_land(client, org):
    sync(client, org, payload())
    body = {
        "employees": [
            {"external_id": "E-2", "full_name": None},
            {"external_id": "E-3", "job_title": "Controller"},
        ]
    }
    result = sync(client, org, body)["employees"]
    assert result["updated"] == 1
    [error] = result["errors"]
    assert error["index"] == 0 and "full_name cannot be null" in error["msg"]
    assert employee(client, org, "E-2")["full_name"] == "Mia Member"
    assert employee(client, org, "E-3")["job_title"] == "Controller"


def test_a_new_employee_must_be_whole(client, org):
    body = {
        "departments": [{"external_id": "D-OPS", "name": "Operations"}],
        "employees": [
            {"external_id": "E-9", "full_name": "Nora New", "department_external_id": "D-OPS"},
            {
                "external_id": "E-10",
                "full_name": "Olaf Whole",
                "email": "olaf@example.com",
                "department_external_id": "D-OPS",
                "level": "M1",
                "hire_date": "2024-03-01",
            },
        ],
    }
    result = sync(client, org, body)["employees"]
    assert result["created"] == 1
    [error] = result["errors"]
    assert error["external_id"] == "E-9"
    assert error["msg"] == "a new employee needs email, level, hire_date"
    olaf = employee(client, org, "E-10")
    assert olaf["status"] == "active" and olaf["is_managerial"] is False
    assert olaf["skills"] == [] and olaf["job_title"] is None


def test_a_sparse_review_row_keeps_what_it_leaves_out(client, org, engine):
    sync(client, org, payload())
    result = sync(client, org, {"performance_reviews": [{"external_id": "PR-1", "rating": 4}]})
    assert result["performance_reviews"]["updated"] == 1
    mia = employee(client, org, "E-2")
    [review] = client.get(
        f"/api/v1/employees/{mia['id']}/performance-reviews", headers=org.hr.headers
    ).json()["items"]
    original = payload()["performance_reviews"][0]
    assert review["rating"] == 4
    assert review["period_start"] == original["period_start"]
    assert review["improvement_areas"] == original["improvement_areas"]
    assert review["summary"] == original.get("summary")

    # A period_end before the stored period_start is refused for that row.
    result = sync(
        client,
        org,
        {"performance_reviews": [{"external_id": "PR-1", "period_end": "2024-01-01"}]},
    )
    [error] = result["performance_reviews"]["errors"]
    assert error["msg"] == "period_end must not be before period_start"
    # A new review needs its whole record.
    result = sync(client, org, {"performance_reviews": [{"external_id": "PR-9", "rating": 2}]})
    [error] = result["performance_reviews"]["errors"]
    assert error["msg"].startswith("a new performance review needs employee_external_id")


def test_lists_filter_by_external_id(client, org):
    sync(client, org, payload())
    departments = client.get(
        "/api/v1/departments", headers=org.hris.headers, params={"external_id": "D-FIN"}
    ).json()["items"]
    assert [d["name"] for d in departments] == ["Finance"]
    assert employee(client, org, "E-3")["full_name"] == "Fred Finance"
    nobody = client.get(
        "/api/v1/employees", headers=org.hr.headers, params={"external_id": "E-404"}
    ).json()["items"]
    assert nobody == []


def test_an_unknown_query_parameter_is_a_422_naming_it(client, org):
    response = client.get(
        "/api/v1/employees", headers=org.hr.headers, params={"departmentId": org.dept.id}
    )
    body = assert_problem(response, 422)
    assert body["errors"] == [{"loc": ["query", "departmentId"], "msg": "unknown query parameter"}]
    assert "department_id" in body["detail"]
    # Declared ones, the page's included, still work; so do those of other routes.
    assert (
        client.get(
            "/api/v1/employees",
            headers=org.hr.headers,
            params={"department_id": org.dept.id, "limit": 5},
        ).status_code
        == 200
    )
    assert (
        client.get(
            "/api/v1/reports/programme-summary", headers=org.hr.headers, params={"format": "csv"}
        ).status_code
        == 200
    )
    assert_problem(
        client.get("/api/v1/pairings", headers=org.hr.headers, params={"stauts": "active"}), 422
    )
    # Without a token it is a 401 first: the API's shape is not told to strangers.
    assert_problem(client.get("/api/v1/employees", params={"departmentId": 1}), 401)
