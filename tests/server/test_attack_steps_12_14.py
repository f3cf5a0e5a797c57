"""Attack: the three schema steps 12-14 (the centre's settings and directory, the entities'
lookup values added to old calls, an administrator's import) used with each member's
own PostgreSQL login and her own SQL, skipping the desk.

* step 12: an operator's or a supervisor's login writes no setting nor directory row;
  an administrator's own SQL writing them with no entry (as the server's superuser's
  would) is named by verify (settings.problems, directory.check: what ``hotline verify``
  runs on a centre);
* step 13: an operator holding the keying's advisory lock in a transaction she leaves
  open stops a supervisor's sign-in for LOCK_WAIT_S at most (it waited for ever); a
  supervisor's own ``key_entities`` with values linking unrelated calls, and no entry, is
  named; a deactivated supervisor's login is refused;
* step 14: an administrator's own login writes no author but her own, no call without
  its entry unnamed, no text or task slipped onto her own imported call unnamed, and
  rewrites no call, vault row or another's task; nothing goes onto her call once
  sealed, nor (step 16) lookup values or pseudonyms back into its coded fields, which
  verify now names when the superuser writes them;
* an administrator writing 'supervisor' into her own members row to sign
  ``call.entities_keyed`` entries (so that no sign-in links those calls) is named.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb
from PySide6.QtWidgets import QApplication

from hotline.crypto.person_keys import ENTITY_FIELD
from hotline.permissions import Role
from hotline.services import centre as centre_service
from hotline.services import (
    centre_entity_keys,
    centre_people,
    centre_sealing,
    directory,
    importer,
    sealing,
    settings,
)
from hotline.services.centre_session import CentreShared, open_centre
from hotline.storage.server import call_digest, schema_steps
from hotline.storage.server.audit import (
    CALLS_CHANGED,
    CALLS_WITHOUT_ENTRY,
    TASKS_UNLIKE_SAVE,
    Appender,
)
from hotline.storage.server.entity_keys import KEYING_LOCK
from hotline.storage.server.schema_audit import LOCK_WAIT_S
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.said import said_in_each
from tests.server.test_centre_entities import AGENCY, COURT
from tests.server.test_centre_entity_keys import Old, _coded, _verify, old  # noqa: F401 (a fixture)
from tests.server.test_centre_import import (
    ONLY_ADMIN,
    ONLY_ADMIN_PW,
    PEOPLE,
    old_calls,
    write_lines,
)

SHELTER_ID = "trafficking_victims_shelter"


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(postgres, tmp_path / "ws", PEOPLE)


def _superuser(joined: JoinedCentre) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(joined.server.url(db=joined.database), autocommit=True)


def _shared_problems(joined: JoinedCentre) -> list[str]:
    """What ``hotline verify`` adds on a centre: its settings and directory against the
    administrators' entries (cli_centre.cmd_verify)."""
    signin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        shared = CentreShared(signin.conn, signin.secrets.pins)
        return settings.problems(shared) + directory.check(shared)
    finally:
        signin.close()


def _count_of(problems: list[str], template: str) -> str | None:
    """The problem of that finding's template, if verify said it."""
    head = template.split("{count}")[1][:30]
    return next((p for p in problems if head in p), None)


# --- step 12: the centre's settings and referral directory -----------------------------


def test_only_an_administrator_writes_and_her_own_sql_is_named(centre: JoinedCentre) -> None:
    for name, password in ((OPERATOR, OPERATOR_PW), (SUPERVISOR, SUPERVISOR_PW)):
        signin = centre_people.sign_in(centre.first, name, password)
        conn = signin.conn
        try:
            for statement in (
                "INSERT INTO hotline.settings(key, value) VALUES ('idle_lock_minutes', '600')",
                "UPDATE hotline.settings SET value = '600'",
                "DELETE FROM hotline.settings",
                "UPDATE hotline.referral_directory SET entry = entry",
                "DELETE FROM hotline.referral_directory",
                "INSERT INTO hotline.referral_directory(id, position, entry, updated_at)"
                " VALUES ('x', 0, '{}', 'now')",
                "SELECT hotline.notify_shared()",  # the trigger's function, called by hand
                # the trigger's function replaced, or the triggers turned off
                "CREATE OR REPLACE FUNCTION hotline.notify_shared() RETURNS trigger"
                " LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
                "ALTER TABLE hotline.settings DISABLE TRIGGER settings_notify",
            ):
                with (
                    pytest.raises((errors.InsufficientPrivilege, errors.FeatureNotSupported)),
                    conn.transaction(),
                ):
                    conn.execute(statement)
        finally:
            signin.close()
    assert _shared_problems(centre) == []
    # The administrator's own login, around the desk: a screen that never locks, the
    # shelter's number replaced, an entry removed, with no entry in the chain for any.
    signin = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    conn = signin.conn
    try:
        with conn.transaction():
            conn.execute(
                "INSERT INTO hotline.settings(key, value, set_by) VALUES"
                " ('idle_lock_minutes', '600', %s)",
                ("postgres",),  # a name of her choosing: verify goes by the chain, not it
            )
            row = conn.execute(
                "SELECT entry FROM hotline.referral_directory WHERE id = %s", (SHELTER_ID,)
            ).fetchone()
            assert row is not None
            shelter = dict(json.loads(str(row[0])))
            shelter["phone"] = "+994 50 000 00 00"
            conn.execute(
                "UPDATE hotline.referral_directory SET entry = %s WHERE id = %s",
                (json.dumps(shelter, ensure_ascii=False, sort_keys=True), SHELTER_ID),
            )
            gone = conn.execute(
                "DELETE FROM hotline.referral_directory WHERE id <> %s RETURNING id",
                (SHELTER_ID,),
            ).fetchall()
    finally:
        signin.close()
    problems = _shared_problems(centre)
    assert any("idle_lock_minutes" in p and "(600)" in p for p in problems), problems
    assert f"referral directory entry {SHELTER_ID} was changed outside the desk" in problems
    for (ident,) in gone:
        assert f"referral directory entry {ident} was removed outside the desk" in problems


# --- step 13: the entities' lookup values of old calls ---------------------------------


def test_an_operator_holding_the_keying_turn_stops_no_supervisor_for_long(
    qapp: QApplication,
    old: Old,  # noqa: F811 (the fixture imported)
) -> None:
    """Leyla's own login takes the keying's advisory lock in a transaction she leaves
    open (a session-level one is revoked): the supervisor's batch gives up after
    LOCK_WAIT_S, said in words, nothing changed; once she lets go it goes through."""
    leyla = centre_people.sign_in(old.joined.first, OPERATOR, OPERATOR_PW)
    rashad = open_centre(old.joined.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    outcome: list[BaseException | None] = []

    def key() -> None:
        try:
            centre_entity_keys.key_remaining(rashad)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    try:
        with pytest.raises(errors.InsufficientPrivilege), leyla.conn.transaction():
            leyla.conn.execute("SELECT pg_advisory_lock(%s)", (KEYING_LOCK,))
        with leyla.conn.transaction():
            leyla.conn.execute("SELECT pg_advisory_xact_lock(%s)", (KEYING_LOCK,))
            thread = threading.Thread(target=key, daemon=True)
            thread.start()
            thread.join(LOCK_WAIT_S * 6)
            waited_for_ever = thread.is_alive()
        thread.join(60)  # (her transaction ended: a thread still waiting goes on now)
        assert not waited_for_ever, "the supervisor's sign-in waited on the operator's lock"
        [met] = outcome
        assert isinstance(met, centre_entity_keys.KeyingWaited)
        said = said_in_each(met)  # in words, in each language, no driver's text
        assert len(set(said.values())) == 3 and not any("lock" in t for t in said.values())
        assert all(ENTITY_FIELD not in _coded(old.joined, i) for i in old.ids)
        keyed = centre_entity_keys.key_remaining(rashad)  # the lock let go: it goes through
        assert keyed is not None and keyed.keyed > 0
    finally:
        rashad.close()
        leyla.close()
    assert _verify(old.joined) == []


def test_a_supervisors_own_lookup_values_linking_unrelated_calls_are_named(
    old: Old,  # noqa: F811 (the fixture imported)
) -> None:
    """Rashad's own SQL gives two calls of Leyla's that share nothing the agency's lookup
    value of Nigar's call, so the log's filter would show them together: the function
    takes them (it cannot read the text), but no entry pins them, and verify names both.
    Deactivated, his login is refused the function."""
    rashad = centre_people.sign_in(old.joined.first, SUPERVISOR, SUPERVISOR_PW)
    session = open_centre(old.joined.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        agency = session.person_keys().entity("agency", AGENCY)
    finally:
        session.close()
    first, last = old.ids[0], old.ids[-1]
    try:
        with _superuser(old.joined) as root:  # deactivated on the server
            root.execute(
                "UPDATE hotline.members SET active = false WHERE db_role = %s",
                (rashad.conn.info.user,),
            )
        try:
            with pytest.raises(errors.InsufficientPrivilege), rashad.conn.transaction():
                rashad.conn.execute("SELECT hotline.key_entities(%s, %s)", (first, Jsonb([agency])))
        finally:
            with _superuser(old.joined) as root:
                root.execute(
                    "UPDATE hotline.members SET active = true WHERE db_role = %s",
                    (rashad.conn.info.user,),
                )
        with rashad.conn.transaction():
            for call_id in (first, last):
                rashad.conn.execute(
                    "SELECT hotline.key_entities(%s, %s)", (call_id, Jsonb([agency] * 3))
                )
    finally:
        rashad.close()
    assert _coded(old.joined, first)[ENTITY_FIELD] == [agency] * 3
    changed = _count_of(_verify(old.joined), CALLS_CHANGED)
    assert changed is not None and str(first) in changed and str(last) in changed, changed


# --- step 14: an administrator's import ------------------------------------------------


@pytest.fixture
def imported(centre: JoinedCentre, tmp_path: Path) -> Iterator[int]:
    """An old call of a child (its reports made with it) imported by Rauf, an
    administrator and nothing else: its id."""
    rauf = open_centre(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW, send=False)
    try:
        assert importer.import_file(rauf, write_lines(tmp_path / "old.jsonl", old_calls(1))) == 1
    finally:
        rauf.close()
    with _superuser(centre) as conn:
        row = conn.execute("SELECT id FROM hotline.calls").fetchone()
    assert row is not None
    yield int(row[0])


def test_an_administrators_own_sql_after_her_import_is_refused_or_named(
    centre: JoinedCentre, imported: int
) -> None:
    signin = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    conn = signin.conn
    mine = {"entered_by": signin.user_id, "channel": "phone"}
    try:
        with _superuser(centre) as root:
            other = root.execute(
                "SELECT db_role FROM hotline.members WHERE user_name = %s", (OPERATOR,)
            ).fetchone()
        assert other is not None
        refused = (
            # a call, a key or a text in another's name (the author is the login's)
            (
                "INSERT INTO hotline.calls(id, started_at, coded, author) VALUES (91, now(), %s, %s)",
                (Jsonb(mine), other[0]),
            ),
            (
                "INSERT INTO hotline.call_texts(call_id, field, body, author)"
                " VALUES (%s, 'correction:x', 'x', %s)",
                (imported, other[0]),
            ),
            # a call's server clock
            (
                "INSERT INTO hotline.calls(id, started_at, coded, saved_at) VALUES (92, now(), %s,"
                " now() + interval '900 years')",
                (Jsonb(mine),),
            ),
            # the identity vault, which an import never writes
            (
                "INSERT INTO hotline.vault_entries(call_id, suite, context, sealed)"
                " VALUES (%s, 'x', 'x', 'x')",
                (imported,),
            ),
            # a task done, or made by another
            (
                "INSERT INTO hotline.tasks(id, call_id, kind, created_by, status, done_at)"
                " VALUES (93, %s, 'follow_up', %s, 'done', now())",
                (imported, signin.user_id),
            ),
        )
        for statement, args in refused:
            with (
                pytest.raises((errors.InsufficientPrivilege, errors.UndefinedColumn)),
                conn.transaction(),
            ):
                conn.execute(statement, args)
        # her imported call rewritten (her UPDATE reaches sealed calls only: none here)
        with conn.transaction():
            rewritten = conn.execute(
                'UPDATE hotline.calls SET coded = coded || \'{"region": "baku"}\''
            )
            assert rewritten.rowcount == 0
        # What her policies let her do, with no entry for it: a call of hers with no
        # call.save, a text slipped onto her imported call, a task slipped onto it.
        with conn.transaction():
            conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (94, now(), %s)",
                (Jsonb(mine),),
            )
            conn.execute(
                "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'correction:x', 'x')",
                (imported,),
            )
            conn.execute(
                "INSERT INTO hotline.tasks(id, call_id, kind, created_by, note)"
                " VALUES (95, %s, 'follow_up', %s, 'x')",
                (imported, signin.user_id),
            )
    finally:
        signin.close()
    problems = _verify(centre)
    for template, call_id in (
        (CALLS_WITHOUT_ENTRY, 94),
        (CALLS_CHANGED, imported),
        (TASKS_UNLIKE_SAVE, imported),
    ):
        said = _count_of(problems, template)
        assert said is not None, (template, problems)
        if "{calls}" in template or template is CALLS_CHANGED:
            assert str(call_id) in said, said


def test_nothing_goes_onto_her_imported_call_once_sealed(
    centre: JoinedCentre, imported: int
) -> None:
    """Rauf's imported call sealed (a supervisor approving): his own login adds no text,
    key nor task to it (the restrictive policies of sealing cover the import's too), nor
    puts lookup values or pseudonyms back into its coded fields; the superuser's doing so
    is named by verify (the kept digest leaves those fields out: it was silent)."""
    agency = _sealed(centre, imported)
    rauf = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    try:
        conn = rauf.conn
        holder = f"user:{rauf.user_id}"
        for statement, args in (
            (
                "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'notes', 'x')",
                (imported,),
            ),
            (
                "INSERT INTO hotline.call_keys(call_id, holder, suite, sealed)"
                " VALUES (%s, %s, 'x', 'x')",
                (imported, holder),
            ),
            (
                "INSERT INTO hotline.tasks(id, call_id, kind, created_by)"
                " VALUES (96, %s, 'follow_up', %s)",
                (imported, rauf.user_id),
            ),
        ):
            with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                conn.execute(statement, args)
        # The sealed call found by the entity filter again, or by its caller's pseudonym:
        # her UPDATE of a sealed call's coded fields (the strip's) is refused them (step 16).
        for given in ({ENTITY_FIELD: [agency]}, {"caller_pseudonym": "A-1"}):
            with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                conn.execute(
                    "UPDATE hotline.calls SET coded = coded || %s WHERE id = %s",
                    (Jsonb(given), imported),
                )
    finally:
        rauf.close()
    assert _verify(centre) == []
    with _superuser(centre) as root:  # the server's superuser: verify names it
        root.execute(
            "UPDATE hotline.calls SET coded = coded || %s WHERE id = %s",
            (Jsonb({ENTITY_FIELD: [agency]}), imported),
        )
    changed = _count_of(_verify(centre), CALLS_CHANGED)
    assert changed is not None and str(imported) in changed, changed


def _sealed(centre: JoinedCentre, call_id: int, clean: bool = True) -> str:
    """The call sealed by Rauf, Rashad approving, verify clean after; the agency's lookup
    value (what the attacks put back)."""
    session = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        agency = session.person_keys().entity("agency", AGENCY)
    finally:
        session.close()
    rauf = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    try:
        found = centre_sealing.find(rauf, sealing.BY_CALL, str(call_id))
        with pytest.raises(centre_sealing.SealApprovalWaiting) as waiting:
            centre_sealing.seal(rauf, found, COURT, registers=[])
        rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
        try:
            centre_people.approve(rashad, int(waiting.value.params["number"]))
        finally:
            rashad.close()
        centre_sealing.seal(rauf, found, COURT, registers=[])
    finally:
        rauf.close()
    assert not clean or _verify(centre) == []
    return agency


def _put_back(centre: JoinedCentre, call_id: int, agency: str) -> None:
    """Rauf's own UPDATE of the sealed call: its entities' lookup value back."""
    rauf = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    try:
        with rauf.conn.transaction():
            rauf.conn.execute(
                "UPDATE hotline.calls SET coded = coded || %s WHERE id = %s",
                (Jsonb({ENTITY_FIELD: [agency]}), call_id),
            )
    finally:
        rauf.close()


def test_a_centre_upgraded_to_step_16_keeps_its_sealed_calls_stripped(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before step 16 an administrator's own UPDATE put a sealed call's lookup values
    back; after the upgrade her login is refused, and sealing still works."""
    step = schema_steps.STEPS.index(schema_steps._sealed_stripped)
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:step])
        old = set_up_with(postgres, tmp_path / "ws", PEOPLE)
        rauf = open_centre(old.first, ONLY_ADMIN, ONLY_ADMIN_PW, send=False)
        try:
            lines = old_calls(2)
            assert importer.import_file(rauf, write_lines(tmp_path / "o.jsonl", lines)) == 2
        finally:
            rauf.close()
        with _superuser(old) as conn:
            first, second = (int(r[0]) for r in conn.execute("SELECT id FROM hotline.calls"))
        agency = _sealed(old, first)
        _put_back(old, first, agency)  # the hole, before the step
    done = centre_service.upgrade_centre(old.server.url(db=old.database))
    assert done.before == step and done.after == schema_steps.known()
    _sealed(old, second, clean=False)  # sealing strips as before under the new policy
    with pytest.raises(errors.InsufficientPrivilege):
        _put_back(old, second, agency)
    assert ENTITY_FIELD not in _coded(old, second)
    changed = _count_of(_verify(old), CALLS_CHANGED)  # what was done before is named
    assert changed is not None and str(first) in changed and str(second) not in changed


def test_an_administrator_posing_as_a_supervisor_to_stop_the_keying_is_named(
    old: Old,  # noqa: F811 (the fixture imported)
) -> None:
    """Rauf, an administrator and nothing else, writes 'supervisor' into his own members
    row (his login may update it) and appends a signed ``call.entities_keyed`` for a
    waiting call, so that no supervisor's sign-in links it: verify names both the roles
    and the entry as not a supervisor's."""
    admin = centre_people.sign_in(old.joined.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, ONLY_ADMIN, frozenset({Role.ADMINISTRATOR}), ONLY_ADMIN_PW)
    finally:
        admin.close()
    assert _verify(old.joined) == []
    rauf = centre_people.sign_in(old.joined.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    try:
        key = rauf.secrets.signing_private
        assert key is not None
        with rauf.conn.transaction():
            rauf.conn.execute(
                "UPDATE hotline.members SET roles = roles || '{supervisor}'"
                " WHERE db_role = session_user"
            )
            Appender(rauf.conn, rauf.user_id, key).record(
                call_digest.ENTITIES_KEYED, "call", old.ids[0], {"entities": 0}
            )
    finally:
        rauf.close()
    problems = _verify(old.joined)
    assert any("entities_keyed" in p and "not a supervisor" in p for p in problems), problems
    assert any("roles on the server differ" in p for p in problems), problems
