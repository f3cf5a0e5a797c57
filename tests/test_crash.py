"""A process killed mid-save, and a full disk: nothing committed is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from hotline.services import integrity
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.helpers import child_env

SAVE_LOOP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hotline.paths import DeskPaths
    from hotline.services import calls, desk
    from tests.factories import job_in_dubai
    session = desk.unlock(DeskPaths(Path(sys.argv[1])), sys.argv[2], sys.argv[3])
    n = 0
    while True:
        draft = calls.start_call(session)
        record = job_in_dubai(session.user.id, caller_pseudonym=draft.record.caller_pseudonym,
                              notes="loop note " + str(n) + " " + "x" * int(sys.argv[4]))
        calls.autosave(session, draft.id, record, 5)
        saved = calls.save_call(session, record, draft_id=draft.id)
        print(saved.call_id, flush=True)
        n += 1
""")


def test_sigkill_in_a_loop_of_saves_loses_nothing_committed(staffed_desk: Desk) -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SAVE_LOOP,
            str(staffed_desk.paths.root),
            OPERATOR,
            OPERATOR_PW,
            "200",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=Path(__file__).parent.parent,
    )
    assert child.stdout is not None
    committed: list[int] = []
    deadline = time.monotonic() + 60
    while len(committed) < 40 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert len(committed) >= 40, "the child did not save calls"
    session = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        stored = {int(r[0]) for r in session.db.query("SELECT id FROM calls")}
        assert set(committed) <= stored
        report = integrity.verify(session)
        assert report.ok, report.problems
    finally:
        session.close()


FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from hotline.errors import DeskError
    from hotline.paths import DeskPaths
    from hotline.services import calls, desk
    from tests.factories import job_in_dubai
    session = desk.unlock(DeskPaths(Path(sys.argv[1])), sys.argv[2], sys.argv[3])
    limit = int(sys.argv[4])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    saved = 0
    try:
        for n in range(100000):
            record = job_in_dubai(session.user.id, notes="note " + str(n) + " " + "y" * 4000)
            calls.save_call(session, record)
            saved += 1
    except DeskError as exc:
        print("SAVED", saved)
        print("MESSAGE", exc.message())
    try:
        session.close()
    except DeskError:
        pass
""")


def test_full_disk_gives_a_clear_error_and_keeps_what_was_saved(staffed_desk: Desk) -> None:
    size = staffed_desk.paths.database.stat().st_size
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            FULL_DISK,
            str(staffed_desk.paths.root),
            OPERATOR,
            OPERATOR_PW,
            str(size + 600_000),  # each call saves a follow-up task too (issue 16)
        ],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=Path(__file__).parent.parent,
        timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "MESSAGE" in lines, result.stdout + result.stderr
    assert "the disk may be full" in lines["MESSAGE"]
    saved = int(lines["SAVED"])
    assert saved > 5
    session = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        count = int(session.db.scalar("SELECT count(*) FROM calls"))
        assert count >= saved
        report = integrity.verify(session)
        assert report.ok, report.problems
    finally:
        session.close()
