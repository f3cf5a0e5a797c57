"""Free text sealed per call: what an operator holding their own slot reads with raw SQL.

The attacker opens their own slot (their password), takes the database key that
slot's grant opens, and runs any SQL with raw sqlcipher3 on the desk's file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from hotline.crypto import kem
from hotline.crypto.calltext import BATCH_WRAP, SELF_WRAP, CallText, SealedKey, TextUnreadable
from hotline.errors import DeskError, PermissionDenied
from hotline.permissions import Role
from hotline.services import backup, calllog, calls, review, search, users
from hotline.services.session import Session
from hotline.storage.calllog import CallFilter
from hotline.storage.database import key_pragma
from hotline.storage.drafts import DraftRepository
from hotline.storage.keyfile import SECRET_CASETEXT, SECRET_DB
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.pages import residue

OTHER = "nigar"
OTHER_PW = "the kettle sings before the phone rings"
NOTE = "Zebracorn agentlik pasportu saxlayır, Дубай"
CODE_WORD = "Quokkaword"
CALLBACK = "Wombattime after nine"
COMMENT = "Capybaracomment: ask about the contract"
RETURNED = "Narwhalreturn: the region is missing"


@pytest.fixture
def desk_with_two_operators(staffed_desk: Desk) -> Desk:
    admin = staffed_desk.open()
    try:
        users.add_user(admin, OTHER, frozenset({Role.OPERATOR}), OTHER_PW)
    finally:
        admin.close()
    return staffed_desk


@pytest.fixture
def saved(desk_with_two_operators: Desk) -> Iterator[tuple[Desk, int]]:
    leyla = desk_with_two_operators.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    record = job_in_dubai(leyla.user.id, notes=NOTE, code_word=CODE_WORD, callback_times=CALLBACK)
    call_id = calls.save_call(leyla, record).call_id
    leyla.close()
    rashad = desk_with_two_operators.open(SUPERVISOR, SUPERVISOR_PW)
    review.comment(rashad, call_id, COMMENT)
    review.return_to_operator(rashad, call_id, RETURNED)
    rashad.close()
    yield desk_with_two_operators, call_id


def raw_connection(session: Session) -> sqlcipher3.Connection:
    """What the attacker runs: raw sqlcipher3 with the key their own slot opens."""
    conn = sqlcipher3.connect(str(session.paths.database))
    conn.execute(key_pragma(session.secrets[SECRET_DB]))
    return conn


def every_value(conn: sqlcipher3.Connection) -> list[object]:
    tables = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r[0]).startswith("sqlite_")
    ]
    values: list[object] = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            values.extend(row)
    return values


def test_another_operator_reads_only_ciphertext(saved: tuple[Desk, int]) -> None:
    desk, call_id = saved
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    assert search.update_index(rashad) == 1  # the index file exists and holds the note
    rashad.close()
    nigar = desk.open(OTHER, OTHER_PW)
    try:
        assert SECRET_CASETEXT not in nigar.secrets  # an operator's slot has no case-text key
        conn = raw_connection(nigar)
        notes, code_word, callback = conn.execute(
            "SELECT notes, code_word, callback_times FROM calls WHERE id = ?", (call_id,)
        ).fetchone()
        for stored in (notes, code_word, callback):
            assert isinstance(stored, bytes)  # ciphertext, never text
        # Every value of every table, as text or bytes: no word of the free text.
        dump = "\n".join(
            v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in every_value(conn)
        )
        for word in (
            "Zebracorn",
            "pasportu",
            "Дубай",
            CODE_WORD,
            "Wombattime",
            "Capybara",
            "Narwhal",
        ):
            assert word not in dump
        # The data key's seals: none opens with the attacker's own key pair.
        seals = conn.execute(
            "SELECT holder, suite, sealed FROM call_keys WHERE call_id = ?", (call_id,)
        ).fetchall()
        assert {s[0] for s in seals} == {"casetext", "user:2"}
        text = nigar.call_text
        assert text is not None
        for holder, suite, sealed in seals:
            for info_holder in (holder, "user:4", "casetext"):
                with pytest.raises(kem.OpenFailed):
                    kem.open_sealed(
                        nigar.kem_private, sealed, text.key_info(call_id, info_holder), suite
                    )
        with pytest.raises(TextUnreadable):
            text.remember(call_id, [SealedKey(h, s, b) for h, s, b in seals])
        # Relabelled as the attacker's own seal, it still does not open.
        forged = CallText(
            text.desk_id, text.case_public, "user:2", nigar.kem_private, None, text.publics
        )
        with pytest.raises(TextUnreadable):
            forged.remember(call_id, [SealedKey(h, s, b) for h, s, b in seals])
        # Nor does the search index open with the database key.
        with pytest.raises(sqlcipher3.DatabaseError):
            index = sqlcipher3.connect(str(nigar.paths.search_index))
            index.execute(key_pragma(nigar.secrets[SECRET_DB]))
            index.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
        # Through the services the call reads with its free text blanked.
        record = nigar.calls().get(call_id)
        assert record is not None and record.notes == "" and record.code_word == ""
    finally:
        nigar.close()


def test_plaintext_free_text_is_refused_by_the_database(saved: tuple[Desk, int]) -> None:
    desk, call_id = saved
    nigar = desk.open(OTHER, OTHER_PW)
    try:
        conn = raw_connection(nigar)
        for sql in (
            "UPDATE calls SET notes = 'typed in clear' WHERE id = ?",
            "UPDATE calls SET returned_comment = 'typed in clear' WHERE id = ?",
            "UPDATE call_comments SET body = 'typed in clear' WHERE call_id = ?",
            "INSERT INTO call_comments(call_id, user_id, at, body) VALUES (?, 4, 'x', 'clear')",
            "INSERT INTO call_history(call_id, field, old_value, new_value, reason, user_id, at)"
            " VALUES (?, 'notes', 'clear', NULL, 'r', 4, 'x')",
        ):
            with pytest.raises(sqlcipher3.IntegrityError, match="sealed"):
                conn.execute(sql, (call_id,))
        conn.close()
    finally:
        nigar.close()


def test_moved_ciphertext_does_not_open(saved: tuple[Desk, int]) -> None:
    """The call id and the field are bound in: notes copied into code_word fail."""
    desk, call_id = saved
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    try:
        leyla.db.execute("UPDATE calls SET code_word = notes WHERE id = ?", (call_id,))
        record = leyla.calls().get(call_id)
        assert record is not None and record.notes == NOTE and record.code_word == ""
    finally:
        leyla.close()


def test_author_and_supervisor_read_the_text(saved: tuple[Desk, int]) -> None:
    desk, call_id = saved
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    try:
        own = [r for r in calls.recent_calls(leyla) if r.id == call_id]
        assert own and own[0].notes == NOTE
        assert (own[0].code_word, own[0].callback_times) == (CODE_WORD, CALLBACK)
        assert calllog.returned_comment(leyla, call_id) == RETURNED
    finally:
        leyla.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        detail = calllog.open_call(rashad, call_id)
        assert detail.record.notes == NOTE and detail.record.code_word == CODE_WORD
        assert [c.body for c in detail.comments] == [COMMENT, RETURNED]
        assert detail.returned_comment == RETURNED
    finally:
        rashad.close()


def test_supervisor_search_finds_az_ru_en_notes(staffed_desk: Desk) -> None:
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    for note in (
        "Pasportu agentlik saxlayır",
        "Паспорт у агентства",
        "The agency kept her passport",
    ):
        calls.save_call(leyla, job_in_dubai(leyla.user.id, notes=note))
    leyla.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        seen: list[tuple[int, int]] = []
        assert search.update_index(rashad, lambda done, total: seen.append((done, total))) == 3
        assert seen and seen[-1] == (3, 3)
        assert search.update_index(rashad) == 0  # incremental: nothing new
        for word in ("saxlayir", "паспорт", "passport"):
            assert calllog.count(rashad, CallFilter(text=word)) == 1, word
    finally:
        rashad.close()


def test_an_operator_session_cannot_search_notes(staffed_desk: Desk) -> None:
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            search.matching(leyla, "passport")
        with pytest.raises(PermissionDenied):
            calllog.count(leyla, CallFilter(text="passport"))
        assert not search.open_index(leyla)
        assert search.pending(leyla) == 0
    finally:
        leyla.close()


def test_a_session_without_the_case_text_key_gets_a_clear_refusal(staffed_desk: Desk) -> None:
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        del rashad.secrets[SECRET_CASETEXT]  # a supervisor whose grant was never sealed
        with pytest.raises(search.SearchUnavailable) as caught:
            calllog.count(rashad, CallFilter(text="passport"))
        assert isinstance(caught.value, DeskError)
        assert "supervisor's key" in caught.value.message()
    finally:
        rashad.close()


def test_corrected_note_leaves_no_residue(staffed_desk: Desk) -> None:
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    call_id = calls.save_call(
        leyla, job_in_dubai(leyla.user.id, notes="zebracorn quagganote старыеслова")
    ).call_id
    leyla.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    assert search.update_index(rashad) == 1
    assert calllog.count(rashad, CallFilter(text="quagganote")) == 1
    rashad.close()
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    current = leyla.calls().get(call_id)
    assert current is not None
    calls.correct_own_call(leyla, call_id, replace(current, notes="a fresh note"))
    leyla.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert search.update_index(rashad) == 1
        assert calllog.count(rashad, CallFilter(text="quagganote")) == 0
        assert calllog.count(rashad, CallFilter(text="fresh")) == 1
        index_key = search.index_key(rashad)
        db_key = rashad.secrets[SECRET_DB]
    finally:
        rashad.close()
    assert index_key is not None
    old = ("zebracorn", "quagganote", "старыеслова")
    assert residue(staffed_desk.paths.search_index, index_key, *old) == []
    assert residue(staffed_desk.paths.search_index, index_key, "fresh")  # the check can see
    assert residue(staffed_desk.paths.database, db_key, *old) == []


def test_a_draft_is_sealed_to_its_operator_alone(desk_with_two_operators: Desk) -> None:
    leyla = desk_with_two_operators.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    draft = calls.start_call(leyla)
    typed = job_in_dubai(leyla.user.id, notes="Okapidraft still being typed", code_word="Dingo")
    calls.autosave(
        leyla, draft.id, replace(typed, caller_pseudonym=draft.record.caller_pseudonym), 42
    )
    leyla.close()  # as after a power cut: the draft waits
    nigar = desk_with_two_operators.open(OTHER, OTHER_PW)
    try:
        conn = raw_connection(nigar)
        (payload,) = conn.execute("SELECT payload FROM drafts WHERE id = ?", (draft.id,)).fetchone()
        assert (
            "Okapi" not in payload and "Dingo" not in payload and "caller_pseudonym" not in payload
        )
        conn.close()
    finally:
        nigar.close()
    rashad = desk_with_two_operators.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert DraftRepository(rashad.db, rashad.call_text).for_operator(2) == []
    finally:
        rashad.close()
    leyla = desk_with_two_operators.open(OPERATOR, OPERATOR_PW)
    try:
        (back,) = calls.pending_drafts(leyla)
        assert back.record.notes == "Okapidraft still being typed" and back.elapsed_s == 42
    finally:
        leyla.close()


def test_a_restore_sets_the_old_index_aside(saved: tuple[Desk, int], tmp_path: Path) -> None:
    desk, _call_id = saved
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    search.update_index(rashad)
    rashad.close()
    admin = desk.open()
    archive = backup.backup(admin, tmp_path / "backups").path
    admin.close()
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    calls.save_call(leyla, job_in_dubai(leyla.user.id, notes="Lateword after the backup"))
    leyla.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    assert calllog.count(rashad, CallFilter(text="lateword")) == 1
    rashad.close()
    aside = backup.restore(desk.paths, archive, ADMIN, ADMIN_PW)
    assert (aside / "search.db").exists() and not desk.paths.search_index.exists()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert calllog.count(rashad, CallFilter(text="lateword")) == 0
        assert calllog.count(rashad, CallFilter(text="zebracorn")) == 1
    finally:
        rashad.close()


def test_the_authors_copy_is_a_wrap_only_their_own_key_opens(saved: tuple[Desk, int]) -> None:
    """The author's copy of the data key is wrapped under a key derived from their own
    private key (61 bytes, no KEM); another operator who relabels it as theirs, or
    rewrites its suite, opens nothing; a call entered for the operator by a supervisor
    carries an HPKE seal to her public key, which she opens."""
    desk, call_id = saved
    nigar = desk.open(OTHER, OTHER_PW)
    try:
        nigar_id = nigar.user_id
        conn = raw_connection(nigar)
        seals = dict(
            (str(h), (str(s), bytes(b)))
            for h, s, b in conn.execute(
                "SELECT holder, suite, sealed FROM call_keys WHERE call_id = ?", (call_id,)
            )
        )
        assert seals["user:2"][0] == SELF_WRAP and len(seals["user:2"][1]) == 12 + 32 + 16
        # The case-text copy: wrapped under the session's batch key (test_text_batches.py).
        assert seals["casetext"][0] == BATCH_WRAP and len(seals["casetext"][1]) == 8 + 12 + 32 + 16
        conn.execute(
            "INSERT INTO call_keys(call_id, holder, suite, sealed) VALUES (?, ?, ?, ?)",
            (call_id, f"user:{nigar_id}", SELF_WRAP, seals["user:2"][1]),
        )
        conn.execute(
            "UPDATE call_keys SET suite = ? WHERE call_id = ? AND holder = 'user:2'",
            (kem.DEFAULT_SUITE, call_id),
        )
        conn.commit()
        conn.close()
        record = nigar.calls().get(call_id)
        assert record is not None and record.notes == "" and record.code_word == ""
    finally:
        nigar.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert calllog.open_call(rashad, call_id).record.notes == NOTE  # the case-text seal
        entered = calllog.enter_on_behalf(
            rashad, job_in_dubai(2, notes="Walk-in okapinote", channel="walk_in"), 2
        ).call_id
        suites = dict(
            rashad.db.query("SELECT holder, suite FROM call_keys WHERE call_id = ?", (entered,))
        )
        assert suites["user:2"] == kem.DEFAULT_SUITE  # sealed for her: only her public key
        assert suites["user:3"] == SELF_WRAP  # the supervisor entered it: his own copy
    finally:
        rashad.close()
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    try:
        own = {r.id: r for r in calls.recent_calls(leyla)}
        assert own[entered].notes == "Walk-in okapinote"
    finally:
        leyla.close()
