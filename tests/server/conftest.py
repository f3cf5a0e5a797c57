"""The tests' PostgreSQL server, started once per session on loopback.

The binaries come from Debian's ``postgresql`` package (``make test`` installs it
with the Qt libraries, scripts/system_deps.sh). Skipped, with the reason, only
where they are not installed and cannot be; under CI (``HOTLINE_CI=1``, set by
.ci/run) a missing server fails instead of skipping.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.postgres import PostgresServer, serve


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    yield from serve("hotline-pg-")
