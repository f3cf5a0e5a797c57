"""What a refusal says in each of the desk's languages (for the attack tests)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hotline.errors import DeskError
from hotline.ui import i18n


def said(exc: DeskError, language: str) -> str:
    """The refusal's message in ``language`` (the Qt translator installed, then English
    put back); a QApplication must exist (pytest-qt's qapp)."""
    i18n.install(language)
    try:
        return exc.message(QCoreApplication.translate)
    finally:
        i18n.install("en")


def said_in_each(exc: DeskError) -> dict[str, str]:
    return {language: said(exc, language) for language in ("az", "ru", "en")}
