"""An operator, with their own slot's database key, tries to make themselves an
administrator: by the users table, and by forging the audit chain."""

from __future__ import annotations

import json

import pytest

from hotline.crypto import signing
from hotline.errors import PermissionDenied
from hotline.permissions import Role
from hotline.services import integrity, users
from hotline.services.audit_checks import WARN_LOG_CUT, WARN_ROLES
from hotline.services.session import Session
from tests import four_eyes
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.security.attacker import (
    drop_guards,
    forge_entry,
    own_signing_key,
    raw_sql,
    splice_entry,
)

EVIL_PW = "a password long enough to pass the rules"


def _add_evil(session: Session) -> None:
    users.add_user(session, "evil2", frozenset({Role.ADMINISTRATOR}), EVIL_PW)


def test_roles_column_escalation_is_refused(staffed_desk: Desk) -> None:
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        sql.execute("UPDATE users SET roles = 'administrator,operator' WHERE name = ?", (OPERATOR,))
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.roles == frozenset({Role.OPERATOR})
        assert WARN_ROLES in operator.warnings
        with pytest.raises(PermissionDenied):
            _add_evil(operator)
    finally:
        operator.close()
    problems = staffed_desk.verify_problems()
    assert any("roles in the users table (administrator,operator)" in p for p in problems)


def test_mid_chain_desk_init_and_forged_administrator_entries(staffed_desk: Desk) -> None:
    """desk.init appended mid-chain vouching the attacker's key as user 1 (the
    administrator), then entries as the administrator granting the operator the
    administrator role, then a user.reset back to the real key."""
    paths = staffed_desk.paths
    own = own_signing_key(paths, OPERATOR, OPERATOR_PW)
    fake = signing.new_private()
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        real_admin_key = bytes(
            sql.execute("SELECT signing_public FROM users WHERE id=1").fetchone()[0]
        )
        op_id = int(sql.execute("SELECT id FROM users WHERE name=?", (OPERATOR,)).fetchone()[0])
        forge_entry(
            sql,
            fake,
            1,
            "desk.init",
            "user",
            1,
            {
                "user_id": 1,
                "signing_key": signing.public_of(fake).hex(),
                "recovery_signing_key": signing.public_of(fake).hex(),
                "roles": ["administrator"],
            },
        )
        forge_entry(
            sql, fake, 1, "user.roles", "user", op_id, {"roles": ["administrator", "operator"]}
        )
        forge_entry(
            sql,
            fake,
            1,
            "user.reset",
            "user",
            1,
            {"user_id": 1, "signing_key": real_admin_key.hex()},
        )
        forge_entry(
            sql, own, op_id, "user.roles", "user", op_id, {"roles": ["administrator", "operator"]}
        )
        sql.execute("UPDATE users SET roles = 'administrator,operator' WHERE id = ?", (op_id,))
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.roles == frozenset({Role.OPERATOR})
        with pytest.raises(PermissionDenied):
            _add_evil(operator)
    finally:
        operator.close()
    problems = staffed_desk.verify_problems()
    assert any("is a desk.init that is not the first entry" in p for p in problems)
    assert any("is not an administrator: it vouches for nothing" in p for p in problems)
    assert any("signed by unknown user" in p or "does not verify" in p for p in problems)


@pytest.mark.parametrize("edit", ["delete", "edit"])
def test_re_signed_chain_with_an_entry_deleted_or_edited(staffed_desk: Desk, edit: str) -> None:
    """The whole chain rebuilt from entry 1 under a desk.init of the attacker's own,
    every entry re-signed, the head file rewritten to match."""
    paths = staffed_desk.paths
    fake = signing.new_private()
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        drop_guards(sql)
        rows = sql.execute(
            "SELECT user_id, action, object_type, object_id, details FROM audit ORDER BY seq"
        ).fetchall()
        sql.execute("DELETE FROM audit")
        if edit == "delete":
            rows = [r for r in rows if r[1] != "user.create" or r[3] != 3]
        else:
            rows = [(r[0], r[1], r[2], r[3], r[4].replace("supervisor", "operator")) for r in rows]
        for user_id, action, otype, oid, details in rows:
            info = json.loads(details)
            for k in ("signing_key", "recovery_signing_key"):
                if k in info:
                    info[k] = signing.public_of(fake).hex()
            forge_entry(sql, fake, user_id, action, otype, oid, info)
        last = sql.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    paths.audit_head.write_text(json.dumps({"seq": last[0], "hash": bytes(last[1]).hex()}))
    problems = staffed_desk.verify_problems()
    assert any("signed by another key than the desk's root pinned" in p for p in problems)


def test_a_deleted_demotion_is_noticed_at_sign_in(staffed_desk: Desk) -> None:
    """The operator was a supervisor once; the administrator's demotion entry is deleted
    so that the older grant is the last one again."""
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.OPERATOR}))
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        demotion = admin.audit.entries_of("user.roles")[-1].seq
        integrity.verify(admin)  # the demotion is no longer the last entry
    finally:
        admin.close()
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        drop_guards(sql)
        sql.execute("DELETE FROM audit WHERE seq = ?", (demotion,))
        sql.execute("UPDATE users SET roles = 'operator,supervisor' WHERE name = ?", (OPERATOR,))
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert WARN_LOG_CUT in operator.warnings
    finally:
        operator.close()
    problems = staffed_desk.verify_problems()
    assert any(f"audit entry {demotion} is missing" in p for p in problems)


def test_a_demotion_replaced_by_a_filler_is_noticed_at_sign_in(staffed_desk: Desk) -> None:
    """The deleted demotion's place taken by a filler entry signed with the operator's own
    key and linked to the entry before it: no number is missing, the count is whole; the
    entry after the filler no longer follows it, which the sign-in reads from the links."""
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    four_eyes.change_roles(staffed_desk, OPERATOR, frozenset({Role.OPERATOR}))
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        demotion = admin.audit.entries_of("user.roles")[-1].seq
    finally:
        admin.close()
    staffed_desk.open(SUPERVISOR, SUPERVISOR_PW).close()  # later entries, and their heads
    paths = staffed_desk.paths
    own = own_signing_key(paths, OPERATOR, OPERATOR_PW)
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        op_id = int(sql.execute("SELECT id FROM users WHERE name=?", (OPERATOR,)).fetchone()[0])
        splice_entry(sql, own, demotion, op_id, "login", "user", op_id)
        sql.execute("UPDATE users SET roles = 'operator,supervisor' WHERE id = ?", (op_id,))
        count, top = sql.execute("SELECT count(*), max(seq) FROM audit").fetchone()
        assert count == top
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert WARN_LOG_CUT in operator.warnings
        noticed = [str(e.details["problem"]) for e in operator.audit.entries_of("audit.tampering")]
        assert f"audit entry {demotion + 1} does not follow the entry before it" in noticed
    finally:
        operator.close()
    problems = staffed_desk.verify_problems()
    assert any(
        f"audit entry {demotion + 1} does not follow the entry before it" in p for p in problems
    )


def test_the_dropped_index_of_links_is_named_and_the_table_read(staffed_desk: Desk) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    target = admin.audit.entries(limit=1)[0].seq
    admin.close()
    staffed_desk.open(SUPERVISOR, SUPERVISOR_PW).close()
    paths = staffed_desk.paths
    own = own_signing_key(paths, OPERATOR, OPERATOR_PW)
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        op_id = int(sql.execute("SELECT id FROM users WHERE name=?", (OPERATOR,)).fetchone()[0])
        splice_entry(sql, own, target, op_id, "login", "user", op_id)
        sql.execute("DROP INDEX audit_links")
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert WARN_LOG_CUT in operator.warnings
        noticed = [str(e.details["problem"]) for e in operator.audit.entries_of("audit.tampering")]
        assert "the audit log's index of links was dropped or changed" in noticed
        assert f"audit entry {target + 1} does not follow the entry before it" in noticed
    finally:
        operator.close()


def test_tail_re_signed_as_the_attacker_after_deleting_an_entry(staffed_desk: Desk) -> None:
    """Entry 1 kept; one entry deleted and every later entry re-signed with the attacker's
    own key (their only key), re-attributed to them, the head file rewritten: the chain
    is consistent, but the slots of the users who signed out after it remember the head."""
    paths = staffed_desk.paths
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    target = admin.audit.entries(limit=1)[0].seq  # the administrator's last sign-in
    admin.close()
    staffed_desk.open(SUPERVISOR, SUPERVISOR_PW).close()  # entries by others after it
    own = own_signing_key(paths, OPERATOR, OPERATOR_PW)
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        op_id = int(sql.execute("SELECT id FROM users WHERE name=?", (OPERATOR,)).fetchone()[0])
        drop_guards(sql)
        rows = sql.execute(
            "SELECT action, object_type, object_id, details FROM audit WHERE seq > ? ORDER BY seq",
            (target,),
        ).fetchall()
        assert rows
        sql.execute("DELETE FROM audit WHERE seq >= ?", (target,))
        for action, otype, oid, details in rows:
            forge_entry(sql, own, op_id, action, otype, oid, json.loads(details))
        last = sql.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    paths.audit_head.write_text(json.dumps({"seq": last[0], "hash": bytes(last[1]).hex()}))
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert WARN_LOG_CUT in admin.warnings
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert any("noticed" in p and f"entry {target} " in p for p in report.problems)
