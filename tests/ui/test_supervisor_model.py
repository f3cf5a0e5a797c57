"""The call log model: qtmodeltester, paging through the worker, filters, bounded cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hotline.services import demo, desk
from hotline.services.calllog import CallFilter, Sort
from hotline.ui.supervisor import calllog_model
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE, CallLogModel
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.ui.conftest import settle


def open_worker(worker: DbWorker, staffed: Desk, name: str, password: str) -> None:
    def unlock() -> None:
        worker.session = desk.unlock(staffed.paths, name, password)

    worker.run(unlock)
    assert worker.wait_idle(30)
    assert worker.session is not None


@pytest.fixture
def demo_desk(staffed_desk: Desk) -> Desk:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        demo.generate(admin, 1500, seed=7, months=6)
    finally:
        admin.close()
    return staffed_desk


@pytest.fixture
def sup_worker(qtbot: QtBot, demo_desk: Desk) -> Iterator[DbWorker]:
    w = DbWorker()
    open_worker(w, demo_desk, SUPERVISOR, SUPERVISOR_PW)
    yield w
    w.stop()


def fetched(qtbot: QtBot, model: CallLogModel) -> None:
    """Every page asked for has come back through the worker."""
    settle(qtbot, model.worker)
    assert not model.fetching


def loaded(qtbot: QtBot, model: CallLogModel) -> None:
    fetched(qtbot, model)
    assert model.total is not None


def test_qtmodeltester_over_the_call_log(
    qtbot: QtBot, qtmodeltester: ModelTester, sup_worker: DbWorker
) -> None:
    model = CallLogModel(sup_worker)
    model.set_filter(CallFilter(with_content=True))
    loaded(qtbot, model)
    assert model.rowCount() == calllog_model.PAGE
    qtmodeltester.check(model, force_py=True)
    fetched(qtbot, model)
    qtmodeltester.check(model, force_py=True)


def test_pages_come_on_demand_and_the_cache_stays_bounded(
    qtbot: QtBot,
    sup_worker: DbWorker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(calllog_model, "CACHE_PAGES", 2)
    model = CallLogModel(sup_worker)
    model.set_filter(CallFilter())
    loaded(qtbot, model)
    assert model.total == 1500
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        fetched(qtbot, model)
    assert model.rowCount() == 1500
    ids = [model.data(model.index(r, 0), CALL_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == 1500
    # touch every row: pages are fetched by id and evicted, never more than 2 kept
    for row in range(0, 1500, 50):
        model.data(model.index(row, 0))
        fetched(qtbot, model)
        assert model.cached_pages() <= 2
    last = model.index(1499, 0)
    model.data(last)
    fetched(qtbot, model)
    assert model.data(last) != "…"
    dates = []
    for row in range(1300, 1500):
        found = model.data(model.index(row, 0))
        assert found
        dates.append(model.data(model.index(row, 0), calllog_model.ROW_ROLE).started_at)
    assert dates == sorted(dates, reverse=True)


def test_filter_and_sort_changes_reload_from_sql(qtbot: QtBot, sup_worker: DbWorker) -> None:
    model = CallLogModel(sup_worker)
    model.set_filter(CallFilter(topic="migration", with_content=True))
    loaded(qtbot, model)
    count = model.total
    assert count is not None and 0 < count < 1500
    model.sort(1, Qt.SortOrder.DescendingOrder)  # duration, longest first
    loaded(qtbot, model)
    assert model.order == Sort("duration", True)
    assert model.rowCount() == count  # no index serves it: every id at once, then no re-sorting
    assert not model.canFetchMore(QModelIndex())
    durations = []
    for row in range(min(model.rowCount(), 50)):
        model.data(model.index(row, 0))
    fetched(qtbot, model)
    for row in range(min(model.rowCount(), 50)):
        durations.append(model.data(model.index(row, 0), calllog_model.ROW_ROLE).duration_s)
    assert durations == sorted(durations, reverse=True)
    model.sort(5, Qt.SortOrder.AscendingOrder)  # other topics: not sortable, nothing happens
    assert model.order == Sort("duration", True)
    model.set_filter(CallFilter(text="pasport"))
    loaded(qtbot, model)
    assert model.total and model.total < 1500
    assert not model.canFetchMore(QModelIndex())  # a text search brings every match at once
