"""The supervisor's window brings the notes' search index up to date on the worker,
with its progress in the status line; an operator's window does not try."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import calls, search
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.ui.conftest import run_on_worker, settle, sign_in


def _save_calls(desk: Desk, count: int) -> None:
    session = desk.open(OPERATOR, OPERATOR_PW)
    assert session.user is not None
    for n in range(count):
        calls.save_call(session, job_in_dubai(session.user.id, notes=f"Note number {n} passport"))
    session.close()


def test_supervisor_window_fills_the_index_with_progress(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    _save_calls(staffed_desk, 5)
    sign_in(worker, staffed_desk, SUPERVISOR, SUPERVISOR_PW)
    seen: list[tuple[int, int]] = []
    window = MainWindow(worker, SUPERVISOR, frozenset({Role.SUPERVISOR}))
    window.index_progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, worker)
    assert seen == [(5, 5)]
    assert not window.index_bar.isVisible()  # done: the bar has left the status line
    assert run_on_worker(worker, search.pending) == 0
    window._show_index_progress(2, 5)  # what a long run shows meanwhile
    assert window.index_bar.isVisible() and window.index_label.text().startswith("Preparing")
    assert "2 of 5" in window.index_label.text()


def test_operator_window_does_not_index(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> None:
    _save_calls(staffed_desk, 2)
    sign_in(worker, staffed_desk)
    window = MainWindow(worker, OPERATOR, frozenset({Role.OPERATOR}))
    seen: list[tuple[int, int]] = []
    window.index_progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, worker)
    assert seen == []
    assert not staffed_desk.paths.search_index.exists()
