"""What the server holds of a call: a marker planted in the notes and the identity
details is found nowhere in pg_dump's output, the server's data folder or its logs
(every statement and parameter logged), in UTF-8 or as bytea's hex, nor is a
member's database password; the coded fields, in clear by design, are found in all
three: the search itself works."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.storage.server.calls import ServerCallRepository
from tests.server.centre import set_up
from tests.server.postgres import PostgresServer

SECRET = "Qz7MARKERnotes"
IDENTITY_SECRET = "Qz7MARKERname"
CODED = "qz7codedtopic"


def _forms(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    return [raw, raw.hex().encode(), raw.hex().upper().encode()]


def _files_holding(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            body = path.read_bytes()
            if any(n in body for n in needles):
                found.append(str(path.relative_to(folder)))
    return found


def test_no_free_text_reaches_the_server(postgres: PostgresServer) -> None:
    centre = set_up(postgres)
    leyla = centre.add_person("leyla", frozenset({Role.OPERATOR}))
    call_id = centre_service.new_call_id()
    sealed = centre_service.seal_call(
        centre.text_of("leyla"),
        centre.info.vault_public,
        call_id,
        datetime(2026, 11, 3, 22, 15, tzinfo=UTC),
        {"topic": CODED},
        {"notes": f"She said {SECRET} twice", "callback": f"after 18:00 {SECRET}"},
        IdentityDetails(name=IDENTITY_SECRET, phone="+994 55 000 11 22", address=SECRET),
    )
    with centre.connect_as("leyla") as conn:
        ServerCallRepository(conn).save(sealed)
    with centre.superuser() as conn:
        conn.execute("CHECKPOINT")  # the rows on disk, not only in the WAL
        conn.execute("SELECT pg_switch_wal()")
    dump = subprocess.run(
        [
            centre.server.tool("pg_dump"),
            "--no-password",
            "-d",
            centre.server.url(db=centre.database),
        ],
        capture_output=True,
        check=True,
    ).stdout
    secrets = _forms(SECRET) + _forms(IDENTITY_SECRET) + [leyla.db_password.encode()]
    assert not [s for s in secrets if s in dump]
    assert CODED.encode() in dump
    assert _files_holding(centre.server.data_dir, secrets) == []
    assert _files_holding(centre.server.data_dir, [CODED.encode()])  # heap or WAL
    deadline = time.monotonic() + 5
    while not _files_holding(centre.server.log_dir, [CODED.encode()]):
        assert time.monotonic() < deadline, "the server's log never showed the statement"
        time.sleep(0.1)
    assert _files_holding(centre.server.log_dir, secrets) == []
