"""The words and numbers the backup pages share: why a backup was written, its age,
its size, when it was written, and what a check of it found."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services.backup_register import BackupEntry
from hotline.ui.problems import said_text

CONTEXT = "Backups"
TRIGGERS = {
    "manual": QT_TRANSLATE_NOOP("Backups", "backed up from the window"),
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "sign-out": QT_TRANSLATE_NOOP("Backups", "at an administrator's sign-out"),
    "command line": QT_TRANSLATE_NOOP("Backups", "from the command line"),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", n)


def trigger_text(trigger: str) -> str:
    source = TRIGGERS.get(trigger)
    return tr(source) if source else trigger


class _Ages(QObject):
    """Counted words need a class's tr() for lupdate to mark their plural forms."""

    def text(self, seconds: float) -> str:
        minutes = max(0, int(seconds // 60))
        if minutes < 60:
            return self.tr("%n minute(s) ago", "", minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("%n hour(s) ago", "", hours)
        return self.tr("%n day(s) ago", "", hours // 24)


def age_text(seconds: float) -> str:
    """How long ago, in minutes, hours or days (the unit a person reads at a glance)."""
    return _Ages().text(seconds)


def when_text(moment: datetime) -> str:
    """A moment in this computer's time zone, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    return QCoreApplication.translate("Backups", "{size} MB").format(size=f"{size / (1 << 20):.1f}")


def state_text(entry: BackupEntry) -> str:
    """Verified, not usable (and why), or removed."""
    if not entry.verified:
        problem = said_text(entry.problem) if entry.problem else ""
        return (
            QCoreApplication.translate("Backups", "NOT usable: {problem}").format(problem=problem)
            if problem
            else QCoreApplication.translate("Backups", "NOT usable")
        )
    if entry.removed:
        rotated = any(m.fields.get("reason") == "rotated" for m in entry.marks_of("removed"))
        return (
            QCoreApplication.translate("Backups", "removed (older than the last ones kept)")
            if rotated
            else QCoreApplication.translate("Backups", "removed")
        )
    return QCoreApplication.translate("Backups", "verified by opening it")


SHA_COLUMN = 4  # the register's column of the file's SHA-256 (shortened; whole in its tip)


def register_cells(entry: BackupEntry) -> tuple[str, ...]:
    """A register line as the backup pages' tables show it, column by column."""
    return (
        when_text(entry.created_at),
        str(entry.path),
        size_text(entry.size),
        f"{entry.calls:,}",
        entry.sha256[:16] + "…",
        state_text(entry),
        trigger_text(entry.trigger),
    )
