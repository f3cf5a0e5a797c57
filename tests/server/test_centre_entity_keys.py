"""The entities' lookup values of calls saved on a centre before them (issue 15): a
centre of the schema before step 12, its calls stored as the old version stored them
(no ``entity_keys`` among their coded fields, their ``call.save`` digests over that),
upgraded; a supervisor's session gives them their lookup values
(services/centre_entity_keys.py), and the log's filter and the detail pane find them;
verify is clean before and after, and still names a row changed around the desk."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.crypto.person_keys import ENTITY_FIELD, PersonKeys
from hotline.permissions import Role
from hotline.services import (
    calllog,
    centre_audit,
    centre_entity_keys,
    centre_people,
    centre_sealing,
    sealing,
)
from hotline.services import centre as centre_service
from hotline.services.centre_session import CentreSession, open_centre
from hotline.storage.calllog import CallFilter, Sort
from hotline.storage.server import call_digest, schema_steps
from hotline.storage.server import entity_keys as server_keys
from hotline.storage.server.audit import CALLS_CHANGED, Appender
from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.problems import error_text
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
)
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_centre_entities import AGENCY, CALLS, COURT, _record
from tests.server.test_centre_log_pages import _save
from tests.server.test_centre_window import _close, _open_window
from tests.ui.clipping import clipped
from tests.ui.conftest import settle

NIGAR, NIGAR_PW = "nigar", "the kettle is on the second floor"
WIDTH = 1366


@dataclass
class Old:
    joined: JoinedCentre
    ids: list[int]  # leyla's calls of test_centre_entities.CALLS, oldest first
    nigar: int  # a call of another operator, naming the agency too


@pytest.fixture
def old(postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Old]:
    """A centre made by the code of one step before, its calls saved as that version's
    workstations saved them (no lookup values), then upgraded."""
    people = [
        (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
        (NIGAR, frozenset({Role.OPERATOR}), NIGAR_PW),
        (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
    ]
    with monkeypatch.context() as patch:
        before = schema_steps.STEPS[: schema_steps.STEPS.index(schema_steps._entity_keys)]
        patch.setattr(schema_steps, "STEPS", before)
        joined = set_up_with(postgres, tmp_path / "ws", people)
        patch.setattr(PersonKeys, "entity_coded", lambda self, entities: {})  # the old save
        ids = []
        for name, password in ((OPERATOR, OPERATOR_PW), (NIGAR, NIGAR_PW)):
            signin = centre_people.sign_in(joined.first, name, password)
            try:
                if name == OPERATOR:
                    ids = [_save(signin, _record(signin.user_id, n)).id for n in range(len(CALLS))]
                else:
                    nigar = _save(signin, _record(signin.user_id, 1)).id
            finally:
                signin.close()
    done = centre_service.upgrade_centre(joined.server.url(db=joined.database))
    assert done.before == len(before) and done.after == schema_steps.known()
    yield Old(joined, ids, nigar)


@pytest.fixture
def rashad(old: Old) -> Iterator[CentreSession]:
    session = open_centre(old.joined.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        yield session
    finally:
        session.close()


def _superuser(joined: JoinedCentre) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(joined.server.url(db=joined.database), autocommit=True)


def _verify(joined: JoinedCentre) -> list[str]:
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        return centre_audit.verify_centre(admin.conn, admin.secrets.pins.root)
    finally:
        admin.close()


def _coded(joined: JoinedCentre, call_id: int) -> dict[str, object]:
    with _superuser(joined) as conn:
        row = conn.execute("SELECT coded FROM hotline.calls WHERE id = %s", (call_id,)).fetchone()
    assert row is not None
    return dict(row[0])


def _entries(joined: JoinedCentre) -> dict[int, int]:
    """How many call.entities_keyed entries each call has."""
    with _superuser(joined) as conn:
        rows = conn.execute(
            "SELECT object_id, count(*) FROM hotline.audit WHERE action = %s GROUP BY 1",
            (call_digest.ENTITIES_KEYED,),
        ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def _found(session: CentreSession, call_id: int) -> dict[str, tuple[int, ...]]:
    """Each entity of the call: the calls the pane finds naming it."""
    return {e.kind: e.call_ids for e in calllog.open_call(session, call_id).entities}


def test_calls_saved_before_their_lookup_values_are_found_after_the_conversion(
    old: Old, rashad: CentreSession
) -> None:
    ids = old.ids
    assert all(ENTITY_FIELD not in _coded(old.joined, i) for i in [*ids, old.nigar])
    assert _verify(old.joined) == []
    # Before: the pane finds no other call, the filter nothing.
    assert _found(rashad, ids[0]) == {"agency": (), "phone": ()}
    # The calls naming entities wait (the one naming none does not).
    assert server_keys.waiting(rashad.conn) == 5
    seen: list[tuple[int, int]] = []
    keyed = centre_entity_keys.key_remaining(rashad, lambda d, t: seen.append((d, t)))
    assert keyed is not None
    assert (keyed.keyed, keyed.nothing, keyed.left) == (5, 0, 0)
    assert seen[-1] == (5, 5)
    # After: as a fresh save would have made them, and found by the pane and the filter.
    persons = rashad.person_keys()
    for n, call_id in enumerate(ids):
        wanted = persons.entity_coded((e.kind, e.value) for e in CALLS[n][1])
        assert _coded(old.joined, call_id).get(ENTITY_FIELD) == wanted.get(ENTITY_FIELD)
    found = _found(rashad, ids[0])
    assert found["phone"] == (ids[2], ids[0])  # newest first
    assert set(found["agency"]) == {old.nigar, ids[1], ids[0]} and found["agency"][-1] == ids[0]
    [agency] = [e for e in calllog.open_call(rashad, ids[0]).entities if e.kind == "agency"]
    assert agency.value == AGENCY
    mentioning = CallFilter(entity_kind="agency", entity_key=agency.key)
    assert calllog.count(rashad, mentioning) == 3
    rows = calllog.first_page(rashad, mentioning, Sort(), 50).rows
    assert {r.id for r in rows} == {old.nigar, ids[1], ids[0]}
    [phone] = [e for e in calllog.open_call(rashad, ids[2]).entities if e.kind == "phone"]
    assert phone.value == "050-771-23-45" and phone.call_ids == (ids[2], ids[0])
    assert _verify(old.joined) == []
    # Run again: nothing waits, nothing is written twice.
    assert centre_entity_keys.key_remaining(rashad) is None
    assert _entries(old.joined) == {i: 1 for i in [*ids[:3], ids[4], old.nigar]}


def test_lookup_values_there_are_never_replaced_and_bad_ones_refused(
    old: Old, rashad: CentreSession
) -> None:
    """The supervisor's own SQL on the server's function: values made at a save or added
    once stay; a call naming nothing gets none; what is not lookup values is refused."""
    conn, ids = rashad.conn, old.ids
    other = rashad.person_keys().entity("agency", "Another Agency")
    for bad in (["NOT HEX"], [], {"a": 1}, [1]):
        with pytest.raises(errors.InvalidParameterValue), conn.transaction():
            conn.execute("SELECT hotline.key_entities(%s, %s)", (ids[0], Jsonb(bad)))
    assert centre_entity_keys.key_remaining(rashad) is not None
    before = _coded(old.joined, ids[0])
    for call_id in (ids[0], ids[3]):  # keyed now; naming nothing
        with pytest.raises(errors.InvalidParameterValue), conn.transaction():
            server_keys.add(conn, [(call_id, [other])])
    assert _coded(old.joined, ids[0]) == before and ENTITY_FIELD not in _coded(old.joined, ids[3])
    assert _verify(old.joined) == []


def test_an_operators_own_entry_does_not_stop_a_call_being_keyed(
    old: Old, rashad: CentreSession
) -> None:
    leyla = centre_people.sign_in(old.joined.first, OPERATOR, OPERATOR_PW)
    try:
        assert leyla.secrets.signing_private is not None
        appender = Appender(leyla.conn, leyla.user_id, leyla.secrets.signing_private)
        with leyla.conn.transaction():
            appender.record(call_digest.ENTITIES_KEYED, "call", old.ids[0], {"entities": 0})
    finally:
        leyla.close()
    assert server_keys.waiting(rashad.conn) == 5
    keyed = centre_entity_keys.key_remaining(rashad)
    assert keyed is not None and keyed.keyed == 5
    assert ENTITY_FIELD in _coded(old.joined, old.ids[0])
    assert _verify(old.joined) != []  # her entry, a supervisor's step, is named


def test_a_conversion_cut_short_resumes_and_doubles_nothing(
    old: Old, rashad: CentreSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(centre_entity_keys, "BATCH", 2)
    real = server_keys.add
    batches = {"n": 0}

    def dies(conn: psycopg.Connection[tuple[Any, ...]], found: list[tuple[int, list[str]]]) -> None:
        batches["n"] += 1
        if batches["n"] == 2:  # the second batch: the process "killed" midway
            raise KeyboardInterrupt()
        real(conn, found)

    monkeypatch.setattr(server_keys, "add", dies)
    with pytest.raises(KeyboardInterrupt):
        centre_entity_keys.key_remaining(rashad)
    monkeypatch.setattr(server_keys, "add", real)
    assert sorted(_entries(old.joined).values()) == [1, 1]  # the first batch, committed
    assert server_keys.waiting(rashad.conn) == 3
    assert _verify(old.joined) == []
    keyed = centre_entity_keys.key_remaining(rashad)  # a new run: from the calls waiting
    assert keyed is not None and keyed.keyed == 3
    assert sorted(_entries(old.joined).values()) == [1] * 5
    assert server_keys.waiting(rashad.conn) == 0
    assert _verify(old.joined) == []


def test_two_supervisors_signing_in_at_once_take_turns(
    old: Old, rashad: CentreSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rashad and the administrator (a supervisor too) on two workstations' worth of
    sessions, a call per batch, at once: every call keyed once, neither refused."""
    monkeypatch.setattr(centre_entity_keys, "BATCH", 1)
    admin = open_centre(old.joined.first, ADMIN, ADMIN_PW, send=False)
    results: dict[str, object] = {}

    def run(name: str, session: CentreSession) -> None:
        try:
            results[name] = centre_entity_keys.key_remaining(session)
        except Exception as exc:  # what a thread met is checked below
            results[name] = exc

    try:
        threads = [
            threading.Thread(target=run, args=("rashad", rashad)),
            threading.Thread(target=run, args=("admin", admin)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        admin.close()
    done = [r for r in results.values() if r is not None]
    assert all(isinstance(r, centre_entity_keys.Keying) for r in done), results
    assert sum(r.keyed for r in done if isinstance(r, centre_entity_keys.Keying)) == 5
    assert sorted(_entries(old.joined).values()) == [1] * 5
    assert _verify(old.joined) == []


def test_a_sealed_call_is_left_without_lookup_values(old: Old, rashad: CentreSession) -> None:
    admin = centre_people.sign_in(old.joined.first, ADMIN, ADMIN_PW)
    try:
        found = centre_sealing.find(admin, sealing.BY_CALL, str(old.ids[1]))
        with pytest.raises(centre_sealing.SealApprovalWaiting) as waiting:
            centre_sealing.seal(admin, found, COURT, registers=[])
        assert rashad.signin is not None
        centre_people.approve(rashad.signin, int(waiting.value.params["number"]))
        centre_sealing.seal(admin, found, COURT, registers=[])
    finally:
        admin.close()
    before = _coded(old.joined, old.ids[1])
    keyed = centre_entity_keys.key_remaining(rashad)
    assert keyed is not None and keyed.keyed == 4
    assert _coded(old.joined, old.ids[1]) == before and ENTITY_FIELD not in before
    assert old.ids[1] not in _entries(old.joined)
    # Nor does her own SQL put them there: the server refuses a sealed call.
    key = rashad.person_keys().entity("agency", AGENCY)
    with pytest.raises(errors.InsufficientPrivilege), rashad.conn.transaction():
        server_keys.add(rashad.conn, [(old.ids[1], [key])])
    assert _verify(old.joined) == []


def test_a_call_sealed_during_a_batch_undoes_it_and_says_so(
    old: Old, rashad: CentreSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given lookup values on the server between the batch's reading and its writing (as by
    another workstation): the server refuses, the batch is undone whole, and the window
    is told in words, in the user's language."""
    moved = old.ids[1]
    real = server_keys.add

    def changed_first(
        conn: psycopg.Connection[tuple[Any, ...]], found: list[tuple[int, list[str]]]
    ) -> None:
        with _superuser(old.joined) as other:
            other.execute(
                "UPDATE hotline.calls SET coded = coded || %s WHERE id = %s",
                (Jsonb({ENTITY_FIELD: ["0" * 64]}), moved),
            )
        real(conn, found)

    monkeypatch.setattr(server_keys, "add", changed_first)
    with pytest.raises(centre_entity_keys.KeyingRefused) as refused:
        centre_entity_keys.key_remaining(rashad)
    assert _entries(old.joined) == {}
    assert [ENTITY_FIELD in _coded(old.joined, i) for i in old.ids] == [False, True, *[False] * 3]
    i18n.install("ru")
    try:
        said = error_text(refused.value)
    finally:
        i18n.install("en")
    assert said.startswith("Пока эта рабочая станция связывала"), said


def test_a_row_changed_around_the_desk_is_not_blessed(old: Old, rashad: CentreSession) -> None:
    with _superuser(old.joined) as conn:
        conn.execute(
            'UPDATE hotline.calls SET coded = coded || \'{"region": "baku"}\' WHERE id = %s',
            (old.ids[2],),
        )
    named = _verify(old.joined)
    assert [(getattr(p, "template", p), getattr(p, "params", {})) for p in named] == [
        (CALLS_CHANGED, {"count": 1, "calls": str(old.ids[2])})
    ]
    keyed = centre_entity_keys.key_remaining(rashad)
    assert keyed is not None and (keyed.keyed, keyed.left) == (4, 1)
    assert ENTITY_FIELD not in _coded(old.joined, old.ids[2])
    assert _verify(old.joined) == named  # still named, nothing else


def test_an_operator_never_runs_it_and_her_own_sql_is_refused(old: Old) -> None:
    leyla = open_centre(old.joined.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        assert not centre_entity_keys.can_key(leyla)
        assert centre_entity_keys.key_remaining(leyla) is None
    finally:
        leyla.close()
    supervisor = open_centre(old.joined.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        key = supervisor.person_keys().entity("agency", AGENCY)
    finally:
        supervisor.close()
    target, own = old.ids[0], old.nigar
    nigar = centre_people.sign_in(old.joined.first, NIGAR, NIGAR_PW)
    conn = nigar.conn
    try:
        # The server's function is not hers, on another's call nor on her own.
        for call_id in (target, own):
            with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                conn.execute("SELECT hotline.key_entities(%s, %s)", (call_id, Jsonb([key])))
        # Another's row with her own UPDATE: her login may update no call.
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute(
                "UPDATE hotline.calls SET coded = coded || %s WHERE id = %s",
                (Jsonb({ENTITY_FIELD: [key]}), target),
            )
        # Nor through her own correction's function, on a call not hers.
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute(
                "SELECT hotline.own_correct(%s, %s, '{}', '{}', '{}')",
                (target, Jsonb({ENTITY_FIELD: [key]})),
            )
    finally:
        nigar.close()
    assert ENTITY_FIELD not in _coded(old.joined, target)


def test_a_supervisors_window_links_them_on_its_worker_with_progress(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, old: Old
) -> None:
    """Signed in on the workstation, the real window gives the calls their lookup values
    at sign-in, a batch per job on its worker, the status line saying how far it is."""
    monkeypatch.setattr(centre_entity_keys, "BATCH", 2)
    shown: list[str] = []
    real = MainWindow._show_index_progress

    def spy(
        self: MainWindow, done: int, total: int, sealing: bool = False, keying: bool = False
    ) -> None:
        real(self, done, total, sealing, keying)
        if keying:
            shown.append(self.index_label.text())

    monkeypatch.setattr(MainWindow, "_show_index_progress", spy)
    desk = _open_window(qtbot, monkeypatch, old.joined.first.folder, SUPERVISOR, SUPERVISOR_PW)
    try:
        with _superuser(old.joined) as conn:
            qtbot.waitUntil(lambda: server_keys.waiting(conn) == 0, timeout=30_000)
        settle(qtbot, desk.worker)
        line = "Linking earlier calls by the entities they name: {} of 5 calls"
        assert shown == [line.format(n) for n in (2, 4, 5)], shown
        qtbot.waitUntil(lambda: not desk.main.index_label.isVisible(), timeout=10_000)
        assert sorted(_entries(old.joined).values()) == [1] * 5
        window = desk.main
        assert isinstance(window, MainWindow)
        window.resize(WIDTH, 768)
        for language in ("az", "ru", "en"):
            i18n.install(language)
            window.retranslate()
            real(window, 2, 5, keying=True)
            QApplication.processEvents()
            text = window.index_label.text()
            assert "2" in text and "5" in text and window.width() <= WIDTH
            assert [f for f in clipped(window) if text[:20] in f] == []
            window.grab().save(f"/tmp/h15-entconv-{language}.png")
    finally:
        i18n.install("en")
        _close(desk)
    assert _verify(old.joined) == []


def test_a_refused_batch_is_said_in_the_status_line_and_the_index_still_catches_up(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, old: Old
) -> None:
    def refused(session: object, keying: object) -> int:
        raise centre_entity_keys.KeyingRefused()

    monkeypatch.setattr(centre_entity_keys, "step", refused)
    indexed: list[int] = []
    real = MainWindow._update_index

    def spy(self: MainWindow, session: Any) -> int:
        indexed.append(real(self, session))
        return indexed[-1]

    monkeypatch.setattr(MainWindow, "_update_index", spy)
    desk = _open_window(qtbot, monkeypatch, old.joined.first.folder, SUPERVISOR, SUPERVISOR_PW)
    try:
        window = desk.main
        assert isinstance(window, MainWindow)
        qtbot.waitUntil(lambda: bool(indexed), timeout=30_000)
        settle(qtbot, desk.worker)
        assert isinstance(window.problem, centre_entity_keys.KeyingRefused)
        assert "linking earlier calls" in window.warning_label.toolTip()
        assert not window.index_label.isVisible()
    finally:
        _close(desk)
    with _superuser(old.joined) as conn:
        assert server_keys.waiting(conn) == 5  # for the next sign-in
