"""The call log's first page after a filter on a centre of 1,000,000 calls: through the
desk's server code (hotline.storage.server.calllog.first_page: the query built from
the CallFilter, the members joined for the operator's name, CallRow dataclasses out)
against the same page asked by a hand-written SQL query (psycopg, tuples out: the calls'
coded fields and each one's open tasks, the page's column), on a
PostgreSQL server started here (as the tests start theirs; statement logging off),
as a supervisor's own login role (row-level security on for both).

The centre is filled fast: COPY of the calls' coded fields (the record's JSON, with a
skewed mix of topics and outcomes over three years), with a synthetic sealed key and
notes (random bytes) per call, and follow-up tasks on 3 % of the calls (a third of them
still open). Then VACUUM ANALYZE. Printed per filter: the median of
each over ``--rounds`` interleaved rounds and the ratio desk / raw (issue 15 aims at
1.5 at most), then the worst ratio.

    python bench/server_call_log.py --calls 100000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

import psycopg

from hotline import desk_time
from hotline.permissions import Role
from hotline.storage.calllog import CallFilter
from hotline.storage.server import calllog
from hotline.storage.server.statistics import period_counts
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import binaries, create

END = datetime(2026, 11, 30, tzinfo=UTC)
SPAN_S = 3 * 365 * 86400
# topic id -> weight: one very common, a few middling, rare ones
TOPICS = {f"topic{n:02d}": w for n, w in enumerate([300, 150, 100, 80, 60, 40, 30, 20, 10, 5])}
OUTCOMES = {"informed": 60, "referred": 30, "police": 8, "shelter": 2}
OPERATORS = 5


def _coded(rng: random.Random, operator_id: int) -> str:
    topics = rng.choices(list(TOPICS), weights=list(TOPICS.values()), k=rng.choice((1, 1, 2)))
    topics = sorted(set(topics))
    return json.dumps(
        {
            "operator_id": operator_id,
            "entered_by": None,
            "channel": "phone",
            "duration_s": rng.randint(30, 1800),
            "no_content": "silent" if rng.random() < 0.15 else None,
            "primary_topic": topics[0],
            "topics": topics,
            "outcomes": rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()), k=1),
            "region": rng.choice(("baku", "ganja", "sumqayit", "lankaran")),
            "child_involved": rng.random() < 0.05,
            "believed_child": rng.random() < 0.02,
            "immediate_danger": rng.random() < 0.03,
            "possible_victim": rng.random() < 0.10,
            "review_state": rng.choice(("new", "reviewed", "reviewed", "reviewed")),
            "caller_pseudonym": None,
        }
    )


def fill(centre: ServerCentre, calls: int, authors: list[tuple[int, str]]) -> float:
    rng = random.Random(152)
    start = time.perf_counter()
    with centre.superuser() as conn:
        with conn.cursor() as cur:
            with cur.copy("COPY hotline.calls (id, author, started_at, coded) FROM STDIN") as cp:
                for n in range(1, calls + 1):
                    user_id, role = authors[n % len(authors)]
                    started = END - timedelta(seconds=rng.randrange(SPAN_S))
                    cp.write_row((n, role, started, _coded(rng, user_id)))
            with cur.copy(
                "COPY hotline.call_keys (call_id, holder, author, suite, sealed) FROM STDIN"
            ) as cp:
                key = os.urandom(61)
                for n in range(1, calls + 1):
                    cp.write_row((n, "casetext", authors[n % len(authors)][1], "SELF", key))
            with cur.copy(
                "COPY hotline.call_texts (call_id, field, author, body) FROM STDIN"
            ) as cp:
                body = os.urandom(160)
                for n in range(1, calls + 1):
                    cp.write_row((n, "notes", authors[n % len(authors)][1], body))
            with cur.copy(
                "COPY hotline.tasks (id, call_id, kind, status, created_by, author, done_at,"
                " done_by) FROM STDIN"
            ) as cp:
                for n in range(1, calls + 1):
                    if rng.random() < 0.03:
                        user_id, role = authors[n % len(authors)]
                        done = rng.random() < 2 / 3
                        cp.write_row(
                            (n, n, "follow_up", "done" if done else "open", user_id, role)
                            + ((END, user_id) if done else (None, None))
                        )
        conn.execute("VACUUM ANALYZE hotline.calls")
        conn.execute("VACUUM ANALYZE hotline.tasks")
        conn.execute("VACUUM ANALYZE hotline.members")
    return time.perf_counter() - start


def raw_queries(recent: date) -> list[tuple[str, CallFilter, str, list[Any]]]:
    """(name, the desk's filter, the same page by hand, its parameters)."""
    # The page shows each call's open tasks (a column of the call log): the hand-written
    # query counts them too, for the same 50 rows, or it would not be the same page.
    head = (
        "SELECT id, started_at, coded, (SELECT count(*) FROM hotline.tasks k"
        " WHERE k.call_id = calls.id AND k.status = 'open') FROM hotline.calls WHERE "
    )
    tail = " ORDER BY started_at DESC, id DESC LIMIT 50"
    since = datetime.combine(recent, datetime.min.time(), tzinfo=UTC)
    return [
        ("no filter", CallFilter(), head + "true" + tail, []),
        (
            "common topic",
            CallFilter(topic="topic00"),
            head + 'coded @> \'{"topics": ["topic00"]}\'' + tail,
            [],
        ),
        (
            "rare topic",
            CallFilter(topic="topic09"),
            head + 'coded @> \'{"topics": ["topic09"]}\'' + tail,
            [],
        ),
        (
            "danger, last 90 days",
            CallFilter(danger=True, date_from=recent),
            head + "coded @> '{\"immediate_danger\": true}' AND started_at >= %s" + tail,
            [since],
        ),
        (
            "shelter + child",
            CallFilter(outcome="shelter", child=True),
            head
            + 'coded @> \'{"outcomes": ["shelter"]}\' AND (coded @> \'{"child_involved": true}\''
            " OR coded @> '{\"believed_child\": true}')" + tail,
            [],
        ),
        (
            "open tasks",
            CallFilter(open_tasks=True),
            head + "EXISTS (SELECT 1 FROM hotline.tasks k WHERE k.call_id = calls.id"
            " AND k.status = 'open')" + tail,
            [],
        ),
        (
            "operator + possible victim",
            CallFilter(operator_id=3, possible_victim=True),
            head + 'coded @> \'{"operator_id": 3, "possible_victim": true}\'' + tail,
            [],
        ),
    ]


def raw_page(conn: psycopg.Connection[tuple[Any, ...]], text: str, params: list[Any]) -> object:
    return conn.execute(text, params).fetchall()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the server's backend ``pid`` has used (Linux's /proc;
    the server runs on this machine)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_bench(
    conn: psycopg.Connection[tuple[Any, ...]],
    cases: list[tuple[str, CallFilter, str, list[Any]]],
    rounds: int,
    repeat: int,
) -> float:
    """CPU time per page, this process's and the server backend's, each way: on a shared
    machine a wall time counts the others' work too, a CPU time does not. The worst
    ratio of the sums."""
    pid = conn.info.backend_pid
    print(
        f"{'CPU per page':>28}  {'desk ms':>8}  {'(server)':>8}  {'raw ms':>8}  {'(server)':>8}  ratio"
    )
    worst = 0.0
    for name, f, text, params in cases:
        spent = {"desk": [0.0, 0.0], "raw": [0.0, 0.0]}
        for _ in range(rounds):
            for kind, fn in (
                ("raw", partial(raw_page, conn, text, params)),
                ("desk", partial(calllog.first_page, conn, f)),
            ):
                client, server = time.process_time(), _server_cpu(pid)
                for _ in range(repeat):
                    fn()
                spent[kind][0] += time.process_time() - client
                spent[kind][1] += _server_cpu(pid) - server
        pages = rounds * repeat
        desk, raw = sum(spent["desk"]) / pages * 1000, sum(spent["raw"]) / pages * 1000
        ratio = desk / raw
        worst = max(worst, ratio)
        print(
            f"{name:>28}  {desk:8.3f}  {spent['desk'][1] / pages * 1000:8.3f}  {raw:8.3f}"
            f"  {spent['raw'][1] / pages * 1000:8.3f}  {ratio:5.2f}"
        )
    print(f"worst CPU ratio desk / raw: {worst:.2f}; {rounds} rounds of {repeat} pages")
    return worst


def statistics_bench(conn: psycopg.Connection[tuple[Any, ...]], rounds: int) -> None:
    """The trends' counts on the server against a bare count of the same calls."""
    print(f"{'statistics':>28}  {'calls':>8}  {'page ms':>8}  {'count(*) ms':>11}")
    for name, first in (("last month", "2026-11"), ("last 12 months", "2025-12")):
        period = period_counts(conn, None, first, "2026-11")  # the zone: Asia/Baku
        calls = sum(t.calls for t in period.totals)
        start, end = desk_time.month_bounds(first, "2026-11", None)
        bare = "SELECT count(*) FROM hotline.calls WHERE started_at >= %s AND started_at < %s"
        page = [timed(partial(period_counts, conn, None, first, "2026-11")) for _ in range(rounds)]
        floor = [timed(partial(raw_page, conn, bare, [start, end])) for _ in range(rounds)]
        print(
            f"{name:>28}  {calls:8,}  {statistics.median(page) * 1000:8.1f}"
            f"  {statistics.median(floor) * 1000:11.1f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument(
        "--explain", action="store_true", help="print each desk query's plan (EXPLAIN ANALYZE)"
    )
    parser.add_argument(
        "--cpu",
        type=int,
        default=0,
        metavar="N",
        help="also the CPU time per page (this process and the server's backend), N pages"
        " each way per round",
    )
    args = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        print(
            "skipped: PostgreSQL's server binaries are not installed (apt-get install postgresql)"
        )
        return 0
    root = Path(tempfile.mkdtemp(prefix="hotline-pg-bench-"))
    server = create(bin_dir, root, log_all=False)
    with (server.data_dir / "postgresql.conf").open("a") as conf:
        conf.write("shared_buffers = 128MB\nwork_mem = 16MB\n")  # the tests' 16MB is tiny
    server.start()
    try:
        centre = set_up(server)
        authors = []
        for n in range(OPERATORS):
            person = centre.add_person(f"operator{n}", frozenset({Role.OPERATOR}))
            authors.append((person.user_id, person.login))
        centre.add_person("nigar", frozenset({Role.SUPERVISOR}))
        seconds = fill(centre, args.calls, authors)
        print(f"filled {args.calls:,} calls in {seconds:.1f} s (COPY, then VACUUM ANALYZE)")
        recent = (END - timedelta(days=90)).date()
        cases = raw_queries(recent)
        worst = 0.0
        with centre.connect_as("nigar") as conn:
            for _name, f, text, params in cases:  # the same rows, both ways; warm the cache
                desk = [r.id for r in calllog.first_page(conn, f)]
                raw = [int(r[0]) for r in conn.execute(text, params).fetchall()]
                assert desk == raw and desk, (_name, len(desk), len(raw))
                if args.explain:
                    query, values = calllog.first_page_query(f)
                    plan = conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + query, values)
                    print(f"--- {_name}\n" + "\n".join(str(r[0]) for r in plan.fetchall()))
            times: dict[str, dict[str, list[float]]] = {
                c[0]: {"desk": [], "raw": []} for c in cases
            }
            for _ in range(args.rounds):
                for name, f, text, params in cases:
                    times[name]["raw"].append(timed(partial(raw_page, conn, text, params)))
                    times[name]["desk"].append(timed(partial(calllog.first_page, conn, f)))
        print(f"{'filter':>28}  {'desk ms':>8}  {'raw ms':>8}  ratio")
        for name, kinds in times.items():
            desk_ms = statistics.median(kinds["desk"]) * 1000
            raw_ms = statistics.median(kinds["raw"]) * 1000
            ratio = desk_ms / raw_ms
            worst = max(worst, ratio)
            print(f"{name:>28}  {desk_ms:8.3f}  {raw_ms:8.3f}  {ratio:5.2f}")
        print(f"worst ratio desk / raw: {worst:.2f} (aim: at most 1.5); {args.rounds} rounds")
        if args.cpu:
            with centre.connect_as("nigar") as conn:
                cpu_bench(conn, cases, args.rounds, args.cpu)
        with centre.connect_as("nigar") as conn:
            statistics_bench(conn, max(3, args.rounds // 6))
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
