"""The employee list as the database writes it (PostgreSQL builds each employee's JSON document,
`sqljson.json_documents`) reads exactly as the read model serialises the same employee."""

from __future__ import annotations

from tests.helpers import assert_problem

EMPLOYEES = "/api/v1/employees"

# Text that JSON must escape, or that a hand-made writer gets wrong.
AWKWARD = [
    'Zoë "Z" O\'Neil \\ Ørsted',
    "tab\tnew\nline\r\u0001 control",
    "emoji 🦉 and 漢字",
    "</script><b>&amp;</b>",
]


def test_every_listed_employee_reads_as_the_single_record(client, org, factory):
    department = factory.department("Awkward")
    leader = factory.employee(department, full_name="Lead", level="M2", is_managerial=True)
    for n, name in enumerate(AWKWARD):
        factory.employee(
            department,
            full_name=name,
            job_title=name,
            function=None if n % 2 else name,
            external_id=None if n % 2 else f"X-{n}",
            team_leader=leader,
            skills={name: 5, "aaa": 1, "Zed": 3} if n % 2 == 0 else {},
        )
    listed, cursor = [], None
    while True:
        params = {"limit": 3, "department_id": department.id}
        if cursor:
            params["cursor"] = cursor
        response = client.get(EMPLOYEES, headers=org.hr.headers, params=params)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert set(body) == {"items", "next_cursor"}
        listed += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert [e["full_name"] for e in listed] == ["Lead", *AWKWARD]
    for employee in listed:
        single = client.get(f"{EMPLOYEES}/{employee['id']}", headers=org.hr.headers)
        assert single.status_code == 200
        assert employee == single.json()
    awkward = listed[1]
    assert awkward["skills"] == [
        {"skill": "Zed", "level": 3},
        {"skill": 'Zoë "Z" O\'Neil \\ Ørsted', "level": 5},
        {"skill": "aaa", "level": 1},
    ]
    assert awkward["team_leader_id"] == leader.id and listed[2]["skills"] == []


def test_an_exact_page_has_no_next_cursor_and_an_empty_one_is_a_page(client, org, factory):
    department = factory.department("Two")
    for _ in range(2):
        factory.employee(department)
    params = {"limit": 2, "department_id": department.id}
    page = client.get(EMPLOYEES, headers=org.hr.headers, params=params).json()
    assert len(page["items"]) == 2 and page["next_cursor"] is None
    empty = client.get(
        EMPLOYEES, headers=org.hr.headers, params={"department_id": department.id + 1000}
    )
    assert empty.status_code == 200 and empty.json() == {"items": [], "next_cursor": None}
    assert_problem(client.get(EMPLOYEES, headers=org.hr.headers, params={"cursor": "nope"}), 422)


def test_every_filter_narrows_the_list_and_their_statements_are_reused(client, org, factory):
    """Each filter, alone and combined, on both databases: the list's statement is built once
    per set of filters with their values as parameters (repository.employees_query), so a
    second value must not read the first one's rows."""
    department = factory.department("Filtered")
    lead = factory.employee(department, full_name="Lead One", level="M2", is_managerial=True)
    ann = factory.employee(
        department,
        full_name="Ann 50%_off",
        email="ann@example.com",
        employee_number="N-1",
        external_id="EXT-ANN",
        level="P1",
        is_managerial=False,
        team_leader=lead,
    )
    bob = factory.employee(
        department,
        full_name="Bob",
        employee_number="N-2",
        level="P2",
        is_managerial=False,
        status="terminated",
        team_leader=lead,
    )
    other = factory.employee(factory.department("Elsewhere"), full_name="Ann Other", level="P1")

    def listed(**params):
        response = client.get(EMPLOYEES, headers=org.hr.headers, params=params)
        assert response.status_code == 200, response.text
        return {e["id"] for e in response.json()["items"]}

    mine = {"department_id": department.id}
    assert listed(**mine) == {lead.id, ann.id, bob.id}
    assert listed(department_id=other.department_id) == {other.id}
    assert listed(**mine, team_leader_id=lead.id) == {ann.id, bob.id}
    assert listed(**mine, status="terminated") == {bob.id}
    assert listed(**mine, status="active") == {lead.id, ann.id}
    assert listed(**mine, level="P1") == {ann.id}
    assert listed(**mine, level="P2") == {bob.id}
    assert listed(**mine, is_managerial="true") == {lead.id}
    assert listed(**mine, is_managerial="false") == {ann.id, bob.id}
    assert listed(external_id="EXT-ANN") == {ann.id}
    assert listed(external_id="EXT-NONE") == set()
    # q: name, e-mail or employee number, case-insensitive, its wildcards taken literally.
    assert listed(q="ann") == {ann.id, other.id}
    assert listed(**mine, q="ann") == {ann.id}
    assert listed(q="50%_") == {ann.id}
    assert listed(q="5_%") == set()
    assert listed(**mine, q="n-2") == {bob.id}
    assert listed(**mine, q="") == {lead.id, ann.id, bob.id}
    assert listed(**mine, level="P1", status="terminated") == set()
    assert listed(**mine, level="P2", status="terminated", team_leader_id=lead.id) == {bob.id}
    # A team leader's visibility still applies under every filter.
    led = client.get(EMPLOYEES, headers=org.leader.headers, params={"department_id": department.id})
    assert led.status_code == 200 and led.json()["items"] == []
