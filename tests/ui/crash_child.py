"""Run as a child process by test_crash.py: take a call, autosave it, then wait
to be killed (SIGKILL) in the middle of the call."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"

from PySide6.QtWidgets import QApplication

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.ui.main_window import MainWindow
from hotline.ui.operator.page import OperatorPage
from hotline.ui.sign_in import unlock_job
from hotline.ui.worker import DbWorker


def pump(app: QApplication, worker: DbWorker, seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        worker.wait_idle()
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    root, name, password = sys.argv[1], sys.argv[2], sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    worker = DbWorker()
    worker.run(unlock_job, worker, DeskPaths(Path(root)), name, password)
    worker.wait_idle(30)
    window = MainWindow(worker, name, frozenset({Role.OPERATOR}))
    window.show()
    pump(app, worker)
    page = window.pages["operator"]
    assert isinstance(page, OperatorPage)
    page.new_call()
    pump(app, worker)
    form = page.form
    form.safe.safe_to_talk.set_value("unsure")
    form.safe.code_word.setText("nar çiçəyi")
    form.nature.set_value("self_report")
    form.topics.chips["marriage_foreigner"].setChecked(True)
    form.topics.chips["work_abroad"].setChecked(True)
    form.caller.person.age.set_value("18_24")
    form.indicators.boxes["confiscated_documents"].setChecked(True)
    form.outcomes.boxes["information_given"].setChecked(True)
    form.entities.add_row().value.setText("Xoşbəxt Ailə agentliyi")
    form.notes.set_text("Broker pasportunu istəyir; Брокер просит паспорт")
    form.identity.consent.setChecked(True)
    form.identity.fields["name"].setText("Səbinə")
    form.changed.emit()
    pump(app, worker, 2.5)  # the timer runs; autosaves go through the worker
    page.flush()
    pump(app, worker, 0.3)
    print("ready", page.draft.id if page.draft else 0, page.autosaves, flush=True)
    while True:  # a crash will come
        pump(app, worker, 1.0)


if __name__ == "__main__":
    main()
