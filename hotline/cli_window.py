"""The command line beside the open window.

While a user is signed in to the window, its process holds the desk's lock
(storage/lock.py) and its session writes the audit chain, the head file and its
own slot. A second process writing beside it could fork the chain, so the
commands refuse before they ask for a password, and say exactly how to do the
same thing from the window (issue 13). They exit with EXIT_OPEN (3), so that a
script can tell "the window is open, try later" from a failure.

A window at the sign-in screen holds no lock: the commands then work as usual.
"""

from __future__ import annotations

import argparse

from hotline.cli_common import desk_paths, in_language
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.storage.lock import holder

EXIT_OPEN = 3

# Where each command is in the window, in the window's own words: the Pages menu, the
# page's heading and title, then its buttons (each text in its own translation context,
# so the hint says exactly what the window shows, in the language it is shown in).
MENU = ("MainWindow", "&Pages")
GROUP = ("pages", "Administration")
Text = tuple[str, str]  # (context, source text)
FROM_THE_WINDOW: dict[str, tuple[Text, tuple[Text, ...]]] = {
    "verify": (
        ("pages", "Desk check"),
        (
            ("DeskCheckPage", "Verify now"),
            ("DeskCheckPage", "Verify against a backup kept elsewhere…"),
        ),
    ),
    "backup": (("pages", "Backups"), (("BackupsPage", "Back up now"),)),
    "restore": (
        ("pages", "Restore"),
        (("RestorePage", "Show what it holds"), ("RestorePage", "Restore this backup…")),
    ),
    "import": (
        ("pages", "Import old log"),
        (
            ("ImportPage", "Choose a file…"),
            ("ImportPage", "Confirm mapping"),
            ("ImportPage", "Dry run"),
            ("ImportPage", "Import"),
        ),
    ),
    "rotate-key": (("pages", "Desk check"), (("DeskCheckPage", "Give the database a new key…"),)),
}
QUOTED = QT_TRANSLATE_NOOP("errors", "“{text}”")  # a button's text, quoted as the language does
IN_THE_WINDOW = QT_TRANSLATE_NOOP(
    "errors", "Do it from the window instead: the menu {path}, then {buttons}."
)
ALSO = {
    "backup": QT_TRANSLATE_NOOP(
        "errors",
        "The window also writes the daily backup by itself, in any user's session, into "
        "the folder chosen there, and one at each administrator's sign-out.",
    ),
}


def how_in_the_window(command: str) -> str:
    """The window's way to do `command`, in the command line's language ('' if none)."""
    found = FROM_THE_WINDOW.get(command)
    if found is None:
        return ""
    page, buttons = found
    path = " ▸ ".join(in_language(*t).replace("&", "") for t in (MENU, GROUP, page))
    quoted = in_language("errors", QUOTED)
    shown = ", ".join(quoted.format(text=in_language(*b)) for b in buttons)
    how = in_language("errors", IN_THE_WINDOW).format(path=path, buttons=shown)
    also = ALSO.get(command)
    return f"{how} {in_language('errors', also)}" if also else how


class OpenInWindow(DeskError):
    exit_code = EXIT_OPEN
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The desk in {path} is open in another process ({pid}): the window with a user signed "
        "in, or another command. This command does not open it beside the window. {how} Or "
        "sign out of the window and run the command again.",
    )


def refuse_if_open(args: argparse.Namespace) -> None:
    """Before any password is asked: OpenInWindow when another process holds the desk."""
    if getattr(args, "template", False):
        return  # `import --template` prints an example and opens no desk
    paths = desk_paths(args)
    pid = holder(paths.lock_file)
    if pid is not None:
        raise OpenInWindow(path=str(paths.root), pid=pid, how=how_in_the_window(args.command))
