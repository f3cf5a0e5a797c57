"""The main window's status line of warnings: wrapped, at most a few lines high, never
wider than the window (issue 16: with a Russian warning the window grew to 1472 px).
The warnings that do not fit are counted on the last line; every warning is whole in
the tooltip and the accessible description."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from hotline.errors import DeskError
from hotline.ui import palette
from hotline.ui.problems import error_text

MAX_LINES = 5  # the status line never takes more of a 768 px screen (about 80 px)
MIN_WIDTH = 200  # what it asks of the window: it wraps into whatever it is given
MARK = "⚠ "


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(palette.STATUS_LINE)
        self.warnings: tuple[str, ...] = ()
        self.given: tuple[str, ...] = ()  # the window's own warnings (set_warnings)
        self.kept_offline: int | None = None  # calls kept while the server is out of reach
        self.login_ended = False  # the server refuses the person's login: they stay kept
        self.problem: DeskError | None = None  # what was refused here: they stay kept
        self.shown = 0  # how many warnings are shown whole (the rest are counted)

    def set_warnings(self, warnings: Sequence[str]) -> None:
        """The warnings in the user's language, each whole where room allows."""
        self.given = tuple(warnings)
        self._show()

    def set_offline(
        self, kept: int | None, ended: bool = False, problem: DeskError | None = None
    ) -> None:
        """The centre's server is out of reach (``ended``: it refuses the person's login)
        and ``kept`` calls wait on this computer (hotline.services.outbox); None once it
        is reached again. Said first."""
        self.kept_offline = kept
        self.login_ended = ended and kept is not None
        self.problem = problem if kept is not None else None
        self._show()

    def offline_text(self) -> str | None:
        if self.kept_offline is None:
            return None
        if self.problem is not None:
            return (
                self.tr("%n calls kept on this computer are not sent:", "", self.kept_offline)
                + " "
                + error_text(self.problem)
            )
        if self.login_ended:
            return self.tr(
                "The server refuses your sign-in (your account was disabled or changed "
                "since): %n calls are kept on this computer, not sent. Sign in again, or "
                "ask an administrator",
                "",
                self.kept_offline,
            )
        if self.kept_offline == 0:
            return self.tr(
                "The server cannot be reached: calls saved now are kept on this computer "
                "and will be sent when it is back"
            )
        return self.tr(
            "The server cannot be reached: %n calls kept on this computer will be sent "
            "when it is back",
            "",
            self.kept_offline,
        )

    def _show(self) -> None:
        offline = self.offline_text()
        self.warnings = ((offline,) if offline else ()) + self.given
        whole = "\n".join(MARK + w for w in self.warnings)
        self.setToolTip(whole)
        self.setAccessibleDescription(whole)
        self._fit()

    def _fit(self) -> None:
        """As many warnings whole as MAX_LINES hold at the present width, then how many
        more there are; a single warning is always shown whole, however many lines."""
        width = max(MIN_WIDTH, self.width())
        warnings = self.warnings
        self.shown = len(warnings)
        super().setText("")
        for shown in range(len(warnings), 0, -1):
            self.shown = shown
            parts = [MARK + w for w in warnings[:shown]]
            if shown < len(warnings):
                parts.append(self._more(len(warnings) - shown))
            super().setText("\n".join(parts))  # each warning on a line of its own
            if self.heightForWidth(width) <= self._max_height():
                break
        self.setFixedHeight(self.heightForWidth(width) if warnings else 0)

    def _max_height(self) -> int:
        margins = self.contentsMargins()
        line = self.fontMetrics().lineSpacing()
        return MAX_LINES * line + margins.top() + margins.bottom() + 2 * self.margin() + 2

    def _more(self, count: int) -> str:
        return self.tr("(and %n more: point here to read them all)", "", count)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()
