"""Backups of a centre (issue 15): pg_dump of the server into a file, recorded in the
register, restored into a second database that opens with the same calls and key
file; the notes and identity details are not in the dump (ciphertext only); whatever
is refused leaves nothing behind. With the tests' real server, and from the command
line in a child process."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from hotline.errors import WrongPassword
from hotline.permissions import Role
from hotline.services import centre as centre_service
from hotline.services import centre_backup
from hotline.storage.backup_register import BackupRegister
from hotline.storage.server import dumps
from hotline.storage.server.calls import ServerCallRepository
from tests.conftest import ADMIN, ADMIN_PW
from tests.helpers import hotline
from tests.server.centre import ServerCentre, set_up
from tests.server.offline import sealed
from tests.server.postgres import HOST, SUPERUSER, PostgresServer

MARKER = "Qz7BACKUPnotes"


def _forms(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    return [raw, raw.hex().encode(), raw.hex().upper().encode()]


def _centre_with_calls(server: PostgresServer, calls: int = 3) -> tuple[ServerCentre, list[int]]:
    centre = set_up(server)
    centre.add_person("leyla", frozenset({Role.OPERATOR}))
    ids = []
    with centre.connect_as("leyla") as conn:
        repo = ServerCallRepository(conn)
        for _ in range(calls):
            call = sealed(centre, note=MARKER)
            assert repo.save(call)
            ids.append(call.id)
    return centre, ids


def _count(server: PostgresServer, database: str, table: str = "calls") -> int:
    with psycopg.connect(server.url(db=database)) as conn:
        row = conn.execute(f"SELECT count(*) FROM hotline.{table}").fetchone()
    assert row is not None
    return int(row[0])


def _databases(server: PostgresServer) -> set[str]:
    with psycopg.connect(server.url()) as conn:
        return {str(r[0]) for r in conn.execute("SELECT datname FROM pg_database").fetchall()}


def test_a_centre_backed_up_and_restored_opens_with_the_same_calls(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    centre, ids = _centre_with_calls(postgres)
    dump = tmp_path / "centre.dump"
    made = centre_backup.backup_centre(postgres.url(db=centre.database), ADMIN, ADMIN_PW, dump)
    assert made.calls == 3 and made.path == dump and dump.stat().st_size == made.size
    assert dump.read_bytes().startswith(dumps.MAGIC)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["centre-backups.jsonl", "centre.dump"]
    register = BackupRegister(made.register, centre.info.desk_id, centre.info.export_public)
    [entry] = register.entries()
    assert (entry.path, entry.calls, entry.sha256, entry.by) == (dump, 3, made.sha256, 1)
    assert register.check() == []

    second = f"{centre.database}_restored"
    restored = centre_backup.restore_centre(postgres.url(db=second), dump, ADMIN, ADMIN_PW)
    assert (restored.database, restored.source, restored.calls) == (second, centre.database, 3)
    assert restored.registered is not None and restored.registered.seq == entry.seq
    for table in ("calls", "call_keys", "call_texts", "vault_entries", "members"):
        assert _count(postgres, second, table) == _count(postgres, centre.database, table)
    with (
        psycopg.connect(postgres.url(db=centre.database)) as a,
        psycopg.connect(postgres.url(db=second)) as b,
    ):
        key_files = [c.execute("SELECT body FROM hotline.key_file").fetchone() for c in (a, b)]
        policies = [
            c.execute("SELECT count(*) FROM pg_policies WHERE schemaname = 'hotline'").fetchone()
            for c in (a, b)
        ]
    assert key_files[0] == key_files[1] and key_files[0] is not None
    assert policies[0] == policies[1] and policies[0] != (0,)
    # the operator reads her own call in the copy, and its notes open: the ciphertext is whole
    leyla = centre.people["leyla"]
    with psycopg.connect(postgres.url(leyla.login, leyla.db_password, second)) as conn:
        call = ServerCallRepository(conn).load(ids[0])
    assert call is not None
    notes = centre_service.open_texts(centre.text_of("leyla"), call)["notes"]
    assert MARKER in notes
    # the restore checked the copy: the register says so
    assert (
        BackupRegister(made.register, centre.info.desk_id, centre.info.export_public)
        .entries()[0]
        .verified_at
        is not None
    )


def test_the_dump_holds_no_notes_nor_identity_in_clear(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    centre, _ids = _centre_with_calls(postgres, 2)
    dump = tmp_path / "centre.dump"
    centre_backup.backup_centre(postgres.url(db=centre.database), ADMIN, ADMIN_PW, dump)
    raw = dump.read_bytes()
    script = dumps.script(dump).encode("utf-8")  # the rows as pg_restore would write them
    needles = _forms(MARKER) + _forms(f"{MARKER}name") + [ADMIN_PW.encode()]
    for body in (raw, script):
        assert [n for n in needles if n in body] == []
    assert b"COPY hotline.call_texts" in script and b'"topic": "labour"' in script


def test_refused_backups_and_restores_leave_nothing_behind(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    centre, _ids = _centre_with_calls(postgres, 1)
    url = postgres.url(db=centre.database)
    dump = tmp_path / "centre.dump"
    with pytest.raises(WrongPassword):
        centre_backup.backup_centre(url, ADMIN, "not the password", dump)
    with pytest.raises(WrongPassword):
        centre_backup.backup_centre(url, "leyla", ADMIN_PW, dump)  # no slot: not an admin
    assert list(tmp_path.iterdir()) == []
    made = centre_backup.backup_centre(url, ADMIN, ADMIN_PW, dump)
    before = dump.read_bytes()
    with pytest.raises(centre_backup.BackupFileExists):
        centre_backup.backup_centre(url, ADMIN, ADMIN_PW, dump)
    assert dump.read_bytes() == before
    databases = _databases(postgres)
    with pytest.raises(centre_backup.DatabaseExists):  # never over the centre itself
        centre_backup.restore_centre(url, dump, ADMIN, ADMIN_PW)
    assert _count(postgres, centre.database) == 1
    not_a_dump = tmp_path / "notes.txt"
    not_a_dump.write_text("hello")
    with pytest.raises(dumps.NotACentreDump):
        centre_backup.restore_centre(postgres.url(db="centre_nope"), not_a_dump, ADMIN, ADMIN_PW)
    with pytest.raises(WrongPassword):
        centre_backup.restore_centre(postgres.url(db="centre_nope"), dump, ADMIN, "wrong")
    # a file put in the place of the recorded one: another (valid) dump, refused
    other = tmp_path / "other" / "centre.dump"
    other.parent.mkdir()
    with centre.superuser() as conn:
        conn.execute("DELETE FROM hotline.calls")  # the same centre, other contents
    centre_backup.backup_centre(url, ADMIN, ADMIN_PW, other)
    shutil.copyfile(other, dump)
    with pytest.raises(centre_backup.BackupChanged):
        centre_backup.restore_centre(postgres.url(db="centre_nope"), dump, ADMIN, ADMIN_PW)
    assert _databases(postgres) == databases  # every refused restore dropped its database
    assert made.seq == 1


def _address(server: PostgresServer, database: str) -> str:
    return (
        f"postgresql://{SUPERUSER}@{HOST}:{server.port}/{database}"
        f"?sslmode=verify-full&sslrootcert={quote(str(server.cert))}"
    )


def test_backup_and_restore_of_a_centre_from_the_command_line(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    centre, _ids = _centre_with_calls(postgres, 2)
    dump = tmp_path / "backups" / "centre.dump"
    dump.parent.mkdir()
    passwords = f"{ADMIN_PW}\n{postgres.password}\n"
    made = hotline(
        tmp_path / "unused",
        "backup",
        "--server",
        _address(postgres, centre.database),
        "--out",
        str(dump),
        user=ADMIN,
        stdin=passwords,
    )
    assert made.returncode == 0, made.stderr
    assert "2" in made.stdout and str(dump) in made.stdout
    second = f"{centre.database}_cli"
    restored = hotline(
        tmp_path / "unused",
        "restore",
        "--server",
        _address(postgres, second),
        str(dump),
        user=ADMIN,
        stdin=passwords,
    )
    assert restored.returncode == 0, restored.stderr
    assert second in restored.stdout and centre.database in restored.stdout
    assert _count(postgres, second) == 2
    # bad input: a clear message, no traceback, nothing made
    again = hotline(
        tmp_path / "unused",
        "backup",
        "--server",
        _address(postgres, centre.database),
        "--out",
        str(tmp_path / "x.dump"),
        user=ADMIN,
        stdin=f"wrong password\n{postgres.password}\n",
    )
    assert again.returncode != 0
    assert "Traceback" not in again.stderr and "password is wrong" in again.stderr
    assert not (tmp_path / "x.dump").exists()
    assert not (tmp_path / "unused").exists()
