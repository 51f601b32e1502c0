"""What bench/seed.py and bench/run.py share: the database URL, the fixed bench logins, sizes."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import psycopg

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
VENV_BIN = PROJECT_ROOT / ".venv" / "bin"

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/peermentor_bench"

# Sizes of the seeded organisation.
DEPARTMENTS = 50
EMPLOYEES = 100_000
TEAM_SIZE = 10  # every 10th member of a department leads the next 9
SKILLS_PER_EMPLOYEE = 3
REVIEWS_PER_EMPLOYEE = 2
# The mentoring programme on top of it: pairings spread evenly over the departments, each with
# its request, approvals, acknowledgements, training, reviews, sessions, evaluation, records.
PAIRINGS = 20_000

# Logins of a throwaway local database: fixed so that run.py can sign in without re-seeding.
HR_EMAIL = "hr@bench.example.com"
HR_PASSWORD = "bench-hr-password-0123456789"
LEADER_EMAIL = "leader@bench.example.com"
LEADER_PASSWORD = "bench-leader-password-0123456789"
# The team leader's employee: member 10 of department 1 (id = 10 * DEPARTMENTS + 1), a leader.
LEADER_EMPLOYEE_ID = TEAM_SIZE * DEPARTMENTS + 1
HRIS_CLIENT_ID = "pm_bench_hris"
HRIS_CLIENT_SECRET = "bench-hris-secret-0123456789abcdef0123456789"
REPORTING_CLIENT_ID = "pm_bench_reporting"
REPORTING_CLIENT_SECRET = "bench-reporting-secret-0123456789abcdef012345"
# The Fernet key that encrypts the seeded grievance texts (made once with
# Fernet.generate_key()); run.py gives it to the server as PEERMENTOR_ENCRYPTION_KEYS.
ENCRYPTION_KEY = "_6d1ZiFX--dZYI1cVB0H6ENXlknlq4IdBJ7iNkZf-FA="

# External ids of employees created by the HRIS sync part of run.py (removed before each run).
SYNC_PREFIX = "SYNC-"

SKILLS = [
    "python", "sql", "kubernetes", "terraform", "react", "typescript", "go", "java",
    "negotiation", "public-speaking", "coaching", "budgeting", "forecasting", "excel",
    "data-analysis", "machine-learning", "ux-research", "copywriting", "recruiting",
    "onboarding", "conflict-resolution", "project-management", "scrum", "risk-management",
    "compliance", "accounting", "customer-success", "sales-pipeline", "security", "networking",
]  # fmt: skip


def database_url() -> str:
    return os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)


def libpq_url(url: str) -> str:
    """The URL psycopg itself takes (no SQLAlchemy driver suffix)."""
    for prefix in ("postgresql+psycopg://", "postgresql+asyncpg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url.removeprefix(prefix)
    return url


def connect(url: str | None = None, **kwargs: object) -> psycopg.Connection:
    return psycopg.connect(libpq_url(url or database_url()), **kwargs)  # type: ignore[arg-type]


def ensure_postgres_running(url: str | None = None) -> None:
    """Start the local cluster if nothing answers (only for a server on this machine)."""
    info = psycopg.conninfo.conninfo_to_dict(libpq_url(url or database_url()))
    admin = psycopg.conninfo.make_conninfo(
        libpq_url(url or database_url()), dbname="postgres", connect_timeout=3
    )
    try:
        psycopg.connect(admin).close()
        return
    except psycopg.OperationalError:
        if info.get("host") not in (None, "127.0.0.1", "localhost"):
            raise
    versions = sorted(os.listdir("/etc/postgresql")) if Path("/etc/postgresql").is_dir() else []
    pg_ctlcluster = shutil.which("pg_ctlcluster")
    if not versions or pg_ctlcluster is None:
        raise SystemExit("PostgreSQL is not running and no local cluster was found to start")
    print(f"Starting PostgreSQL {versions[-1]}/main ...", flush=True)
    subprocess.run(  # noqa: S603
        [pg_ctlcluster, "--skip-systemctl-redirect", versions[-1], "main", "start"], check=True
    )
    for _ in range(30):
        try:
            psycopg.connect(admin).close()
            return
        except psycopg.OperationalError:
            time.sleep(1)
    raise SystemExit("PostgreSQL did not come up")
