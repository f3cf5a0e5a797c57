"""Labels for coded values in the interface language; dates and durations as shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hotline.taxonomy import Taxonomy
from hotline.taxonomy import load as load_taxonomy
from hotline.validation import CODED_FIELDS, MULTI_FIELDS


def language() -> str:
    """The interface language (az, ru or en) for taxonomy labels."""
    try:
        from hotline.ui import i18n
    except ImportError:  # pragma: no cover - the main window's module is optional here
        return "en"
    return i18n.current()


def taxonomy() -> Taxonomy:
    return load_taxonomy()


def code(list_id: str, item_id: str | None) -> str:
    """The label of a taxonomy id, or the id itself when the list no longer holds it."""
    if not item_id:
        return ""
    try:
        return taxonomy().label(list_id, item_id, language())
    except KeyError:
        return item_id


def codes(list_id: str, item_ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(code(list_id, i) for i in item_ids)


def when(moment: datetime | None) -> str:
    """Local date and time, day first (as read in Azerbaijan)."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def day(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d.%m.%Y")


def duration(seconds: int) -> str:
    minutes, secs = divmod(max(seconds, 0), 60)
    return f"{minutes}:{secs:02d}"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# Fields of a call as they are named in the history and the correction dialog.
FIELD_LIST: dict[str, str] = {
    **CODED_FIELDS,
    **MULTI_FIELDS,
    "primary_topic": "topic",
}
