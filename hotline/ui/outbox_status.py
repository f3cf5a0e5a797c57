"""The outbox's state in the status line: the sender's thread reports, Qt shows.

hotline.services.outbox's ``Sender`` calls ``OutboxStatus.report`` on its own thread
after every attempt; the signal carries the state to the window's thread (a queued
connection), where ``show`` (the main window's ``show_offline``) has the status line
say how many calls wait on this computer while the server is out of reach, and say
nothing once it is back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from hotline.errors import DeskError
from hotline.services.outbox import OutboxState

NOT_OFFLINE = -1  # the signal's int for "the server was reached (or not tried yet)"


class OutboxStatus(QObject):
    # Calls kept while the server is out of reach (or refuses the person's login), or
    # NOT_OFFLINE; and whether it refused the login (services/outbox.py login_ended).
    # And what was refused here (OutboxState.problem: a DeskError), or None.
    changed = Signal(int, bool, object)

    def __init__(
        self,
        show: Callable[[int | None, bool, DeskError | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.show = show
        self.changed.connect(self._show)

    def report(self, state: OutboxState) -> None:
        """From any thread."""
        held = state.offline or state.login_ended or state.problem is not None
        kept = state.pending if held else NOT_OFFLINE
        self.changed.emit(kept, state.login_ended, state.problem)

    def _show(self, kept: int, ended: bool, problem: object) -> None:
        found = problem if isinstance(problem, DeskError) else None
        self.show(None if kept == NOT_OFFLINE else kept, ended, found)
