"""One formatter for the desk's own errors and validation problems, in any language.

The core marks its messages with QT_TRANSLATE_NOOP under one of a few contexts
("errors", "validation", "export"); a message is translated from the context
that holds it, its string parameters likewise (a field's id, a problem's text),
and the result is formatted. A record that does not validate (`problems` on the
exception: validation.Problem) is told by each problem's own translated text.

`translate(context, text)` is the window's QCoreApplication.translate
(hotline/ui/problems.py) or the command line's catalogue (hotline/catalogue.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hotline.errors import DeskError, InvalidInput
from hotline.said import Said, fill
from hotline.validation import Problem

Translate = Callable[[str, str], str]
# The contexts the core's messages are marked in, searched in this order.
CORE_CONTEXTS = ("errors", "validation", "export", "findings")


def core_text(text: str, translate: Translate) -> str:
    """A message marked in the core, translated (itself when untranslated)."""
    for context in CORE_CONTEXTS:
        translated = translate(context, text)
        if translated != text:
            return translated
    return text


def format_text(template: str, params: Mapping[str, Any], translate: Translate) -> str:
    return fill(template, params, lambda text: said_text(text, translate))


def said_text(text: str, translate: Translate) -> str:
    """A finding or a reason of the core's checks (hotline/said.py) in the user's language;
    a plain string is translated when it is itself a marked text."""
    if isinstance(text, Said):
        return format_text(core_text(text.template, translate), text.params, translate)
    return core_text(text, translate)


def problem_text(problem: Problem, translate: Translate) -> str:
    """One validation problem, translated and filled in."""
    return format_text(core_text(problem.template, translate), dict(problem.params), translate)


def problems_of(exc: BaseException) -> list[Problem]:
    """The validation problems an exception carries (services' NotValid), or none."""
    found = getattr(exc, "problems", None)
    if isinstance(found, list) and all(isinstance(p, Problem) for p in found):
        return found
    return []


def error_text(exc: DeskError, translate: Translate, *, name_the_field: bool = False) -> str:
    """The desk's own error, translated and filled in.

    name_the_field: an InvalidInput keeps its field ("--months: ..."), as on the command
    line, where the field is the option typed; the window shows the problem alone."""
    problems = problems_of(exc)
    if problems:
        joined = " ".join(problem_text(p, translate) for p in problems)
        return format_text(
            core_text(exc.template, translate), {**exc.params, "problems": joined}, translate
        )
    if (
        not name_the_field
        and isinstance(exc, InvalidInput)
        and isinstance(exc.params.get("problem"), str)
    ):
        # The field's id is for logs; the problem, as the core wrote it, says what to do.
        return said_text(exc.params["problem"], translate)
    return format_text(core_text(exc.template, translate), exc.params, translate)
