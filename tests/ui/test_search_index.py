"""The supervisor's window brings the notes' search index up to date on the worker,
with its progress in the status line; an operator's window does not try."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.errors import DiskFull
from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import calls, search, text_sealing
from hotline.services.session import Session
from hotline.storage.schema import text_sealed
from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
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
from tests.security.test_text_migration import build_old_desk
from tests.ui.conftest import run_on_worker, settle, sign_in

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def old_desk(tmp_path: Path) -> DeskPaths:
    return build_old_desk(tmp_path)


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


def test_an_upgraded_desk_is_sealed_on_the_worker_with_its_own_progress(
    qtbot: QtBot, worker: DbWorker, old_desk: DeskPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first supervisor's window opens at once; the old text is sealed on the worker
    a batch per job, the window's own reads passing between them (the status line says so
    in the window's language), then the index catches up."""
    monkeypatch.setattr(text_sealing, "BATCH", 1)
    sign_in(worker, Desk(old_desk, ""), ADMIN, ADMIN_PW)
    assert not run_on_worker(worker, text_sealed_now)  # the sign-in made the key only
    sealing: list[tuple[int, int]] = []
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    window.sealing_progressed.connect(lambda done, total: sealing.append((done, total)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    read_at: list[int] = []  # how many batches were shown when a read of the window ran
    worker.call(lambda _session: read_at.append(len(sealing)))  # behind the first batch
    settle(qtbot, worker)
    assert sealing and sealing[-1][0] == sealing[-1][1]
    # The read ran between two batches, not after the whole sealing.
    assert len(read_at) == 1 and read_at[0] <= 1 < len(sealing) - 2
    assert run_on_worker(worker, text_sealed_now)
    assert run_on_worker(worker, search.pending) == 0
    expected = {"az": "möhürlənir", "ru": "запечатываются", "en": "Sealing the notes"}
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        for language in ("az", "ru", "en"):
            i18n.install(language)
            window.sealing_progressed.emit(2, 6)  # what a long run shows meanwhile
            QApplication.processEvents()
            assert window.index_bar.isVisible()
            assert expected[language] in window.index_label.text()
            label = window.index_label
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
            window.grab().save(str(SCREENSHOTS / f"sealing-{language}.png"))
    finally:
        i18n.install("en")


def text_sealed_now(session: Session) -> bool:
    return text_sealed(session.db)


def test_a_batch_that_fails_is_told_and_the_rest_waits(
    qtbot: QtBot, worker: DbWorker, old_desk: DeskPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up during the sealing: the window says so in its status line, what
    was sealed stays sealed, and the next session carries on."""
    monkeypatch.setattr(text_sealing, "BATCH", 1)
    real_step = text_sealing.seal_step
    steps: list[int | None] = []

    def step_then_full(session: Session) -> int | None:
        if steps:
            raise DiskFull()
        steps.append(real_step(session))
        return steps[-1]

    monkeypatch.setattr(text_sealing, "seal_step", step_then_full)
    sign_in(worker, Desk(old_desk, ""), ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, worker)
    assert isinstance(window.problem, DiskFull) and not window.index_bar.isVisible()
    assert steps == [1] and not run_on_worker(worker, text_sealed_now)
    monkeypatch.setattr(text_sealing, "seal_step", real_step)
    left = run_on_worker(worker, text_sealing.waiting)
    assert left > 0 and run_on_worker(worker, text_sealing.seal_remaining) == left
