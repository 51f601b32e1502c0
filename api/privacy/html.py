"""The readable form of a data export: one self-contained HTML page (no scripts, no external
resources), every value escaped."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from api.privacy.schemas import DataExport

STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:70rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4;width:14rem;font-weight:600}
pre{margin:0;white-space:pre-wrap;font-family:inherit}
.empty{color:#666;font-style:italic}
@media print{body{margin:0}}
"""
# The page may use its inline style and nothing else.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"


def _value(value: Any) -> str:
    if value is None:
        return '<span class="empty">none</span>'
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        text = json.dumps(value, indent=2, ensure_ascii=False)
        return f"<pre>{escape(text)}</pre>"
    return escape(str(value))


def _title(key: str) -> str:
    return escape(key.replace("_", " ").capitalize())


def _record(record: dict[str, Any]) -> str:
    rows = "".join(f"<tr><th>{_title(k)}</th><td>{_value(v)}</td></tr>" for k, v in record.items())
    return f"<table>{rows}</table>"


def _section(title: str, content: Any) -> str:
    if content is None or content == []:
        body = '<p class="empty">Nothing held.</p>'
    elif isinstance(content, list):
        body = "".join(_record(item) for item in content)
    else:
        body = _record(content)
    return f"<section><h2>{escape(title)}</h2>{body}</section>"


def render(document: DataExport) -> str:
    data = document.model_dump(mode="json")
    name = data["profile"].get("full_name") or f"employee {document.employee_id}"
    header = {
        "employee_id": data["employee_id"],
        "generated_at": data["generated_at"],
        "anonymised_at": data["anonymised_at"],
    }
    sections = [
        _section(_title(key), data[key]) for key in DataExport.model_fields if key not in header
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>Personal data held about {escape(name)}</title>"
        f"<style>{STYLE}</style></head><body>"
        f"<h1>Personal data held about {escape(name)}</h1>"
        f"<p>Everything PeerMentor holds about this employee, as of "
        f"{escape(data['generated_at'])}.</p>"
        f"{_record(header)}{''.join(sections)}"
        "</body></html>\n"
    )
