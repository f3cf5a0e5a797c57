"""The call timer: mm:ss since the call started, resumable after a crash."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from hotline.ui.i18n import Retranslatable


def format_elapsed(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CallTimer(Retranslatable, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("00:00", parent)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0:00:00") + 12)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._clock = QElapsedTimer()
        self._base = 0
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show)
        self.retranslate()

    def start(self, already_elapsed: int = 0) -> None:
        self._base = already_elapsed
        self._clock.start()
        self._running = True
        self._tick.start()
        self._show()

    def stop(self) -> int:
        if self._running:
            self._base = self.elapsed()
            self._running = False
            self._tick.stop()
        self._show()
        return self._base

    def reset(self) -> None:
        self._running = False
        self._tick.stop()
        self._base = 0
        self._show()

    @property
    def running(self) -> bool:
        return self._running

    def elapsed(self) -> int:
        if not self._running:
            return self._base
        return self._base + int(self._clock.elapsed() / 1000)

    def _show(self) -> None:
        self.setText(format_elapsed(self.elapsed()))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Call duration"))
        self.setToolTip(self.tr("Time since the call started"))
