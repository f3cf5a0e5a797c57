"""The batch key of call text (schema 11): one HPKE seal per session, to the case-text
key alone; each call's case-text copy of its data key wrapped under it.

Performed as the attackers would: another operator with raw sqlcipher3 and the
database key their own slot opens, the author after their session, and sealing one
call of a batch whose other calls must stay readable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hotline.crypto import kem
from hotline.crypto.calltext import (
    BATCH_ID_BYTES,
    BATCH_WRAP,
    CASE_TEXT,
    SELF_WRAP,
    SealedKey,
    TextBatch,
    TextUnreadable,
    batch_of,
)
from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import calllog, calls, desk, integrity, review, sealing, users
from hotline.services.session import Session
from hotline.storage.keyfile import SECRET_DB
from hotline.storage.schema import LATEST
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)
from tests.factories import job_in_dubai
from tests.security import test_text_migration as migration
from tests.security.pages import pages
from tests.security.test_call_text import OTHER, OTHER_PW, raw_connection
from tests.security.test_sealing import _approved, _decision

NOTES = ("Gazelleone in Dubai", "Ибисвторой в гостинице", "Ceyranüçüncü Sumqayıtda")


def _batches(session: Session) -> list[tuple[int, str, bytes]]:
    return [
        (int(i), str(s), bytes(b))
        for i, s, b in session.db.query("SELECT id, suite, sealed FROM text_batches ORDER BY id")
    ]


def _case_seal(session: Session, call_id: int) -> SealedKey:
    suite, sealed = session.db.query(
        "SELECT suite, sealed FROM call_keys WHERE call_id = ? AND holder = ?",
        (call_id, CASE_TEXT),
    )[0]
    return SealedKey(CASE_TEXT, str(suite), bytes(sealed))


def _save(session: Session, notes: str) -> int:
    assert session.user is not None
    return calls.save_call(session, job_in_dubai(session.user.id, notes=notes)).call_id


@pytest.fixture
def two_sessions(staffed_desk: Desk) -> tuple[Desk, list[int]]:
    """Leyla's three calls: two in one session, one in the next."""
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    ids = [_save(leyla, NOTES[0]), _save(leyla, NOTES[1])]
    leyla.close()
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    ids.append(_save(leyla, NOTES[2]))
    leyla.close()
    return staffed_desk, ids


def test_one_hpke_seal_per_session_and_the_supervisor_reads_every_call(
    two_sessions: tuple[Desk, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk_, ids = two_sessions
    rashad = desk_.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert rashad.db.user_version == LATEST
        batches = _batches(rashad)
        assert [b[0] for b in batches] == [1, 2]  # one per session that saved text
        assert all(
            suite == kem.DEFAULT_SUITE and len(sealed) > 1000 for _, suite, sealed in batches
        )
        seals = [_case_seal(rashad, i) for i in ids]
        assert [s.suite for s in seals] == [BATCH_WRAP] * 3
        assert [batch_of(s) for s in seals] == [1, 1, 2]
        assert all(len(s.sealed) == BATCH_ID_BYTES + 12 + 32 + 16 for s in seals)
        opened: list[bytes] = []
        real_open = kem.open_sealed

        def counting(private: kem.KemPrivateKey, sealed: bytes, info: bytes, suite: str) -> bytes:
            opened.append(info)
            return real_open(private, sealed, info, suite)

        monkeypatch.setattr(kem, "open_sealed", counting)
        assert [calllog.open_call(rashad, i).record.notes for i in ids] == list(NOTES)
        # Two batch keys opened for three calls: no HPKE opening per call.
        assert len(opened) == 2 and all(b"hotline-calltext-batch" in info for info in opened)
    finally:
        rashad.close()
    leyla = desk_.open(OPERATOR, OPERATOR_PW)
    try:  # the author reads her own calls with her own (per-call) copy, no batch key
        text = leyla.call_text
        assert text is not None and not text.has_batch_key(1) and not text.has_batch_key(2)
        own = {r.id: r.notes for r in calls.recent_calls(leyla)}
        assert [own[i] for i in ids] == list(NOTES)
        assert not text.has_batch_key(1) and not text.has_batch_key(2)
    finally:
        leyla.close()
    admin = desk_.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert report.ok, report.problems


def test_the_batch_key_cannot_be_used_by_another_operator(
    desk_with_two_operators: Desk,
) -> None:
    """Nigar (operator) holds the database key: the batch seals and the wraps are hers
    to read and rewrite, and none of it opens Leyla's text, with her key pair, with her
    own session's batch key, relabelled as her own copy, or pointed at her batch."""
    leyla = desk_with_two_operators.open(OPERATOR, OPERATOR_PW)
    target = _save(leyla, NOTES[0])
    leyla.close()
    nigar = desk_with_two_operators.open(OTHER, OTHER_PW)
    try:
        own_call = _save(nigar, "Nigarnote her own call")  # her session's batch is open
        text = nigar.call_text
        assert text is not None and text.writing_batch is not None
        mine = text.writing_batch.id
        conn = raw_connection(nigar)
        (leylas,) = [
            TextBatch(int(i), str(s), bytes(b))
            for i, s, b in conn.execute(
                "SELECT id, suite, sealed FROM text_batches WHERE id <> ?", (mine,)
            )
        ]
        for info in (
            text.batch_info(leylas.id),
            text.batch_info(mine),
            text.key_info(target, CASE_TEXT),
        ):
            with pytest.raises(kem.OpenFailed):
                kem.open_sealed(nigar.kem_private, leylas.sealed, info, leylas.suite)
        assert not text.open_batch(leylas)  # an operator's session holds no case-text key
        seal = _case_seal(nigar, target)
        assert batch_of(seal) == leylas.id
        pointed = SealedKey(
            CASE_TEXT,
            BATCH_WRAP,
            mine.to_bytes(BATCH_ID_BYTES, "big") + seal.sealed[BATCH_ID_BYTES:],
        )
        relabelled = [
            SealedKey(f"user:{nigar.user_id}", BATCH_WRAP, seal.sealed),
            SealedKey(f"user:{nigar.user_id}", SELF_WRAP, seal.sealed[BATCH_ID_BYTES:]),
        ]
        for attempt in ([seal], [pointed], relabelled):
            with pytest.raises(TextUnreadable):
                text.remember(target, attempt)
        # Her own batch's wrap of her own call, copied onto Leyla's call: bound to its call.
        conn.execute(
            "UPDATE call_keys SET sealed = (SELECT sealed FROM call_keys WHERE call_id = ?"
            " AND holder = 'casetext') WHERE call_id = ? AND holder = 'casetext'",
            (own_call, target),
        )
        conn.commit()
        conn.close()
        with pytest.raises(TextUnreadable):
            text.remember(target, [_case_seal(nigar, target)])
        record = nigar.calls().get(target)
        assert record is not None and record.notes == ""
    finally:
        nigar.close()


@pytest.fixture
def desk_with_two_operators(staffed_desk: Desk) -> Desk:
    admin = staffed_desk.open()
    try:
        users.add_user(admin, OTHER, frozenset({Role.OPERATOR}), OTHER_PW)
    finally:
        admin.close()
    return staffed_desk


def test_a_rolled_back_save_does_not_lose_its_batch(staffed_desk: Desk) -> None:
    """The batch is written with the first call wrapped under it; a save that fails
    after it takes both back, and the next save writes a new batch, not a dangling one."""
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert leyla.user is not None
        with pytest.raises(RuntimeError), leyla.db.transaction():
            leyla.calls().insert(job_in_dubai(leyla.user.id, notes="Rollbacknote"))
            assert [b[0] for b in _batches(leyla)] == [1]
            raise RuntimeError("the disk failed after the batch was written")
        assert _batches(leyla) == []
        saved = _save(leyla, NOTES[0])
        assert [b[0] for b in _batches(leyla)] == [1]
        assert batch_of(_case_seal(leyla, saved)) == 1
    finally:
        leyla.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert calllog.open_call(rashad, saved).record.notes == NOTES[0]
    finally:
        rashad.close()


def test_sealing_one_call_of_a_batch_destroys_it_and_only_it(
    two_sessions: tuple[Desk, list[int]],
) -> None:
    desk_, ids = two_sessions
    first, second = ids[0], ids[1]  # the same session: one batch
    admin = desk_.open()
    try:
        assert batch_of(_case_seal(admin, first)) == batch_of(_case_seal(admin, second))
        wraps = [
            bytes(b)
            for (b,) in admin.db.query("SELECT sealed FROM call_keys WHERE call_id = ?", (first,))
        ]
        assert len(wraps) == 2
    finally:
        admin.close()
    request_id = _approved(desk_, [first])
    admin = desk_.open()
    try:
        sealing.seal(admin, [first], _decision(), request_id)
        db_key = admin.secrets[SECRET_DB]
    finally:
        admin.close()
    every_page = b"".join(pages(desk_.paths.database, db_key))
    assert [w for w in wraps if w in every_page] == []  # no copy of its data key left
    rashad = desk_.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        text = rashad.call_text
        assert text is not None
        assert calllog.open_call(rashad, second).record.notes == NOTES[1]
        assert text.has_batch_key(batch_of(_case_seal(rashad, second)) or 0)  # the batch is open
        assert rashad.db.query("SELECT * FROM call_keys WHERE call_id = ?", (first,)) == []
        keys = rashad.calls().keys
        assert keys is not None
        text.forget(first)
        assert keys.open_keys([first]) == set()  # the batch key open, and nothing opens
    finally:
        rashad.close()


# --- a desk of the version before the batch keys -----------------------------------
BEFORE_BATCHES = "ae2595171d697e4d98e1458b9b779e24f04424b9"  # schema 7, one HPKE seal per call
BUILD = """
import sys
from pathlib import Path
from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import calls, desk, review, users
from tests.factories import job_in_dubai

paths = DeskPaths(Path(sys.argv[1]))
desk.init_desk(paths, "admin", "night shift on the quiet line", bind_device=False)
admin = desk.unlock(paths, "admin", "night shift on the quiet line")
users.add_user(admin, "leyla", frozenset({Role.OPERATOR}), "tea gets cold at three in the morning")
users.add_user(admin, "rashad", frozenset({Role.SUPERVISOR}), "every call deserves a careful review")
admin.close()
leyla = desk.unlock(paths, "leyla", "tea gets cold at three in the morning")
first = calls.save_call(leyla, job_in_dubai(leyla.user.id, notes="Oldbeforenote Bakıda")).call_id
leyla.close()
rashad = desk.unlock(paths, "rashad", "every call deserves a careful review")
review.comment(rashad, first, "Oldcomment before the batches")
rashad.close()
"""


def test_calls_sealed_before_the_batches_still_open_after_the_upgrade(tmp_path: Path) -> None:
    previous = migration.PREVIOUS
    migration.PREVIOUS = BEFORE_BATCHES
    try:
        tree = migration._previous_tree(tmp_path / "previous")
    finally:
        migration.PREVIOUS = previous
    paths = DeskPaths(tmp_path / "desk")
    env = {**os.environ, "PYTHONPATH": str(tree), "HOTLINE_INSECURE_FAST_KDF": "1"}
    subprocess.run(
        [sys.executable, "-c", BUILD, str(paths.root)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
    )
    assert json.loads(paths.key_file.read_text())["format"] == "hotline-keys/2"
    leyla = desk.unlock(paths, OPERATOR, OPERATOR_PW)
    try:
        assert leyla.db.user_version == LATEST
        (old,) = [r.id for r in calls.recent_calls(leyla)]
        assert old is not None
        old_seal = _case_seal(leyla, old)
        assert old_seal.suite == kem.DEFAULT_SUITE and batch_of(old_seal) is None  # as it was
        new = _save(leyla, NOTES[2])
        assert _case_seal(leyla, new).suite == BATCH_WRAP
        own = {r.id: r.notes for r in calls.recent_calls(leyla)}
        assert own == {old: "Oldbeforenote Bakıda", new: NOTES[2]}
    finally:
        leyla.close()
    rashad = desk.unlock(paths, SUPERVISOR, SUPERVISOR_PW)
    try:
        detail = calllog.open_call(rashad, old)
        assert detail.record.notes == "Oldbeforenote Bakıda"
        assert [c.body for c in detail.comments] == ["Oldcomment before the batches"]
        assert calllog.open_call(rashad, new).record.notes == NOTES[2]
        review.comment(rashad, old, "Newcomment after the upgrade")  # the old call's key
        assert _case_seal(rashad, old).suite == kem.DEFAULT_SUITE
    finally:
        rashad.close()
    admin = desk.unlock(paths, ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert report.ok, report.problems
