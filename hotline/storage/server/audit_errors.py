"""What a workstation's witness finds wrong with the centre's audit log, said plainly."""

from __future__ import annotations

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP


class CentreLogCut(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's audit log on the server ends at entry {last}, but this workstation "
        "saw it reach entry {seen}: entries were removed from the log on the server. "
        "Nothing more was written to it. Tell the centre's administrator.",
    )


class CentreLogRewritten(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Entry {seen} of the centre's audit log on the server is not the entry this "
        "workstation saw: the log on the server was cut and written again, or put back "
        "to an older copy. Nothing more was written to it. Tell the centre's administrator.",
    )


class WitnessDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This workstation's record of the centre's audit log ({path}) is damaged or belongs "
        "to another centre; the server's log was not checked against it. It was left as it is.",
    )


class WitnessForged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This workstation's record of the centre's audit log ({path}) was changed or "
        "replaced by someone: its seal is not this person's on this workstation. The "
        "server's log was not checked against it and nothing was written. Tell the "
        "centre's administrator.",
    )


class CentreKeysChanged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's public keys on the server are not the ones its first entry, signed "
        "when the centre was set up, names: someone changed them on the server. Nothing "
        "was sealed to them and nothing was sent. Tell the centre's administrator.",
    )
