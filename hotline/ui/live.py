"""The centre's live updates as Qt signals, on the GUI thread.

The feed (services/centre_live.py) listens on its own thread; each id it hands on is
emitted here as a signal, which Qt queues to the GUI thread's receivers. A page
follows a signal with ``reload_on``: a burst of calls (two operators saving at once)
reloads the page once, 150 ms after the first, well inside the two seconds a
supervisor waits at most to see a new call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hotline.services import centre_live

COALESCE_MS = 150


class LiveUpdates(QObject):
    call_saved = Signal(
        object
    )  # a call id (63 bits: beyond Qt int) committed on the server, from any workstation
    review_changed = Signal(object)  # a call id: a claim taken or given back
    shared_changed = Signal()  # a setting or a directory entry of the centre changed
    resync = Signal()  # back after a lost connection: reload, something may be missed
    lost = Signal()  # the connection for updates was lost (retried)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: centre_live.Listener | None = None

    def start(self, url: str, password: str | None) -> None:
        self._listener = centre_live.feed(
            url,
            password,
            self._deliver,
            on_resync=self.resync.emit,
            on_lost=self.lost.emit,
        )
        self._listener.start()

    def start_feed(self, make: centre_live.FeedFactory) -> None:
        """Start a feed a centre's session made (it knows the address and the login)."""
        self._listener = make(self._deliver, self.resync.emit, self.lost.emit)
        self._listener.start()

    def wait_ready(self, timeout: float) -> bool:
        return self._listener is not None and self._listener.wait_ready(timeout)

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def _deliver(self, channel: str, call_id: int) -> None:  # on the listener's thread
        if channel == centre_live.CALLS_CHANNEL:
            self.call_saved.emit(call_id)
        elif channel == centre_live.REVIEWS_CHANNEL:
            self.review_changed.emit(call_id)
        elif channel == centre_live.SHARED_CHANNEL:
            self.shared_changed.emit()

    def reload_on(self, signal_name: str, reload: Callable[[], None]) -> QTimer:
        """Call ``reload`` (a page's model.reload) once after a burst of ``signal_name``
        (and after a resync); the timer returned is the page's to keep."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(COALESCE_MS)
        timer.timeout.connect(reload)
        getattr(self, signal_name).connect(lambda *_: timer.isActive() or timer.start())
        self.resync.connect(timer.start)
        return timer
