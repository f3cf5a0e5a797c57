"""The centre's settings and referral directory on its server (issue 15, schema step 12):
every desk role reads them, only an administrator writes them (an operator's and a
supervisor's own login refused by the server), each change audited in the centre's
chain; a value or an entry written around the desk (the server's superuser) is not used,
and the operator's form reads the centre's directory, not this workstation's copy."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from PySide6.QtWidgets import QApplication

from hotline import referrals
from hotline.errors import PermissionDenied, TooSoon, WrongPassword
from hotline.permissions import Role
from hotline.services import centre as centre_service
from hotline.services import centre_audit_view, centre_people, directory, settings
from hotline.services.centre_session import CentreSession, open_centre
from hotline.services.directory import EntryDraft, EntryNotValid
from hotline.services.logins import LoginThrottle
from hotline.storage.server import schema_steps
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.shared import CentreDirectoryDamaged, CentreSettings
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.said import said_in_each
from tests.server.test_enrolment import centre_cli

SUPERVISOR, SUPERVISOR_PW = "rashad", "rashad's long enough password"
SHELTER_ID = "trafficking_victims_shelter"
NEW_ENTRY = EntryDraft(
    outcome="psychological_aid",
    name={"az": "Psixoloji yardım", "ru": "Психологическая помощь", "en": "Psychological aid"},
    phone="+994 12 555 01 02",
)


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
        ],
    )


def _superuser(centre: JoinedCentre) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(centre.server.url(db=centre.database), autocommit=True)


def _server_settings(centre: JoinedCentre) -> dict[str, str]:
    with _superuser(centre) as conn:
        rows = conn.execute("SELECT key, value FROM hotline.settings").fetchall()
    return {str(k): str(v) for k, v in rows}


def _server_entry(centre: JoinedCentre, entry_id: str) -> dict[str, Any] | None:
    with _superuser(centre) as conn:
        row = conn.execute(
            "SELECT entry FROM hotline.referral_directory WHERE id = %s", (entry_id,)
        ).fetchone()
    return None if row is None else dict(json.loads(str(row[0])))


def _server_entries(centre: JoinedCentre) -> list[str]:
    with _superuser(centre) as conn:
        rows = conn.execute("SELECT id FROM hotline.referral_directory").fetchall()
    return [str(r[0]) for r in rows]


def _chain(centre: JoinedCentre) -> list[tuple[str, str, dict[str, Any]]]:
    with _superuser(centre) as conn:
        rows = conn.execute(
            "SELECT action, object_type, details FROM hotline.audit ORDER BY seq"
        ).fetchall()
    return [(str(a), str(o), dict(json.loads(str(d)))) for a, o, d in rows]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO hotline.settings(key, value) VALUES ('idle_lock_minutes', '600')",
        "UPDATE hotline.settings SET value = '600'",
        "DELETE FROM hotline.settings",
        "UPDATE hotline.referral_directory SET entry = replace(entry, '\"phone\"', '\"web\"')",
        "INSERT INTO hotline.referral_directory(id, position, entry, updated_at)"
        " VALUES ('x', 99, '{}', 'now')",
        "DELETE FROM hotline.referral_directory",
    ],
)
def test_an_operators_and_a_supervisors_own_login_cannot_write_them(
    centre: JoinedCentre, statement: str
) -> None:
    for name, password in ((OPERATOR, OPERATOR_PW), (SUPERVISOR, SUPERVISOR_PW)):
        signin = centre_people.sign_in(centre.first, name, password)
        try:
            conn = signin.conn
            # they read both: the form's directory, the window's idle lock
            count = conn.execute("SELECT count(*) FROM hotline.referral_directory").fetchone()
            assert count is not None and count[0] == len(referrals.load())
            conn.execute("SELECT key, value FROM hotline.settings").fetchall()
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        finally:
            signin.close()
    # the administrator's own login may (the wall is the role, not the statement)
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        with admin.conn.transaction(force_rollback=True):
            admin.conn.execute(statement)
    finally:
        admin.close()


def test_no_login_of_the_centre_empties_them_at_once(centre: JoinedCentre) -> None:
    """TRUNCATE (no row triggers, no per-row check) is granted to nobody, not even the
    administrators: an entry goes by the service's audited delete only."""
    people = ((OPERATOR, OPERATOR_PW), (SUPERVISOR, SUPERVISOR_PW), (ADMIN, ADMIN_PW))
    for name, password in people:
        signin = centre_people.sign_in(centre.first, name, password)
        try:
            for table in ("settings", "referral_directory"):
                with pytest.raises(errors.InsufficientPrivilege):
                    signin.conn.execute(f"TRUNCATE hotline.{table}")
        finally:
            signin.close()
    assert len(_server_entries(centre)) == len(referrals.load())


def test_the_administrator_changes_a_centre_setting_audited_and_every_workstation_uses_it(
    centre: JoinedCentre, qapp: QApplication
) -> None:
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        assert settings.value(admin, settings.IDLE_LOCK) == settings.IDLE_LOCK.default
        settings.change(admin, settings.IDLE_LOCK.key, 9)
        settings.change(admin, settings.SIGN_IN_LIMIT.key, 4)
        with pytest.raises(settings.OutOfRange) as refused:
            settings.change(admin, settings.IDLE_LOCK.key, 0)
        texts = said_in_each(refused.value)
        assert texts["en"] == "Give a whole number from 1 to 60."
        assert texts["az"] != texts["en"] and texts["ru"] != texts["en"]
        assert "1" in texts["az"] and "60" in texts["ru"]
    finally:
        admin.close()
    assert _server_settings(centre) == {"idle_lock_minutes": "9", "sign_in_free_attempts": "4"}
    changes = [d for a, o, d in _chain(centre) if a == "settings.change"]
    assert changes == [
        {"key": "idle_lock_minutes", "value": 9, "old": 5},
        {"key": "sign_in_free_attempts", "value": 4, "old": 2},
    ]
    # the operator's session (another person, their own login) reads the centre's value
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        assert isinstance(operator, CentreSession)
        assert settings.value(operator, settings.IDLE_LOCK) == 9
        assert operator.meta("idle_lock_minutes") == "5"  # the local file is not asked
        with pytest.raises(PermissionDenied):
            settings.change(operator, settings.IDLE_LOCK.key, 60)
    finally:
        operator.close()
    assert _server_settings(centre)["idle_lock_minutes"] == "9"
    # the workstation's sign-in counter holds the centre's limit: 4 free, then a wait
    counter = LoginThrottle(centre.first.folder / "logins.json")
    assert counter.free_failures() == 4
    for _ in range(5):
        with pytest.raises(WrongPassword):
            open_centre(centre.first, OPERATOR, "not the password", send=False)
    with pytest.raises(TooSoon):
        open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    time.sleep(counter.wait_seconds(OPERATOR) + 0.1)
    open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False).close()
    [failed] = [d for a, _o, d in _chain(centre) if a == "login.failed"]
    assert failed["count"] == 5 and OPERATOR_PW not in json.dumps(failed)


def test_a_setting_written_on_the_server_around_the_desk_is_not_used_and_named(
    centre: JoinedCentre,
) -> None:
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        settings.change(admin, settings.IDLE_LOCK.key, 9)
        with _superuser(centre) as conn:  # a server administrator keeps screens unlocked
            CentreSettings(conn).set(settings.IDLE_LOCK.key, "60")
        assert settings.value(admin, settings.IDLE_LOCK) == settings.IDLE_LOCK.default
        [problem] = settings.problems(admin)
        assert "idle_lock_minutes" in problem and "(60)" in problem and "(9)" in problem
        assert problem in centre_audit_view.verify(admin).problems  # the Desk check page
        # an operator's own entry in the chain claiming the change does not count either
        operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
        try:
            with operator.audited():
                operator.record(
                    settings.CHANGE,
                    settings.OBJECT,
                    None,
                    {"key": "idle_lock_minutes", "value": 60},
                )
            assert settings.value(operator, settings.IDLE_LOCK) == settings.IDLE_LOCK.default
        finally:
            operator.close()
    finally:
        admin.close()


def test_the_directory_is_the_centres_edited_by_the_administrator_read_by_the_operator(
    centre: JoinedCentre, qapp: QApplication
) -> None:
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        added = directory.save_entry(admin, NEW_ENTRY)
        bad = EntryDraft(outcome="psychological_aid", name={"az": "Ad", "ru": "", "en": ""})
        with pytest.raises(EntryNotValid) as refused:
            directory.save_entry(admin, bad)
        texts = said_in_each(refused.value)
        assert "English" in texts["en"] and texts["ru"] != texts["en"]
        assert texts["az"] != texts["en"]
    finally:
        admin.close()
    stored = _server_entry(centre, added.id)
    assert stored is not None and stored["phone"] == "+994 12 555 01 02"
    assert [a for a, o, _d in _chain(centre) if o == "directory"] == ["directory.add"]
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        shown = directory.by_outcome(operator)
        assert [e.phone for e in shown["psychological_aid"] if e.id == added.id] == [
            "+994 12 555 01 02"
        ]
        # not this workstation's copy: the operator's local file has no such entry
        local = operator.db.query("SELECT id FROM referral_directory")
        assert added.id not in {str(r[0]) for r in local}
        with pytest.raises(PermissionDenied):
            directory.save_entry(operator, NEW_ENTRY, added.id)
        with pytest.raises(PermissionDenied):
            directory.delete_entry(operator, added.id)
        # a server administrator puts another number beside the shelter: the operator's
        # form shows the name only, and verify names the entry
        shelter = _server_entry(centre, SHELTER_ID)
        assert shelter is not None
        shelter["phone"] = "+994 50 000 00 00"
        with _superuser(centre) as conn:
            conn.execute(
                "UPDATE hotline.referral_directory SET entry = %s WHERE id = %s",
                (json.dumps(shelter, ensure_ascii=False, sort_keys=True), SHELTER_ID),
            )
        [shown_shelter] = [e for e in directory.by_outcome(operator)["shelter"]]
        assert shown_shelter.id == SHELTER_ID and shown_shelter.phone is None
        assert directory.check(operator) == [
            f"referral directory entry {SHELTER_ID} was changed outside the desk"
        ]
    finally:
        operator.close()
    # and `hotline verify` on the workstation names it, in Russian, by its id only
    named = centre_cli(
        centre.first.folder, "verify", stdin=OPERATOR_PW + "\n", user=OPERATOR, language="ru"
    )
    said = named.stdout + named.stderr
    assert named.returncode != 0 and "Traceback" not in said
    assert SHELTER_ID in said and "+994 50" not in said
    assert "changed outside the desk" not in said  # said in Russian
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        directory.delete_entry(admin, added.id)
    finally:
        admin.close()
    assert _server_entry(centre, added.id) is None


def test_step_12_upgrades_a_centre_made_before_it(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = schema_steps.STEPS.index(schema_steps._settings_and_directory)
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:step])
        old = set_up_with(
            postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
        )
        with _superuser(old) as conn:
            missing = conn.execute("SELECT to_regclass('hotline.settings')").fetchone()
        assert missing is not None and missing[0] is None
    done = centre_service.upgrade_centre(postgres.url(db=old.database))
    assert done.before == step and done.after == schema_steps.known()
    with _superuser(old) as conn:
        ids = [
            str(r[0])
            for r in conn.execute(
                "SELECT id FROM hotline.referral_directory ORDER BY position"
            ).fetchall()
        ]
    assert ids == [e.id for e in referrals.load()]
    admin = open_centre(old.first, ADMIN, ADMIN_PW, send=False)
    try:
        settings.change(admin, settings.IDLE_LOCK.key, 7)
        assert directory.check(admin) == [] and settings.problems(admin) == []
        with admin.conn.cursor() as cur:
            assert ServerAuditLog(cur.connection).signed_of("setting")[-1].entry.details == {
                "key": "idle_lock_minutes",
                "value": 7,
                "old": 5,
            }
    finally:
        admin.close()
    operator = centre_people.sign_in(old.first, OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(errors.InsufficientPrivilege):
            operator.conn.execute("UPDATE hotline.settings SET value = '60'")
    finally:
        operator.close()


def test_a_directory_entry_damaged_on_the_server_is_said_in_words_and_named(
    centre: JoinedCentre, qapp: QApplication
) -> None:
    with _superuser(centre) as conn:
        conn.execute(
            "UPDATE hotline.referral_directory SET entry = 'not an entry' WHERE id = %s",
            (SHELTER_ID,),
        )
    operator = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        with pytest.raises(CentreDirectoryDamaged) as damaged:
            directory.by_outcome(operator)
        texts = said_in_each(damaged.value)
        assert texts["en"].startswith("The centre's referral directory on its server holds")
        assert texts["az"] != texts["en"] and texts["ru"] != texts["en"]
        assert directory.check(operator) == [
            "the referral directory holds an entry that is not valid"
        ]
    finally:
        operator.close()
