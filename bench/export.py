"""A year's export catalogue on a desk of 6,000 demo calls (a real desk's year), against raw
GROUP BY; ``--calls 1000000`` gives the million-call year (not on shared cores).

    .venv/bin/python bench/export.py [--calls N] [--fresh]

Builds the desk once and caches it under /tmp/bench-export-desk-<N>/ (the build
prints its progress; a million calls takes a few minutes).  Each run works on a
fresh copy (an export closes months and writes the ledger), then exports the
year 2026 as an administrator would, audit included:

* the twelve monthly national tables (calls by primary topic with corrections,
  calls without content by kind, persons concerned by primary topic);
* the nine yearly breakdowns (sex, age group, region, form of exploitation,
  destination, outcome; citizenship, exploitation by destination, referrals by sex),
  each protected and audited with the months;

and runs the raw GROUP BY queries that give the same unsuppressed counts.  It
prints the seconds of each part and the ratio; nothing is asserted.  The demo
desk spreads its calls over the twelve months before today; the build moves them
one month on so that every month of 2026 holds calls (December only from the 1st
to the build date).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench_desk import resources_overlay  # the bench folder is on sys.path when run

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADMIN, ADMIN_PW = "admin", "bench desk administrator passphrase"
YEAR = 2026
MONTHLY = ("calls_by_topic", "no_content_by_kind", "persons_by_topic")
YEARLY = (
    "calls_by_topic_sex",
    "calls_by_topic_age",
    "calls_by_topic_region",
    "calls_by_topic_exploitation",
    "calls_by_topic_destination",
    "referrals_by_topic_outcome",
    "calls_by_topic_citizenship",
    "calls_by_exploitation_destination",
    "referrals_by_outcome_sex",
)


MILLION = (
    "the 1,000,000-call year (--calls 1000000), last measured (2026-12-02, 2 shared cores,"
    " load 5-8): 728 s wall, 140 s of CPU; raw GROUP BY 79 s; 36 monthly tables 275 s"
    " (counting 95 s, protection 2.5 s); nine yearly tables 453 s (counting 363 s,"
    " protection 23 s)"
)
"""The million-call year's figures as last measured (it takes minutes: not run here)."""


def build_desk(base: Path, calls: int, fresh: bool = False) -> Any:
    """The cached bench desk (paths), built when missing."""
    if fresh and base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True, exist_ok=True)
    os.environ["HOTLINE_RESOURCES"] = str(resources_overlay(base, calls))
    from hotline.paths import DeskPaths
    from hotline.services import demo, desk

    paths = DeskPaths(base / "desk")
    if (base / "built").exists():
        if not (base / "shifted").exists():
            shift_into_the_year(paths)
            (base / "shifted").write_text("ok")
        return paths
    if paths.root.exists():
        shutil.rmtree(paths.root)
    desk.init_desk(paths, ADMIN, ADMIN_PW, bind_device=False)
    session = desk.unlock(paths, ADMIN, ADMIN_PW)
    started = time.perf_counter()
    try:

        def progress(done: int, total: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-6)
            print(f"  built {done:>9,} of {total:,} calls ({rate:,.0f}/s)", flush=True)

        print(f"building a desk of {calls:,} demo calls in {paths.root} ...", flush=True)
        demo.generate(session, calls, seed=152, months=12, progress=progress, batch=50_000)
        session.db.execute("ANALYZE")
        session.db.checkpoint()
    finally:
        session.close()
    (base / "built").write_text("ok")
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    shift_into_the_year(paths)
    (base / "shifted").write_text("ok")
    return paths


def shift_into_the_year(paths: Any) -> None:
    """Move every demo call one month on, so that all twelve months of YEAR hold calls.

    The demo spreads its calls over the twelve months before today; without the shift
    the months of YEAR after today are empty, and a year whose last month is empty
    cannot publish its totals (the empty month's zeros would follow by subtraction).
    """
    from hotline.services import desk

    print("moving the demo calls one month on ...", flush=True)
    session = desk.unlock(paths, ADMIN, ADMIN_PW)
    try:
        with session.db.transaction():
            session.db.execute(
                "UPDATE calls SET month = CASE WHEN substr(month, 6, 2) = '12'"
                " THEN printf('%04d-01', substr(month, 1, 4) + 1)"
                " ELSE printf('%s-%02d', substr(month, 1, 4), substr(month, 6, 2) + 1) END"
            )
        session.db.checkpoint()
    finally:
        session.close()


def raw_queries(db: Any) -> int:
    """The GROUP BY queries that give the catalogue's unsuppressed counts."""
    from hotline.storage.exports import DIMENSION_SQL, PERSON_SQL

    topic = "JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
    rows = 0
    for m in range(1, 13):
        month = f"{YEAR}-{m:02d}"
        rows += len(
            db.query(
                f"SELECT t.topic, count(*) FROM calls c {topic}"
                " WHERE c.month = ? AND c.no_content IS NULL GROUP BY t.topic",
                (month,),
            )
        )
        rows += len(
            db.query(
                "SELECT no_content, count(*) FROM calls c WHERE c.month = ?"
                " AND c.no_content IS NOT NULL GROUP BY no_content",
                (month,),
            )
        )
        rows += len(
            db.query(
                "SELECT topic, count(*) FROM (SELECT person, topic, row_number() OVER"
                " (PARTITION BY person ORDER BY at, id) AS n FROM (SELECT"
                f" {PERSON_SQL} AS person, t.topic AS topic, c.started_at AS at, c.id AS id"
                f" FROM calls c {topic} WHERE c.month = ? AND c.no_content IS NULL"
                f" AND {PERSON_SQL} IS NOT NULL)) WHERE n = 1 GROUP BY topic",
                (month,),
            )
        )
    crossed = [("topic", d) for d in ("sex", "age", "region", "exploitation", "destination")]
    crossed += [("topic", "outcome"), ("topic", "citizenship")]
    crossed += [("exploitation", "destination"), ("outcome", "sex")]
    for first, second in crossed:
        outcome = "outcome" in (first, second)
        joins = topic + (" JOIN call_outcomes o ON o.call_id = c.id" if outcome else "")
        rows += len(
            db.query(
                f"SELECT {DIMENSION_SQL[first]} AS a, {DIMENSION_SQL[second]} AS b, count(*)"
                f" FROM calls c {joins}"
                " WHERE c.month BETWEEN ? AND ? AND c.no_content IS NULL GROUP BY a, b",
                (f"{YEAR}-01", f"{YEAR}-12"),
            )
        )
    return rows


def measure(cached: Any, closed_cache: bool = True) -> int:
    from hotline.paths import DeskPaths
    from hotline.services import desk
    from hotline.services import export as ex

    def clock() -> datetime:
        return datetime(YEAR + 1, 1, 10, tzinfo=UTC)

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        copy = Path(tmp) / "desk"
        shutil.copytree(cached.root, copy)
        paths = DeskPaths(copy)
        session = desk.unlock(paths, ADMIN, ADMIN_PW)
        if not closed_cache:
            session.closed_counts = None  # every export counts its closed months afresh
        try:
            calls = int(session.db.scalar("SELECT count(*) FROM calls"))
            in_year = int(
                session.db.scalar(
                    "SELECT count(*) FROM calls WHERE month BETWEEN ? AND ?",
                    (f"{YEAR}-01", f"{YEAR}-12"),
                )
            )
            print(f"desk: {calls:,} calls, {in_year:,} in {YEAR}")
            raw_queries(session.db)  # warm the page cache for both sides alike
            started = time.perf_counter()
            rows = raw_queries(session.db)
            raw = time.perf_counter() - started
            print(f"raw GROUP BY queries: {raw:.2f} s ({rows} rows)")

            out = Path(tmp) / "out"
            out.mkdir()
            parts = {"count": 0.0, "protect": 0.0, "audit": 0.0}
            monthly_parts = dict(parts)
            audit_s = 0.0
            started = time.perf_counter()
            cpu_started = time.process_time()
            for m in range(1, 13):
                for table in MONTHLY:
                    period = f"{YEAR}-{m:02d}"
                    steps: dict[int, float] = {}

                    def step(done: int, total: int, steps: dict[int, float] = steps) -> None:
                        steps[done] = time.perf_counter()

                    ex.export(
                        session,
                        table,
                        period,
                        "public",
                        "csv",
                        out / f"{table}-{period}.csv",
                        clock=clock,
                        progress=step,
                    )
                    monthly_parts["count"] += steps[1] - steps[0]
                    monthly_parts["protect"] += steps[3] - steps[2]
                    monthly_parts["audit"] += steps[4] - steps[3]
            monthly = time.perf_counter() - started
            print(
                f"36 monthly tables exported (counted, protected, audited, written): {monthly:.2f} s"
                f" (counting {monthly_parts['count']:.2f} s, protection"
                f" {monthly_parts['protect']:.2f} s, final audit {monthly_parts['audit']:.2f} s)"
            )
            for table in YEARLY:
                marks: dict[int, float] = {}

                def mark(done: int, total: int, marks: dict[int, float] = marks) -> None:
                    marks[done] = time.perf_counter()

                t0 = time.perf_counter()
                result = ex.export(
                    session,
                    table,
                    str(YEAR),
                    "public",
                    "csv",
                    out / f"{table}.csv",
                    clock=clock,
                    progress=mark,
                )
                spent = time.perf_counter() - t0
                audit_s += spent
                parts["count"] += marks[1] - marks[0]
                parts["protect"] += marks[3] - marks[2]
                parts["audit"] += marks[4] - marks[3]
                a = result.release.audit
                print(
                    f"  {table} {YEAR}: {spent:.2f} s (counting {marks[1] - marks[0]:.2f} s,"
                    f" protection {marks[3] - marks[2]:.2f} s, audit {marks[4] - marks[3]:.2f} s),"
                    f" {a.published} published, {a.suppressed} suppressed,"
                    f" with {len(a.earlier_exports)} earlier exports"
                )
            total = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
        finally:
            session.close()
    print(
        f"yearly breakdowns: {audit_s:.2f} s (counting {parts['count']:.2f} s, protection"
        f" {parts['protect']:.2f} s, final audit {parts['audit']:.2f} s)"
    )
    print(
        f"whole catalogue for {YEAR}: {total:.2f} s ({cpu:.2f} s of CPU: on shared cores the"
        f" wall clock waits for others); raw GROUP BY: {raw:.2f} s"
    )
    every = {name: parts[name] + monthly_parts[name] for name in parts}
    print(
        f"  of which counting {every['count']:.2f} s ({every['count'] / raw:.1f}x the raw queries),"
        f" protection {every['protect']:.2f} s, final audit {every['audit']:.2f} s"
    )
    print(f"ratio (catalogue with protection and audit / raw queries): {total / raw:.1f}")
    if calls < 1_000_000:
        print(MILLION)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=6_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached desk")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="count the closed months afresh for every export (as before the session's cache)",
    )
    args = parser.parse_args()
    base = Path(f"/tmp/bench-export-desk-{args.calls}")
    if args.build_only:
        build_desk(base, args.calls, args.fresh)
        return 0
    if args.fresh or not (base / "built").exists():
        command = [sys.executable, __file__, "--build-only", "--calls", str(args.calls)]
        subprocess.run(command + (["--fresh"] if args.fresh else []), check=True)
    return measure(build_desk(base, args.calls), closed_cache=not args.no_cache)


if __name__ == "__main__":
    raise SystemExit(main())
