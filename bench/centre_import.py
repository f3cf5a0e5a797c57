"""Importing 1,000 old calls (JSON Lines, ``hotline import``'s service) on a centre
against the same file on a single-file desk.

The desk stores every call in one SQLCipher transaction; the centre seals each call on
the workstation, keeps it in the outbox and sends it with its call.save entry in its own
server transaction (services/centre_import.py), over loopback TLS to a PostgreSQL server
started here (tests/server/postgres.py, statement logging off). Printed: the seconds of
each import (file read and checked included), the ratio, and the seconds of the same
file imported again on the centre (every call found there, none stored).
BENCH_CALLS calls (default 1000).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import desk, importer, users
from hotline.services.centre_session import open_centre
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import set_up_with
from tests.server.postgres import binaries, create
from tests.server.test_centre_import import old_calls, write_lines

CALLS = int(os.environ.get("BENCH_CALLS", "1000"))


def on_desk(root: Path, path: Path) -> float:
    paths = DeskPaths(root / "desk")
    desk.init_desk(paths, ADMIN, ADMIN_PW, bind_device=False)
    session = desk.unlock(paths, ADMIN, ADMIN_PW)
    try:
        users.add_user(session, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
        began = time.perf_counter()
        assert importer.import_file(session, path) == CALLS
        return time.perf_counter() - began
    finally:
        session.close()


def main() -> int:
    bin_dir = binaries()
    if bin_dir is None:
        print(
            "skipped: PostgreSQL's server binaries are not installed (apt-get install postgresql)"
        )
        return 0
    pg_root = Path(tempfile.mkdtemp(prefix="hotline-pg-bench-"))
    root = Path(tempfile.mkdtemp(prefix="hotline-bench-import-"))
    server = create(bin_dir, pg_root, log_all=False)
    server.start()
    try:
        path = write_lines(root / "old.jsonl", old_calls(CALLS))
        desk_s = on_desk(root, path)
        joined = set_up_with(
            server, root / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
        )
        session = open_centre(joined.first, ADMIN, ADMIN_PW, send=False)
        try:
            began = time.perf_counter()
            assert importer.import_file(session, path) == CALLS
            centre_s = time.perf_counter() - began
            began = time.perf_counter()
            assert importer.import_file(session, path).held == CALLS
            again_s = time.perf_counter() - began
        finally:
            session.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(pg_root, ignore_errors=True)
    print(f"{CALLS} calls imported: desk {desk_s:.2f} s, centre {centre_s:.2f} s")
    print(f"ratio centre/desk: {centre_s / desk_s:.1f}")
    print(f"per call on the centre: {1000 * centre_s / CALLS:.1f} ms")
    print(f"the same file again on the centre (none stored): {again_s:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
