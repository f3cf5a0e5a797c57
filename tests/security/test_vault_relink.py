"""An operator moves a sealed identity to another call in SQL."""

from __future__ import annotations

import pytest

from hotline.records import IdentityDetails
from hotline.services import calls
from hotline.services.identity_vault import VaultEntryMoved
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.attacker import raw_sql

VICTIM = IdentityDetails(name="Aygün Məmmədova", phone="+994 55 000 11 22")


def _two_calls(desk: Desk, draft_sealed: bool) -> tuple[int, int]:
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        other = calls.save_call(operator, job_in_dubai(operator.user.id)).call_id
        record = job_in_dubai(operator.user.id, consent="yes", identity_consent=True)
        if draft_sealed:  # the identity typed during the call, sealed into the draft
            draft = calls.start_call(operator)
            sealed = calls.seal_identity(operator, VICTIM, f"draft:{draft.id}")
            held = calls.save_call(operator, record, draft.id, sealed_identity=sealed).call_id
        else:
            held = calls.save_call(operator, record, identity=VICTIM).call_id
    finally:
        operator.close()
    return held, other


@pytest.mark.parametrize("draft_sealed", [False, True], ids=["sealed-at-save", "sealed-in-draft"])
def test_relinked_vault_entry_fails_loudly(staffed_desk: Desk, draft_sealed: bool) -> None:
    held, other = _two_calls(staffed_desk, draft_sealed)
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert calls.read_identity(supervisor, held, "court request 12") == [VICTIM]
    finally:
        supervisor.close()

    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        moved = sql.execute(
            "UPDATE vault_entries SET call_id = ? WHERE call_id = ?", (other, held)
        ).rowcount
        # The row's own label is rewritten too: it must not matter.
        sql.execute(
            "UPDATE vault_entries SET context = replace(context, ?, ?)",
            (f"call:{held}", f"call:{other}"),
        )
    assert moved == 1

    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        with pytest.raises(VaultEntryMoved) as caught:
            calls.read_identity(supervisor, other, "court request 13")
        message = caught.value.message()
        assert str(other) in message and "moved" in message
        assert "Aygün" not in message
        assert supervisor.audit.entries(limit=1)[0].action == "vault.moved"
    finally:
        supervisor.close()


def test_entries_sealed_to_a_draft_before_the_upgrade_are_bound_at_sign_in(
    staffed_desk: Desk,
) -> None:
    """A desk written by the previous version: the row says draft:<id>, nothing binds it."""
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        draft = calls.start_call(operator)
        label = f"draft:{draft.id}"
        sealed = calls.seal_identity(operator, VICTIM, label)
        call_id = calls.save_call(operator, job_in_dubai(operator.user.id, consent="yes")).call_id
        with operator.audited():  # the previous version's row, as it wrote it
            operator.db.execute(
                "INSERT INTO vault_entries(call_id, suite, context, sealed, created_at,"
                " created_by) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00+00:00', ?)",
                (call_id, "MLKEM768_X25519/HKDF_SHA256/AES_256_GCM", label, sealed, 2),
            )
    finally:
        operator.close()
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        contexts = supervisor.db.query("SELECT context FROM vault_entries")
        assert [c[0] for c in contexts] == ["call+draft"]
        assert calls.read_identity(supervisor, call_id, "court request 14") == [VICTIM]
    finally:
        supervisor.close()
