"""The tests' PostgreSQL server, started once per session on loopback.

The binaries come from Debian's ``postgresql`` package (``make test`` installs it
with the Qt libraries, scripts/system_deps.sh). Skipped, with the reason, only
where they are not installed and cannot be; under CI (``HOTLINE_CI=1``, set by
.ci/run) a missing server fails instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.postgres import PostgresServer, binaries, create


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = binaries()
    if bin_dir is None:
        reason = (
            "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: "
            "`apt-get install postgresql` (make test does it where apt-get is at hand)"
        )
        if os.environ.get("HOTLINE_CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    # Not pytest's tmp_path: under root it is a 0700 folder the server's user cannot enter.
    root = Path(tempfile.mkdtemp(prefix="hotline-pg-"))
    try:
        server = create(bin_dir, root)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
