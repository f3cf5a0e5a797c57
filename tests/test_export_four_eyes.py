"""Four eyes on an export for partners: asked, approved in the supervisor's own session,
used once, and refused before the long protection when it is missing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.services import approvals
from hotline.services import export as ex
from hotline.services.approvals import ApprovalNeeded, GraveAct
from tests import four_eyes
from tests.conftest import ADMIN, ADMIN_PW, Desk


def later() -> datetime:
    return datetime(2026, 9, 1, tzinfo=UTC)


def test_a_partner_export_needs_a_second_persons_yes_each_time(
    staffed_desk: Desk, tmp_path: Path
) -> None:
    act = ex.partner_act("calls_by_topic", "2026-02", "csv")
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        with pytest.raises(ApprovalNeeded):
            ex.export(admin, "calls_by_topic", "2026-02", "partner", "csv", tmp_path / "p.csv")
        assert not (tmp_path / "p.csv").exists()
        public = ex.export(
            admin, "calls_by_topic", "2026-02", "public", "csv", tmp_path / "q.csv", clock=later
        )
        assert public.path.exists()  # a public export needs nobody else
        asked = approvals.clearance(admin, GraveAct.PARTNER_EXPORT, act)
        assert not asked.clear and asked.asked_now and asked.request is not None
        again = approvals.clearance(admin, GraveAct.PARTNER_EXPORT, act)
        assert again.request == asked.request and not again.asked_now  # not asked twice
        request_id = asked.request.id
    finally:
        admin.close()
    four_eyes.approve(staffed_desk, request_id)
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        with pytest.raises(ApprovalNeeded):  # approved for CSV, not for XLSX
            ex.export(admin, "calls_by_topic", "2026-02", "partner", "xlsx", tmp_path / "p.xlsx")
        done = ex.export(
            admin, "calls_by_topic", "2026-02", "partner", "csv", tmp_path / "p.csv", clock=later
        )
        assert done.path.exists() and ex.verify_export(done.manifest).ok
        used = admin.audit.entries_of(approvals.USE)
        assert [(e.object_id, e.details["act"]) for e in used] == [
            (request_id, GraveAct.PARTNER_EXPORT.value)
        ]
        with pytest.raises(ApprovalNeeded):  # the same file handed out again: a new yes
            ex.export(admin, "calls_by_topic", "2026-02", "partner", "csv", tmp_path / "r.csv")
    finally:
        admin.close()
