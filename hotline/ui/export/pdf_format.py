"""The PDF export format, registered from the Qt side.

The core's registry (:mod:`hotline.export.formats`) holds the formats written
without Qt.  The PDF is drawn with QPainter (:mod:`.pdf_writer`), so the window's
Export page and the command line register it here.  This module itself imports
no Qt: the command line offers ``--format pdf`` without loading Qt, which is
loaded (and its application object made) only when a PDF is written.
"""

from __future__ import annotations

import importlib.util

from hotline.errors import DeskError
from hotline.export import formats
from hotline.export.key_card import KeyCard
from hotline.export.release import Release
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.taxonomy import Taxonomy

QT_MISSING = QT_TRANSLATE_NOOP(
    "export",
    "A PDF cannot be made on this machine: Qt's libraries did not load ({reason}). "
    "Nothing was exported; choose another format, or install the libraries Qt needs "
    "(see the README).",
)


def _write(release: Release, taxonomy: Taxonomy, language: str) -> bytes:
    try:
        from hotline.ui.export.pdf_writer import to_pdf
    except ImportError as exc:  # PySide6 is there, a system library Qt needs is not
        raise DeskError(QT_MISSING, reason=str(exc)) from None
    return to_pdf(release, taxonomy, language)


def key_card_pdf(card: KeyCard) -> bytes:
    """The key card as a one-page PDF (hotline/ui/export/key_card_pdf.py)."""
    try:
        from hotline.ui.export.key_card_pdf import to_pdf
    except ImportError as exc:  # PySide6 is there, a system library Qt needs is not
        raise DeskError(QT_MISSING, reason=str(exc)) from None
    return to_pdf(card)


PDF = formats.Format("pdf", ".pdf", _write, "a page per period with a chart, and the notes")


def register() -> bool:
    """Offer PDF when Qt can be imported; says whether it is offered."""
    if importlib.util.find_spec("PySide6") is None:
        return False
    formats.register(PDF)
    return True
