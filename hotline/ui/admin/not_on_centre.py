"""What a page that does not work on a centre yet shows there instead (issue 15).

On a centre's session the desk's own pages would read and write only this
workstation's cache (services/centre_session.py), shown as if it were the centre's:
a page marked so in hotline/ui/pages.py (``on_centre=False``) is replaced by this one,
which says so plainly, reads nothing and changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hotline.ui import page_parts as parts
from hotline.ui import palette
from hotline.ui.common import translate
from hotline.ui.i18n import Retranslatable


class NotOnCentrePage(Retranslatable, QWidget):
    def __init__(self, title: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title  # a source text of the "pages" context
        self.hint_source = hint  # what to do instead, a source text of this class's context
        self.heading = QLabel(self)
        self.heading.setStyleSheet(palette.HEADING)
        self.message = parts.message_label(self, palette.WIDE_INFO_BANNER)
        self.hint = parts.message_label(self, palette.HINT, selectable=True)
        self.hint.setVisible(bool(hint))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("pages", self.title))
        self.message.setText(
            self.tr(
                "This page is not available on a centre yet. Here it would show only this "
                "computer's own copy, not the centre's, so it shows nothing and changes "
                "nothing. Nothing was changed."
            )
        )
        if self.hint_source:
            self.hint.setText(self.tr(self.hint_source))
