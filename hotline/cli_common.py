"""What every command of the command line uses: exit codes, its language,
passwords from standard input or a prompt, the desk opened for one command, a
progress bar, a check's report.

The command line speaks the user's language: `--language`, else the one the
window saved (hotline/catalogue.py says the order). Its own sentences are
marked in the "cli" context; the desk's errors and warnings come translated
from their own contexts, as in the window.

:mod:`hotline.cli` (the parser and the desk's commands) and
:mod:`hotline.cli_export` (the export commands) both import it; neither imports
the other's internals.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # imported lazily: the window paints before the crypto loads
    from hotline.services.approvals import Clearance
    from hotline.services.session import Session

from hotline import messages
from hotline.catalogue import Catalogue
from hotline.errors import DeskError, InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths, resolve_data_dir
from hotline.said import Said

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
CONTEXT = "cli"
FACTS = "facts"  # the names of a check's facts (print_report)
WARNING_LINE = QT_TRANSLATE_NOOP("cli", "hotline: warning: {text}")
ERROR_LINE = QT_TRANSLATE_NOOP("cli", "hotline: {text}")
_speaking = {"now": Catalogue("en")}


def set_language(language: str) -> None:
    """The language of this run (hotline.catalogue.choose picks it)."""
    _speaking["now"] = Catalogue(language)


def in_language(context: str, text: str) -> str:
    """A marked text in the command line's language."""
    return _speaking["now"].translate(context, text)


def say(sentence: str, /, **params: object) -> str:
    """One of the command line's own sentences (marked in the "cli" context), filled in."""
    return in_language(CONTEXT, sentence).format(**params)


def error_message(exc: DeskError) -> str:
    """The desk's error as the window would tell it, in the command line's language."""
    return messages.error_text(exc, in_language, name_the_field=True)


def said_message(text: str) -> str:
    """A finding of a check or a reason (hotline/said.py), in the command line's language."""
    return messages.said_text(text, in_language)


def warning_message(text: str) -> str:
    """A sign-in warning (marked in the "warnings" context), translated."""
    return in_language("warnings", text)


NEW_PASSWORD_FOR = QT_TRANSLATE_NOOP("cli", "New password for {name}: ")


def show_recovery_code(code: str) -> None:
    print()
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "RECOVERY CODE (shown once; write it down and keep it locked away):"
            )
        )
    )
    print(f"\n    {code}\n")


class Secrets:
    """Reads passwords from stdin lines (--password-stdin) or prompts."""

    def __init__(self, from_stdin: bool, stream: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stream = stream or sys.stdin
        self.login_password = ""

    def read(self, prompt: str, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self.stream.readline()
            if not line:
                raise InvalidInput(
                    field="password",
                    problem=QT_TRANSLATE_NOOP("errors", "standard input ended early"),
                )
            return line.rstrip("\r\n")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(say(QT_TRANSLATE_NOOP("cli", "Again: "))) != first:
            raise InvalidInput(
                field="password", problem=QT_TRANSLATE_NOOP("errors", "the two entries differ")
            )
        return first


def progress_bar(label: str) -> Callable[[int, int], None]:
    """label: a "cli" sentence, shown translated."""
    label = say(label)

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def desk_paths(args: argparse.Namespace) -> DeskPaths:
    return DeskPaths(resolve_data_dir(args.data_dir))


def _open(args: argparse.Namespace, secrets: Secrets) -> Session:
    from hotline.services import desk

    paths = desk_paths(args)
    if args.recovery_code_stdin:
        code = secrets.read(say(QT_TRANSLATE_NOOP("cli", "Recovery code: ")))
        return desk.unlock_with_recovery(paths, code)
    name = args.user or input(say(QT_TRANSLATE_NOOP("cli", "User: "))).strip()
    secrets.login_password = secrets.read(
        say(QT_TRANSLATE_NOOP("cli", "Password for {name}: "), name=name)
    )
    return desk.unlock(paths, name, secrets.login_password)


@contextlib.contextmanager
def opened(args: argparse.Namespace, secrets: Secrets) -> Iterator[Session]:
    """The desk unlocked for one command, closed (audit head written) afterwards.

    The sign-in's warnings are printed (standard error), but for the standing facts of
    the desk's set-up, which `verify` reports every time."""
    from hotline.services import text_sealing
    from hotline.services.desk import WARN_UNBOUND, WARN_WEAK_KDF

    standing = (WARN_UNBOUND, WARN_WEAK_KDF)

    session = _open(args, secrets)
    for warning in session.warnings:  # the log cut, the head file, a full disk...
        if warning not in standing:
            print(say(WARNING_LINE, text=warning_message(warning)), file=sys.stderr)
    try:
        if text_sealing.can_seal(session):  # an upgraded desk's text, before the command
            text_sealing.seal_remaining(
                session, progress_bar(QT_TRANSLATE_NOOP("cli", "Sealing the notes"))
            )
        yield session
    except BaseException:
        # The step's own error is the one to show (a full disk fails the close too).
        with contextlib.suppress(DeskError):
            session.close()
        raise
    session.close()


def print_report(
    facts: Mapping[str, object],
    problems: Iterable[str],
    ok_line: str,
    warnings: Iterable[str] = (),
) -> int:
    """A check's facts, warnings and problems (verify, verify-export); its exit code.

    ok_line: a "cli" sentence, shown translated; the problems and warnings are said in
    the user's language (hotline/said.py). A fact's name is shown translated when it is
    marked in the "facts" context (verify-export's), else as written; its value (a
    code, a number, a fingerprint) as it is, but a Said (a verdict), which is said."""
    for name, value in facts.items():
        shown = said_message(value) if isinstance(value, Said) else value
        print(f"{in_language(FACTS, name)}: {shown}")
    for warning in warnings:
        print(say(QT_TRANSLATE_NOOP("cli", "warning: {text}"), text=said_message(warning)))
    found = list(problems)
    if not found:
        print(say(ok_line))
        return EXIT_OK
    print(say(QT_TRANSLATE_NOOP("cli", "PROBLEMS ({count}):"), count=len(found)))
    for problem in found:
        print(f"  - {said_message(problem)}")
    return EXIT_PROBLEM


WAITS_MADE = QT_TRANSLATE_NOOP(
    "cli",
    "Request {number} made: “{what}” needs a second person. Another administrator or a "
    "supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this "
    "command again.",
)
WAITS_STILL = QT_TRANSLATE_NOOP(
    "cli",
    "Request {number} is waiting: “{what}” needs a second person. Another administrator or a "
    "supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this "
    "command again.",
)


def waits_for_approval(cleared: Clearance, what: str) -> bool:
    """Four eyes on the command line: True (and what the second person does, printed)
    when the act must wait for a request's approval; False when it goes ahead.
    `what`: the act's label (approvals.RULES), said in the command line's language."""
    if cleared.clear or cleared.request is None:
        return False
    sentence = WAITS_MADE if cleared.asked_now else WAITS_STILL
    print(say(sentence, number=cleared.request.id, what=in_language("approvals", what)))
    return True


# The retention commands' two sentences, the desk's and the centre's (cli_seal, cli_centre).
def retention_kept(years: int | None) -> str:
    """How long free text is kept, in the command line's language."""
    if years is None:
        return say(QT_TRANSLATE_NOOP("cli", "Free text is kept until sealed (no retention set)."))
    return say(
        QT_TRANSLATE_NOOP("cli", "Free text and identities are kept {years} years after the call."),
        years=years,
    )


def retention_due(now: int, soon: int) -> str:
    """How many calls are due for retention now and within the notice period."""
    from hotline.services.sealing import NOTICE_DAYS

    return say(
        QT_TRANSLATE_NOOP("cli", "Due now: {now} calls; due within {days} days: {soon}."),
        now=now,
        days=NOTICE_DAYS,
        soon=soon,
    )
