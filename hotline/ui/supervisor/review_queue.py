"""The review queue: calls with content not yet reviewed, oldest first, and a button
that claims the next one nobody is working on."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from hotline.services import review
from hotline.services.calllog import UNREVIEWED, CallFilter, Sort
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.supervisor.review_panel import review_news
from hotline.ui.worker import DbWorker

QUEUE = CallFilter(review_state=UNREVIEWED, with_content=True)


class ReviewQueuePage(CallLogPage):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        self.next_button: QPushButton | None = None
        super().__init__(worker, parent, preset=QUEUE, sort=Sort("date", descending=False))
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.claim_next)
        self.status_bar.insertWidget(1, self.next_button)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self.next_button is not None:
            self.next_button.setText(self.tr("Claim the next call"))

    def claim_next(self) -> None:
        """Claims and opens the call highlighted in the queue, or with none highlighted
        the first one as shown (issue 16: another call was opened)."""
        selected = self.table.selectionModel().selectedRows()
        row = selected[0].row() if selected else 0
        call_id = self.model.data(self.model.index(row, 0), CALL_ID_ROLE)
        if call_id is None:
            self.count_label.setText(self.tr("Nothing is waiting for review."))
            return
        chosen = int(call_id)
        self.worker.call(
            review.claim, chosen, on_done=lambda _r: self._claimed(chosen), on_error=self._failed
        )

    def _claimed(self, call_id: int) -> None:
        self.open_call(call_id)
        review_news().changed.emit()  # the queue and the call log show it claimed

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(error_text(exc, NOTHING_CHANGED))
