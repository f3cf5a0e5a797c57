"""A centre's seal register off the server (issue 15): a pg_dump taken before a sealing,
restored, brings the sealed call's text back unless the seals made since are applied
again; ``restore --server`` applies them from the register beside the dump and from the
workstation's, and a forged line is refused. Retention and the register run at an
administrator's sign-in on a centre (as on the desk), not at an operator's."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from hotline.crypto import signing
from hotline.services import (
    centre_audit,
    centre_backup,
    centre_people,
    centre_sealing,
    centre_session,
)
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_session import open_centre
from hotline.storage import seal_register
from hotline.storage.keyfile import SECRET_EXPORT
from hotline.storage.seal_register import RegisterDamaged, RegisteredSeal
from hotline.storage.server import seal_witness
from hotline.storage.server.calls import SealedCall
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.postgres import PostgresServer
from tests.server.test_centre_backup import _address
from tests.server.test_centre_sealing import COURT, _hex_in, _operator, _pieces, _save
from tests.server.test_enrolment import centre_cli


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_joined(postgres, tmp_path / "admin-ws")


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def _dump_of(server: PostgresServer, database: str) -> bytes:
    return subprocess.run(
        [server.tool("pg_dump"), "--no-password", "-d", server.url(db=database)],
        capture_output=True,
        check=True,
    ).stdout


def _rows_of(server: PostgresServer, database: str, call_id: int) -> tuple[int, int, int, bool]:
    """The call's wrapped keys, text rows and vault rows, and whether it is marked sealed."""
    with psycopg.connect(server.url(db=database)) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM hotline.call_keys WHERE call_id = %(id)s),"
            " (SELECT count(*) FROM hotline.call_texts WHERE call_id = %(id)s),"
            " (SELECT count(*) FROM hotline.vault_entries WHERE call_id = %(id)s),"
            " EXISTS (SELECT 1 FROM hotline.sealed_calls WHERE call_id = %(id)s)",
            {"id": call_id},
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2]), bool(row[3])


def _gone(server: PostgresServer, database: str, call: SealedCall) -> None:
    assert _rows_of(server, database, call.id) == (0, 0, 0, True)
    dumped = _dump_of(server, database)
    assert not [piece for piece in _pieces(call) if _hex_in(dumped, piece)]


def test_a_restored_dump_from_before_a_sealing_is_sealed_again(
    centre: JoinedCentre, admin: CentreSignIn, tmp_path: Path
) -> None:
    server = centre.server
    leyla = _operator(centre, admin)
    try:
        call = _save(leyla, datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        other = _save(leyla, datetime(2026, 3, 3, 9, 30, tzinfo=UTC), pseudonym="Lale-2")
    finally:
        leyla.close()
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    backup = centre_backup.backup_centre(
        server.url(db=centre.database), ADMIN, ADMIN_PW, dumps / "before.dump"
    )
    centre_sealing.seal(admin, [call.id], COURT, registers=[dumps])
    on_workstation = seal_witness.beside(centre.first.folder)
    beside_dump = seal_witness.beside(dumps)
    for path in (on_workstation, beside_dump):
        [line] = seal_register.read(path, _export_public(admin))
        assert line.calls == (call.id,) and line.number == COURT.number
        assert "Sunbul" not in path.read_text(encoding="utf-8")

    # the danger: the dump restored with no register brings the sealed text back
    aside = tmp_path / "aside.register"
    beside_dump.rename(aside)
    plain = centre_backup.restore_centre(
        server.url(db=f"{centre.database}_plain"), backup.path, ADMIN, ADMIN_PW
    )
    assert plain.resealed == 0
    assert _rows_of(server, plain.database, call.id)[:3] != (0, 0, 0)

    # with the workstation's register: the sealed call's text is gone again
    from_ws = centre_backup.restore_centre(
        server.url(db=f"{centre.database}_ws"),
        backup.path,
        ADMIN,
        ADMIN_PW,
        seal_registers=[on_workstation],
    )
    assert from_ws.resealed == 1
    _gone(server, from_ws.database, call)
    assert _rows_of(server, from_ws.database, other.id)[:3] != (0, 0, 0)  # the other kept
    with psycopg.connect(server.url(db=from_ws.database)) as conn:
        assert centre_audit.verify_centre(conn, admin.secrets.pins.root) == []

    # with the register beside the dump (seal --backup wrote it there) alone
    aside.rename(beside_dump)
    from_folder = centre_backup.restore_centre(
        server.url(db=f"{centre.database}_folder"), backup.path, ADMIN, ADMIN_PW
    )
    assert from_folder.resealed == 1
    _gone(server, from_folder.database, call)

    # the command line on the workstation that sealed finds its register by itself (ru)
    beside_dump.unlink()
    into = f"{centre.database}_cli"
    done = centre_cli(
        centre.first.folder,
        "restore",
        "--server",
        _address(server, into),
        str(backup.path),
        user=ADMIN,
        stdin=f"{ADMIN_PW}\n{server.password}\n",
        language="ru",
    )
    assert done.returncode == 0, done.stderr
    assert "запечатаны снова" in done.stdout and "Traceback" not in done.stderr
    _gone(server, into, call)


def _export_public(signin: CentreSignIn) -> bytes:
    return signing.public_of(signin.grants[SECRET_EXPORT][0])


def test_a_forged_line_in_the_register_refuses_the_restore(
    centre: JoinedCentre, admin: CentreSignIn, tmp_path: Path
) -> None:
    """An operator who can write the workstation's files adds a seal of her own making
    (to destroy a call's text at the next restore): its signature is not the export
    key's, the restore is refused and its copy dropped."""
    server = centre.server
    leyla = _operator(centre, admin)
    try:
        call = _save(leyla, datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    finally:
        leyla.close()
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    backup = centre_backup.backup_centre(
        server.url(db=centre.database), ADMIN, ADMIN_PW, dumps / "c.dump"
    )
    forged = RegisteredSeal("decision", "court", "1", COURT.decided_on, "2026-01-01", (call.id,))
    body = forged.to_json("")
    mine = signing.new_private()
    line = {"line": body, "sig": signing.sign(mine, body.encode()).hex()}
    seal_witness.beside(dumps).write_text(json.dumps(line) + "\n", encoding="utf-8")
    into = f"{centre.database}_forged"
    with pytest.raises(RegisterDamaged):
        centre_backup.restore_centre(server.url(db=into), backup.path, ADMIN, ADMIN_PW)
    with psycopg.connect(server.url()) as conn:
        assert (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (into,)).fetchone() is None
        )
    assert _rows_of(server, centre.database, call.id)[:3] != (0, 0, 0)


def test_retention_runs_at_an_administrators_sign_in_on_a_centre(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    now = datetime.now(UTC)
    centre_sealing.set_retention(admin, 2)
    leyla = _operator(centre, admin)
    try:
        due = _save(leyla, now - timedelta(days=3 * 366), review="reviewed")
        recent = _save(leyla, now - timedelta(days=30), review="reviewed")
    finally:
        leyla.close()
    admin.close()
    server = centre.server

    # an operator's sign-in runs nothing
    session = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        assert session.scheduled is None and session.scheduled_error is None
        assert session.warnings == []
    finally:
        session.close()
    assert _rows_of(server, centre.database, due.id)[:3] != (0, 0, 0)

    session = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        done = session.scheduled
        assert done is not None and session.scheduled_error is None
        assert (done.retained, done.resealed, done.years) == (1, 0, 2)
        assert session.warnings == [centre_session.WARN_RETAINED]
    finally:
        session.close()
    _gone(server, centre.database, due)
    assert _rows_of(server, centre.database, recent.id)[3] is False
    with psycopg.connect(server.url(db=centre.database)) as conn:
        row = conn.execute(
            "SELECT kind FROM hotline.seal_decisions d JOIN hotline.sealed_calls s"
            " ON s.decision_id = d.id WHERE s.call_id = %s",
            (due.id,),
        ).fetchone()
    assert row is not None and row[0] == "retention"

    # the next sign-in finds nothing more to do
    session = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        assert session.scheduled is not None and session.scheduled.retained == 0
    finally:
        session.close()


def test_an_administrators_sign_in_seals_again_what_the_workstation_sealed(
    centre: JoinedCentre, admin: CentreSignIn, tmp_path: Path
) -> None:
    """The server put back to a copy from before a sealing (the superuser's own
    pg_restore over the centre, around hotline): the administrator's next sign-in on the
    workstation that sealed applies its register and the text is gone again."""
    server = centre.server
    leyla = _operator(centre, admin)
    try:
        call = _save(leyla, datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    finally:
        leyla.close()
    dump = tmp_path / "raw.dump"
    subprocess.run(
        [
            server.tool("pg_dump"),
            "--no-password",
            "-Fc",
            "-f",
            str(dump),
            "-d",
            server.url(db=centre.database),
        ],
        check=True,
        capture_output=True,
    )
    centre_sealing.seal(admin, [call.id], COURT)
    admin.close()
    # the superuser puts the sealed call's rows back from the dump
    subprocess.run(
        [
            server.tool("pg_restore"),
            "--no-password",
            "--data-only",
            "--disable-triggers",
            "-t",
            "call_keys",
            "-t",
            "call_texts",
            "-t",
            "vault_entries",
            "-d",
            server.url(db=centre.database),
            str(dump),
        ],
        check=True,
        capture_output=True,
    )
    with psycopg.connect(server.url(db=centre.database)) as conn:
        conn.execute("DELETE FROM hotline.sealed_calls WHERE call_id = %s", (call.id,))
    assert _rows_of(server, centre.database, call.id)[:3] != (0, 0, 0)

    session = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        assert session.scheduled is not None and session.scheduled.resealed == 1
        assert centre_session.WARN_RESEALED in session.warnings
    finally:
        session.close()
    _gone(server, centre.database, call)


def test_a_damaged_register_is_said_at_sign_in_and_does_not_keep_the_administrator_out(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    admin.close()
    seal_witness.beside(centre.first.folder).write_text("not a register line\n")
    session = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        assert session.scheduled is None
        assert isinstance(session.scheduled_error, RegisterDamaged)
        assert session.warnings == [centre_session.WARN_SCHEDULED_FAILED]
    finally:
        session.close()
