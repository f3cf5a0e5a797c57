"""One formatter for what went wrong: errors and validation problems as the user reads them.

The desk's own errors and problems are formatted by hotline/messages.py (the same
rules the command line uses) with Qt's translations. An exception that is not the
desk's own is shown as one translated sentence chosen by the caller: its text may
hold anything (even call content) and is never shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from hotline import messages
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.messages import problems_of
from hotline.sheets.rows import CellProblem
from hotline.validation import Problem

__all__ = [
    "cell_problem_text",
    "core_text",
    "error_text",
    "not_saved_text",
    "problem_lines",
    "problem_text",
    "problems_of",
    "said_text",
]

CONTEXT = "Problems"

# What an unexpected failure says, by what the screen was doing.
NOTHING_LOST = QT_TRANSLATE_NOOP(
    "Problems", "Something went wrong; nothing typed was lost. Try again."
)
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Problems", "That did not work; nothing was changed.")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Problems", "That did not work; nothing was written.")
NOT_SAVED_YET = QT_TRANSLATE_NOOP(
    "Problems", "Not saved yet; everything you typed is kept. Missing or wrong:"
)


def core_text(text: str) -> str:
    """A message marked in the core, in the interface language (itself when untranslated)."""
    return messages.core_text(text, QCoreApplication.translate)


def said_text(text: str) -> str:
    """A finding of verify or a reason a backup was refused (hotline/said.py), translated."""
    return messages.said_text(text, QCoreApplication.translate)


def problem_text(problem: Problem) -> str:
    """One validation problem, translated and filled in."""
    return messages.problem_text(problem, QCoreApplication.translate)


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """Each problem as a bullet line, for a list under a heading."""
    return ["• " + problem_text(p) for p in problems]


def not_saved_text(problems: Iterable[Problem]) -> str:
    """The heading and one line per problem: what the operator still has to fix."""
    return "\n".join([QCoreApplication.translate(CONTEXT, NOT_SAVED_YET), *problem_lines(problems)])


def cell_problem_text(problem: CellProblem) -> str:
    """A problem of an imported row (sheets.rows), translated: what is wrong with its cell."""
    return messages.format_text(
        core_text(problem.template), dict(problem.params), QCoreApplication.translate
    )


def error_text(exc: BaseException, unexpected: str = NOTHING_LOST) -> str:
    """A translated, safe message for an exception that reached the interface.

    `unexpected` is one of this module's sentences (NOTHING_LOST, NOTHING_CHANGED,
    NOTHING_WRITTEN), shown for a failure that is not the desk's own.
    """
    if isinstance(exc, DeskError):
        return messages.error_text(exc, QCoreApplication.translate)
    return QCoreApplication.translate(CONTEXT, unexpected)
