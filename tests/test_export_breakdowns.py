"""The department's breakdowns (issue 14): citizenship by topic, exploitation by destination,
referrals by sex.  They count closed months from the snapshot (schema 12 keeps the
citizenship), and go through the same joint audit as every other table."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hotline.services import demo
from hotline.services import export as ex
from hotline.services.calls import new_pseudonym, save_call
from hotline.services.session import Session
from hotline.storage.exports import ExportQueries
from hotline.storage.schema import LATEST
from tests.conftest import Desk
from tests.factories import job_in_dubai
from tests.publishing import assert_nothing_narrowed, publish_year

LATER = datetime(2027, 1, 10, tzinfo=UTC)
NEW_TABLES = (
    "calls_by_topic_citizenship",
    "calls_by_exploitation_destination",
    "referrals_by_outcome_sex",
)


def later() -> datetime:
    return LATER


def save_on(session: Session, day: int, citizenship: str) -> int:
    assert session.user is not None
    record = job_in_dubai(
        session.user.id, started_at=datetime(2026, 3, day, 10, 0, tzinfo=UTC)
    ).with_changes(
        caller_pseudonym=new_pseudonym(session),
        concerned_citizenship=citizenship,
        concerned_country="UZ" if citizenship == "foreign" else None,
    )
    return save_call(session, record).call_id


def citizenship_counts(session: Session) -> dict[str, int]:
    rows = ExportQueries(session.db).counts(
        "calls", ["topic", "citizenship"], "2026-03", "2026-03", "Asia/Baku"
    )
    return {r.values[1]: r.count for r in rows if r.timing == "on_time"}


def test_schema_12_gives_closed_months_the_citizenship_of_their_calls(
    new_desk: Desk, tmp_path: Path
) -> None:
    """A month closed before schema 12 takes the citizenship from its calls as they are;
    after that a change to a call of the closed month changes no published figure."""
    session = new_desk.open()
    try:
        for day in range(1, 9):
            save_on(session, day, "azerbaijan")
        foreign = [save_on(session, day, "foreign") for day in range(10, 16)]
        ex.export(
            session, "calls_by_topic", "2026-03", "partner", "csv", tmp_path / "m.csv", clock=later
        )
        # As a desk of schema 11 kept it: no citizenship in the snapshot.
        session.db.execute("ALTER TABLE counted_calls DROP COLUMN citizenship")
        session.db.execute("PRAGMA user_version = 11")
    finally:
        session.close()
    session = new_desk.open()  # migrates to schema 12
    try:
        assert session.db.user_version == LATEST
        assert citizenship_counts(session) == {"azerbaijan": 8, "foreign": 6}
        # A field no correction table shows, changed later: the closed month keeps it.
        with session.db.transaction():
            session.db.execute(
                "UPDATE calls SET concerned_citizenship = 'stateless' WHERE id = ?", (foreign[0],)
            )
        assert citizenship_counts(session) == {"azerbaijan": 8, "foreign": 6}
        result = ex.export(
            session,
            "calls_by_topic_citizenship",
            "2026",  # the department's breakdowns go out by year only
            "partner",
            "csv",
            tmp_path / "q.csv",
            clock=lambda: datetime(2027, 1, 20, tzinfo=UTC),
        )
        assert result.release.audit.passed
        quarter = ExportQueries(session.db).counts(
            "calls", ["topic", "citizenship"], "2026-01", "2026-03", "Asia/Baku"
        )
        assert {r.values[1]: r.count for r in quarter} == {"azerbaijan": 8, "foreign": 6}
    finally:
        session.close()


def test_the_new_tables_of_a_year_pass_the_joint_attack(
    admin_session: Session, tmp_path: Path
) -> None:
    """A quarter's months, then the year's three new tables (published by year only) and
    the tables they are margins of, public and partner: nothing refused, and the outsider holding every file narrows no
    cell; the tables add up with their companions."""
    demo.generate(admin_session, 400, seed=21, months=24, until=datetime(2026, 12, 1, tzinfo=UTC))
    jobs = [("calls_by_topic", f"2025-0{m}") for m in (1, 2, 3)]
    jobs += [
        (t, "2025")
        for t in (
            "calls_by_topic_sex",
            "calls_by_topic_exploitation",
            "calls_by_topic_destination",
            "referrals_by_topic_outcome",
            *NEW_TABLES,
        )
    ]
    published = publish_year(admin_session, 2025, tmp_path, jobs=jobs)
    assert_nothing_narrowed(published, 2025)
    ledger = {
        (e.table_name, e.audience): e.published for e in ExportQueries(admin_session.db).entries()
    }

    def cells(table: str) -> dict[tuple[str, ...], int | str]:
        rendered = ledger[(table, "partner")]["tables"][0]["cells"]
        return {tuple(key): value for key, value in rendered}

    by_sex, by_topic = cells("referrals_by_outcome_sex"), cells("referrals_by_topic_outcome")
    for (outcome, sex), value in by_sex.items():
        shown = by_topic.get(("_total", outcome))
        if sex == "_total" and isinstance(value, int) and isinstance(shown, int):
            assert value == shown, outcome
    crossed = cells("calls_by_exploitation_destination")
    assert not any("none" in key for key in crossed)  # the calls naming both only
