"""(Re)create the benchmark database: 50 departments, 100,000 employees, their skills and reviews.

    .venv/bin/python bench/seed.py            # drop, create, migrate, load (about a minute)
    BENCH_DATABASE_URL=postgresql://... .venv/bin/python bench/seed.py

The schema comes from the app's own migrations (`peermentor migrate`); the rows are generated
in PostgreSQL with INSERT ... SELECT generate_series, deterministically (no randomness: the
same seed gives the same database). The accounts are the fixed ones in bench/common.py.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time

import psycopg
from common import (
    DEPARTMENTS,
    EMPLOYEES,
    HR_EMAIL,
    HR_PASSWORD,
    HRIS_CLIENT_ID,
    HRIS_CLIENT_SECRET,
    LEADER_EMAIL,
    LEADER_EMPLOYEE_ID,
    LEADER_PASSWORD,
    PROJECT_ROOT,
    SKILLS,
    TEAM_SIZE,
    VENV_BIN,
    connect,
    database_url,
    ensure_postgres_running,
    libpq_url,
)
from psycopg import sql

DEPARTMENTS_SQL = """
INSERT INTO departments (id, external_id, name, created_at, updated_at)
SELECT d, 'D-' || d,
       (ARRAY['Engineering', 'Sales', 'Finance', 'Operations', 'Marketing', 'Support',
              'Legal', 'People', 'Product', 'Research'])[1 + (d - 1) %% 10] || ' ' || d,
       now(), now()
FROM generate_series(1, %(departments)s) AS d
"""

# Employee n is member k = (n - 1) / D of department (n - 1) % D + 1, so member m of a
# department has id m * D + department. Every TEAM_SIZE-th member (k % T = 0) is a team leader
# (M1/M2) leading the next T - 1 members; every T*T-th member is a department head (M3/M4)
# leading the team leaders of their block. Heads have no leader. Everyone else is P1..P3.
EMPLOYEES_SQL = """
INSERT INTO employees (
    id, external_id, employee_number, full_name, email, department_id, function, level,
    job_title, is_managerial, hire_date, team_leader_id, status, created_at, updated_at)
SELECT n,
       'E-' || n,
       'N' || lpad(n::text, 7, '0'),
       (ARRAY['Ada', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas',
              'Kemal', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven',
              'Tomas'])[1 + (n * 7) %% 20]
         || ' ' ||
       (ARRAY['Abara', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad',
              'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor',
              'Petrov', 'Rossi', 'Silva', 'Tanaka', 'Varga'])[1 + (n / 20) %% 20],
       'employee' || n || '@bench.example.com',
       dept,
       (ARRAY['engineering', 'sales', 'finance', 'operations', 'marketing', 'support',
              'legal', 'people', 'product', 'research'])[1 + (dept - 1) %% 10],
       CASE WHEN k %% (%(team)s * %(team)s) = 0 THEN (ARRAY['M3', 'M4'])[1 + n %% 2]
            WHEN k %% %(team)s = 0 THEN (ARRAY['M1', 'M2'])[1 + n %% 2]
            ELSE (ARRAY['P1', 'P2', 'P3'])[1 + n %% 3] END,
       CASE WHEN k %% (%(team)s * %(team)s) = 0 THEN 'Head of department'
            WHEN k %% %(team)s = 0 THEN 'Team lead'
            ELSE (ARRAY['Associate', 'Specialist', 'Senior specialist'])[1 + n %% 3] END,
       k %% %(team)s = 0,
       DATE '2008-01-01' + (n * 37) %% 6200,
       CASE WHEN k %% (%(team)s * %(team)s) = 0 THEN NULL
            WHEN k %% %(team)s = 0 THEN (k / (%(team)s * %(team)s)) * %(team)s * %(team)s
                                        * %(departments)s + dept
            ELSE (k / %(team)s) * %(team)s * %(departments)s + dept END,
       CASE WHEN n %% 33 = 0 THEN 'terminated' ELSE 'active' END,
       now(), now()
FROM (SELECT n, (n - 1) %% %(departments)s + 1 AS dept, (n - 1) / %(departments)s AS k
      FROM generate_series(1, %(employees)s) AS n) AS e
"""

# Three distinct skills each: offsets 0, 7 and 14 in a list of 30 never collide.
SKILLS_SQL = """
INSERT INTO employee_skills (employee_id, skill, level)
SELECT n, (%(skills)s::text[])[1 + (n + i * 7) %% 30], 1 + (n * (i + 3) + i) %% 5
FROM generate_series(1, %(employees)s) AS n, generate_series(0, 2) AS i
"""

# Two half-year reviews each (2024 H1 and H2); improvement_areas is a JSON array of skills.
REVIEWS_SQL = """
INSERT INTO performance_reviews (
    external_id, employee_id, period_start, period_end, rating, summary, improvement_areas,
    created_at, updated_at)
SELECT 'R-' || n || '-' || r,
       n,
       CASE r WHEN 1 THEN DATE '2024-01-01' ELSE DATE '2024-07-01' END,
       CASE r WHEN 1 THEN DATE '2024-06-30' ELSE DATE '2024-12-31' END,
       1 + (n * 3 + r) %% 5,
       'Half-year review ' || r || ' of employee ' || n
         || ': met most objectives; agreed next steps with the team leader.',
       json_build_array((%(skills)s::text[])[1 + (n + 3 * r) %% 30],
                        (%(skills)s::text[])[1 + (n + 3 * r + 11) %% 30]),
       now(), now()
FROM generate_series(1, %(employees)s) AS n, generate_series(1, 2) AS r
ORDER BY n, r
"""


def _secret_digest(secret: str) -> str:
    # The same digest as api.auth.service._secret_digest (a plain SHA-256 of the secret).
    return hashlib.sha256(secret.encode()).hexdigest()


def seeded_employees(url: str | None = None) -> int | None:
    """How many seeded (E-n) employees the database holds; None if it is missing or empty."""
    try:
        with connect(url, connect_timeout=5) as conn:
            return conn.execute(
                "SELECT count(*) FROM employees WHERE external_id LIKE 'E-%'"
            ).fetchone()[0]  # type: ignore[index]
    except (psycopg.OperationalError, psycopg.errors.UndefinedTable):
        return None


def recreate_database(url: str) -> None:
    info = psycopg.conninfo.conninfo_to_dict(libpq_url(url))
    name = str(info.get("dbname") or "")
    if not name or name in ("postgres", "template0", "template1"):
        raise SystemExit(f"refusing to recreate the database {name!r}")
    admin = psycopg.conninfo.make_conninfo(libpq_url(url), dbname="postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def migrate(url: str) -> None:
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run(  # noqa: S603
        [str(VENV_BIN / "peermentor"), "migrate"], check=True, env=env, cwd=PROJECT_ROOT
    )


def load(url: str) -> None:
    # Imported here: the app's settings and hasher, so the logins verify as the server checks.
    from api.core.config import Settings
    from api.core.security import hash_password_sync

    settings = Settings()
    params = {
        "departments": DEPARTMENTS,
        "employees": EMPLOYEES,
        "team": TEAM_SIZE,
        "skills": SKILLS,
    }
    with connect(url) as conn:
        conn.execute("SET LOCAL synchronous_commit = off")
        conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
        steps = [
            ("departments", DEPARTMENTS_SQL),
            ("employees", EMPLOYEES_SQL),
            ("employee_skills", SKILLS_SQL),
            ("performance_reviews", REVIEWS_SQL),
        ]
        for table, statement in steps:
            started = time.perf_counter()
            count = conn.execute(statement, params).rowcount
            print(f"  {table:<20} {count:>8} rows  {time.perf_counter() - started:6.1f} s")
        for table in ("departments", "employees"):
            conn.execute(
                sql.SQL(
                    "SELECT setval(pg_get_serial_sequence({t}, 'id'), (SELECT max(id) FROM {i}))"
                ).format(t=sql.Literal(table), i=sql.Identifier(table))
            )
        conn.execute(
            "INSERT INTO users (email, password_hash, role, employee_id, is_active,"
            " created_at, updated_at) VALUES"
            " (%s, %s, 'hr_admin', NULL, true, now(), now()),"
            " (%s, %s, 'team_leader', %s, true, now(), now())",
            (
                HR_EMAIL,
                hash_password_sync(settings, HR_PASSWORD),
                LEADER_EMAIL,
                hash_password_sync(settings, LEADER_PASSWORD),
                LEADER_EMPLOYEE_ID,
            ),
        )
        conn.execute(
            "INSERT INTO service_accounts (name, role, client_id, secret_hash, is_active,"
            " created_at, updated_at) VALUES ('Bench HRIS', 'hris', %s, %s, true, now(), now())",
            (HRIS_CLIENT_ID, _secret_digest(HRIS_CLIENT_SECRET)),
        )
    with connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute("VACUUM (ANALYZE)")
        print(f"  VACUUM (ANALYZE)                       {time.perf_counter() - started:6.1f} s")


def seed(url: str | None = None) -> None:
    url = url or database_url()
    started = time.perf_counter()
    ensure_postgres_running(url)
    print(f"Recreating {url} ...", flush=True)
    recreate_database(url)
    migrate(url)
    load(url)
    print(f"Seeded in {time.perf_counter() - started:.1f} s.", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--if-needed",
        action="store_true",
        help=f"do nothing when the database already holds the {EMPLOYEES} seeded employees",
    )
    args = parser.parse_args()
    if args.if_needed:
        ensure_postgres_running()
        if seeded_employees() == EMPLOYEES:
            print("The bench database is already seeded.")
            return 0
    seed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
