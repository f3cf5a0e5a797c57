"""What every command of the command line uses: exit codes, passwords from
standard input or a prompt, the desk opened for one command, a progress bar,
a check's report.

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
    from hotline.services.session import Session

from hotline.errors import DeskError, InvalidInput
from hotline.paths import DeskPaths, resolve_data_dir

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


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
                raise InvalidInput(field="password", problem="standard input ended early")
            return line.rstrip("\r\n")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != first:
            raise InvalidInput(field="password", problem="the two entries differ")
        return first


def progress_bar(label: str) -> Callable[[int, int], None]:
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
        code = secrets.read("Recovery code: ")
        return desk.unlock_with_recovery(paths, code)
    name = args.user or input("User: ").strip()
    secrets.login_password = secrets.read(f"Password for {name}: ")
    return desk.unlock(paths, name, secrets.login_password)


@contextlib.contextmanager
def opened(args: argparse.Namespace, secrets: Secrets) -> Iterator[Session]:
    """The desk unlocked for one command, closed (audit head written) afterwards."""
    from hotline.services import text_sealing
    from hotline.services.desk import WARN_DISK_FULL

    session = _open(args, secrets)
    if WARN_DISK_FULL in session.warnings:
        print(f"hotline: warning: {WARN_DISK_FULL}", file=sys.stderr)
    try:
        if text_sealing.can_seal(session):  # an upgraded desk's text, before the command
            text_sealing.seal_remaining(session, progress_bar("Sealing the notes"))
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
    """A check's facts, warnings and problems (verify, verify-export); its exit code."""
    for name, value in facts.items():
        print(f"{name}: {value}")
    for warning in warnings:
        print(f"warning: {warning}")
    found = list(problems)
    if not found:
        print(ok_line)
        return EXIT_OK
    print(f"PROBLEMS ({len(found)}):")
    for problem in found:
        print(f"  - {problem}")
    return EXIT_PROBLEM
