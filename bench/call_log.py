"""The supervisor's call log on a desk of 1,000,000 demo calls.

    .venv/bin/python bench/call_log.py [--calls N] [--fresh]

Builds the desk once and caches it under /tmp/hotline-bench-<N>/ (the build
prints its progress; a million calls takes a few minutes), then measures:

1. the time to show the first page after changing a filter (period + topic,
   and a text search) through the Qt model and its worker thread, against
   the same SQL query run directly: the ratio (aim: at most 1.5);
2. the resident memory of the process after scrolling through the whole
   table against its memory at the first page (aim: within 50 MB).

Numbers are printed, nothing is asserted. The bench desk uses test-strength
key derivation (HOTLINE_INSECURE_FAST_KDF=1): it holds only synthetic data.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench_desk import resources_overlay  # the bench folder is on sys.path when run

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADMIN, ADMIN_PW = "admin", "bench desk administrator passphrase"
SUPERVISOR, SUPERVISOR_PW = "rashad", "every call deserves a careful review"
OPERATORS = ("leyla", "samir", "nigar", "elvin", "aysel", "tural")
OPERATOR_PW = "tea gets cold at three in the morning"


def build_desk(base: Path, calls: int, fresh: bool = False) -> Any:
    """The cached bench desk (paths), built when missing."""
    if fresh and base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True, exist_ok=True)
    os.environ["HOTLINE_RESOURCES"] = str(resources_overlay(base, calls))
    from hotline.paths import DeskPaths
    from hotline.permissions import Role
    from hotline.services import demo, desk, users

    paths = DeskPaths(base / "desk")
    done_marker = base / "built"
    if done_marker.exists():
        return paths
    if paths.root.exists():
        shutil.rmtree(paths.root)
    desk.init_desk(paths, ADMIN, ADMIN_PW, bind_device=False)
    session = desk.unlock(paths, ADMIN, ADMIN_PW)
    try:
        users.add_user(session, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
        for name in OPERATORS:
            users.add_user(session, name, frozenset({Role.OPERATOR}), OPERATOR_PW)
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-6)
            print(f"  built {done:>9,} of {total:,} calls ({rate:,.0f}/s)", flush=True)

        print(f"building a desk of {calls:,} demo calls in {paths.root} ...", flush=True)
        demo.generate(session, calls, seed=152, months=180, progress=progress, batch=50_000)
        session.db.execute("ANALYZE")
        session.db.checkpoint()
    finally:
        session.close()
    done_marker.write_text("ok")
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return paths


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached desk")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    base = Path(f"/tmp/hotline-bench-{args.calls}")
    if args.build_only:
        build_desk(base, args.calls, args.fresh)
        return 0
    if args.fresh or not (base / "built").exists():
        subprocess.run(
            [sys.executable, __file__, "--build-only", "--calls", str(args.calls)]
            + (["--fresh"] if args.fresh else []),
            check=True,
        )
    paths = build_desk(base, args.calls)
    return measure(paths, args.repeat)


def measure(paths: Any, repeat: int) -> int:
    import gc

    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    from hotline.records import utcnow
    from hotline.services import desk
    from hotline.services.calllog import CallFilter, Sort
    from hotline.storage.calllog import CallLogQueries
    from hotline.ui.supervisor import calllog_model
    from hotline.ui.supervisor.calllog_model import CallLogModel
    from hotline.ui.worker import DbWorker

    app = QApplication.instance() or QApplication([])
    worker = DbWorker()
    opened = time.perf_counter()

    def unlock() -> None:
        worker.session = desk.unlock(paths, SUPERVISOR, SUPERVISOR_PW)

    worker.run(unlock)
    worker.wait_idle(3600)
    session = worker.session
    assert session is not None
    calls = int(session.db.scalar("SELECT count(*) FROM calls"))
    print(f"desk: {calls:,} calls, opened (and migrated) in {time.perf_counter() - opened:.1f} s")
    # The notes' index lives in its own file (supervisors' key); it catches up first,
    # as the supervisor's window does after sign-in on the worker.
    from hotline.services import search

    started = time.perf_counter()
    indexed = search.update_index(session)
    print(
        f"notes' search index: {indexed:,} calls indexed in {time.perf_counter() - started:.1f} s"
    )
    queries = CallLogQueries(session.db)

    def pump_until(done: Any, timeout: float = 600) -> None:
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.0002)

    def quiet() -> None:
        """Let the worker finish (the count that follows a first page) before timing."""
        worker.wait_idle(600)
        app.processEvents()
        worker.wait_idle(600)

    def direct(f: CallFilter, sort: Sort) -> float:
        started = time.perf_counter()
        queries.rows(queries.page(f, sort, None, calllog_model.PAGE).ids)
        return time.perf_counter() - started

    def through_model(model: CallLogModel, f: CallFilter) -> float:
        done: list[bool] = []
        model.loaded.connect(lambda: done.append(True))
        started = time.perf_counter()
        model.set_filter(f)
        pump_until(lambda: bool(done))
        elapsed = time.perf_counter() - started
        model.loaded.disconnect()
        return elapsed

    today = utcnow().date()
    topics = ["work_abroad", "migration", "trafficking_report", "domestic_violence", "adoption"]
    scenarios = {
        "period (last 12 months) + topic": [
            CallFilter(date_from=today - timedelta(days=364), date_to=today, topic=t)
            for t in topics
        ],
        "text search (az, ru, en words)": [
            CallFilter(text=w) for w in ("pasportu", "паспорт", "passport", "saxlayir", "Dubai")
        ],
    }
    model = CallLogModel(worker)
    sort = Sort()
    print(f"\nfirst page ({calllog_model.PAGE} rows) after a filter change; median of {repeat}:")
    for name, filters in scenarios.items():
        model_times, sql_times, hits = [], [], []
        for i in range(repeat):
            f = filters[i % len(filters)]
            quiet()
            sql_times.append(direct(f, sort))
            quiet()
            model_times.append(through_model(model, f))
            quiet()
            hits.append(model.total or 0)
        m, q = statistics.median(model_times), statistics.median(sql_times)
        print(
            f"  {name:34} model {m * 1000:8.1f} ms   direct SQL {q * 1000:8.1f} ms"
            f"   ratio {m / q:5.2f}   (matches: {min(hits):,}..{max(hits):,})"
        )

    # keyset against OFFSET, deep in the table
    quiet()
    deep = calls // 2
    started = time.perf_counter()
    queries.ids(CallFilter(), sort, deep, calllog_model.PAGE)
    offset_s = time.perf_counter() - started
    cursor = tuple(
        queries.db.execute(
            "SELECT started_at, id FROM calls ORDER BY started_at DESC, id DESC LIMIT 1 OFFSET ?",
            (deep,),
        ).fetchone()
    )
    started = time.perf_counter()
    queries.page(CallFilter(), sort, cursor, calllog_model.PAGE)
    keyset_s = time.perf_counter() - started
    print(
        f"\npage at row {deep:,}: OFFSET {offset_s * 1000:.1f} ms, keyset {keyset_s * 1000:.1f} ms"
    )

    # memory: the whole table scrolled through, every page shown once
    quiet()
    through_model(model, CallFilter())
    quiet()
    for row in range(calllog_model.PAGE):
        model.data(model.index(row, 0))
    pump_until(lambda: not model.fetching)
    gc.collect()
    first_rss = rss_mb()
    print(f"\nscrolling through all {calls:,} rows (ids page by page, rows of each page shown)...")
    started = time.perf_counter()
    root = QModelIndex()
    while model.canFetchMore(root):
        before = model.rowCount()
        model.fetchMore(root)
        pump_until(lambda: not model.fetching)
        for row in range(before, model.rowCount(), 20):
            model.data(model.index(row, 0))
        pump_until(lambda: not model.fetching)
        if model.rowCount() % 100_000 < calllog_model.PAGE:
            print(f"  {model.rowCount():>9,} rows, RSS {rss_mb():.0f} MB", flush=True)
    gc.collect()
    last_rss = rss_mb()
    print(
        f"  scrolled {model.rowCount():,} rows in {time.perf_counter() - started:.0f} s; "
        f"row pages cached: {model.cached_pages()}"
    )
    print(
        f"RSS at the first page {first_rss:.0f} MB, after scrolling {last_rss:.0f} MB: "
        f"+{last_rss - first_rss:.0f} MB (aim: within 50 MB)"
    )
    worker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
