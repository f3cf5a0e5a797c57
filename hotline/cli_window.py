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

from hotline.cli_common import desk_paths
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.storage.lock import holder

EXIT_OPEN = 3

FROM_THE_WINDOW = {
    "verify": QT_TRANSLATE_NOOP(
        "errors",
        "Verify from the window: the Desk check tab, Verify now (against a backup kept "
        "elsewhere: Verify against a backup kept elsewhere...).",
    ),
    "backup": QT_TRANSLATE_NOOP(
        "errors",
        "Back up from the window, signed in as an administrator: the Backups tab, Back up "
        "now. The window also backs up daily and at each administrator's sign-out into the "
        "folder chosen there.",
    ),
    "restore": QT_TRANSLATE_NOOP(
        "errors",
        "Restore from the window, signed in as an administrator: the Restore tab, pick the "
        "backup, Show what it holds, Restore this backup.",
    ),
    "import": QT_TRANSLATE_NOOP(
        "errors",
        "Import the old log from the window, signed in as an administrator: the Import old "
        "log tab, Choose a file…, Confirm mapping, Dry run, Import.",
    ),
    "rotate-key": QT_TRANSLATE_NOOP(
        "errors",
        "Give the database a new key from the window, signed in as an administrator: the "
        "Desk check tab, Give the database a new key.",
    ),
}


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
        how = FROM_THE_WINDOW.get(str(args.command), "")
        raise OpenInWindow(path=str(paths.root), pid=pid, how=how)
