"""One formatter for what went wrong: errors and validation problems as the user reads them.

The core marks its messages with QT_TRANSLATE_NOOP under one of a few
contexts ("errors", "export", "validation"); a message is translated from the
context that holds it, its string parameters likewise (a field's id, a
problem's text), and the result is formatted. A record that does not validate
(`problems` on the exception: validation.Problem) is shown by each problem's
own translated text, never by the English sentence the core joined for logs.
An exception that is not the desk's own is shown as one translated sentence
chosen by the caller: its text may hold anything (even call content) and is
never shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from hotline.errors import DeskError, InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.sheets.rows import CellProblem
from hotline.validation import Problem

CONTEXT = "Problems"
# The contexts the core's messages are marked in, searched in this order.
CORE_CONTEXTS = ("errors", "validation", "export")

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
    for context in CORE_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def _format(template: str, params: Mapping[str, Any]) -> str:
    values = {k: core_text(v) if isinstance(v, str) else v for k, v in params.items()}
    with contextlib.suppress(KeyError, IndexError, ValueError):
        return template.format(**values)
    return template


def problem_text(problem: Problem) -> str:
    """One validation problem, translated and filled in."""
    return _format(core_text(problem.template), dict(problem.params))


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """Each problem as a bullet line, for a list under a heading."""
    return ["• " + problem_text(p) for p in problems]


def problems_of(exc: BaseException) -> list[Problem]:
    """The validation problems an exception carries (services' NotValid), or none."""
    found = getattr(exc, "problems", None)
    if isinstance(found, list) and all(isinstance(p, Problem) for p in found):
        return found
    return []


def not_saved_text(problems: Iterable[Problem]) -> str:
    """The heading and one line per problem: what the operator still has to fix."""
    return "\n".join([QCoreApplication.translate(CONTEXT, NOT_SAVED_YET), *problem_lines(problems)])


def cell_problem_text(problem: CellProblem) -> str:
    """A problem of an imported row (sheets.rows), translated: what is wrong with its cell."""
    return _format(core_text(problem.template), dict(problem.params))


def error_text(exc: BaseException, unexpected: str = NOTHING_LOST) -> str:
    """A translated, safe message for an exception that reached the interface.

    `unexpected` is one of this module's sentences (NOTHING_LOST, NOTHING_CHANGED,
    NOTHING_WRITTEN), shown for a failure that is not the desk's own.
    """
    problems = problems_of(exc)
    if isinstance(exc, DeskError) and problems:
        joined = " ".join(problem_text(p) for p in problems)
        return _format(core_text(exc.template), {**exc.params, "problems": joined})
    if isinstance(exc, InvalidInput) and isinstance(exc.params.get("problem"), str):
        # The field's id is for logs; the problem, as the core wrote it, says what to do.
        return core_text(exc.params["problem"])
    if isinstance(exc, DeskError):
        return _format(core_text(exc.template), exc.params)
    return QCoreApplication.translate(CONTEXT, unexpected)
