"""The filtered audit as a PDF for an inspector: a heading, the filter, one row per
entry (number, time, who, what in words). Qt's own QTextDocument on QPdfWriter."""

from __future__ import annotations

import html
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.ui import palette

RESOLUTION = 300
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditPdf", "No."),
    QT_TRANSLATE_NOOP("AuditPdf", "Time"),
    QT_TRANSLATE_NOOP("AuditPdf", "Who"),
    QT_TRANSLATE_NOOP("AuditPdf", "What"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditPdf", text)


def to_pdf(title: str, lines: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """rows: (number, time, who, what) already in the reader's language."""
    head = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    header = "".join(f"<th align='left'>{html.escape(tr(h))}</th>" for h in COLUMNS)
    body = (
        f"<h2 style='color:{palette.TITLE_INK}'>{html.escape(title)}</h2>{head}"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'"
        f" style='border-color:{palette.PRINT_RULE}'>"
        f"<thead><tr>{header}</tr></thead><tbody>{cells}</tbody></table>"
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(f"body, td, th {{ font-size: 8pt; color: {palette.PRINT_INK}; }}")
    document.setHtml(f"<html><body>{body}</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        document.print_(writer)
        del writer
        return path.read_bytes()
