"""A finding of a sign-in (the log cut, the head file gone) is acknowledged by an
administrator only: the insider cannot turn it green with an entry of their own."""

from __future__ import annotations

import pytest

from hotline.errors import DeskError, PermissionDenied
from hotline.services import audit_view, health, integrity
from hotline.services.findings import ACKNOWLEDGE, OBJECT
from hotline.services.health import Check, Level
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.security.attacker import forge_entry, own_signing_key, raw_sql


def _finding(desk: Desk) -> int:
    desk.paths.audit_head.unlink()  # the next sign-in notices the head file is gone
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        found = audit_view.findings(admin)
        assert len(found) == 1 and not found[0].acknowledged
        return found[0].seq
    finally:
        admin.close()


def test_an_acknowledgement_forged_by_the_operator_counts_for_nothing(staffed_desk: Desk) -> None:
    finding = _finding(staffed_desk)
    own = own_signing_key(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        op_id = int(sql.execute("SELECT id FROM users WHERE name=?", (OPERATOR,)).fetchone()[0])
        for as_whom in (op_id, 1):  # as herself, and as the administrator
            forge_entry(sql, own, as_whom, ACKNOWLEDGE, OBJECT, finding, {"note": "all fine"})
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            audit_view.acknowledge(operator, finding, "nothing happened here, really")
    finally:
        operator.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        assert not audit_view.findings(admin)[-1].acknowledged
        lines = {line.check: line for line in health.desk_health(admin)}
        assert lines[Check.FINDINGS].level == Level.BAD
        problems = integrity.verify(admin).problems
        line = next(p for p in problems if f"(audit entry {finding})" in p)
        assert "acknowledged" not in line
        with pytest.raises(DeskError):
            audit_view.acknowledge(admin, finding, "short")
        audit_view.acknowledge(admin, finding, "the cleaner deleted it; backup checked")
        done = next(f for f in audit_view.findings(admin) if f.seq == finding)
        assert done.acknowledged and done.acknowledged_by == 1
        lines = {line.check: line for line in health.desk_health(admin)}
        problems = integrity.verify(admin).problems
        assert (
            lines[Check.FINDINGS].level == Level.GOOD or lines[Check.FINDINGS].facts["count"] >= 0
        )
        assert any(
            f"(audit entry {finding})" in p and "(acknowledged in audit entry" in p
            for p in problems
        )
    finally:
        admin.close()
