"""Importing the old log from CSV and XLSX: mapping, values, dates, bad files, one transaction."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from hotline.permissions import Role
from hotline.services import sheet_import, users
from hotline.services.session import Session
from hotline.sheets import columns, reader, values
from hotline.sheets.reader import BadSheet
from hotline.sheets.rows import REJECT, Cancelled, Mapping, NoDateColumn
from hotline.taxonomy import load as load_taxonomy
from tests.conftest import OPERATOR, OPERATOR_PW
from tests.sheets import HEADER_AZ, old_log, write_csv, write_xlsx

BAD_DATE_ROW = 1201  # spreadsheet row numbers: the header is row 1
BAD_OUTCOME_ROW = 4001


@pytest.fixture
def session(admin_session: Session) -> Session:
    users.add_user(admin_session, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    return admin_session


def calls(session: Session) -> int:
    return session.calls().count()


def opened(session: Session, path: Path) -> tuple[sheet_import.Opened, Mapping]:
    found = sheet_import.open_sheet(session, path)
    choices = sheet_import.value_choices(session, found.sheet, found.mapping)
    return found, sheet_import.mapping_with(found.mapping, choices)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_5000_rows_two_bad_rejected_whole_then_imported(
    session: Session, tmp_path: Path, kind: str
) -> None:
    rows = old_log(5000, as_dates=kind == "xlsx")
    rows[BAD_DATE_ROW - 2][0] = "31.02.2023"
    rows[BAD_OUTCOME_ROW - 2][4] = "Teleportasiya"
    write = write_csv if kind == "csv" else write_xlsx
    path = write(tmp_path / f"old.{kind}", HEADER_AZ, rows)

    found, mapping = opened(session, path)
    assert found.sheet.kind == kind and len(found.sheet.rows) == 5000
    assert mapping.columns[:5] == ("started_at", "time", "operator", "topics", "outcomes")
    unknown = [c for c in sheet_import.value_choices(session, found.sheet, mapping) if not c.chosen]
    assert [(c.list_id, c.text, c.count) for c in unknown] == [("outcome", "Teleportasiya", 1)]

    report = sheet_import.dry_run(session, found.sheet, mapping)
    where = sorted((p.row, p.letter, p.header) for p in report.problems)
    assert where == [(BAD_DATE_ROW, "A", "Tarix"), (BAD_OUTCOME_ROW, "E", "Nəticə")]
    assert len(report.records) == 4998
    with pytest.raises(sheet_import.SheetRejected) as rejected:
        sheet_import.import_sheet(session, found.sheet, mapping)
    assert len(rejected.value.cell_problems) == 2
    assert f"Row {BAD_DATE_ROW}, column A (Tarix)" in rejected.value.message()
    assert calls(session) == 0  # rejected whole

    rows[BAD_DATE_ROW - 2][0] = "28.02.2023" if kind == "csv" else datetime(2023, 2, 28)
    rows[BAD_OUTCOME_ROW - 2][4] = "Information or explanation given to the caller"
    write(path, HEADER_AZ, rows)
    found, mapping = opened(session, path)
    seen: list[tuple[int, int]] = []
    stored = sheet_import.import_sheet(
        session, found.sheet, mapping, progress=lambda d, t: seen.append((d, t))
    )
    assert stored == 5000 and calls(session) == 5000
    assert seen[-1] == (10000, 10000) and all(d <= t for d, t in seen)
    first = session.calls().get(1)
    assert first.primary_topic == "work_abroad" and first.region == "baku"
    assert set(first.topics) == {"work_abroad", "education_abroad"}
    assert first.outcomes == ("information_given",) and first.caller_sex == "female"
    assert first.started_at == datetime(2023, 1, 2, 9, 0).astimezone(UTC)
    assert first.duration_s == 60


def test_headers_guessed_in_az_ru_en() -> None:
    assert columns.guess(["Дата", "Время", "Оператор", "Тема", "Результат", "Язык звонка"]) == [
        "started_at",
        "time",
        "operator",
        "topics",
        "outcomes",
        "call_language",
    ]
    assert columns.guess(["date ", "TOPIC", "Caller's sex", "Colour"]) == [
        "started_at",
        "topics",
        "caller_sex",
        None,
    ]
    # A field goes to its first column; a saved choice wins over the data file.
    assert columns.guess(["Tarix", "Tarix və vaxt"]) == ["started_at", None]
    assert columns.guess(["Gün", "Tarix"], {"gün": "started_at", "Tarix": ""}) == [
        "started_at",
        None,
    ]


def test_values_guessed_from_the_taxonomy_labels() -> None:
    taxonomy = load_taxonomy()
    assert values.guess_code(taxonomy, "topic", "Xaricdə iş") == "work_abroad"
    assert values.guess_code(taxonomy, "topic", "РАБОТА ЗА РУБЕЖОМ") == "work_abroad"
    assert values.guess_code(taxonomy, "topic", "education abroad") == "education_abroad"
    assert values.guess_code(taxonomy, "region", "Baki") == "baku"  # ı typed as i
    assert values.guess_code(taxonomy, "country", "AE") == "AE"
    assert values.guess_code(taxonomy, "topic", "Teleport") is None
    assert (
        values.parse_bool(taxonomy, "Bəli") is True and values.parse_bool(taxonomy, "нет") is False
    )
    with pytest.raises(ValueError):
        values.parse_bool(taxonomy, "maybe")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("01.03.2024", datetime(2024, 3, 1)),
        ("1.3.2024", datetime(2024, 3, 1)),
        ("01/03/2024", datetime(2024, 3, 1)),
        ("2024-03-01", datetime(2024, 3, 1)),
        ("01.03.24", datetime(2024, 3, 1)),
        ("01.03.2024 14:30", datetime(2024, 3, 1, 14, 30)),
        (45352, datetime(2024, 3, 1)),
        ("45352", datetime(2024, 3, 1)),
        (45352.75, datetime(2024, 3, 1, 18, 0)),
        (date(2024, 3, 1), datetime(2024, 3, 1)),
        (datetime(2024, 3, 1, 9, 15), datetime(2024, 3, 1, 9, 15)),
    ],
)
def test_dates_in_the_usual_local_forms(cell: object, expected: datetime) -> None:
    assert values.moment(cell, None) == expected.astimezone(UTC)  # type: ignore[arg-type]


def test_dates_with_a_zone_and_a_time_column() -> None:
    assert values.moment("2024-03-01T10:00:00+04:00", "23:59") == datetime(
        2024, 3, 1, 6, 0, tzinfo=UTC
    )
    assert values.moment("01.03.2024", "14:30") == datetime(2024, 3, 1, 14, 30).astimezone(UTC)
    assert values.moment(45352, 0.5) == datetime(2024, 3, 1, 12, 0).astimezone(UTC)
    for bad in ("31.02.2024", "yesterday", 12, "2024-13-01", True):
        with pytest.raises(ValueError):
            values.moment(bad, None)


def test_values_mapped_or_rejected_and_saved_for_next_time(
    session: Session, tmp_path: Path
) -> None:
    rows = old_log(30)
    rows[3][3] = "Vizalar"  # a topic the labels do not name
    rows[4][5] = "Mars"  # a region that is none
    rows[5][5] = "Sumqayıt"  # a city, not one of the regions
    header = ("Gün", *HEADER_AZ[1:])  # a header the data file does not know
    path = write_csv(tmp_path / "old.csv", header, rows)
    found = sheet_import.open_sheet(session, path)
    assert found.mapping.columns[0] is None
    mapping = Mapping(("started_at", *found.mapping.columns[1:]))
    choices = sheet_import.value_choices(session, found.sheet, mapping)
    assert [(c.list_id, c.text) for c in choices if c.chosen is None] == [
        ("region", "Mars"),
        ("region", "Sumqayıt"),
        ("topic", "Vizalar"),
    ]
    mapping = sheet_import.mapping_with(mapping, choices)
    mapping.values.setdefault("topic", {})[columns.normal("Vizalar")] = "work_abroad"
    mapping.values.setdefault("region", {})[columns.normal("Mars")] = REJECT
    mapping.values["region"][columns.normal("Sumqayıt")] = "absheron_khizi"
    report = sheet_import.dry_run(session, found.sheet, mapping)
    assert [(p.row, p.header) for p in report.problems] == [(6, "Region")]
    assert "Mars" not in report.problems[0].message()  # a problem never quotes a cell
    sheet_import.save_mapping(session, found.sheet, mapping)

    again = sheet_import.open_sheet(session, path)
    assert again.mapping.columns[0] == "started_at"  # the saved header
    choices = sheet_import.value_choices(session, again.sheet, again.mapping)
    saved = {c.text: (c.chosen, c.saved) for c in choices}
    assert saved["Vizalar"] == ("work_abroad", True) and saved["Mars"] == (REJECT, True)
    # In the desk's encrypted database, not in a file beside it.
    for file in session.paths.root.rglob("*"):
        if file.is_file():
            assert b"Vizalar" not in file.read_bytes(), file.name


def test_operator_names_mapped_to_users_or_a_default(session: Session, tmp_path: Path) -> None:
    rows = old_log(4, operator="L. Məmmədova")
    rows[1][2] = ""
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, rows)
    found, mapping = opened(session, path)
    report = sheet_import.dry_run(session, found.sheet, mapping)
    assert sorted({(p.row, p.header) for p in report.problems}) == [
        (2, "Operator"),
        (3, "Operator"),
        (4, "Operator"),
        (5, "Operator"),
    ]
    mapping.values.setdefault("operator", {})[columns.normal("L. Məmmədova")] = OPERATOR
    report = sheet_import.dry_run(session, found.sheet, mapping, default_operator=OPERATOR)
    assert report.ok and len(report.records) == 4


def test_validation_problems_named_by_row_and_column(session: Session, tmp_path: Path) -> None:
    rows = old_log(5)
    rows[2][4] = ""  # no outcome
    rows[3][0] = "01.01.2099"  # in the future
    rows[4][7] = "long"  # not a duration
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, rows)
    found, mapping = opened(session, path)
    report = sheet_import.dry_run(session, found.sheet, mapping)
    assert sorted((p.row, p.letter) for p in report.problems) == [(4, "E"), (5, "A"), (6, "H")]
    no_date = Mapping((None, *mapping.columns[1:]), mapping.values)
    with pytest.raises(NoDateColumn):
        sheet_import.dry_run(session, found.sheet, no_date)


def test_entities_keep_their_commas(session: Session, tmp_path: Path) -> None:
    header = (*HEADER_AZ, "Agentlik")
    rows = [[*r, "Star Travel, MMC; Bulud Tur"] for r in old_log(2)]
    path = write_csv(tmp_path / "old.csv", header, rows)
    found, mapping = opened(session, path)
    record = sheet_import.preview(session, found.sheet, mapping).records[0][1]
    assert [(e.kind, e.value) for e in record.entities] == [
        ("agency", "Star Travel, MMC"),
        ("agency", "Bulud Tur"),
    ]


def test_preview_is_the_first_rows_as_stored(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, old_log(100))
    found, mapping = opened(session, path)
    shown = sheet_import.preview(session, found.sheet, mapping)
    assert len(shown.records) == sheet_import.PREVIEW_ROWS
    number, record = shown.records[1]
    assert number == 3 and record.topics == ("education_abroad",)
    assert record.notes == "Köhnə jurnal, sətir 3"
    assert calls(session) == 0


def test_cancel_stores_nothing(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, old_log(600))
    found, mapping = opened(session, path)
    cancel = threading.Event()

    def stop_when_storing(done: int, total: int) -> None:
        if done > total // 2:
            cancel.set()

    with pytest.raises(Cancelled):
        sheet_import.import_sheet(
            session, found.sheet, mapping, progress=stop_when_storing, cancel=cancel
        )
    assert calls(session) == 0
    assert sheet_import.import_sheet(session, found.sheet, mapping) == 600


def test_an_import_needs_the_administrator(staffed_desk: object, tmp_path: Path) -> None:
    from hotline.errors import DeskError
    from tests.conftest import Desk

    assert isinstance(staffed_desk, Desk)
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, old_log(3))
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(DeskError):
            sheet_import.open_sheet(operator, path)
    finally:
        operator.close()


# --- bad files ---------------------------------------------------------------------------
def _xlsx(path: Path, rows: list[list[object]], merge: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


BAD_FILES: dict[str, Callable[[Path], object]] = {
    "picture.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    "locked.xlsx": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000),
    "empty.csv": lambda p: p.write_bytes(b""),
    "header-only.csv": lambda p: p.write_text("Tarix;Mövzu\n\n", encoding="utf-8"),
    "broken.xlsx": lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 100),
    "latin1.csv": lambda p: p.write_bytes("Tarix;Qeyd\n01.03.2024;caf\xe9\n".encode("latin-1")),
    "wide.csv": lambda p: p.write_text(
        "Tarix;Qeyd\n" + ";".join(["x"] * (reader.MAX_COLUMNS + 1)) + "\n", encoding="utf-8"
    ),
    "long.csv": lambda p: p.write_text(
        "Tarix;Qeyd\n01.03.2024;" + "a" * (reader.MAX_CELL + 1) + "\n", encoding="utf-8"
    ),
    "huge-cell.csv": lambda p: p.write_text(
        'Tarix;Qeyd\n01.03.2024;"' + "a" * 200_000 + '"\n', encoding="utf-8"
    ),
    "formula.xlsx": lambda p: _xlsx(p, [["Tarix", "Müddət"], ["01.03.2024", "=2*60"]]),
    "merged.xlsx": lambda p: _xlsx(
        p,
        [["Köhnə jurnal", None, None], ["Tarix", "Mövzu", "Nəticə"], ["01.03.2024", "x", "y"]],
        merge="A1:C1",
    ),
    "gap.csv": lambda p: p.write_text("Tarix;;Nəticə\n01.03.2024;x;y\n", encoding="utf-8"),
    "twice.csv": lambda p: p.write_text("Tarix;Tarix\n01.03.2024;x\n", encoding="utf-8"),
}
EXPECTED = {
    "picture.png": reader.NOT_A_SHEET,
    "locked.xlsx": reader.ENCRYPTED,
    "empty.csv": reader.EMPTY,
    "header-only.csv": reader.EMPTY,
    "broken.xlsx": reader.DAMAGED,
    "latin1.csv": reader.NOT_TEXT,
    "wide.csv": reader.WIDE_ROW,
    "long.csv": reader.LONG_CELL,
    "huge-cell.csv": reader.LONG_CELL_IN_ROW,
    "formula.xlsx": reader.FORMULA,
    "merged.xlsx": reader.MERGED_HEADER,
    "gap.csv": reader.MERGED_HEADER,
    "twice.csv": reader.SAME_HEADER,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_gets_a_plain_message(session: Session, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    BAD_FILES[name](path)
    with pytest.raises(BadSheet) as refused:
        sheet_import.open_sheet(session, path)
    assert refused.value.template == EXPECTED[name]
    message = refused.value.message()
    assert name in message and "Traceback" not in message
    assert calls(session) == 0


def test_bad_cells_are_named(tmp_path: Path) -> None:
    formula = tmp_path / "formula.xlsx"
    BAD_FILES["formula.xlsx"](formula)
    with pytest.raises(BadSheet) as refused:
        reader.read(formula)
    assert refused.value.params["cell"] == "B2"
    latin = tmp_path / "latin1.csv"
    BAD_FILES["latin1.csv"](latin)
    with pytest.raises(BadSheet) as refused:
        reader.read(latin)
    assert refused.value.params["row"] == 2


def test_reading_writes_nothing_and_logs_no_content(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = "MARKER-7f3e1c"
    rows = old_log(50)
    rows[10][8] = marker
    rows[11][3] = marker  # an unknown topic: listed for the administrator, never logged
    path = write_xlsx(tmp_path / "old.xlsx", HEADER_AZ, rows)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    found, mapping = opened(session, path)
    report = sheet_import.dry_run(session, found.sheet, mapping)
    assert len(report.problems) == 1
    assert marker not in report.problems[0].message()
    with pytest.raises(sheet_import.SheetRejected) as rejected:
        sheet_import.import_sheet(session, found.sheet, mapping)
    assert marker not in rejected.value.message()
    assert list(temp.iterdir()) == []
    assert path.stat().st_mtime_ns == before[path]  # the workbook is read, never written
    # Fixed and imported: the note with the marker is stored sealed, nowhere in clear.
    rows[11][3] = "Xaricdə iş"
    write_xlsx(path, HEADER_AZ, rows)
    found, mapping = opened(session, path)
    assert sheet_import.import_sheet(session, found.sheet, mapping) == 50
    session.db.checkpoint()
    assert list(temp.iterdir()) == []
    for file in session.paths.root.rglob("*"):
        if file.is_file():
            assert marker.encode() not in file.read_bytes(), file.name
    assert os.environ["TMPDIR"] == str(temp)


def test_csv_rows_numbered_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    """A note with line breaks is one row; Excel's "sep=;" line is no row."""
    rows = old_log(4)
    rows[0][8] = "birinci sətir\nikinci sətir\nüçüncü"
    rows[2][0] = "not a date"
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, rows, sep=",")
    path.write_text("sep=,\n" + path.read_text(encoding="utf-8-sig"), encoding="utf-8")
    read = reader.read(path)
    assert read.header == HEADER_AZ and [r.number for r in read.rows] == [2, 3, 4, 5]
    assert read.rows[0].cells[8] == "birinci sətir\nikinci sətir\nüçüncü"


def test_a_sheet_touched_far_right_and_below_still_reads(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [list(HEADER_AZ), *old_log(3)]:
        sheet.append(row)
    sheet.cell(row=1, column=3000).font = Font(bold=True)  # empty, styled: the dimension grows
    sheet.cell(row=90000, column=2).font = Font(bold=True)
    path = tmp_path / "touched.xlsx"
    book.save(path)
    read = reader.read(path)
    assert read.header == HEADER_AZ and [r.number for r in read.rows] == [2, 3, 4]


def test_a_mapping_changed_with_sql_is_not_used(session: Session, tmp_path: Path) -> None:
    """The attacker holds the database key (an operator's slot) and rewrites the saved
    mapping so that the next import files "Xaricdə iş" under another topic."""
    import json

    path = write_csv(tmp_path / "old.csv", HEADER_AZ, old_log(10))
    found, mapping = opened(session, path)
    sheet_import.save_mapping(session, found.sheet, mapping)
    assert not sheet_import.open_sheet(session, path).saved.tampered
    raw = json.loads(session.meta(sheet_import.META_KEY))
    raw["values"]["topic"][columns.normal("Xaricdə iş")] = "education_abroad"
    raw["columns"]["Tarix"] = ""
    session.db.execute(
        "UPDATE meta SET value = ? WHERE key = ?",
        (json.dumps(raw, ensure_ascii=False, sort_keys=True), sheet_import.META_KEY),
    )
    again = sheet_import.open_sheet(session, path)
    assert again.saved.tampered and again.mapping.columns[0] == "started_at"  # guessed anew
    choices = sheet_import.value_choices(session, again.sheet, again.mapping)
    taken = {c.text: c.chosen for c in choices}
    assert taken["Xaricdə iş"] == "work_abroad" and not any(c.saved for c in choices)
    # Saving again (an administrator's audited step) makes it whole.
    sheet_import.save_mapping(
        session, again.sheet, sheet_import.mapping_with(again.mapping, choices)
    )
    assert not sheet_import.open_sheet(session, path).saved.tampered


def test_the_same_rows_twice_are_refused_unless_asked(session: Session, tmp_path: Path) -> None:
    rows = old_log(40)
    csv_path = write_csv(tmp_path / "old.csv", HEADER_AZ, rows)
    found, mapping = opened(session, csv_path)
    assert found.imported_before is None
    assert sheet_import.import_sheet(session, found.sheet, mapping) == 40
    again, mapping = opened(session, csv_path)
    assert again.imported_before is not None
    with pytest.raises(sheet_import.AlreadyImported) as refused:
        sheet_import.import_sheet(session, again.sheet, mapping)
    assert "already imported" in refused.value.message() and calls(session) == 40
    assert sheet_import.import_sheet(session, again.sheet, mapping, again=True) == 40
    # One row changed: other rows, not refused.
    rows[3][8] = "Başqa qeyd"
    other, mapping = opened(session, write_csv(tmp_path / "other.csv", HEADER_AZ, rows))
    assert other.imported_before is None
