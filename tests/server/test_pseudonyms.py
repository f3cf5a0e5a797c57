"""Callers' pseudonyms on a centre: the server keeps only their keyed lookup value and
ciphertext. A planted pseudonym is found nowhere in pg_dump's output, the server's data
folder or its statement-by-statement logs, in any spelling; the server's superuser's
own SQL cannot list it; yet another operator finds the returning caller by the
pseudonym typed (any case and spacing), a supervisor's call log shows it, and a call
still in the outbox counts. A centre made before (pseudonyms in clear, no grant of the
persons secret) is converted by centre_pseudonyms.convert, verify stays clean."""

from __future__ import annotations

import subprocess
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest

from hotline import pseudonyms
from hotline.crypto.calltext import CallText
from hotline.errors import InvalidInput
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import (
    calllog,
    calls,
    centre_audit,
    centre_people,
    centre_pseudonyms,
    concerned,
)
from hotline.services import centre as centre_service
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_session import open_centre
from hotline.storage.calllog import CallFilter, Sort
from hotline.storage.keyfile import SECRET_PERSONS, KeyFile
from hotline.storage.server.audit import Appender
from hotline.storage.server.calls import ServerCallRepository
from hotline.storage.server.centre import CentreRepository
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.factories import job_in_dubai
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_centre_backup import _address
from tests.server.test_enrolment import centre_cli

MARKER = "Qz7Marker Pseudo 417"
OLD_MARKER = "Qz7Older Pseudo 233"  # saved in clear as before: in the server's logs then
AYSEL, AYSEL_PW = "aysel", "the kettle is always warm at dawn"
OPERATORS = frozenset({Role.OPERATOR})


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [(OPERATOR, OPERATORS, OPERATOR_PW), (AYSEL, OPERATORS, AYSEL_PW)],
    )


def _forms(text: str) -> list[bytes]:
    """The pseudonym as typed, folded (the desk's lookup form), and as hex of each."""
    found = []
    for form in (text, text.lower(), text.upper(), pseudonyms.key(text)):
        raw = form.encode("utf-8")
        found += [raw, raw.hex().encode(), raw.hex().upper().encode()]
    return found


def _files_holding(folder: Path, needles: list[bytes]) -> list[str]:
    return [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*"))
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def _dump(centre: JoinedCentre) -> bytes:
    return subprocess.run(
        [
            centre.server.tool("pg_dump"),
            "--no-password",
            "-d",
            centre.server.url(db=centre.database),
        ],
        capture_output=True,
        check=True,
    ).stdout


def _superuser(centre: JoinedCentre) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(centre.server.url(db=centre.database), autocommit=True)


def _everything_as_text(conn: psycopg.Connection[tuple[Any, ...]]) -> str:
    """Every row of every table of the centre's schema, as the superuser reads it."""
    tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'hotline'"
        ).fetchall()
    ]
    return "\n".join(
        str(row)
        for table in tables
        for row in conn.execute(f"SELECT t::text FROM hotline.{table} t").fetchall()
    )


def test_a_pseudonym_reaches_the_server_only_keyed_and_is_still_found(
    centre: JoinedCentre,
) -> None:
    leyla = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        uid = leyla.user_id or 0
        other = concerned.issue_pseudonym(leyla)  # a person concerned, issued here
        record = job_in_dubai(uid, caller_pseudonym=MARKER, concerned_pseudonym=other)
        saved = calls.save_call(leyla, record)
        # Not sent yet: the outbox's call is found all the same (offline).
        assert calls.find_pseudonym(leyla, "qz7marker   PSEUDO417") == MARKER
        assert leyla.outbox is not None
        leyla.outbox.send_now()
        assert leyla.outbox.store.count() == 0
    finally:
        leyla.close()
    with _superuser(centre) as su:
        su.execute("CHECKPOINT")
        su.execute("SELECT pg_switch_wal()")
        held = su.execute(
            "SELECT coded FROM hotline.calls WHERE id = %s", (saved.call_id,)
        ).fetchone()
        assert held is not None and "caller_key" in held[0] and "caller_pseudonym" not in held[0]
        # The server administrator's own SQL: every row of every table, as text.
        listed = _everything_as_text(su)
        needles = _forms(MARKER) + _forms(other)
        assert not [f for f in needles if f.decode("utf-8", "replace") in listed]
    assert not [n for n in needles if n in _dump(centre)]
    assert _files_holding(centre.server.data_dir, needles) == []
    lookup = str(held[0]["caller_key"]).encode()
    deadline = time.monotonic() + 5
    while not _files_holding(centre.server.log_dir, [lookup]):  # the statements are logged
        assert time.monotonic() < deadline, "the server's log never showed the save"
        time.sleep(0.1)
    assert _files_holding(centre.server.log_dir, needles) == []
    # The lookup function takes only a keyed value: a guessed pseudonym finds nothing
    # (asked after the logs were read: the statement itself is logged).
    with _superuser(centre) as su:
        for guess in (MARKER, pseudonyms.key(MARKER)):
            assert (
                su.execute("SELECT * FROM hotline.calls_of_person(%s)", (guess,)).fetchall() == []
            )

    # Another operator, who cannot read leyla's call, finds the returning caller.
    aysel = open_centre(centre.first, AYSEL, AYSEL_PW, send=False)
    try:
        draft = calls.start_call(aysel, returning=" qz7MARKER pseudo 417 ")
        assert draft.record.caller_pseudonym == MARKER
        history = calls.caller_history(aysel, MARKER)
        assert [h.call_id for h in history] == [saved.call_id]
        assert history[0].primary_topic == job_in_dubai(uid).primary_topic
        assert history[0].notes is None
        with pytest.raises(InvalidInput):
            calls.find_pseudonym(aysel, "Qz7Marker Pseudo 418")
        assert calls.new_pseudonym(aysel) != MARKER
        # The person concerned leyla's workstation issued is known on aysel's too.
        assert concerned.find(aysel, other.upper()) == concerned.ConcernedMatch(other, 1)
    finally:
        aysel.close()
    # The supervisor's call log (the first administrator) shows it, opened here.
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        page = calllog.first_page(admin, CallFilter(), Sort())
        assert {r.id: r.pseudonym for r in page.rows}[saved.call_id] == MARKER
    finally:
        admin.close()


# --- a centre made before -----------------------------------------------------------


def _as_made_before(centre: JoinedCentre) -> None:
    """What a centre set up before this version holds: no lookup function, no persons
    secret in the key file."""
    with psycopg.connect(centre.server.url(db=centre.database)) as su:
        su.execute("DROP FUNCTION hotline.calls_of_person(text)")
        su.execute("DROP POLICY owner_finds_person ON hotline.calls")
        raw = CentreRepository(su).key_file()
        assert raw is not None
        keyfile = KeyFile.from_bytes(raw, Path("<server>"))
        for holder in list(keyfile.holders_of(SECRET_PERSONS)):
            keyfile.drop_grant(holder, SECRET_PERSONS)
        su.execute("UPDATE hotline.key_file SET body = %s", (keyfile.to_bytes(),))


def _clear_call(signin: CentreSignIn, pseudonym: str) -> int:
    """A call saved as a workstation before this version did: the pseudonym in clear."""
    centre = CentreRepository(signin.conn).centre()
    assert centre is not None
    text = CallText(
        centre.desk_id,
        centre.casetext_public,
        signin.holder,
        signin.secrets.kem_private,
        None,
        lambda _uid: None,
    )
    call = centre_service.seal_call(
        text,
        centre.vault_public,
        centre_service.new_call_id(),
        datetime(2026, 2, 2, 10, 0, tzinfo=UTC),
        {"primary_topic": "labour", "operator_id": signin.user_id},
        {"notes": "a call"},
        IdentityDetails(name="Test Caller"),
    )
    call = replace(call, coded={**call.coded, "caller_pseudonym": pseudonym})
    private = signin.secrets.signing_private
    assert private is not None
    ServerCallRepository(signin.conn).save(
        call, audit=Appender(signin.conn, signin.user_id, private)
    )
    return call.id


def test_a_centre_made_before_is_converted(centre: JoinedCentre) -> None:
    _as_made_before(centre)
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        assert SECRET_PERSONS not in leyla.grants
        with pytest.raises(centre_pseudonyms.PseudonymsNotKeyed):  # nothing sent in clear again
            centre_pseudonyms.person_keys(leyla.grants)
        call_id = _clear_call(leyla, OLD_MARKER)
    finally:
        leyla.close()
    assert OLD_MARKER.encode() in _dump(centre)
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        assert centre_audit.verify_centre(admin.conn, None) == []
        with psycopg.connect(centre.server.url(db=centre.database)) as su:
            done = centre_pseudonyms.convert(su, admin)
        assert done.calls == 1 and done.holders >= 4  # admin, recovery, leyla, aysel
        with psycopg.connect(centre.server.url(db=centre.database)) as su:
            again = centre_pseudonyms.convert(su, admin)
        assert (again.calls, again.holders) == (0, 0)
        assert centre_audit.verify_centre(admin.conn, None) == []
    finally:
        admin.close()
    assert not [n for n in _forms(OLD_MARKER) if n in _dump(centre)]
    # The superuser's silent edit of a converted call is still named.
    with _superuser(centre) as su:
        su.execute(
            "UPDATE hotline.calls SET coded = coded || '{\"immediate_danger\": true}'"
            " WHERE id = %s",
            (call_id,),
        )
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        problems = centre_audit.verify_centre(admin.conn, None)
        assert len(problems) == 1 and str(call_id) in problems[0]
    finally:
        admin.close()
    aysel = open_centre(centre.first, AYSEL, AYSEL_PW, send=False)
    try:
        assert calls.find_pseudonym(aysel, OLD_MARKER.lower()) == OLD_MARKER
    finally:
        aysel.close()


def test_server_upgrade_with_an_administrator_keys_a_centre_made_before(
    centre: JoinedCentre,
) -> None:
    """`hotline server upgrade` on a centre made before says the pseudonyms are still in
    clear and changes nothing of them; run with --admin on the administrator's joined
    workstation, it keys them (in Russian here), and verify stays clean."""
    _as_made_before(centre)
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        _clear_call(leyla, OLD_MARKER)
    finally:
        leyla.close()
    address = _address(centre.server, centre.database)
    password = centre.server.password
    told = centre_cli(
        centre.first.folder, "server", "upgrade", "--server", address, stdin=f"{password}\n"
    )
    assert told.returncode == 0, told.stderr
    assert "--admin NAME" in told.stdout and "Traceback" not in told.stderr
    assert OLD_MARKER.encode() in _dump(centre)
    done = centre_cli(
        centre.first.folder,
        "server",
        "upgrade",
        "--server",
        address,
        "--admin",
        ADMIN,
        stdin=f"{password}\n{ADMIN_PW}\n",
        language="ru",
    )
    assert done.returncode == 0, done.stderr
    assert "Псевдонимы защищены ключом" in done.stdout and "keyed" not in done.stdout
    assert not [n for n in _forms(OLD_MARKER) if n in _dump(centre)]
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        assert SECRET_PERSONS in admin.grants
        assert centre_audit.verify_centre(admin.conn, None) == []
    finally:
        admin.close()
    again = centre_cli(
        centre.first.folder, "server", "upgrade", "--server", address, stdin=f"{password}\n"
    )
    assert again.returncode == 0 and "--admin" not in again.stdout
