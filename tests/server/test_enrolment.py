"""Enrolling a workstation in a centre: one-time codes, ``hotline join``, and every
refusal (mistyped, wrong, used, expired code; wrong fingerprint; server down) said
plainly with nothing written; run against the tests' own PostgreSQL."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import psycopg
import pytest

from hotline.crypto import enrolment as codes
from hotline.errors import DeskError
from hotline.permissions import Role
from hotline.services import centre_people, enrolment
from hotline.storage import device
from hotline.storage.server import workstation
from hotline.storage.server.errors import (
    AddressInvalid,
    CertificateMismatch,
    CodeExpired,
    CodeMistyped,
    CodeRefused,
    CodeUsed,
    ServerUnreachable,
    WorkstationSecretMissing,
)
from hotline.storage.server.workstation import CentreJoined, WorkstationFileDamaged
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.helpers import ROOT, child_env
from tests.server.centre import new_database
from tests.server.enrolled import JoinedCentre, fingerprint_of, set_up_joined
from tests.server.postgres import HOST, SUPERUSER, PostgresServer
from tests.test_keychain import MemoryKeyring


def centre_cli(
    config: Path, *args: str, stdin: str = "", user: str | None = None, language: str = "en"
) -> subprocess.CompletedProcess[str]:
    """The real command line of a workstation (no --data-dir: it acts on the centre)."""
    command = [sys.executable, "-m", "hotline", "--config-dir", str(config)]
    command += ["--language", language]
    if user is not None:
        command += ["--user", user]
    if stdin:
        command += ["--password-stdin"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        cwd=ROOT,
    )


def _code_in(output: str) -> str:
    found = [word for word in output.split() if codes.parse(word) is not None]
    assert found, output
    return found[0]


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_joined(postgres, tmp_path / "admin-ws")


def _workstation_logins(server: PostgresServer, database: str) -> list[str]:
    with psycopg.connect(server.url(db=database)) as conn:
        rows = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname ~ %s ORDER BY rolname",
            (f"^{database}_w[0-9]+$",),
        ).fetchall()
    return [str(r[0]) for r in rows]


def test_a_workstation_joins_from_the_command_line_and_the_new_operator_signs_in_there(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    database = new_database(postgres)
    from hotline.services import centre as centre_service

    centre_service.init_centre(postgres.url(db=database), ADMIN, ADMIN_PW)
    address = f"{HOST}:{postgres.port}/{database}"
    superuser_url = (
        f"postgresql://{SUPERUSER}@{HOST}:{postgres.port}/{database}"
        f"?sslmode=verify-full&sslrootcert={postgres.cert}"
    )
    first = tmp_path / "admin-ws"
    issued = centre_cli(first, "enrol", "--server", superuser_url, stdin=f"{postgres.password}\n")
    assert issued.returncode == 0, issued.stderr
    assert postgres.password not in issued.stdout
    joined = centre_cli(
        first,
        "join",
        address,
        "--fingerprint",
        fingerprint_of(postgres),
        "--code",
        _code_in(issued.stdout),
        "--no-keychain",
    )
    assert joined.returncode == 0, joined.stderr
    assert "Joined the centre" in joined.stdout and "NOT bound to a keychain" in joined.stdout
    config = json.loads((first / "centre.json").read_text())
    assert set(config) == {"format", "host", "port", "database", "desk_id", "login", "keychain"}
    assert config["login"] == f"{database}_w1" and config["keychain"] == "none"
    assert oct((first / "workstation.secret").stat().st_mode & 0o777) == "0o600"

    added = centre_cli(
        first,
        "users",
        "add",
        OPERATOR,
        "--roles",
        "operator",
        user=ADMIN,
        stdin=f"{ADMIN_PW}\n{OPERATOR_PW}\n",
    )
    assert added.returncode == 0, added.stderr
    assert f"Added {OPERATOR}" in added.stdout
    second = tmp_path / "leyla-ws"  # another machine: its own config folder
    joined = centre_cli(
        second,
        "join",
        address,
        "--fingerprint",
        fingerprint_of(postgres),
        "--code",
        _code_in(added.stdout),
        "--no-keychain",
    )
    assert joined.returncode == 0, joined.stderr
    listed = centre_cli(second, "users", "list", user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        f"1\t{ADMIN}\tadministrator,supervisor\tactive",
        f"2\t{OPERATOR}\toperator\tactive",
    ]
    # Signed in from her workstation, she is her own login role and saves her own call.
    ws = workstation.load(second)
    assert ws is not None
    signin = centre_people.sign_in(ws, OPERATOR, OPERATOR_PW)
    try:
        assert signin.roles == frozenset({Role.OPERATOR})
        who = signin.conn.execute("SELECT session_user").fetchone()
        assert who == (f"{database}_u2",)
        signin.conn.execute(
            "INSERT INTO hotline.calls(id, started_at, coded) VALUES (77, now(), '{}')"
        )
        assert signin.conn.execute("SELECT author FROM hotline.calls").fetchone() == who
    finally:
        signin.close()
    # Nothing of a password or a code in the workstation's files.
    files = b"".join(p.read_bytes() for p in second.iterdir() if p.is_file())
    assert OPERATOR_PW.encode() not in files and ADMIN_PW.encode() not in files


def test_a_mistyped_wrong_used_or_expired_code_is_refused_and_nothing_is_written(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        code = centre_people.issue_code(admin)
        expired = centre_people.issue_code(admin)
    finally:
        admin.close()
    number, secret = codes.parse(code) or (0, "")
    other_secret = "".join("0" if ch != "0" else "1" for ch in secret)
    attempts: list[tuple[str, type[DeskError]]] = [
        (code[:-1] + ("X" if code[-1] != "X" else "Y"), CodeMistyped),  # check fails
        (codes.format_code(number, other_secret), CodeRefused),  # well formed, not it
        (codes.format_code(number + 50, secret), CodeRefused),  # no such enrolment
    ]
    folder = tmp_path / "ws"
    for typed, refusal in attempts:
        with pytest.raises(refusal):
            centre.join(folder, typed)
        assert not folder.exists()
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as conn:
        conn.execute(
            "UPDATE hotline.enrolments SET expires_at = now() - interval '1 minute' WHERE id = %s",
            ((codes.parse(expired) or (0, ""))[0],),
        )
    with pytest.raises(CodeExpired):
        centre.join(folder, expired)
    assert not folder.exists()
    assert _workstation_logins(centre.server, centre.database) == [f"{centre.database}_w1"]
    # The right code still works after all that, once.
    centre.join(folder, code)
    with pytest.raises(CodeUsed):
        centre.join(tmp_path / "ws-again", code)
    assert not (tmp_path / "ws-again").exists()
    with pytest.raises(CentreJoined):  # and a joined workstation is not joined over
        centre.join(folder, code)


def test_the_refusals_are_said_in_each_language_without_a_traceback(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    folder = tmp_path / "ws"
    words = {"en": "already used", "az": "artıq istifadə", "ru": "уже использован"}
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        code = centre_people.issue_code(admin)
    finally:
        admin.close()
    centre.join(tmp_path / "first", code)
    for language, word in words.items():
        result = centre_cli(
            folder,
            "join",
            centre.address,
            "--fingerprint",
            fingerprint_of(centre.server),
            "--code",
            code,
            "--no-keychain",
            language=language,
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert word in result.stderr, result.stderr
    mistyped = centre_cli(
        folder, "join", centre.address, "--fingerprint", "AB", "--code", "1-ABC", language="ru"
    )
    assert mistyped.returncode == 1 and "Traceback" not in mistyped.stderr
    assert "код" in mistyped.stderr
    assert not folder.exists()


def test_a_wrong_fingerprint_or_a_server_that_is_down_writes_nothing(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        code = centre_people.issue_code(admin)
    finally:
        admin.close()
    folder = tmp_path / "ws"
    wrong = "SHA256:" + ":".join(["AB"] * 32)
    with pytest.raises(CertificateMismatch):
        enrolment.join(centre.address, wrong, code, folder, bind_keychain=False)
    assert not folder.exists()
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        free = sock.getsockname()[1]
    with pytest.raises(ServerUnreachable):
        enrolment.join(
            f"{HOST}:{free}/{centre.database}",
            fingerprint_of(centre.server),
            code,
            folder,
            bind_keychain=False,
        )
    assert not folder.exists()
    with pytest.raises(AddressInvalid):
        enrolment.join("not an address", wrong, code, folder, bind_keychain=False)
    # The code was never spent.
    centre.join(folder, code)


def test_joining_binds_the_workstation_to_the_keychain(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
        try:
            good, used = centre_people.issue_code(admin), centre_people.issue_code(admin)
        finally:
            admin.close()
        centre.join(tmp_path / "spent", used)
        with pytest.raises(CodeUsed):  # a refused join leaves no keychain entry behind
            enrolment.join(centre.address, fingerprint_of(centre.server), used, tmp_path / "ws")
        assert backend.store == {}
        ws = enrolment.join(centre.address, fingerprint_of(centre.server), good, tmp_path / "ws")
        assert ws.keychain == device.MODE_KEYRING and not ws.secret_file.exists()
        assert [k[1] for k in backend.store] == [enrolment.keychain_name(ws.desk_id, ws.login)]
        centre_people.sign_in(ws, ADMIN, ADMIN_PW).close()
        backend.store.clear()  # the keychain lost: the workstation says so
        with pytest.raises(WorkstationSecretMissing):
            centre_people.sign_in(ws, ADMIN, ADMIN_PW)
    finally:
        keyring.set_keyring(previous)


def test_a_damaged_workstation_file_is_named_and_a_missing_secret_too(
    centre: JoinedCentre,
) -> None:
    ws = centre.first
    ws.secret_file.rename(ws.secret_file.with_suffix(".moved"))
    with pytest.raises(WorkstationSecretMissing):
        centre_people.sign_in(ws, ADMIN, ADMIN_PW)
    workstation.path_in(ws.folder).write_text("{not json")
    with pytest.raises(WorkstationFileDamaged):
        workstation.load(ws.folder)


def test_joining_a_centre_of_another_schema_version_is_refused_and_the_code_kept(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    """``hotline join`` of a workstation whose code knows fewer schema steps than the
    server (or more) says so at once, writes nothing and leaves the code unused: it
    would otherwise join, then be refused at every sign-in."""
    from hotline.storage.server import schema_steps

    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        code = centre_people.issue_code(admin)
    finally:
        admin.close()
    newest = schema_steps.known()
    folder = tmp_path / "ws"
    for version, refusal in (
        (newest + 1, schema_steps.CodeOlderThanCentre),
        (newest - 1, schema_steps.CentreNeedsUpgrade),
    ):
        with psycopg.connect(centre.server.url(db=centre.database)) as conn:
            conn.execute("UPDATE hotline.centre SET schema_version = %s", (version,))
        with pytest.raises(refusal) as refused:
            enrolment.join(
                centre.address, fingerprint_of(centre.server), code, folder, bind_keychain=False
            )
        assert "Traceback" not in refused.value.message()
        assert not folder.exists()
    with psycopg.connect(centre.server.url(db=centre.database)) as conn:
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest,))
    centre.join(folder, code)  # the code was never spent
