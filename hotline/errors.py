"""Errors a person may see, each with a message template that is translated.

The message never holds call content, names or pseudonyms: only paths chosen
by the administrator, user names of staff, numbers and codes.
"""

from __future__ import annotations

from typing import Any

from hotline.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class DeskError(Exception):
    """A failure with a clear message for the person at the desk."""

    template: str = QT_TRANSLATE_NOOP("errors", "The desk could not do that.")
    exit_code = 1

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Any = None) -> str:
        text = translate(CONTEXT, self.template) if translate else self.template
        try:
            return str(text).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return str(text)


class NoDesk(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no desk in {path}. Set one up first with 'hotline init'."
    )


class DeskExists(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "A desk already exists in {path}; it was left as it is.")


class NotADesk(DeskError):
    """The database file is there but is not an encrypted desk."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} is not an encrypted desk ({reason}). It was left untouched; "
        "restore the desk from a backup.",
    )


class DamagedDesk(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The desk's database {path} is damaged or was changed outside the program "
        "({reason}). It was left untouched; restore it from a backup.",
    )


class KeyFileMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} is missing. Without it the desk cannot be opened; "
        "restore it from the backup made with the database.",
    )


class KeyFileDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} is damaged or was changed ({reason}). It was left untouched; "
        "restore it from a backup.",
    )


class KeyFileAltered(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} was changed outside the program: its desk id, user names or "
        "settings no longer match its check. It was left untouched and no failed sign-in "
        "was counted; restore it from a backup.",
    )


class KeyFileWeakened(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} was changed: the key derivation cost of the slot of {name} "
        "(memory {memory} KiB, passes {passes}) is below the desk's floor (memory "
        "{floor_memory} KiB, passes {floor_passes}). It was left untouched and no failed "
        "sign-in was counted; restore it from a backup.",
    )


class KeyFileOfAnotherDesk(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {key_file} does not belong to the database {path}: it is another "
        "desk's key file, or the database was replaced by another desk's. Both were left "
        "untouched; put back the key file that was backed up with this database.",
    )


class DatabaseMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is missing, though the desk's key file {key_file} is there. "
        "The desk cannot be opened without it, and no new desk is set up over its key "
        "file; restore the database from the backup made with the key file.",
    )


class WrongPassword(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "The user name or the password is wrong.")


class TooSoon(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Too many failed attempts. Try again in {seconds} seconds."
    )


class DeviceSecretMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This desk is bound to the keychain of the machine it was set up on, and the "
        "keychain here does not hold its secret. Sign in with the recovery code, or "
        "use the machine the desk belongs to.",
    )


class AlreadyOpen(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The desk in {path} is already open in another copy of the program "
        "(process {pid}). Close that copy first.",
    )


class DiskFull(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database could not be written to the disk: the disk may be full or the file "
        "too large. Nothing was saved by this step, and everything saved before is kept. "
        "Free some space and save again.",
    )


class FileNotWritten(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} could not be written ({reason}). What was saved before is kept; "
        "free some space on the disk and try again.",
    )


class StorageFailed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database could not be written ({reason}). Nothing was saved by this step, "
        "and everything saved before is kept.",
    )


class PermissionDenied(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "Your role does not allow this: {action}.")


class InvalidInput(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "{field}: {problem}")


class WeakPassword(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "The password is not accepted: {problem}")


class UnknownUser(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "There is no active user named {name}.")


class NotFound(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "{what} {ident} was not found.")


class DataFileDamaged(DeskError):
    """A data file that ships with the program (lists, directory, wordlists) is bad."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The data file {name} that came with the program is damaged ({reason}). "
        "Nothing was changed; reinstall the program.",
    )
