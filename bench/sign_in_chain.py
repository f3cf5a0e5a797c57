"""What the sign-in's check of every audit link costs, against the check it replaced.

The sign-in reads every link of the chain (entry n's prev_hash against entry
n-1's hash, 8-byte prefixes from the covering index `audit_links`), so a filler
entry spliced in place of a deleted one is noticed at once, not only by verify.
The baseline, run in the same process on the same desk, is the check before it:
no entry missing (count against the last number) and the links around the
grant entries only.

The desk gets BENCH_ENTRIES audit entries (default 100,000: some fifteen years
of a real line's saves, readings and sign-ins), appended through the audit log
itself. Sign-ins are timed with test-strength key derivation, so that the
difference is the check; the ratio with a real Argon2id unlock (the floor,
64 MiB and 3 passes, timed here) is printed too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.crypto import kdf
from hotline.paths import DeskPaths
from hotline.services import desk
from hotline.storage.audit_log import AuditLog
from hotline.storage.authority import GRANT_ACTIONS

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
NAME, PASSWORD = "admin", "night shift on the quiet line"


def grant_links_only(self: AuditLog) -> list[str]:
    """The sign-in's check before the links: numbering and the grants' neighbours."""
    problems = []
    total, top = self.db.execute("SELECT count(*), coalesce(max(seq), 0) FROM audit").fetchone()
    if int(total) != int(top):
        problems.append("missing")
    marks = ",".join("?" * len(GRANT_ACTIONS))
    broken = self.db.execute(
        "SELECT g.seq FROM audit g JOIN audit n ON n.seq = g.seq + 1"
        f" WHERE g.object_type = 'user' AND g.action IN ({marks}) AND n.prev_hash != g.hash",
        GRANT_ACTIONS,
    ).fetchall()
    return problems + ["broken" for _ in broken]


def fill(paths: DeskPaths) -> None:
    session = desk.unlock(paths, NAME, PASSWORD)
    try:
        done = 0
        while done < ENTRIES:
            with session.audited():
                for _ in range(min(5000, ENTRIES - done)):
                    session.record("call.save", "", None, {"row_sha256": os.urandom(32).hex()})
                    done += 1
    finally:
        session.close()


def sign_ins(paths: DeskPaths) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        session = desk.unlock(paths, NAME, PASSWORD)
        times.append(time.perf_counter() - start)
        assert not any("audit" in w for w in session.warnings), session.warnings
        session.close()
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = DeskPaths(Path(tmp) / "desk")
        desk.init_desk(paths, NAME, PASSWORD, bind_device=False)
        fill(paths)
        links = AuditLog.gaps
        before: list[float] = []
        after: list[float] = []
        for _ in range(2):  # alternate, so that a load on the machine weighs on both alike
            setattr(AuditLog, "gaps", grant_links_only)  # noqa: B010
            before += sign_ins(paths)
            setattr(AuditLog, "gaps", links)  # noqa: B010
            after += sign_ins(paths)
        check = check_alone(paths)
    argon = statistics.median(kdf.time_derive(kdf.FLOOR) for _ in range(3))
    old, new = statistics.median(before), statistics.median(after)
    print(f"audit entries: {ENTRIES}")
    print(f"the link check alone:                 {check * 1000:.1f} ms")
    print(f"sign-in, grant links only (before):   {old * 1000:.1f} ms (median of {2 * RUNS})")
    print(f"sign-in, every link (now):            {new * 1000:.1f} ms")
    print(f"ratio, test-strength key derivation:  {new / old:.2f}")
    print(f"Argon2id at the floor (64 MiB, 3):    {argon * 1000:.0f} ms")
    print(f"ratio with a real unlock:             {(argon + new) / (argon + old):.2f}")


def check_alone(paths: DeskPaths) -> float:
    session: Any = desk.unlock(paths, NAME, PASSWORD)
    try:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            assert session.audit.gaps() == []
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        session.close()


if __name__ == "__main__":
    main()
