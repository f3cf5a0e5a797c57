"""The call log model: qtmodeltester, paging through the worker, filters, bounded cache."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from hotline.services import demo, desk
from hotline.services.calllog import CallFilter, Sort
from hotline.ui.supervisor import calllog_model
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE, CallLogModel
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, SUPERVISOR, SUPERVISOR_PW, Desk


def wait_for(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        QApplication.processEvents()
        time.sleep(0.001)


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
def sup_worker(qtbot, demo_desk: Desk) -> Iterator[DbWorker]:  # type: ignore[no-untyped-def]
    w = DbWorker()
    open_worker(w, demo_desk, SUPERVISOR, SUPERVISOR_PW)
    yield w
    w.stop()


def loaded(model: CallLogModel) -> None:
    wait_for(lambda: not model.fetching and model.total is not None)


def test_qtmodeltester_over_the_call_log(qtmodeltester, sup_worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    model = CallLogModel(sup_worker)
    model.set_filter(CallFilter(with_content=True))
    loaded(model)
    assert model.rowCount() == calllog_model.PAGE
    qtmodeltester.check(model, force_py=True)
    wait_for(lambda: not model.fetching)
    qtmodeltester.check(model, force_py=True)


def test_pages_come_on_demand_and_the_cache_stays_bounded(
    qtbot,
    sup_worker: DbWorker,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(calllog_model, "CACHE_PAGES", 2)
    model = CallLogModel(sup_worker)
    model.set_filter(CallFilter())
    loaded(model)
    assert model.total == 1500
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_for(lambda: not model.fetching)
    assert model.rowCount() == 1500
    ids = [model.data(model.index(r, 0), CALL_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == 1500
    # touch every row: pages are fetched by id and evicted, never more than 2 kept
    for row in range(0, 1500, 50):
        model.data(model.index(row, 0))
        wait_for(lambda: not model.fetching)
        assert model.cached_pages() <= 2
    last = model.index(1499, 0)
    model.data(last)
    wait_for(lambda: not model.fetching)
    assert model.data(last) != "…"
    dates = []
    for row in range(1300, 1500):
        found = model.data(model.index(row, 0))
        assert found
        dates.append(model.data(model.index(row, 0), calllog_model.ROW_ROLE).started_at)
    assert dates == sorted(dates, reverse=True)


def test_filter_and_sort_changes_reload_from_sql(qtbot, sup_worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    model = CallLogModel(sup_worker)
    model.set_filter(CallFilter(topic="migration", with_content=True))
    loaded(model)
    count = model.total
    assert count is not None and 0 < count < 1500
    model.sort(1, Qt.SortOrder.DescendingOrder)  # duration, longest first
    loaded(model)
    assert model.order == Sort("duration", True)
    assert model.rowCount() == count  # no index serves it: every id at once, then no re-sorting
    assert not model.canFetchMore(QModelIndex())
    durations = []
    for row in range(min(model.rowCount(), 50)):
        model.data(model.index(row, 0))
    wait_for(lambda: not model.fetching)
    for row in range(min(model.rowCount(), 50)):
        durations.append(model.data(model.index(row, 0), calllog_model.ROW_ROLE).duration_s)
    assert durations == sorted(durations, reverse=True)
    model.sort(5, Qt.SortOrder.AscendingOrder)  # other topics: not sortable, nothing happens
    assert model.order == Sort("duration", True)
    model.set_filter(CallFilter(text="pasport"))
    loaded(model)
    assert model.total and model.total < 1500
    assert not model.canFetchMore(QModelIndex())  # a text search brings every match at once
