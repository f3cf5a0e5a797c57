"""Importing 5,000 rows of an old log (CSV and XLSX) against a plain executemany.

The baseline is the least any import does: the same 5,000 rows, already read,
written with one executemany in one transaction into a plain SQLite file
(stdlib sqlite3, no encryption, one text column per column of the sheet). The
import does everything the desk does: reads the file (openpyxl read-only for
the workbook), guesses the mapping, reads every coded value by the taxonomy's
labels, checks every row twice (dry run, then again before storing), and
stores each call as the form would (validation, the pseudonymous person,
sealed notes, children rows, minors' reports) with one audit entry, in one
SQLCipher transaction. Each phase is printed with its ratio to the baseline.
BENCH_ROWS changes the size (5,000 by default).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import desk, sheet_import, users
from hotline.sheets import reader
from hotline.sheets.values import text
from tests.sheets import HEADER_AZ, old_log, write_csv, write_xlsx

ROWS = int(os.environ.get("BENCH_ROWS", "5000"))
PW = "night shift on the quiet line"


def baseline(root: Path, sheet: reader.Sheet) -> float:
    """One executemany of the rows' texts into plain SQLite, one transaction."""
    db = sqlite3.connect(root / "plain.db")
    names = ", ".join(f"c{i} TEXT" for i in range(len(sheet.header)))
    db.execute(f"CREATE TABLE rows ({names})")
    marks = ", ".join("?" for _ in sheet.header)
    data = [tuple(text(c) for c in row.cells) for row in sheet.rows]
    start = time.perf_counter()
    with db:
        db.executemany(f"INSERT INTO rows VALUES ({marks})", data)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def run(root: Path, path: Path) -> dict[str, float]:
    paths = DeskPaths(root / f"desk-{path.suffix[1:]}")
    desk.init_desk(paths, "admin", PW, bind_device=False)
    session = desk.unlock(paths, "admin", PW)
    users.add_user(
        session, "leyla", frozenset({Role.OPERATOR}), "tea gets cold at three in the morning"
    )
    times: dict[str, float] = {}
    start = time.perf_counter()
    opened = sheet_import.open_sheet(session, path)
    times["read and guess the mapping"] = time.perf_counter() - start
    start = time.perf_counter()
    choices = sheet_import.value_choices(session, opened.sheet, opened.mapping)
    mapping = sheet_import.mapping_with(opened.mapping, choices)
    times["list the coded values"] = time.perf_counter() - start
    start = time.perf_counter()
    report = sheet_import.dry_run(session, opened.sheet, mapping)
    assert report.ok, report.problems[:3]
    times["dry run"] = time.perf_counter() - start
    start = time.perf_counter()
    stored = sheet_import.import_sheet(session, opened.sheet, mapping)
    times["import (checks again, stores)"] = time.perf_counter() - start
    assert stored == ROWS == session.calls().count()
    session.close()
    times["whole"] = sum(times.values())
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = old_log(ROWS)
        files = {
            "CSV": write_csv(root / "old.csv", HEADER_AZ, rows),
            "XLSX": write_xlsx(root / "old.xlsx", HEADER_AZ, old_log(ROWS, as_dates=True)),
        }
        base = baseline(root, reader.read(files["CSV"]))
        print(f"{ROWS} rows; baseline: plain SQLite executemany {base * 1000:.1f} ms")
        for kind, path in files.items():
            for phase, seconds in run(root, path).items():
                print(
                    f"  {kind:4} {phase:32} {seconds * 1000:9.1f} ms  ratio {seconds / base:8.1f}"
                )


if __name__ == "__main__":
    main()
