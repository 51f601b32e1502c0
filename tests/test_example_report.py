"""The analyst's example, run as a script against a live server through the generated client."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent


def test_monthly_report_example(client, programme, engine, live_server, tmp_path, factory):
    org = programme.org
    account = client.post(
        "/api/v1/service-accounts",
        headers=org.hr.headers,
        json={"name": "Monthly report", "role": "reporting"},
    ).json()
    pairing = factory.pairing(programme)
    review = client.get(
        "/api/v1/reviews", headers=org.hr.headers, params={"pairing_id": pairing["id"]}
    ).json()["items"][0]
    due = date.today() - timedelta(days=1)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": due, "id": review["id"]},
        )
    output = tmp_path / "overdue.csv"
    env = os.environ | {
        "PYTHONPATH": str(ROOT / "clients" / "python"),
        "PEERMENTOR_URL": live_server,
        "PEERMENTOR_CLIENT_ID": account["client_id"],
        "PEERMENTOR_CLIENT_SECRET": account["client_secret"],
    }
    result = subprocess.run(  # noqa: S603 - our interpreter, our script
        [
            sys.executable,
            str(ROOT / "examples" / "monthly_report.py"),
            "--month",
            due.strftime("%Y-%m"),
            "--output",
            str(output),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Active pairings" in result.stdout and "1 rows" in result.stdout
    rows = list(csv.DictReader(output.open()))
    assert [int(r["review_id"]) for r in rows] == [review["id"]]
    assert rows[0]["mentee"] == "Mia Member" and rows[0]["days_overdue"] == "1"

    bad = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "examples" / "monthly_report.py")],
        env=env | {"PEERMENTOR_CLIENT_SECRET": "wrong"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert bad.returncode != 0 and "sign-in failed" in bad.stderr
