"""Sealing a person's record on a decision: what is left afterwards, read as an attacker
holding the keys would (every page of the database, its WAL and the notes' index)."""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from hotline.errors import PermissionDenied
from hotline.export.catalogue import CATALOGUE
from hotline.records import Entity, IdentityDetails, utcnow
from hotline.services import (
    approvals,
    backup,
    calllog,
    calls,
    integrity,
    review,
    seal_copies,
    sealing,
    search,
)
from hotline.services.session import Session
from hotline.storage import seal_register
from hotline.storage.exports import ExportQueries
from hotline.storage.keyfile import SECRET_DB
from hotline.storage.schema import LATEST
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.pages import pages, residue
from tests.security.test_call_text import raw_connection

PERSON = "Limon Dolu 101"
OTHER_PERSON = "Nar Bağı 7"
NOTE_AZ = "Zümrüdəli agentlikdə pasportunu saxlayırlar, Sumqayıt"
NOTE_RU = "Ксантопия держит паспорт в гостинице Дубая"
NOTE_3 = "Quetzalcall third one about the same person"
CODE_WORD = "Jaguarundi"
COMMENT = "Okapicomment ask about the contract"
IDENTITY_NAME = "Gülnarə Vəliyeva"
IDENTITY_PHONE = "+994 55 321 98 76"
AGENCY = "Tapirtravel Agency"
TASK_NOTE = "Axolotltask call the shelter"
KEPT = "Pangolinkept stays for the other caller"
SECRETS = (
    NOTE_AZ,
    "Zümrüdəli",
    "zumrudeli",
    NOTE_RU,
    "Ксантопия",
    "ксантопия",
    NOTE_3,
    "Quetzalcall",
    "quetzalcall",
    CODE_WORD,
    COMMENT,
    "Okapicomment",
    IDENTITY_NAME,
    IDENTITY_PHONE,
    AGENCY,
    "tapirtravel",
    TASK_NOTE,
    PERSON,
)


@dataclass
class Sealable:
    desk: Desk
    ids: list[int]  # the person's three calls
    other: int  # a call of someone else


@pytest.fixture
def sealable(staffed_desk: Desk) -> Iterator[Sealable]:
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    uid = leyla.user.id
    first = calls.save_call(
        leyla,
        job_in_dubai(
            uid,
            notes=NOTE_AZ,
            code_word=CODE_WORD,
            consent="yes",
            identity_consent=True,
            started_at=utcnow() - timedelta(hours=3),
            entities=(),
        ),
        identity=IdentityDetails(name=IDENTITY_NAME, phone=IDENTITY_PHONE),
    ).call_id
    second = calls.save_call(
        leyla, job_in_dubai(uid, notes=NOTE_RU, started_at=utcnow() - timedelta(hours=2))
    ).call_id

    third = calls.save_call(
        leyla,
        job_in_dubai(
            uid,
            notes=NOTE_3,
            caller_pseudonym=OTHER_PERSON,
            concerned_pseudonym=PERSON,
            entities=(Entity("agency", AGENCY),),
            started_at=utcnow() - timedelta(hours=1),
        ),
    ).call_id
    other = calls.save_call(
        leyla, job_in_dubai(uid, notes=KEPT, caller_pseudonym="Alma Bağı 3")
    ).call_id
    leyla.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    review.comment(rashad, second, COMMENT)
    review.add_follow_up(rashad, first, utcnow() + timedelta(days=2), None, TASK_NOTE)
    assert search.update_index(rashad) == 4
    rashad.close()
    yield Sealable(staffed_desk, [first, second, third], other)


def _counts(session: Session) -> dict[str, object]:
    """Every catalogue table's counts over this year and last (coded fields only)."""
    queries = ExportQueries(session.db)
    year = utcnow().year
    out: dict[str, object] = {}
    for spec in CATALOGUE:
        if spec.measure == "persons":
            out[spec.name] = [
                queries.persons(f"{y}-{m:02d}", "Asia/Baku")
                for y in (year - 1, year)
                for m in range(1, 13)
            ]
        else:
            out[spec.name] = sorted(
                queries.counts(
                    spec.measure,
                    list(spec.dims),
                    f"{year - 1}-01",
                    f"{year}-12",
                    "Asia/Baku",
                ),
                key=repr,
            )
    return out


def _decision() -> sealing.Decision:
    return sealing.decision("court", "2-1234/2026", date.today() - timedelta(days=3))


def _approved(desk: Desk, ids: list[int]) -> int:
    """The request made by the administrator, approved by the supervisor in their own
    session (hotline.services.approvals); its id."""
    admin = desk.open()
    try:
        request = sealing.request_approval(admin, _decision(), ids)
    finally:
        admin.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        approvals.approve(rashad, request.id)
    finally:
        rashad.close()
    return request.id


def test_sealing_a_person_leaves_no_text_in_any_page(sealable: Sealable) -> None:
    desk = sealable.desk
    request_id = _approved(desk, sealable.ids)
    admin = desk.open()
    try:
        found = sealing.find(admin, sealing.BY_PSEUDONYM, " limon dolu 101 ")
        assert found == sealable.ids
        shown = sealing.preview(admin, found)
        assert shown.call_ids == tuple(sealable.ids)
        assert shown.vault_entries == 1 and shown.open_tasks >= 1 and shown.entities >= 1
        assert shown.text_fields >= 4
        before = _counts(admin)
        # The ciphertexts and sealed data keys of the calls, as the raw file holds them now.
        marks_ = ",".join("?" for _ in found)
        blobs = [
            bytes(v)[:48]
            for row in admin.db.query(
                f"SELECT notes, code_word FROM calls WHERE id IN ({marks_})"
                f" UNION ALL SELECT sealed, NULL FROM call_keys WHERE call_id IN ({marks_})"
                f" UNION ALL SELECT sealed, NULL FROM vault_entries WHERE call_id IN ({marks_})"
                f" UNION ALL SELECT body, NULL FROM call_comments WHERE call_id IN ({marks_})",
                [*found, *found, *found, *found],
            )
            for v in row
            if isinstance(v, bytes) and v
        ]
        assert len(blobs) >= 10
        db_key = admin.secrets[SECRET_DB]
        assert residue(desk.paths.database, db_key, AGENCY, TASK_NOTE, PERSON)  # the scan sees
        result = sealing.seal(admin, found, _decision(), request_id)
        assert result.destroyed.calls == 3 and result.destroyed.vault_entries == 1
        assert result.destroyed.keys >= 3 and result.destroyed.tasks_closed >= 1
        assert result.index_cleared
        assert _counts(admin) == before  # every published and future count stays right
        report = integrity.verify(admin)
        assert report.ok, report.problems
        marks = sealing.marks(admin, [*sealable.ids, sealable.other])
        assert set(marks) == set(sealable.ids)
        assert marks[sealable.ids[0]].number == "2-1234/2026"
        key = admin.secrets[SECRET_DB]
        index_key = search.index_key(admin)
        entry = admin.audit.entries_of("seal.decision")[-1]
        assert entry.details["number"] == "2-1234/2026" and entry.details["approved_by"]
        assert not any(s in str(entry.details) for s in SECRETS)
    finally:
        admin.close()
    assert index_key is not None
    assert residue(desk.paths.database, key, *SECRETS) == []
    every_page = b"".join(pages(desk.paths.database, key))
    assert [b for b in blobs if b in every_page] == []  # no ciphertext, no sealed key left
    assert residue(desk.paths.search_index, index_key, *SECRETS) == []
    # The checks can see: the other caller's call is still there, in both files.
    assert residue(desk.paths.database, key, "Alma Bağı 3")
    assert residue(desk.paths.search_index, index_key, "pangolinkept")
    # The supervisor still reads the other call, and the sealed ones show nothing.
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert calllog.open_call(rashad, sealable.other).record.notes == KEPT
        assert search.matching(rashad, "ксантопия") == []
        assert search.matching(rashad, "pangolinkept") == [sealable.other]
        assert all(
            t.status == "done" for t in review.tasks(rashad, None) if t.call_id in sealable.ids
        )
    finally:
        rashad.close()


def test_operator_and_supervisor_cannot_seal(sealable: Sealable) -> None:
    for name, password in ((OPERATOR, OPERATOR_PW), (SUPERVISOR, SUPERVISOR_PW)):
        session = sealable.desk.open(name, password)
        try:
            with pytest.raises(PermissionDenied):
                sealing.find(session, sealing.BY_CALL, str(sealable.ids[0]))
            with pytest.raises(PermissionDenied):
                sealing.seal(session, sealable.ids, _decision(), None)
            assert session.audit.entries_of("permission.denied")
        finally:
            session.close()


def test_operator_raw_sql_destroys_only_and_verify_names_it(sealable: Sealable) -> None:
    """An operator with their slot's database key can delete rows (as they always could),
    but cannot make a seal: verify names every row changed outside the program, and the
    call is not marked sealed by a decision."""
    leyla = sealable.desk.open(OPERATOR, OPERATOR_PW)
    conn = raw_connection(leyla)
    leyla.close()
    target = sealable.ids[1]
    conn.execute(
        "INSERT INTO seal_decisions(kind, body, number, decided_on, at, calls)"
        " VALUES ('decision', 'court', 'forged', '2026-01-01', '2026-01-01T00:00:00Z', 1)"
    )
    conn.execute("UPDATE calls SET notes = '', sealed = 1 WHERE id = ?", (target,))
    conn.commit()
    conn.close()
    admin = sealable.desk.open()
    try:
        report = integrity.verify(admin)
        assert not report.ok
        assert any(f"call {target} was changed outside the program" in p for p in report.problems)
        assert any(f"call {target} is marked sealed" in p for p in report.problems)
        assert any("seal decision 1 differs" in p for p in report.problems)
    finally:
        admin.close()


def test_sealing_without_a_decision_number_is_refused(sealable: Sealable) -> None:
    with pytest.raises(sealing.NoDecisionNumber) as caught:
        sealing.decision("court", "   ", date.today())
    assert "number of the decision" in caught.value.message()
    with pytest.raises(sealing.BadDecisionDate):
        sealing.decision("court", "12", date.today() + timedelta(days=1))
    with pytest.raises(sealing.BadDecisionDate):
        sealing.decision("court", "12", "30.11.2026")
    with pytest.raises(sealing.BadDecisionBody):
        sealing.decision("parliament", "12", date.today())


def test_approval_is_needed_and_bound_to_the_calls(sealable: Sealable) -> None:
    desk = sealable.desk
    one = _approved(desk, sealable.ids[:1])
    admin = desk.open()
    try:
        assert sealing.approval_needed(admin)
        with pytest.raises(approvals.ApprovalNeeded):
            sealing.seal(admin, sealable.ids, _decision(), None)
        with pytest.raises(approvals.ApprovalUnusable):  # approved for another set of calls
            sealing.seal(admin, sealable.ids, _decision(), one)
        other = sealing.decision("prosecutor", "9/2026", date.today())
        with pytest.raises(approvals.ApprovalUnusable):  # approved for another decision
            sealing.seal(admin, sealable.ids[:1], other, one)
        assert sealing.marks(admin, sealable.ids) == {}
        assert not seal_register.path_in(desk.paths.root).exists()  # nothing registered
        assert [r.id for r in sealing.seal_requests(admin)] == [one]
        chosen, ids = sealing.from_request(admin, one)
        assert chosen == _decision() and ids == sealable.ids[:1]
        sealing.seal(admin, ids, chosen, one)
        with pytest.raises(sealing.NothingToSeal):
            sealing.seal(admin, ids, chosen, one)
        assert sealing.seal_requests(admin) == []
    finally:
        admin.close()


def test_schema_is_latest(sealable: Sealable) -> None:
    admin = sealable.desk.open()
    try:
        assert admin.db.user_version == LATEST
    finally:
        admin.close()


def _seal_person(desk: Desk) -> None:
    admin = desk.open()
    try:
        found = sealing.find(admin, sealing.BY_PSEUDONYM, PERSON)
    finally:
        admin.close()
    request_id = _approved(desk, found)
    admin = desk.open()
    try:
        sealing.seal(admin, found, _decision(), request_id)
    finally:
        admin.close()


def _scan(root: Path, key: bytes) -> list[str]:
    return residue(root / "desk.db", key, AGENCY, TASK_NOTE, PERSON, IDENTITY_NAME)


def test_a_backup_from_before_is_sealed_when_restored(sealable: Sealable, tmp_path: Path) -> None:
    desk = sealable.desk
    admin = desk.open()
    try:
        before = backup.backup(admin, tmp_path / "before.tar").path
        key = admin.secrets[SECRET_DB]
    finally:
        admin.close()
    _seal_person(desk)
    backup.restore(desk.paths, before, ADMIN, ADMIN_PW)
    assert _scan(desk.paths.root, key) == []
    admin = desk.open()
    try:
        assert set(sealing.marks(admin, [*sealable.ids, sealable.other])) == set(sealable.ids)
        report = integrity.verify(admin)
        assert report.ok, report.problems
        entry = admin.audit.entries_of("desk.restore")[-1]
        assert entry.details["sealed_again"] == 3
    finally:
        admin.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert calllog.open_call(rashad, sealable.other).record.notes == KEPT
        assert calllog.open_call(rashad, sealable.ids[1]).record.notes == ""
    finally:
        rashad.close()


def test_backups_and_replaced_folders_are_sealed_and_the_unreachable_listed(
    sealable: Sealable, tmp_path: Path
) -> None:
    desk = sealable.desk
    admin = desk.open()
    try:
        kept = backup.backup(admin, tmp_path / "kept.tar").path
        gone = backup.backup(admin, tmp_path / "gone.tar").path
        key = admin.secrets[SECRET_DB]
    finally:
        admin.close()
    # A restore before the sealing leaves the replaced files (unsealed) in the desk.
    aside = backup.restore(desk.paths, kept, ADMIN, ADMIN_PW)
    assert _scan(aside, key)  # the check can see: the replaced copy holds the text
    gone.rename(tmp_path / "elsewhere.tar")  # taken away: unreachable
    _seal_person(desk)
    admin = desk.open()
    try:
        outcomes = seal_copies.seal_copies(admin, ADMIN_PW, [kept, gone])
    finally:
        admin.close()
    by_path = {o.path: o for o in outcomes}
    assert by_path[aside].reached and by_path[aside].sealed == 3
    assert by_path[kept].reached and by_path[kept].sealed == 3
    assert not by_path[gone].reached and by_path[gone].reason == seal_copies.MISSING
    assert _scan(aside, key) == []
    admin = desk.open()
    try:  # verify lists the backup that could not be reached, and only that one
        warnings = integrity.verify(admin).warnings
    finally:
        admin.close()
    holding = [w for w in warnings if "still holds sealed data" in w]
    assert holding == [f"{gone}: {seal_copies.STILL_HOLDS}"]
    with tarfile.open(kept) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    assert _scan(tmp_path / "unpacked", key) == []
    # The sealed backup is still a good backup: it restores, and verify is clean.
    backup.restore(desk.paths, kept, ADMIN, ADMIN_PW)
    admin = desk.open()
    try:
        assert integrity.verify(admin).ok
    finally:
        admin.close()


def test_a_wrong_password_leaves_a_backup_listed(sealable: Sealable, tmp_path: Path) -> None:
    desk = sealable.desk
    admin = desk.open()
    try:
        kept = backup.backup(admin, tmp_path / "kept.tar").path
    finally:
        admin.close()
    _seal_person(desk)
    admin = desk.open()
    try:
        outcomes = seal_copies.seal_copies(admin, "not the password", [kept])
    finally:
        admin.close()
    assert [(o.reached, o.reason) for o in outcomes] == [(False, seal_copies.PASSWORD)]


def test_a_forged_register_line_is_refused(sealable: Sealable, tmp_path: Path) -> None:
    """An operator can write files of the data folder: a register line they add (to
    destroy text at the next restore) is not signed with the export key."""
    desk = sealable.desk
    _seal_person(desk)
    path = seal_register.path_in(desk.paths.root)
    lines = path.read_text(encoding="utf-8").splitlines()
    forged = json.loads(lines[0])
    body = json.loads(forged["line"])
    body["calls"] = [sealable.other]
    forged["line"] = json.dumps(body)
    path.write_text("\n".join([*lines, json.dumps(forged)]) + "\n", encoding="utf-8")
    admin = desk.open()
    try:
        with pytest.raises(seal_register.RegisterDamaged):
            sealing.apply_register(admin)
    finally:
        admin.close()


def test_a_sealed_call_cannot_be_reviewed_corrected_or_followed_up(sealable: Sealable) -> None:
    _seal_person(sealable.desk)
    target = sealable.ids[1]
    rashad = sealable.desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        for attempt in (
            lambda: review.comment(rashad, target, "more"),
            lambda: review.claim(rashad, target),
            lambda: review.correct_field(rashad, target, "region", "baku", "why"),
            lambda: review.add_follow_up(rashad, target, utcnow() + timedelta(days=1), None),
        ):
            with pytest.raises(sealing.CallSealed) as caught:
                attempt()
            assert "sealed by a decision" in caught.value.message()
        row = calllog.rows(rashad, [target])[0]
        assert row.seal is not None and row.seal.number == "2-1234/2026"
        assert calllog.open_call(rashad, sealable.other).row.seal is None
    finally:
        rashad.close()
    leyla = sealable.desk.open(OPERATOR, OPERATOR_PW)
    try:
        mine = {r.id: r for r in calls.recent_calls(leyla)}
        assert mine[target].seal is not None and mine[target].notes == ""
        with pytest.raises(sealing.CallSealed):
            calls.correct_own_call(leyla, target, mine[target])
        assert all(
            s.seal is not None
            for s in calls.caller_history(leyla, "Nar Bağı 7")
            if s.call_id == sealable.ids[2]
        )
    finally:
        leyla.close()


def test_a_reused_call_id_after_a_restore_is_not_sealed(staffed_desk: Desk, tmp_path: Path) -> None:
    """Restore a backup older than a sealed call: the next call saved takes its id again;
    the register's seal names the call it sealed (its first-saved time), not the id."""
    admin = staffed_desk.open()
    try:
        older = backup.backup(admin, tmp_path / "older.tar").path
    finally:
        admin.close()
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    sealed = calls.save_call(leyla, job_in_dubai(leyla.user.id, notes=NOTE_RU)).call_id
    leyla.close()
    _seal_person(staffed_desk)
    backup.restore(staffed_desk.paths, older, ADMIN, ADMIN_PW)
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    record = job_in_dubai(leyla.user.id, notes=KEPT, caller_pseudonym="Alma Bağı 9")
    again = calls.save_call(leyla, record).call_id
    leyla.close()
    assert again == sealed  # the id is taken again by another call
    admin = staffed_desk.open()
    try:
        done = sealing.scheduled(admin)  # what an administrator's sign-in runs
        assert done.resealed == 0
        assert sealing.marks(admin, [again]) == {}
        assert integrity.verify(admin).ok
    finally:
        admin.close()


def test_a_desk_with_one_administrator_seals_approved_alone(new_desk: Desk) -> None:
    admin = new_desk.open()
    try:
        assert admin.user is not None
        call_id = calls.save_call(admin, job_in_dubai(admin.user.id, notes=NOTE_AZ)).call_id
        assert not sealing.approval_needed(admin)
        result = sealing.seal(admin, [call_id], _decision(), None)
        assert result.destroyed.calls == 1
        assert admin.audit.entries_of(approvals.ALONE)
        assert integrity.verify(admin).ok
    finally:
        admin.close()
