"""What the administrator's pages cost on a desk with a long audit log, against a
sign-in on the same desk (the baseline, run in the same process).

The desk gets BENCH_ENTRIES audit entries (default 100,000: some fifteen years of
a real line's saves, readings and sign-ins), appended through the audit log itself:
call saves about 20,000 calls, one identity reading in fifty. Timed, each the
median of BENCH_RUNS: Desk health (every line), the Approvals page's ledger, the
idle-lock setting as the window reads it, and the audit viewer's first page (the
last 30 days, everyone) and a rare filter (readings of identity details), each
printed as a ratio to a sign-in with test-strength key derivation.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.paths import DeskPaths
from hotline.records import utcnow
from hotline.services import approvals, audit_view, desk, health, settings
from hotline.services.session import Session
from hotline.storage.audit_queries import AuditFilter

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
NAME, PASSWORD = "admin", "night shift on the quiet line"


def fill(paths: DeskPaths) -> None:
    session = desk.unlock(paths, NAME, PASSWORD)
    try:
        done = 0
        while done < ENTRIES:
            with session.audited():
                for _ in range(min(5000, ENTRIES - done)):
                    call = done % 20_000 + 1
                    if done % 50 == 0:
                        session.record("vault.read", "call", call, {"reason": "court request"})
                    else:
                        session.record("call.save", "call", call, {"fields": 12})
                    done += 1
    finally:
        session.close()


def median(job: Callable[[], Any]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = DeskPaths(Path(tmp) / "desk")
        desk.init_desk(paths, NAME, PASSWORD, bind_device=False)
        start = time.perf_counter()
        fill(paths)
        print(f"{ENTRIES:,} audit entries written in {time.perf_counter() - start:.1f} s")

        def sign_in() -> None:
            desk.unlock(paths, NAME, PASSWORD).close()

        baseline = median(sign_in)
        print(f"baseline: a sign-in {baseline * 1000:.0f} ms")
        session: Session = desk.unlock(paths, NAME, PASSWORD)
        try:
            month = AuditFilter(since=utcnow() - timedelta(days=30))
            readings = AuditFilter(actions=("vault.read",))
            jobs: dict[str, Callable[[], Any]] = {
                "Desk health": lambda: health.desk_health(session),
                "Approvals ledger": lambda: approvals.overview(session),
                "idle-lock setting": lambda: settings.value(session, settings.IDLE_LOCK),
                "audit viewer, last 30 days": lambda: audit_view.search(session, month),
                "audit viewer, identity readings": lambda: audit_view.search(session, readings),
            }
            for name, job in jobs.items():
                took = median(job)
                print(f"{name}: {took * 1000:.0f} ms = {took / baseline:.2f} sign-ins")
        finally:
            session.close()


if __name__ == "__main__":
    main()
