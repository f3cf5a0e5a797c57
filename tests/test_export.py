"""Exports: catalogue, counting, closing and corrections, ledger, files, manifest, permissions."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.desk_time import month_of
from hotline.disclosure import SUPPRESSED, TOTAL
from hotline.errors import InvalidInput, PermissionDenied
from hotline.export.catalogue import CATALOGUE, parse_period, table_spec
from hotline.export.release import ExportRefused, Release
from hotline.permissions import Role
from hotline.records import CallRecord
from hotline.services import demo
from hotline.services import export as ex
from hotline.services.calls import new_pseudonym, save_call
from hotline.services.session import Session
from hotline.storage.database import Database
from hotline.storage.exports import ExportQueries
from hotline.storage.schema import migrate
from tests import four_eyes
from tests.conftest import OPERATOR, OPERATOR_PW, Desk
from tests.factories import job_in_dubai

LATER = datetime(2027, 1, 10, tzinfo=UTC)


def later() -> datetime:
    return LATER


def at(month: int, day: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def a_call(session: Session, month: int, **changes: object) -> CallRecord:
    assert session.user is not None
    record = job_in_dubai(session.user.id, started_at=at(month))
    record = record.with_changes(caller_pseudonym=new_pseudonym(session))
    return record.with_changes(**changes) if changes else record


def save_many(session: Session, n: int, month: int, **changes: object) -> None:
    for _ in range(n):
        save_call(session, a_call(session, month, **changes))


def raw_topic_counts(session: Session, month: str) -> dict[str, int]:
    rows = session.db.query(
        "SELECT t.topic, count(*) FROM calls c JOIN call_topics t ON t.call_id = c.id"
        " AND t.is_primary = 1 WHERE c.month = ? AND c.no_content IS NULL GROUP BY t.topic",
        (month,),
    )
    return {str(topic): int(n) for topic, n in rows}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def demo_session(admin_session: Session) -> Session:
    demo.generate(admin_session, 3000, seed=7, months=14)
    return admin_session


# --------------------------------------------------------------------------- catalogue


def test_periods_are_calendar_periods_only() -> None:
    assert parse_period("2026-03").months == ("2026-03",)
    assert parse_period("2026-Q2").months == ("2026-04", "2026-05", "2026-06")
    assert len(parse_period("2026").months) == 12
    assert parse_period("2026-Q4").end_iso == "2027-01-01T00:00:00Z"
    for bad in ("2026-13", "2026-Q5", "26", "2026-03-01", "2026-01..2026-04", "", "Q1-2026"):
        with pytest.raises(InvalidInput):
            parse_period(bad)


def test_catalogue_holds_the_tables_of_export_md() -> None:
    names = {spec.name for spec in CATALOGUE}
    assert {"calls_by_topic", "no_content_by_kind", "persons_by_topic"} <= names
    breakdowns = {spec.breakdown for spec in CATALOGUE if spec.breakdown}
    assert breakdowns == {
        "sex",
        "age",
        "region",
        "outcome",
        "exploitation",
        "destination",
        "citizenship",
    }
    # The department's reports: citizenship by topic, exploitation by destination,
    # referrals by sex.
    assert {
        "calls_by_topic_citizenship",
        "calls_by_exploitation_destination",
        "referrals_by_outcome_sex",
    } <= names
    for spec in CATALOGUE:
        assert spec.period_kinds in (("month",), ("quarter", "year"), ("year",))
    yearly = {spec.name for spec in CATALOGUE if spec.period_kinds == ("year",)}
    assert yearly == {
        "calls_by_topic_citizenship",
        "calls_by_exploitation_destination",
        "referrals_by_outcome_sex",
    }


def test_parameters_are_checked(admin_session: Session, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(InvalidInput, match="no table"):
        ex.export(admin_session, "calls_by_name", "2026-03", "public", "csv", out, clock=later)
    with pytest.raises(InvalidInput, match="per quarter or year"):
        ex.export(admin_session, "calls_by_topic_sex", "2026-03", "public", "csv", out, clock=later)
    with pytest.raises(InvalidInput, match="public or partner"):
        ex.export(admin_session, "calls_by_topic", "2026-03", "friends", "csv", out, clock=later)
    with pytest.raises(InvalidInput, match="format"):
        ex.export(admin_session, "calls_by_topic", "2026-03", "public", "json", out, clock=later)
    with pytest.raises(InvalidInput, match="has not ended"):
        ex.export(
            admin_session,
            "calls_by_topic",
            "2026-03",
            "public",
            "csv",
            out,
            clock=lambda: datetime(2026, 3, 31, 19, 59, tzinfo=UTC),  # 23:59 in Baku
        )
    assert not out.exists()


def test_migration_adds_export_files_to_an_existing_desk(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.db", b"\x11" * 32, create=True)
    try:
        migrate(db, target=2)
        with db.transaction():
            db.execute(
                "INSERT INTO users(id, name, roles, created_at, signing_public)"
                " VALUES (1, 'a', 'administrator', '2026-01-01T00:00:00Z', x'00')"
            )
            db.execute(
                "INSERT INTO export_ledger(at, user_id, table_name, period, period_start,"
                " period_end, audience, k, format, published, file_sha256) VALUES"
                " ('2026-02-01T00:00:00Z', 1, 'calls_by_topic', '2026-01', '2026-01',"
                " '2026-01', 'public', 10, 'csv', '{}', 'ab')"
            )
        assert migrate(db, target=3) == 3
        ExportQueries(db).store_file(1, "a.csv", b"abc", "{}")
        stored = ExportQueries(db).stored_file(1)
        assert stored is not None and stored.content == b"abc"
        assert [e.table_name for e in ExportQueries(db).entries()] == ["calls_by_topic"]
    finally:
        db.close()


# --------------------------------------------------------------------------- counting


def test_published_numbers_are_the_raw_counts(demo_session: Session, tmp_path: Path) -> None:
    result = ex.export(
        demo_session, "calls_by_topic", "2026-05", "public", "csv", tmp_path / "m.csv", clock=later
    )
    raw = raw_topic_counts(demo_session, "2026-05")
    rows = [r for r in read_csv(result.path) if r["table"] == "calls_by_topic"]
    assert len(rows) == len(demo_session.taxonomy["topic"].ids()) + 1
    shown = 0
    for row in rows:
        code = row["code_1"]
        truth = sum(raw.values()) if code == "total" else raw.get(code, 0)
        if row["count"] == SUPPRESSED:
            continue
        shown += 1
        assert int(row["count"]) == truth
        assert truth >= 10
    assert shown > 0
    for code, n in raw.items():  # every small count is hidden
        if n < 10:
            assert next(r for r in rows if r["code_1"] == code)["count"] == SUPPRESSED


def test_breakdowns_count_the_person_concerned(admin_session: Session, tmp_path: Path) -> None:
    # Self-reports count the caller's sex and age; third-party reports the person spoken about.
    save_many(admin_session, 12, 2, relation="self", caller_sex="male", caller_age="18_24")
    save_many(admin_session, 11, 2, concerned_sex="female", concerned_age="under_18")
    queries = ExportQueries(admin_session.db)
    q1 = ("2026-01", "2026-03", "Asia/Baku")

    def counts(dim: str) -> dict[tuple[str, ...], int]:
        return {r.values: r.count for r in queries.counts("calls", ["topic", dim], *q1)}

    assert counts("sex") == {("work_abroad", "male"): 12, ("work_abroad", "female"): 11}
    assert counts("age") == {("work_abroad", "adult"): 12, ("work_abroad", "child"): 11}
    assert counts("region") == {("work_abroad", "absheron_khizi"): 23}
    assert counts("destination") == {("work_abroad", "AE"): 23}
    assert counts("exploitation") == {("work_abroad", "forced_labour"): 23}
    referrals = {r.values: r.count for r in queries.counts("referrals", ["topic", "outcome"], *q1)}
    assert referrals == {
        ("work_abroad", "follow_up_agreed"): 23,
        ("work_abroad", "information_given"): 23,
    }
    release = ex.prepare(admin_session, "calls_by_topic_sex", "2026-Q1", "partner", clock=later)
    truth: dict[tuple[str, ...], int] = {**counts("sex"), (TOTAL, TOTAL): 23, (TOTAL, "male"): 12}
    truth.update({(TOTAL, "female"): 11, ("work_abroad", TOTAL): 23})
    for key, value in release.tables[0].cells:  # whatever is shown is the truth
        if value != SUPPRESSED:
            assert value == truth.get(key, 0)


def test_persons_are_counted_once_under_their_first_topic(
    admin_session: Session, tmp_path: Path
) -> None:
    people = [new_pseudonym(admin_session) for _ in range(6)]
    assert admin_session.user is not None
    for pseudonym in people:  # each calls twice: first about work abroad, then migration
        for day, topic in ((3, "work_abroad"), (20, "migration")):
            record = job_in_dubai(admin_session.user.id, started_at=at(4, day)).with_changes(
                caller_pseudonym=pseudonym,
                relation="self",
                topics=(topic,),
                primary_topic=topic,
            )
            save_call(admin_session, record)
    rows = ExportQueries(admin_session.db).persons("2026-04", "Asia/Baku")
    assert rows == [("work_abroad", 6)]


def test_no_content_calls_are_counted_by_kind(admin_session: Session) -> None:
    assert admin_session.user is not None
    for _ in range(12):
        save_call(
            admin_session,
            CallRecord(started_at=at(6), operator_id=admin_session.user.id, no_content="silent"),
        )
    release = ex.prepare(admin_session, "no_content_by_kind", "2026-06", "partner", clock=later)
    table = release.tables[0]
    assert table.dims == ("kind",)
    assert table.value(("silent",)) == 12 or table.value(("silent",)) == SUPPRESSED
    assert all(v == SUPPRESSED for k, v in table.cells if k[0] not in ("silent", TOTAL))


def test_a_desk_without_calls_exports_an_honest_table(
    admin_session: Session, tmp_path: Path
) -> None:
    result = ex.export(
        admin_session, "calls_by_topic", "2026-02", "public", "csv", tmp_path / "e.csv", clock=later
    )
    rows = read_csv(result.path)
    topics = admin_session.taxonomy["topic"].ids()
    main = [r for r in rows if r["table"] == "calls_by_topic"]
    assert [r["code_1"] for r in main] == [*topics, "total"]
    assert all(r["count"] == SUPPRESSED for r in rows)  # no zero is ever printed
    assert result.release.audit.passed
    assert ex.verify_export(result.manifest).ok


# --------------------------------------------------------------------------- closing


def test_reexport_gives_the_same_bytes_and_late_calls_are_corrections(
    admin_session: Session, tmp_path: Path
) -> None:
    save_many(admin_session, 14, 3)
    first = ex.export(
        admin_session, "calls_by_topic", "2026-03", "partner", "csv", tmp_path / "a.csv"
    )
    closed = ExportQueries(admin_session.db).closed()
    assert "2026-03" in closed
    before = first.path.read_bytes()
    # Three calls are entered later into the closed month.
    save_many(admin_session, 3, 3)
    (tmp_path / "b").mkdir()
    again = ex.export(
        admin_session, "calls_by_topic", "2026-03", "partner", "csv", tmp_path / "b" / "a.csv"
    )
    assert again.reissued
    assert again.path.read_bytes() == before
    assert again.manifest.read_bytes() == first.manifest.read_bytes()
    assert ex.verify_export(again.manifest).ok
    # A new table over the closed month agrees with what was published (not refused).
    quarter = ex.prepare(admin_session, "calls_by_topic_sex", "2026-Q1", "partner")
    assert quarter.tables[0].value((TOTAL, TOTAL)) in (14, SUPPRESSED)
    # The late calls count in the month they were saved, as corrections.
    month = month_of(datetime.now(UTC), "Asia/Baku")
    rows = ExportQueries(admin_session.db).counts("calls", ["topic"], month, month, "Asia/Baku")
    assert [(r.month, r.late, r.values, r.count) for r in rows] == [
        (month, True, ("work_abroad",), 3)
    ]
    release = ex.prepare(
        admin_session,
        "calls_by_topic",
        month,
        "partner",
        clock=lambda: datetime(2100, 1, 1, tzinfo=UTC),
    )
    assert [t.name for t in release.tables] == [
        "calls_by_topic",
        "calls_by_topic_corrections",
        "calls_by_topic_withdrawn",
    ]
    corrections = release.tables[1]
    shown = corrections.value(("work_abroad",))
    assert shown == SUPPRESSED  # three is below k=5


def test_other_formats_of_an_exported_table_reuse_the_ledger(
    demo_session: Session, tmp_path: Path
) -> None:
    csv_result = ex.export(
        demo_session, "calls_by_topic", "2026-04", "public", "csv", tmp_path / "a.csv", clock=later
    )
    xlsx1 = ex.export(
        demo_session,
        "calls_by_topic",
        "2026-04",
        "public",
        "xlsx",
        tmp_path / "a.xlsx",
        clock=later,
    )
    assert xlsx1.release == csv_result.release
    (tmp_path / "again").mkdir()
    xlsx2 = ex.export(
        demo_session,
        "calls_by_topic",
        "2026-04",
        "public",
        "xlsx",
        tmp_path / "again" / "a.xlsx",
        clock=later,
    )
    assert xlsx2.path.read_bytes() == xlsx1.path.read_bytes()
    lines = ex.history(demo_session)
    assert [(line.table, line.format) for line in lines] == [
        ("calls_by_topic", "xlsx"),
        ("calls_by_topic", "csv"),
    ]


def test_an_export_that_fails_its_audit_is_not_written(
    admin_session: Session, tmp_path: Path
) -> None:
    save_many(admin_session, 30, 1)
    ex.export(admin_session, "calls_by_topic", "2026-01", "partner", "csv", tmp_path / "j.csv")
    # What the closed month counted, changed behind the program (as a careless repair
    # would): the quarter would contradict the January figures already published.
    admin_session.db.execute(
        "UPDATE counted_calls SET month = '2025-12'"
        " WHERE id IN (SELECT id FROM counted_calls WHERE month = '2026-01' LIMIT 12)"
    )
    out = tmp_path / "q.csv"
    with pytest.raises(ExportRefused, match="not written") as caught:
        ex.export(admin_session, "calls_by_topic_sex", "2026-Q1", "partner", "csv", out)
    assert "no longer match" in caught.value.message()
    assert not out.exists()
    actions = [r[0] for r in admin_session.db.query("SELECT action FROM audit ORDER BY seq")]
    assert actions[-1] == "export.refused"


# --------------------------------------------------------------------------- files and manifest


def test_csv_sdmx_and_xlsx_read_back(demo_session: Session, tmp_path: Path) -> None:
    import openpyxl

    results = {}
    for fmt in ("csv", "sdmx", "xlsx"):
        (tmp_path / fmt).mkdir()
        out = tmp_path / fmt / ("region.xlsx" if fmt == "xlsx" else "region.csv")
        results[fmt] = ex.export(
            demo_session, "calls_by_topic_region", "2026-Q2", "public", fmt, out, clock=later
        )
    table = results["csv"].release.tables[0]
    published = table.published()
    assert published and len(published) < len(table.cells)
    rows = read_csv(results["csv"].path)
    assert results["csv"].path.read_bytes().count(b"\r\n") == len(rows) + 1  # RFC 4180
    assert len(rows) == len(table.cells)
    for row, (key, value) in zip(rows, table.cells, strict=True):
        assert (row["code_1"], row["code_2"]) == tuple("total" if k == TOTAL else k for k in key)
        assert row["count"] == str(value)

    sdmx = list(csv.DictReader(io.StringIO(results["sdmx"].path.read_text(encoding="utf-8"))))
    assert sdmx[0]["DATAFLOW"] == "AZ152:CALLS_BY_TOPIC_REGION(1.0)"
    assert {r["FREQ"] for r in sdmx} == {"Q"}
    for row, (_, value) in zip(sdmx, table.cells, strict=True):
        if value == SUPPRESSED:
            assert (row["OBS_VALUE"], row["OBS_STATUS"]) == ("", "C")
        else:
            assert int(row["OBS_VALUE"]) == value

    book = openpyxl.load_workbook(results["xlsx"].path)
    assert book.sheetnames == ["calls_by_topic_region", "notes"]
    numbers = [c for row in book["calls_by_topic_region"].iter_rows(values_only=True) for c in row]
    for value in published.values():
        assert value in numbers
    notes = {r[0]: r[1] for r in book["notes"].iter_rows(min_row=2, values_only=True)}
    assert notes["k (threshold)"] == "10"
    assert notes["Audience"] == "public"
    assert notes["Period"] == "2026-Q2"
    assert notes["Taxonomy version"] == demo_session.taxonomy.version
    assert "linear-programming audit" in notes["Method"]


def test_manifest_is_signed_and_a_changed_byte_fails(demo_session: Session, tmp_path: Path) -> None:
    result = ex.export(
        demo_session, "calls_by_topic", "2026-06", "public", "csv", tmp_path / "m.csv", clock=later
    )
    body = json.loads(result.manifest.read_text())
    assert body["file_sha256"] == result.sha256
    assert body["k"] == 10 and body["audience"] == "public" and body["period"] == "2026-06"
    assert body["audit"]["verdict"] == "passed"
    head = demo_session.audit.last()
    assert body["audit_chain_head"] == {"seq": head.seq, "hash": head.hash.hex()}
    assert body["taxonomy_version"] == demo_session.taxonomy.version
    assert ex.verify_export(result.manifest, demo_session.export_public).ok

    original = result.path.read_bytes()
    changed = bytearray(original)
    changed[len(changed) // 2] ^= 0x01
    result.path.write_bytes(bytes(changed))
    check = ex.verify_export(result.manifest)
    assert not check.ok and any("differs" in p for p in check.problems)
    result.path.write_bytes(original)
    assert ex.verify_export(result.manifest).ok
    body["k"] = 5  # a changed manifest breaks the signature
    result.manifest.write_text(json.dumps(body))
    check = ex.verify_export(result.manifest)
    assert not check.ok and any("signature" in p for p in check.problems)
    assert not ex.verify_export(result.manifest, b"\x00" * 32).ok


# --------------------------------------------------------------------------- permissions


def test_only_administrators_export_and_refusals_are_audited(
    staffed_desk: Desk, tmp_path: Path
) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            ex.export(session, "calls_by_topic", "2026-01", "public", "csv", tmp_path / "o.csv")
        with pytest.raises(PermissionDenied):
            ex.prepare(session, "calls_by_topic", "2026-01", "public")
        with pytest.raises(PermissionDenied):
            ex.history(session)
        rows = session.db.query(
            "SELECT action, details FROM audit WHERE user_id = ? ORDER BY seq", (session.user_id,)
        )
    finally:
        session.close()
    denied = [json.loads(d) for a, d in rows if a == "permission.denied"]
    assert denied and all(d == {"action": "export.write"} for d in denied)
    assert not (tmp_path / "o.csv").exists()


def test_every_export_is_audited_with_its_parameters(
    admin_session: Session, tmp_path: Path
) -> None:
    result = ex.export(
        admin_session, "calls_by_topic", "2026-01", "public", "csv", tmp_path / "a.csv"
    )
    rows = admin_session.db.query(
        "SELECT object_type, object_id, details FROM audit WHERE action = 'export.write'"
    )
    assert len(rows) == 1
    object_type, object_id, details = rows[0]
    assert (object_type, object_id) == ("export", result.ledger_id)
    assert json.loads(details) == {
        "table": "calls_by_topic",
        "period": "2026-01",
        "audience": "public",
        "k": 10,
        "format": "csv",
        "language": "en",
        "reissue_of": None,
    }


def test_supervisor_without_administrator_role_is_refused(staffed_desk: Desk) -> None:
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.SUPERVISOR}))
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert session.export_private is None
        with pytest.raises(PermissionDenied):
            ex.prepare(session, "calls_by_topic", "2026-01", "public")
    finally:
        session.close()


def test_release_round_trips_through_the_ledger_json(admin_session: Session) -> None:
    save_many(admin_session, 11, 5)
    release = ex.prepare(admin_session, "calls_by_topic", "2026-05", "partner", clock=later)
    again = Release.from_json(json.loads(json.dumps(release.to_json())))
    assert again == release
    assert table_spec(again.table).name == "calls_by_topic"


def test_partner_export_is_audited_with_the_public_one(
    demo_session: Session, tmp_path: Path
) -> None:
    public = ex.export(
        demo_session, "calls_by_topic", "2026-07", "public", "csv", tmp_path / "p.csv", clock=later
    )
    partner = ex.export(
        demo_session, "calls_by_topic", "2026-07", "partner", "csv", tmp_path / "q.csv", clock=later
    )
    assert not partner.reissued and partner.release.k == 5
    assert partner.release.audit.earlier_exports == (public.ledger_id,)
    # Never different numbers for the same cell.
    for key, value in public.release.tables[0].published().items():
        assert partner.release.tables[0].value(key) in (value, SUPPRESSED)
    again = ex.prepare(demo_session, "calls_by_topic", "2026-07", "public", clock=later)
    assert again.ledger_id == public.ledger_id  # the public release is not redone


def test_cancel_during_protection_writes_nothing(demo_session: Session, tmp_path: Path) -> None:
    import threading

    from hotline.export.release import Cancelled

    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 2:  # counted; protection is about to start its rounds
            cancel.set()

    out = tmp_path / "c.csv"
    with pytest.raises(Cancelled):
        ex.export(
            demo_session,
            "calls_by_topic_sex",
            "2026-Q3",
            "public",
            "csv",
            out,
            cancel=cancel,
            progress=progress,
            clock=later,
        )
    assert not out.exists()
    assert ex.history(demo_session) == []
    assert "2026-07" not in ExportQueries(demo_session.db).closed()


def test_public_export_is_also_audited_as_partners_see_it(
    demo_session: Session, tmp_path: Path
) -> None:
    partner = ex.export(
        demo_session,
        "calls_by_topic_sex",
        "2026-Q2",
        "partner",
        "csv",
        tmp_path / "p.csv",
        clock=later,
    )
    public = ex.export(
        demo_session, "calls_by_topic", "2026-04", "public", "csv", tmp_path / "m.csv", clock=later
    )
    # Public readers never see the partner table, but partners see both.
    assert partner.ledger_id in public.release.audit.earlier_exports
    alone = ex.export(
        demo_session, "calls_by_topic", "2026-10", "public", "csv", tmp_path / "o.csv", clock=later
    )
    assert alone.release.audit.earlier_exports == ()


def test_a_reexport_is_written_to_the_out_given_with_a_manifest_naming_it(
    admin_session: Session, tmp_path: Path
) -> None:
    """Issue 14: a re-export under another name writes that file (the same bytes) and a
    manifest naming it, signed by the desk's key; the first file is left as it was."""
    save_many(admin_session, 14, 3)
    first = ex.export(
        admin_session, "calls_by_topic", "2026-03", "partner", "csv", tmp_path / "a.csv"
    )
    first_manifest = first.manifest.read_bytes()
    again = ex.export(
        admin_session, "calls_by_topic", "2026-03", "partner", "csv", tmp_path / "march.csv"
    )
    assert again.reissued
    assert again.path == tmp_path / "march.csv"
    assert again.path.read_bytes() == first.path.read_bytes()
    assert again.manifest.name == "march.csv.manifest.json"
    body = json.loads(again.manifest.read_text(encoding="utf-8"))
    assert body["file"] == "march.csv"
    assert body["ledger_id"] == first.ledger_id
    check = ex.verify_export(again.manifest, admin_session.export_public)
    assert check.ok, check.problems
    assert first.manifest.read_bytes() == first_manifest  # untouched
    assert ex.verify_export(first.manifest, admin_session.export_public).ok
    # The same name again: the stored manifest, byte for byte.
    (tmp_path / "b").mkdir()
    third = ex.export(
        admin_session, "calls_by_topic", "2026-03", "partner", "csv", tmp_path / "b" / "a.csv"
    )
    assert third.manifest.read_bytes() == first_manifest
