"""CSV output: streamed in chunks, one byte order mark when asked for, formula-safe headers."""

from __future__ import annotations

from api.core.csvout import BOM, CHUNK_ROWS, csv_chunks
from api.reports.router import _summary_row


def test_a_streamed_csv_starts_with_one_bom_and_only_when_asked():
    rows = [(n, "Zoë") for n in range(CHUNK_ROWS * 2 + 1)]
    chunks = list(csv_chunks(["n", "name"], rows, bom=True))
    assert len(chunks) == 3  # streamed: several chunks, the BOM in the first alone
    assert chunks[0].startswith(BOM + "n,name\r\n")
    assert all(BOM not in chunk for chunk in chunks[1:])
    body = "".join(chunks).encode("utf-8")
    assert body.startswith(b"\xef\xbb\xbf") and body.count(b"\xef\xbb\xbf") == 1
    assert body.decode("utf-8-sig") == "".join(csv_chunks(["n", "name"], rows))
    assert BOM not in "".join(csv_chunks(["n", "name"], rows))


def test_header_cells_are_formula_safe_too():
    assert next(csv_chunks(["=SUM(A1)", "ok"], [])) == "'=SUM(A1),ok\r\n"


def test_summary_row_has_two_columns_per_department_told_apart_by_id_when_names_clash():
    row = _summary_row(
        {
            "reviews_due": 1,
            "pairings_by_status": {"active": 2},
            "pairings_by_department": [
                {"department_id": 1, "department": "Sales", "total": 2, "active": 1},
                {"department_id": 2, "department": "Sales", "total": 1, "active": 1},
                {"department_id": 3, "department": "Zoë's team", "total": 1, "active": 0},
            ],
        }
    )
    assert row == {
        "reviews_due": 1,
        "pairings_active": 2,
        "pairings_department_Sales (1)_total": 2,
        "pairings_department_Sales (1)_active": 1,
        "pairings_department_Sales (2)_total": 1,
        "pairings_department_Sales (2)_active": 1,
        "pairings_department_Zoë's team_total": 1,
        "pairings_department_Zoë's team_active": 0,
    }
