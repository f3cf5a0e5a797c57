"""Attack: an operator holding her own login role and password runs any SQL it allows.

Leyla (operator) attacks Aysel's (operator) calls and the centre's own rows; Nigar (an
administrator) abuses the SECURITY DEFINER functions. Each attack either fails with
permission denied / a refusal, or is named by the chain's verify."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb

from hotline.permissions import Role
from hotline.records import to_iso, utcnow
from hotline.services import centre as centre_service
from hotline.storage.server.audit import Appender, ServerAuditLog
from hotline.storage.server.calls import ServerCallRepository
from hotline.storage.server.notify import Listener
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer
from tests.server.workstations import admin_key, enrol

Denied = (errors.InsufficientPrivilege, errors.UndefinedTable, errors.UndefinedFunction)


@pytest.fixture
def centre(postgres: PostgresServer) -> ServerCentre:
    found = set_up(postgres)
    enrol(found, "leyla", frozenset({Role.OPERATOR}))
    enrol(found, "aysel", frozenset({Role.OPERATOR}))
    enrol(found, "nigar", frozenset({Role.ADMINISTRATOR}))
    return found


def _save(centre: ServerCentre, name: str, coded: dict[str, object] | None = None) -> int:
    """A call saved as a workstation saves it: sealed, with its signed call.save entry."""
    person = centre.people[name]
    call_id = centre_service.new_call_id()
    sealed = centre_service.seal_call(
        centre.text_of(name),
        centre.info.vault_public,
        call_id,
        datetime(2026, 11, 3, 22, 15, tzinfo=UTC),
        coded if coded is not None else {"operator_id": person.user_id, "channel": "phone"},
        {"notes": "a flat on Nizami street"},
        None,
    )
    secrets = person.identity.secrets
    assert secrets.signing_private is not None
    with centre.connect_as(name) as conn:
        appender = Appender(conn, person.user_id, secrets.signing_private)
        assert ServerCallRepository(conn).save(sealed, audit=appender)
    return call_id


def _verify(centre: ServerCentre) -> list[str]:
    _key, pin = admin_key(centre)
    with centre.superuser() as conn:
        return ServerAuditLog(conn).verify(pin)


def test_the_operators_sql_on_rows_not_hers_is_refused(centre: ServerCentre) -> None:
    aysels = _save(centre, "aysel")
    mine = _save(centre, "leyla")
    assert _verify(centre) == []
    leyla = centre.people["leyla"]
    attacks: list[tuple[str, tuple[object, ...] | None]] = [
        ("SELECT sealed FROM hotline.vault_entries", None),
        ("UPDATE hotline.calls SET coded = '{}' WHERE id = %s", (mine,)),
        ("DELETE FROM hotline.calls WHERE id = %s", (mine,)),
        ("UPDATE hotline.call_keys SET sealed = 'x' WHERE call_id = %s", (mine,)),
        ("DELETE FROM hotline.call_texts WHERE call_id = %s", (mine,)),
        ("DELETE FROM hotline.vault_entries", None),
        ("UPDATE hotline.audit SET details = '{}' WHERE seq = 1", None),
        ("DELETE FROM hotline.audit", None),
        ("TRUNCATE hotline.audit", None),
        ("UPDATE hotline.key_file SET body = 'x'", None),
        (
            "UPDATE hotline.members SET roles = '{administrator}' WHERE user_id = %s",
            (leyla.user_id,),
        ),
        (
            "INSERT INTO hotline.members(user_id, user_name, roles, signing_public)"
            " VALUES (99, 'ghost', '{administrator}', 'x')",
            None,
        ),
        ("UPDATE hotline.centre SET vault_public = 'x'", None),
        (
            "INSERT INTO hotline.review_claims(call_id, user_id, expires_at)"
            " VALUES (%s, %s, now() + interval '1 day')",
            (aysels, leyla.user_id),
        ),
        ("SELECT * FROM hotline.review_claims", None),
        (
            "INSERT INTO hotline.seal_decisions(kind, body, number, decided_on, calls)"
            " VALUES ('decision', 'court', '1', now(), 1)",
            None,
        ),
        ("INSERT INTO hotline.sealed_calls(call_id, decision_id) VALUES (%s, 1)", (aysels,)),
        (
            "INSERT INTO hotline.legal_holds(call_id, reason_sealed, placed_by)"
            " VALUES (%s, 'x', 1)",
            (mine,),
        ),
        ("SELECT * FROM hotline.legal_holds", None),
        # (seal_decisions stay readable: an operator's own list shows a sealed call as its
        # decision, hotline.storage.server.calllog)
        ("UPDATE hotline.retention SET years = 1", None),
        ("SELECT * FROM hotline.approvals", None),
        (
            "INSERT INTO hotline.approvals(body, requested_by, request_sig) VALUES ('{}', 1, 'x')",
            None,
        ),
        ("SELECT * FROM hotline.enrolments", None),
        ("SELECT hotline.issue_enrolment('SCRAM-SHA-256$x', 24, NULL)", None),
        ("SELECT hotline.add_login(99, 'SCRAM-SHA-256$x', ARRAY['x_admin'])", None),
        ("SELECT hotline.set_login(%s, NULL, ARRAY['x'], true)", (leyla.user_id,)),
        ("SELECT hotline.set_desk_groups(%s, ARRAY[]::text[])", (leyla.login,)),
        ("SELECT hotline.redeem_enrolment('SCRAM-SHA-256$x')", None),
        ("SELECT hotline.check_verifier('x')", None),
        (f'GRANT "{centre.database}_admin" TO "{leyla.login}"', None),
        (f'ALTER ROLE "{leyla.login}" CREATEROLE', None),
        ("CREATE ROLE intruder LOGIN", None),
        ("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'", None),
        ("CREATE TEMP TABLE t AS SELECT 1", None),
        ("SELECT pg_read_file('postgresql.conf')", None),
        ("COPY hotline.audit TO '/tmp/audit.copy'", None),
        ("SELECT lo_import('/etc/passwd')", None),
    ]
    with centre.connect_as("leyla") as conn:
        for statement, params in attacks:
            with pytest.raises(Denied):
                conn.execute(statement, params)
        # What RLS hides is simply not there: Aysel's call, its keys and text.
        for table, column in (("calls", "id"), ("call_keys", "call_id"), ("call_texts", "call_id")):
            found = conn.execute(
                f"SELECT count(*) FROM hotline.{table} WHERE {column} = %s", (aysels,)
            ).fetchone()
            assert found == (0,), table
        # Rows slipped into Aysel's call, onto its id, or onto a call of hers.
        slipped = [
            (
                "INSERT INTO hotline.call_keys(call_id, holder, suite, sealed)"
                " VALUES (%s, 'user:2', 's', 'x')",
                (aysels,),
            ),
            (
                "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'notes', 'x')",
                (aysels,),
            ),
            (
                "INSERT INTO hotline.vault_entries(call_id, suite, context, sealed)"
                " VALUES (%s, 's', 'c', 'x')",
                (aysels,),
            ),
        ]
        for statement, params in slipped:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, params)
        # Her call with Aysel's id: the id is taken (and she cannot learn ids she has not
        # heard), so nothing of Aysel's changes; ON CONFLICT DO UPDATE needs UPDATE.
        with pytest.raises((errors.UniqueViolation, errors.InsufficientPrivilege)):
            conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, now(), %s)",
                (aysels, Jsonb({"operator_id": leyla.user_id})),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, now(), %s)"
                " ON CONFLICT (id) DO UPDATE SET coded = EXCLUDED.coded",
                (aysels, Jsonb({"operator_id": leyla.user_id})),
            )
    with centre.superuser() as conn:
        texts = conn.execute(
            "SELECT count(*) FROM hotline.call_texts WHERE call_id = %s", (aysels,)
        ).fetchone()
        assert texts == (1,)
    assert _verify(centre) == []


def test_a_call_filed_under_another_operators_name_is_refused(centre: ServerCentre) -> None:
    """The call log names the operator from the coded ``operator_id``: Leyla's own SQL
    files a call as Aysel's (the desk asks for a supervisor's 'on behalf' for that)."""
    aysel = centre.people["aysel"]
    leyla = centre.people["leyla"]
    forged = [
        {"operator_id": aysel.user_id},
        {"operator_id": aysel.user_id, "entered_by": leyla.user_id},  # on behalf: supervisors'
        {"operator_id": leyla.user_id, "entered_by": aysel.user_id},
        {"entered_by": aysel.user_id},
        {"operator_id": 1},
    ]
    with centre.connect_as("leyla") as conn:
        for coded in forged:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, now(), %s)",
                    (centre_service.new_call_id(), Jsonb(coded)),
                )
    # Her own, as the workstation writes it, still goes in; and a supervisor enters a
    # call on an operator's behalf.
    _save(centre, "leyla")
    enrol(centre, "rashad", frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    rashad = centre.people["rashad"]
    _save(centre, "rashad", {"operator_id": aysel.user_id, "entered_by": rashad.user_id})
    assert _verify(centre) == []


def test_a_call_written_around_the_audit_log_is_named_by_verify(centre: ServerCentre) -> None:
    """Leyla inserts a whole call of her own with bare SQL and no call.save entry; the
    superuser removes a call and its rows; both are named."""
    leyla = centre.people["leyla"]
    with centre.connect_as("leyla") as conn:
        conn.execute(
            "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, now(), %s)",
            (centre_service.new_call_id(), Jsonb({"operator_id": leyla.user_id})),
        )
    problems = _verify(centre)
    assert any("no call.save entry" in p for p in problems), problems
    gone = _save(centre, "aysel")
    with centre.superuser() as conn:
        conn.execute("DELETE FROM hotline.calls WHERE author = %s", (leyla.login,))
    assert _verify(centre) == []
    with centre.connect_as("nigar") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("DELETE FROM hotline.calls WHERE id = %s", (gone,))
    with centre.superuser() as conn:
        conn.execute("DELETE FROM hotline.calls WHERE id = %s", (gone,))
    problems = _verify(centre)
    assert any("no longer holds" in p for p in problems), problems


def test_entries_forged_by_an_operator_are_named_by_verify(centre: ServerCentre) -> None:
    """Leyla appends entries with her own SQL: one in Aysel's name signed with her own
    key, a grant making herself an administrator, a junk hash, one with another login
    as its author; and a call.save entry for Aysel's call."""
    _save(centre, "aysel")
    leyla = centre.people["leyla"]
    aysel = centre.people["aysel"]
    key = leyla.identity.secrets.signing_private
    assert key is not None
    with centre.connect_as("leyla") as conn:
        log = ServerAuditLog(conn)
        log.append(aysel.user_id, key, "call.notes_read", "call", 5)
        assert _verify(centre) and any("signature" in p for p in _verify(centre))
    # each forgery on a fresh chain copy would be cleaner; one chain, several names
    with centre.connect_as("leyla") as conn:
        ServerAuditLog(conn).append(
            leyla.user_id,
            key,
            "user.roles",
            "user",
            leyla.user_id,
            {"user_id": leyla.user_id, "roles": ["administrator"]},
        )
        head = ServerAuditLog(conn).last()
        at = to_iso(utcnow())
        conn.execute(
            "INSERT INTO hotline.audit(seq, at, user_id, action, object_type, object_id,"
            " details, prev_hash, hash, signature) VALUES (%s,%s,%s,'call.save','call',1,"
            "'{}',%s,%s,%s)",
            (head.seq + 1, at, leyla.user_id, head.hash, os.urandom(32), os.urandom(64)),
        )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hotline.audit(seq, at, user_id, action, object_type, object_id,"
                " details, prev_hash, hash, signature, author) VALUES (%s,%s,%s,'x','',"
                "NULL,'{}',%s,%s,%s,%s)",
                (head.seq + 2, at, aysel.user_id, head.hash, b"", b"", aysel.login),
            )
    problems = _verify(centre)
    assert any("not an administrator" in p for p in problems), problems
    assert any("changed after it was written" in p for p in problems), problems


def test_listening_gives_ids_only_and_a_forged_notification_is_ignored(
    centre: ServerCentre,
) -> None:
    """LISTEN on the channels is open to every desk role: what she hears is a call id
    she cannot open; NOTIFY with junk is not a call id to the listener."""
    with centre.connect_as("leyla") as conn:
        conn.execute("LISTEN hotline_calls")
        aysels = _save(centre, "aysel")
        heard = [n.payload for n in conn.notifies(timeout=5, stop_after=1)]
        assert heard == [str(aysels)]
        assert ServerCallRepository(conn).load(aysels) is None
    got: list[tuple[str, int]] = []
    listener = Listener(lambda: centre.connect_as("aysel"), lambda c, i: got.append((c, i)))
    listener.start()
    try:
        assert listener.wait_ready(10)
        with centre.connect_as("leyla") as conn:
            for junk in ("DROP TABLE hotline.calls", '{"id": 1}', "", "9" * 40, "0", "-5"):
                conn.execute("SELECT pg_notify('hotline_calls', %s)", (junk,))
        real = _save(centre, "leyla")
        deadline = time.monotonic() + 10
        while not got and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        listener.stop()
    assert got == [("hotline_calls", real)]


def test_an_administrator_cannot_point_set_login_at_a_role_not_the_members(
    centre: ServerCentre, postgres: PostgresServer
) -> None:
    """Nigar (administrator) writes members.db_role herself, then asks the owner's
    SECURITY DEFINER set_login to give that role a password she knows and LOGIN: the
    schema's owner (which has CREATEROLE and owns every table), another centre's login."""
    nigar = centre.people["nigar"]
    leyla = centre.people["leyla"]
    other = set_up(postgres)
    stranger = other.add_person("elvin", frozenset({Role.OPERATOR}))
    targets = [f"{centre.database}_owner", stranger.login, f"{centre.database}_supervisor"]
    password = os.urandom(12).hex()
    with centre.connect_as("nigar") as conn:
        for target in targets:
            verifier = conn.pgconn.encrypt_password(
                password.encode(), target.encode(), b"scram-sha-256"
            ).decode()
            with conn.transaction():
                conn.execute(
                    "UPDATE hotline.members SET db_role = %s WHERE user_id = %s",
                    (target, leyla.user_id),
                )
                with (
                    pytest.raises(errors.RaiseException, match="no login of this centre"),
                    conn.transaction(),
                ):
                    conn.execute(
                        "SELECT hotline.set_login(%s, %s, %s, true)",
                        (leyla.user_id, verifier, [f"{centre.database}_admin"]),
                    )
            with pytest.raises(psycopg.OperationalError):
                psycopg.connect(postgres.url(target, password, centre.database)).close()
        # A member row of her own making, its db_role a name of her choice: same.
        with pytest.raises(errors.RaiseException):
            conn.execute(
                "INSERT INTO hotline.members(user_id, db_role, user_name, roles,"
                " signing_public) VALUES (77, %s, 'ghost', '{operator}', 'x')",
                (f"{centre.database}_owner",),
            )
            conn.execute("SELECT hotline.set_login(77, NULL, NULL, true)")
    assert nigar.login.endswith("_u4")


def test_sql_in_a_definers_arguments_stays_a_value(
    centre: ServerCentre, postgres: PostgresServer
) -> None:
    """Nigar hands the owner's functions a 'verifier' and a group with SQL in them: a
    quote ends nothing (format's %L and %I), a group not the centre's is refused."""
    nigar = centre.people["nigar"]
    injected = "SCRAM-SHA-256$x' SUPERUSER; ALTER ROLE \"" + nigar.login + '" SUPERUSER; --'
    with centre.connect_as("nigar") as conn:
        conn.execute(
            "INSERT INTO hotline.members(user_id, user_name, roles, signing_public)"
            " VALUES (60, 'ghost', '{operator}', 'x')"
        )
        with conn.transaction():
            login = conn.execute(
                "SELECT hotline.add_login(60, %s, ARRAY[]::text[])", (injected,)
            ).fetchone()
        assert login == (f"{centre.database}_u60",)
        for groups in (["pg_read_server_files"], [f"{centre.database}_owner"], ['x"; --']):
            with pytest.raises(errors.RaiseException, match="desk roles"):
                conn.execute("SELECT hotline.set_login(60, NULL, %s, NULL)", (groups,))
        number = conn.execute(
            "SELECT hotline.issue_enrolment(%s, 24, NULL)", (injected,)
        ).fetchone()
        assert number is not None
    with centre.superuser() as conn:
        supers = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolsuper OR rolcreaterole ORDER BY 1"
        ).fetchall()
    assert nigar.login not in {r[0] for r in supers}
    assert f"{centre.database}_u60" not in {r[0] for r in supers}


def test_another_operators_coded_fields_cannot_be_tried_against_her_entrys_digest(
    centre: ServerCentre,
) -> None:
    """Leyla reads the whole chain, Aysel's call.save entry with its digests too. She
    knows (here: exactly) the coded fields and start of Aysel's call; without the call's
    salt, which only readers of the row see, the digest does not come out."""
    from hotline.storage.server import call_digest

    aysel = centre.people["aysel"]
    aysels = _save(centre, "aysel")
    with centre.connect_as("leyla") as conn:
        found = conn.execute(
            "SELECT details FROM hotline.audit WHERE action = 'call.save' AND object_id = %s",
            (aysels,),
        ).fetchone()
        assert found is not None
        pinned = json.loads(found[0])
        assert conn.execute(
            "SELECT count(*) FROM hotline.calls WHERE id = %s", (aysels,)
        ).fetchone() == (0,)
    guess = {"operator_id": aysel.user_id, "channel": "phone"}
    started = datetime(2026, 11, 3, 22, 15, tzinfo=UTC)
    assert pinned["coded_sha256"] != call_digest.coded_digest(aysels, started, guess)
    with centre.superuser() as conn:
        row = conn.execute("SELECT coded FROM hotline.calls WHERE id = %s", (aysels,)).fetchone()
    assert row is not None
    assert pinned["coded_sha256"] == call_digest.coded_digest(aysels, started, row[0])
    assert len(row[0][call_digest.DIGEST_SALT]) == 32


def test_an_operator_holding_the_chains_lock_stops_no_save_for_long(
    centre: ServerCentre,
) -> None:
    """Leyla takes the chain's advisory lock herself: a session-level or shared one is
    refused; the appends' own she may take in a transaction she leaves open, and then
    Aysel's save gives up after LOCK_WAIT_S with nothing written (the outbox keeps such a
    call and sends it again), and goes through once Leyla's transaction ends."""
    from hotline.storage.server.schema_audit import AUDIT_LOCK, HELD_LOCKS

    with centre.connect_as("leyla") as conn:
        for function in HELD_LOCKS:
            name, args = function.split("(")
            one_key = args.startswith("bigint")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(
                    f"SELECT {name}(%s)" if one_key else f"SELECT {name}(1, 2)",
                    (AUDIT_LOCK,) if one_key else None,
                )
    aysel = centre.people["aysel"]
    key = aysel.identity.secrets.signing_private
    assert key is not None
    holder = psycopg.connect(centre.url_of("leyla"))  # a transaction left open
    try:
        holder.execute("SELECT * FROM hotline.audit_head_locked(0)").fetchall()
        call = centre_service.seal_call(
            centre.text_of("aysel"),
            centre.info.vault_public,
            centre_service.new_call_id(),
            datetime(2026, 11, 4, 9, 0, tzinfo=UTC),
            {"operator_id": aysel.user_id},
            {"notes": "kept"},
        )
        with centre.connect_as("aysel") as conn:
            started = time.monotonic()
            with pytest.raises(errors.LockNotAvailable):
                ServerCallRepository(conn).save(call, audit=Appender(conn, aysel.user_id, key))
            assert time.monotonic() - started < 30
        with centre.superuser() as root:
            assert root.execute(
                "SELECT count(*) FROM hotline.calls WHERE id = %s", (call.id,)
            ).fetchone() == (0,)
    finally:
        holder.close()
    with centre.connect_as("aysel") as conn:
        assert ServerCallRepository(conn).save(call, audit=Appender(conn, aysel.user_id, key))
    assert _verify(centre) == []


def test_an_operator_cannot_write_the_servers_clock_on_her_call(centre: ServerCentre) -> None:
    """A supervisor's search index is filled from the last ``saved_at`` it took: one call
    with ``saved_at`` in the year 3000 would have kept every later call out of every
    index, one in 1970 itself out. saved_at is the server's, not the INSERT's."""
    leyla = centre.people["leyla"]
    with centre.connect_as("leyla") as conn:
        for column, value in (("saved_at", "3000-01-01"), ("author", leyla.login)):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(
                    f"INSERT INTO hotline.calls(id, started_at, coded, {column})"
                    " VALUES (%s, now(), %s, %s)",
                    (centre_service.new_call_id(), Jsonb({"operator_id": leyla.user_id}), value),
                )
        # Nor a start in the future, which would top every call log for ever.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, %s, %s)",
                (
                    centre_service.new_call_id(),
                    datetime(3000, 1, 1, tzinfo=UTC),
                    Jsonb({"operator_id": leyla.user_id}),
                ),
            )
    mine = _save(centre, "leyla")
    with centre.superuser() as conn:
        found = conn.execute(
            "SELECT saved_at > now() - interval '1 minute' FROM hotline.calls WHERE id = %s",
            (mine,),
        ).fetchone()
    assert found == (True,)


def test_the_operator_reads_the_review_comments_of_her_own_calls_only(
    centre: ServerCentre,
) -> None:
    """The review's comments are written by a supervisor's login (not the operator's),
    so a policy lets the operator read those of her own calls: her SQL over every text
    row finds her call's texts and its comment, and of Aysel's call, not its comment nor
    its notes. Nor can she add a comment to her own call herself."""
    aysels = _save(centre, "aysel")
    mine = _save(centre, "leyla")
    with centre.superuser() as conn:
        for call_id in (aysels, mine):
            conn.execute(
                "INSERT INTO hotline.call_texts(call_id, field, author, body)"
                " VALUES (%s, 'returned_comment', 'some_supervisor', '\\x01')",
                (call_id,),
            )
    with centre.connect_as("leyla") as conn:
        seen = {
            (int(c), str(f))
            for c, f in conn.execute("SELECT call_id, field FROM hotline.call_texts").fetchall()
        }
        with pytest.raises(Denied):
            conn.execute("UPDATE hotline.call_texts SET body = '\\x02' WHERE call_id = %s", (mine,))
    assert (mine, "returned_comment") in seen and (mine, "notes") in seen
    assert not any(c == aysels for c, _f in seen)
