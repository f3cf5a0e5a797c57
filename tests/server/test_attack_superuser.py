"""Attack: the server's superuser (a server administrator) edits any row silently.

Calls are saved as workstations save them (sealed, with their signed call.save entry);
the superuser then changes a call's coded fields or start, a wrapped key, a text, a vault
row, removes rows, marks a call sealed with a row of its own; each is named by verify.
What only a witness can name (a cut, a rollback) is tested in test_witness.py; the
centre's public keys in test_attack_keys.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest

from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.storage.server.audit import Appender, ServerAuditLog
from hotline.storage.server.calls import ServerCallRepository
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer
from tests.server.workstations import admin_key, enrol

Connection = psycopg.Connection[tuple[Any, ...]]


@pytest.fixture
def centre(postgres: PostgresServer) -> ServerCentre:
    found = set_up(postgres)
    enrol(found, "leyla", frozenset({Role.OPERATOR}))
    enrol(found, "rashad", frozenset({Role.SUPERVISOR}))
    return found


def _save(centre: ServerCentre) -> int:
    person = centre.people["leyla"]
    call_id = centre_service.new_call_id()
    sealed = centre_service.seal_call(
        centre.text_of("leyla"),
        centre.info.vault_public,
        call_id,
        datetime(2026, 11, 3, 22, 15, 7, 123456, tzinfo=UTC),
        {
            "operator_id": person.user_id,
            "topics": ["labour"],
            "immediate_danger": False,
            "caller_pseudonym": "Sahil-7",
            "duration_s": 310,
        },
        {"notes": "a flat on Nizami street", "entities": "[]"},
        IdentityDetails(name="Günel Əliyeva"),
        centre.persons(),
    )
    secrets = person.identity.secrets
    assert secrets.signing_private is not None
    with centre.connect_as("leyla") as conn:
        appender = Appender(conn, person.user_id, secrets.signing_private)
        assert ServerCallRepository(conn).save(sealed, audit=appender)
    return call_id


def _problems(centre: ServerCentre, conn: Connection) -> list[str]:
    _key, pin = admin_key(centre)
    return ServerAuditLog(conn).verify(pin)


EDITS: dict[str, Callable[[Connection, int], object]] = {
    "a coded field": lambda c, i: c.execute(
        "UPDATE hotline.calls SET coded = jsonb_set(coded, '{immediate_danger}', 'true')"
        " WHERE id = %s",
        (i,),
    ),
    "the pseudonym": lambda c, i: c.execute(  # another person's lookup value put on it
        "UPDATE hotline.calls SET coded = coded || jsonb_build_object('caller_key', %s::text)"
        " WHERE id = %s",
        ("0" * 64, i),
    ),
    "the start": lambda c, i: c.execute(
        "UPDATE hotline.calls SET started_at = started_at + interval '1 microsecond' WHERE id = %s",
        (i,),
    ),
    "a wrapped key": lambda c, i: c.execute(
        "UPDATE hotline.call_keys SET sealed = sealed || '\\x00'::bytea"
        " WHERE call_id = %s AND holder = 'casetext'",
        (i,),
    ),
    "a text": lambda c, i: c.execute(
        "UPDATE hotline.call_texts SET body = '\\x00'::bytea || body"
        " WHERE call_id = %s AND field = 'notes'",
        (i,),
    ),
    "a text removed": lambda c, i: c.execute(
        "DELETE FROM hotline.call_texts WHERE call_id = %s AND field = 'entities'", (i,)
    ),
    "a text added": lambda c, i: c.execute(
        "INSERT INTO hotline.call_texts(call_id, field, body, author)"
        " SELECT %s, 'summary', body, author FROM hotline.call_texts"
        " WHERE call_id = %s AND field = 'notes'",
        (i, i),
    ),
    "the vault row": lambda c, i: c.execute(
        "DELETE FROM hotline.vault_entries WHERE call_id = %s", (i,)
    ),
    "sealed by a row of its own": lambda c, i: (
        c.execute(
            "INSERT INTO hotline.seal_decisions(kind, body, number, decided_on, calls)"
            " VALUES ('decision', 'none', '0', now(), 1)"
        ),
        c.execute(
            "INSERT INTO hotline.sealed_calls(call_id, decision_id)"
            " SELECT %s, max(id) FROM hotline.seal_decisions",
            (i,),
        ),
        c.execute("DELETE FROM hotline.call_texts WHERE call_id = %s", (i,)),
    ),
}


@pytest.mark.parametrize("what", sorted(EDITS))
def test_a_silent_edit_by_the_superuser_is_named_by_verify(centre: ServerCentre, what: str) -> None:
    kept = _save(centre)
    edited = _save(centre)
    with centre.superuser() as conn:
        assert _problems(centre, conn) == []
        EDITS[what](conn, edited)
        problems = _problems(centre, conn)
    assert len(problems) == 1 and str(edited) in problems[0], problems
    assert str(kept) not in problems[0]
    # A supervisor's verify names it too (she reads every row); an operator's names the
    # coded edits of her own calls.
    with centre.connect_as("rashad") as conn:
        assert any(str(edited) in p for p in _problems(centre, conn)), what
    if what in ("a coded field", "the pseudonym", "the start"):
        with centre.connect_as("leyla") as conn:
            assert any(str(edited) in p for p in _problems(centre, conn)), what


def test_the_entrys_digests_rewritten_too_do_not_verify(centre: ServerCentre) -> None:
    """The superuser changes the call and writes the new digest into its entry: the
    entry's hash and the author's signature no longer hold."""
    from hotline.storage.server import call_digest

    edited = _save(centre)
    with centre.superuser() as conn:
        conn.execute(
            'UPDATE hotline.calls SET coded = coded || \'{"topics": ["sexual"]}\' WHERE id = %s',
            (edited,),
        )
        seq, details, started, coded = conn.execute(
            "SELECT a.seq, a.details, c.started_at, c.coded FROM hotline.audit a"
            " JOIN hotline.calls c ON c.id = a.object_id WHERE a.action = 'call.save'"
            " AND a.object_id = %s",
            (edited,),
        ).fetchone() or (0, "{}", None, {})
        pinned = json.loads(details)
        pinned["coded_sha256"] = call_digest.coded_digest(edited, started, coded)
        conn.execute(
            "UPDATE hotline.audit SET details = %s WHERE seq = %s", (json.dumps(pinned), seq)
        )
        problems = _problems(centre, conn)
    assert any(f"audit entry {seq} was changed" in p for p in problems), problems


def test_a_sealing_done_through_the_desk_is_no_change(centre: ServerCentre) -> None:
    """Sealing removes the keys, texts, vault rows and pseudonym with its signed
    call.seal entry: verify does not take that for an edit."""
    from hotline.storage.server.seals import ServerSealRepository

    sealed = _save(centre)
    person = centre.people["rashad"]
    key, _pin = admin_key(centre)
    with centre.superuser() as conn, conn.transaction():
        repo = ServerSealRepository(conn)
        decision = conn.execute(
            "INSERT INTO hotline.seal_decisions(kind, body, number, decided_on, calls)"
            " VALUES ('decision', 'court', '12', now(), 1) RETURNING id"
        ).fetchone()
        assert decision is not None
        repo.destroy([sealed], int(decision[0]))
        ServerAuditLog(conn).append(1, key, "call.seal", "call", sealed, {"decision": 1})
    with centre.superuser() as conn:
        assert _problems(centre, conn) == []
    assert person.user_id
