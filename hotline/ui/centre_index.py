"""Filling a supervisor's own index of a centre's notes on the database worker.

The window of a centre starts it after a supervisor signs in (and after a sealing):
``services.centre_search.fill`` runs on the worker's database lane, never on the GUI
thread; ``progressed`` carries (done, total) to the GUI thread for the status bar's
bar, ``filled`` the result. A failure (the server gone, a damaged file) goes to
``failed``: the index is caught up at the next fill, nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hotline.services import centre_search
from hotline.services.centre_people import CentreSignIn
from hotline.ui.worker import DbWorker


class CentreIndexFill(QObject):
    progressed = Signal(int, int)
    filled = Signal(object)  # centre_search.Filled
    failed = Signal(object)  # the exception, for the window's status line

    def start(self, worker: DbWorker, signin: CentreSignIn) -> None:
        worker.run(self._fill, signin, on_done=self.filled.emit, on_error=self.failed.emit)

    def _fill(self, signin: CentreSignIn) -> centre_search.Filled:
        """On the worker thread."""
        index = centre_search.open_index(signin)
        try:
            return centre_search.fill(signin, index, self.progressed.emit)
        finally:
            index.close()
