"""The desk's own time zone: which month, quarter and year a moment belongs to.

A desk keeps every moment in UTC, but its months are those of the place it
serves: a call at 00:30 in Baku on 1 April (20:30 UTC on 31 March) is an April
call.  The zone is an IANA name (``Asia/Baku`` unless chosen at init), kept in
the desk's meta table; this module is pure (no database): the storage reads the
name and hands it here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hotline.errors import InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP

DEFAULT_ZONE: Final = "Asia/Baku"
META_KEY: Final = "time_zone"


class BadTimeZone(InvalidInput):
    """A zone name the zone database does not know (field: time_zone)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        '"{name}" is not a time zone name; give one such as Asia/Baku or Europe/Istanbul. '
        "Nothing was created.",
    )


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def check_zone(name: str) -> str:
    """The zone name, checked; a name the zone database does not know is refused."""
    text = (name or "").strip()
    if not text or text.startswith("/") or ".." in text or "\\" in text:
        raise BadTimeZone(field="time_zone", name=text)
    try:
        _zone(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadTimeZone(field="time_zone", name=text) from None
    return text


def zone(name: str | None) -> ZoneInfo:
    """The zone of that name (the default for a desk that names none)."""
    return _zone(name or DEFAULT_ZONE)


def month_of(moment: datetime, zone_name: str | None) -> str:
    """``YYYY-MM`` of ``moment`` in the desk's zone."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    local = moment.astimezone(zone(zone_name))
    if local.year < 1000:  # as strftime writes it
        return local.strftime("%Y-%m")
    return "%04d-%02d" % (local.year, local.month)  # noqa: UP031 (strftime is slower)


def month_of_iso(text: str, zone_name: str | None) -> str:
    """``YYYY-MM`` in the desk's zone of a stored UTC moment (``...Z``)."""
    moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return month_of(moment, zone_name)


def month_start(month: str, zone_name: str | None) -> datetime:
    """The first moment of ``month`` (``YYYY-MM``) in the desk's zone, in UTC."""
    year, m = int(month[:4]), int(month[5:7])
    return datetime(year, m, 1, tzinfo=zone(zone_name)).astimezone(UTC)


def day_start(day: date, zone_name: str | None) -> str:
    """The first moment of ``day`` in the desk's zone, as a stored UTC moment."""
    start = datetime(day.year, day.month, day.day, tzinfo=zone(zone_name))
    return _iso(start)


def next_month(month: str) -> str:
    year, m = int(month[:4]), int(month[5:7]) + 1
    return f"{year + 1:04d}-01" if m == 13 else f"{year:04d}-{m:02d}"


def month_bounds(first: str, last: str, zone_name: str | None) -> tuple[str, str]:
    """Months ``first``..``last`` in the desk's zone as stored UTC moments: the first
    moment and the first moment after (exclusive), ``YYYY-MM-DDTHH:MM:SSZ``."""
    start = month_start(first, zone_name)
    end = month_start(next_month(last), zone_name)
    return _iso(start), _iso(end)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
