"""Monthly programme report, scripted through the generated PeerMentor client.

    pip install ./clients/python
    export PEERMENTOR_URL=https://peermentor.example.com
    export PEERMENTOR_CLIENT_ID=pm_...  PEERMENTOR_CLIENT_SECRET=...   # a `reporting` account
    python examples/monthly_report.py --month 2026-10 --output overdue-2026-10.csv

Signs in with the service account (client-credentials grant), pulls the programme summary and
the overdue reviews for the month, writes the overdue reviews to a CSV file and prints a short
table.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import os
import sys
from datetime import date
from pathlib import Path

from peermentor_client import AuthenticatedClient, Client
from peermentor_client.api.auth import auth_token
from peermentor_client.api.reports import reports_overdue_reviews, reports_programme_summary
from peermentor_client.models import OverdueReviews, ProgrammeSummary, TokenRequest, TokenResponse

CSV_COLUMNS = ("review_id", "pairing_id", "department", "mentor", "mentee", "due_date",
               "days_overdue", "mentor_form", "mentee_form")


def month_range(month: str) -> tuple[date, date]:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def sign_in(base_url: str, client_id: str, client_secret: str) -> AuthenticatedClient:
    with Client(base_url=base_url) as anonymous:
        answer = auth_token.sync(client=anonymous, body=TokenRequest(
            grant_type="client_credentials", client_id=client_id, client_secret=client_secret))
    if not isinstance(answer, TokenResponse):
        raise SystemExit(f"sign-in failed: {getattr(answer, 'detail', answer)}")
    return AuthenticatedClient(base_url=base_url, token=answer.access_token)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--month", default=date.today().strftime("%Y-%m"),
                        help="YYYY-MM (default: this month)")
    parser.add_argument("--output", type=Path, default=Path("overdue-reviews.csv"))
    args = parser.parse_args(argv)
    first, last = month_range(args.month)

    client = sign_in(os.environ["PEERMENTOR_URL"], os.environ["PEERMENTOR_CLIENT_ID"],
                     os.environ["PEERMENTOR_CLIENT_SECRET"])
    with client:
        summary = reports_programme_summary.sync(client=client)
        overdue = reports_overdue_reviews.sync(client=client, date_from=first, date_to=last)
    if not isinstance(summary, ProgrammeSummary) or not isinstance(overdue, OverdueReviews):
        problem = summary if not isinstance(summary, ProgrammeSummary) else overdue
        print(f"report failed: {getattr(problem, 'detail', problem)}", file=sys.stderr)
        return 1

    with args.output.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in overdue.items:
            writer.writerow([getattr(row, column) for column in CSV_COLUMNS])

    status = summary.pairings_by_status.additional_properties
    figures = [
        ("Active pairings", status.get("active", 0)),
        ("Open requests", summary.open_requests),
        ("Reviews overdue (programme)", summary.reviews_overdue),
        (f"Reviews due in {args.month} and overdue", len(overdue.items)),
        ("Grievances open / breached",
         f"{summary.grievances_open} / {summary.grievances_breached}"),
        ("Evaluations due", summary.evaluations_due),
        ("Mean effectiveness", summary.mean_effectiveness if summary.mean_effectiveness
         is not None else "-"),
    ]
    width = max(len(label) for label, _ in figures)
    print(f"PeerMentor programme report, {args.month}")
    for label, value in figures:
        print(f"  {label:<{width}}  {value}")
    print(f"Overdue reviews written to {args.output} ({len(overdue.items)} rows).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
