"""The closed months' counts kept for a session's run of exports (storage/closed_counts.py):
the year published with the cache is, number for number and byte for byte, the year
published without it; a write to the snapshot after the counts were kept (a correction,
any SQL) is counted; nothing uncommitted is kept."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.export import space
from hotline.paths import DeskPaths
from hotline.services import demo, desk, review
from hotline.services import export as ex
from hotline.services.session import Session
from hotline.storage.closed_counts import ClosedCounts
from hotline.storage.exports import ExportQueries
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.publishing import BREAKDOWNS, MONTHLY

YEAR = 2026
ZONE = "Asia/Baku"


def later() -> datetime:
    return datetime(YEAR + 1, 1, 10, tzinfo=UTC)


@pytest.fixture
def twins(new_desk: Desk, tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    """Two sessions on two copies of one desk with a year of calls: the first keeps the
    closed months' counts, the second counts every export afresh."""
    session = new_desk.open()
    demo.generate(session, 900, seed=11, months=12, until=datetime(YEAR + 1, 1, 1, tzinfo=UTC))
    session.close()
    copy = tmp_path / "copy"
    shutil.copytree(new_desk.paths.root, copy)
    cached = new_desk.open()
    fresh = desk.unlock(DeskPaths(copy), ADMIN, ADMIN_PW)
    fresh.closed_counts = None
    yield cached, fresh
    cached.close()
    fresh.close()


def publish(session: Session, table: str, period: str, out: Path) -> ex.ExportResult:
    out.mkdir(exist_ok=True)
    path = out / f"{table}-{period}.csv"
    return ex.export(session, table, period, "public", "csv", path, clock=later)


def year_counts(session: Session, cache: ClosedCounts | None) -> dict[str, object]:
    """What the year's closed months count, by a few measures and dimensions."""
    queries = ExportQueries(session.db)
    first, last = f"{YEAR}-01", f"{YEAR}-12"
    found: dict[str, object] = {}
    for measure, dims in (
        ("calls", ["topic"]),
        ("calls", ["topic", "sex"]),
        ("referrals", ["topic", "outcome"]),
        ("no_content", ["kind"]),
    ):
        rows = queries.counts(measure, dims, first, last, ZONE, cache)
        found[f"{measure}:{'/'.join(dims)}"] = sorted(
            (r.month, r.timing, r.values, r.count) for r in rows
        )
    found["persons"] = [
        (m, sorted(queries.persons(f"{YEAR}-{m:02d}", ZONE, cache))) for m in range(1, 13)
    ]
    return found


def test_the_year_publishes_the_same_with_and_without_the_cache(
    twins: tuple[Session, Session], tmp_path: Path
) -> None:
    cached, fresh = twins
    jobs = [(t, f"{YEAR}-{m:02d}") for m in range(1, 13) for t in MONTHLY]
    jobs += [(t, str(YEAR)) for t in BREAKDOWNS]
    # Each desk's year as a process of its own would publish it: the year's space, which
    # the exports of one process share (its audits' feasible points, offered to the next
    # audit), is made afresh for each; interleaved, one desk's audits would seed the
    # other's and the suppression patterns may differ with no cache at all.
    space._SPACES.clear()
    one = [publish(cached, table, period, tmp_path / "cached") for table, period in jobs]
    space._SPACES.clear()
    other = [publish(fresh, table, period, tmp_path / "fresh") for table, period in jobs]
    for (table, period), a, b in zip(jobs, one, other, strict=True):
        assert a.release.to_json() == b.release.to_json(), (table, period)
        assert a.path.read_bytes() == b.path.read_bytes(), (table, period)
    assert sum(a.release.audit.suppressed for a in one), "nothing suppressed: proves little"
    assert cached.closed_counts is not None and cached.closed_counts.hits > 0
    # Each closed month counted once per measure: the yearly tables read the kept rows.
    assert cached.closed_counts.hits > cached.closed_counts.misses


def test_a_write_to_the_snapshot_after_the_counts_were_kept_is_counted(
    twins: tuple[Session, Session], tmp_path: Path
) -> None:
    session, _ = twins
    for m in range(1, 13):
        publish(session, "calls_by_topic", f"{YEAR}-{m:02d}", tmp_path)
    cache = session.closed_counts
    assert cache is not None
    kept = year_counts(session, cache)
    assert year_counts(session, cache) == kept == year_counts(session, None)
    hits = cache.hits
    year_counts(session, cache)
    assert cache.hits > hits  # the second reading came from the cache

    # A supervisor's correction of a counted call (written in the month it is made).
    candidates = session.db.query(
        "SELECT c.id FROM calls c JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
        " WHERE c.month = ? AND t.topic <> 'migration' ORDER BY c.id",
        (f"{YEAR}-03",),
    )
    corrected = False
    for (call_id,) in candidates:  # some demo calls would not validate again (consent)
        try:
            review.correct_field(session, int(call_id), "primary_topic", "migration", "wrong")
        except review.NotValid:
            continue
        corrected = True
        break
    assert corrected
    assert year_counts(session, cache) == year_counts(session, None)

    # Any writer of the snapshot, SQL included: a late row in a closed month.
    with session.db.transaction():
        session.db.execute(
            "INSERT INTO counted_calls(call_id, month, timing, current, topic, sex, age,"
            " region, exploitation, destination, citizenship)"
            " VALUES (NULL, ?, 'late', 0, 'adoption', 'female', 'child', 'unknown', 'none',"
            " 'none', 'unknown')",
            (f"{YEAR}-06",),
        )
    after = year_counts(session, cache)
    assert after != kept
    assert after == year_counts(session, None)


def test_nothing_uncommitted_is_kept(twins: tuple[Session, Session], tmp_path: Path) -> None:
    session, _ = twins
    for m in range(1, 13):
        publish(session, "calls_by_topic", f"{YEAR}-{m:02d}", tmp_path)
    cache = session.closed_counts
    assert cache is not None
    committed = year_counts(session, cache)

    class Undo(Exception):
        pass

    with pytest.raises(Undo), session.db.transaction():
        session.db.execute(
            "DELETE FROM counted_calls WHERE month = ? AND timing = 'on_time'", (f"{YEAR}-04",)
        )
        inside = year_counts(session, cache)  # counted afresh, the deletion seen
        assert inside != committed
        raise Undo
    assert year_counts(session, cache) == committed == year_counts(session, None)
