"""The fixed catalogue of tables an administrator may export, and calendar periods.

No free queries and no free date ranges (EXPORT.md): a table is named from
this catalogue and its period is a calendar month (``2026-03``), quarter
(``2026-Q1``) or year (``2026``).  Only coded fields are counted.

Definitions (also written into every export's notes):

* A call *with content* is any call that is not logged as a call without
  content; it is counted under its primary topic.
* The *person concerned* is the caller when the caller speaks for themself
  (relation "self" or not recorded), otherwise the person the caller speaks
  about.  Sex and age band are theirs; "child" is age band under 18 or
  believed to be under 18.
* *Persons concerned* (monthly) counts distinct person pseudonym ids: the
  pseudonym of the person concerned, or the caller's when they speak for
  themself.  A person with several calls in the month is counted once, under the
  primary topic of their first call of the month, so the topics add up to the
  total.  Third-party calls without a pseudonym for the person concerned are not
  counted there.
* *Referrals* count call-outcome pairs: a call with two outcomes counts twice; by sex,
  the sex of the call's person concerned.
* *Citizenship* is that of the person concerned (Azerbaijan, foreign, stateless or
  unknown).
* *Calls by form of exploitation and destination* count the calls that record both a
  form of exploitation and a destination country; the calls without one are in the
  tables by topic and exploitation and by topic and destination (as "none recorded").
* Closing: a call counts in its own month unless that month had already been
  exported (closed) when the call was saved; then it counts only in the
  corrections table published with the monthly table of the month it was saved.
  Quarterly and yearly tables add up the closed months, so closed figures never
  change and a year is the sum of its months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from hotline import desk_time
from hotline.catalogue import Catalogue
from hotline.errors import InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.taxonomy import LANGUAGES, Taxonomy

AUDIENCE_K: Final[dict[str, int]] = {"public": 10, "partner": 5}

ON_TIME: Final = "on_time"
LATE: Final = "late"  # counted anew in a later month: saved late, or a correction's new values
WITHDRAWN: Final = "withdrawn"  # the values a correction replaced, in the month it was made

# Destinations named in the department's reports; any other country is "other".
DESTINATIONS: Final = ("TR", "AE", "QA", "IR", "RU", "AZ")
OTHER: Final = "other"
NONE: Final = "none"
UNKNOWN: Final = "unknown"
AGE_GROUPS: Final = ("child", "adult", UNKNOWN)

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "export", "the period must be a calendar month (2026-03), quarter (2026-Q1) or year (2026)."
)
BAD_TABLE = QT_TRANSLATE_NOOP("export", "there is no table {name} in the catalogue.")
BAD_AUDIENCE = QT_TRANSLATE_NOOP("export", "the audience must be public or partner.")
WRONG_PERIOD_KIND = QT_TRANSLATE_NOOP("export", "the table {name} is published per {kinds} only.")
PERIOD_NOT_OVER = QT_TRANSLATE_NOOP(
    "export", "the period {period} has not ended yet; only finished periods are exported."
)


@dataclass(frozen=True)
class Period:
    """A calendar month, quarter or year."""

    label: str
    kind: str  # month | quarter | year
    months: tuple[str, ...]

    @property
    def year(self) -> int:
        return int(self.label[:4])

    @property
    def start(self) -> str:
        return self.months[0]

    @property
    def end(self) -> str:
        return self.months[-1]

    @property
    def start_iso(self) -> str:
        return f"{self.start}-01T00:00:00Z"

    @property
    def end_iso(self) -> str:
        """The first moment after the period (exclusive bound)."""
        year, month = int(self.end[:4]), int(self.end[5:7]) + 1
        if month == 13:
            year, month = year + 1, 1
        return f"{year:04d}-{month:02d}-01T00:00:00Z"

    def ended(self, now: datetime, zone_name: str | None = None) -> bool:
        """Whether the period is over in the desk's time zone (Asia/Baku by default)."""
        end = desk_time.month_bounds(self.start, self.end, zone_name)[1]
        return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") >= end

    def overlaps(self, other: Period) -> bool:
        return bool(set(self.months) & set(other.months))

    @property
    def sdmx_freq(self) -> str:
        return {"month": "M", "quarter": "Q", "year": "A"}[self.kind]


def year_months(year: int) -> tuple[str, ...]:
    return tuple(f"{year:04d}-{m:02d}" for m in range(1, 13))


def parse_period(text: str) -> Period:
    """``2026-03``, ``2026-Q1`` or ``2026``; anything else is refused."""
    text = text.strip()
    try:
        if len(text) == 4 and text.isdigit():
            year = int(text)
            if year < 1900:
                raise ValueError
            return Period(text, "year", year_months(year))
        if len(text) == 7 and text[4] == "-" and text[5] == "Q" and text[6] in "1234":
            year, quarter = int(text[:4]), int(text[6])
            months = year_months(year)[(quarter - 1) * 3 : quarter * 3]
            return Period(f"{year:04d}-Q{quarter}", "quarter", months)
        if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
            year, month = int(text[:4]), int(text[5:])
            if 1 <= month <= 12 and year >= 1900:
                label = f"{year:04d}-{month:02d}"
                return Period(label, "month", (label,))
    except ValueError:
        pass
    raise InvalidInput(field="period", problem=BAD_PERIOD)


@dataclass(frozen=True)
class TableSpec:
    """One table of the catalogue.

    ``measure`` is what is counted: ``calls`` (calls with content),
    ``no_content`` (calls without content), ``persons`` (distinct persons
    concerned) or ``referrals`` (call-outcome pairs).  ``rows`` is the row
    dimension (``topic`` or ``kind``); ``breakdown`` the column dimension of the
    quarterly and yearly tables.
    """

    name: str
    title: str  # a source text in the "export" context
    measure: str
    rows: str
    breakdown: str | None
    period_kinds: tuple[str, ...]
    # Only calls with a value recorded in every dimension shown ("none" left out): the
    # department's table of exploitation by destination counts the calls that name both.
    recorded_only: bool = False

    @property
    def dims(self) -> tuple[str, ...]:
        return (self.rows,) if self.breakdown is None else (self.rows, self.breakdown)

    @property
    def family(self) -> str:
        """Tables of one family share atoms and are audited together."""
        return {"calls": "calls", "referrals": "referrals"}.get(self.measure, self.name)

    @property
    def corrections(self) -> str | None:
        """The companion table of late calls published with this one, if any."""
        return f"{self.name}_corrections" if self.name == "calls_by_topic" else None

    @property
    def withdrawals(self) -> str | None:
        """The companion table of what corrections withdrew, published with this one."""
        return f"{self.name}_withdrawn" if self.name == "calls_by_topic" else None


MONTHLY = ("month",)
BREAKDOWN_PERIODS = ("quarter", "year")
# The department's three breakdowns go out once a year, for its annual report: published
# by quarter too, their joint audit made a small desk's year take about 20 minutes of CPU
# (300 calls), against about 2 for the whole catalogue without them.
YEARLY = ("year",)

CATALOGUE: Final[tuple[TableSpec, ...]] = (
    TableSpec(
        "calls_by_topic",
        QT_TRANSLATE_NOOP("export", "Calls by primary topic"),
        "calls",
        "topic",
        None,
        MONTHLY,
    ),
    TableSpec(
        "no_content_by_kind",
        QT_TRANSLATE_NOOP("export", "Calls without content by kind"),
        "no_content",
        "kind",
        None,
        MONTHLY,
    ),
    TableSpec(
        "persons_by_topic",
        QT_TRANSLATE_NOOP("export", "Persons concerned by primary topic"),
        "persons",
        "topic",
        None,
        MONTHLY,
    ),
    TableSpec(
        "calls_by_topic_sex",
        QT_TRANSLATE_NOOP("export", "Calls by primary topic and sex of the person concerned"),
        "calls",
        "topic",
        "sex",
        BREAKDOWN_PERIODS,
    ),
    TableSpec(
        "calls_by_topic_age",
        QT_TRANSLATE_NOOP("export", "Calls by primary topic and age group of the person concerned"),
        "calls",
        "topic",
        "age",
        BREAKDOWN_PERIODS,
    ),
    TableSpec(
        "calls_by_topic_region",
        QT_TRANSLATE_NOOP("export", "Calls by primary topic and region of the call"),
        "calls",
        "topic",
        "region",
        BREAKDOWN_PERIODS,
    ),
    TableSpec(
        "calls_by_topic_exploitation",
        QT_TRANSLATE_NOOP("export", "Calls by primary topic and form of exploitation"),
        "calls",
        "topic",
        "exploitation",
        BREAKDOWN_PERIODS,
    ),
    TableSpec(
        "calls_by_topic_destination",
        QT_TRANSLATE_NOOP("export", "Calls by primary topic and destination country"),
        "calls",
        "topic",
        "destination",
        BREAKDOWN_PERIODS,
    ),
    TableSpec(
        "referrals_by_topic_outcome",
        QT_TRANSLATE_NOOP("export", "Referrals and outcomes by primary topic"),
        "referrals",
        "topic",
        "outcome",
        BREAKDOWN_PERIODS,
    ),
    TableSpec(
        "calls_by_topic_citizenship",
        QT_TRANSLATE_NOOP(
            "export", "Calls by primary topic and citizenship of the person concerned"
        ),
        "calls",
        "topic",
        "citizenship",
        YEARLY,
    ),
    TableSpec(
        "calls_by_exploitation_destination",
        QT_TRANSLATE_NOOP("export", "Calls by form of exploitation and destination country"),
        "calls",
        "exploitation",
        "destination",
        YEARLY,
        recorded_only=True,
    ),
    TableSpec(
        "referrals_by_outcome_sex",
        QT_TRANSLATE_NOOP("export", "Referrals and outcomes by sex of the person concerned"),
        "referrals",
        "outcome",
        "sex",
        YEARLY,
    ),
)

CORRECTIONS_TITLE = QT_TRANSLATE_NOOP(
    "export",
    "Corrections: calls of months already exported counted this month (saved late, "
    "or under their corrected primary topic)",
)
WITHDRAWN_TITLE = QT_TRANSLATE_NOOP(
    "export",
    "Corrections withdrawn: calls of months already exported whose primary topic was "
    "corrected this month, under the topic they had been counted in",
)
COMPANION_SUFFIXES: Final = ("_corrections", "_withdrawn")


def base_name(name: str) -> str:
    """The catalogue table a published table belongs to (a companion's main table)."""
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


BY_NAME: Final[dict[str, TableSpec]] = {spec.name: spec for spec in CATALOGUE}


def table_spec(name: str) -> TableSpec:
    try:
        return BY_NAME[name]
    except KeyError:
        raise InvalidInput(field="table", problem=BAD_TABLE.format(name=name)) from None


def audience_k(audience: str) -> int:
    try:
        return AUDIENCE_K[audience]
    except KeyError:
        raise InvalidInput(field="audience", problem=BAD_AUDIENCE) from None


def check_period_kind(spec: TableSpec, period: Period) -> None:
    if period.kind not in spec.period_kinds:
        kinds = " or ".join(spec.period_kinds)
        raise InvalidInput(
            field="period", problem=WRONG_PERIOD_KIND.format(name=spec.name, kinds=kinds)
        )


def dimension_values(dim: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The fixed values of a dimension, in printing order (never taken from the data)."""
    if dim == "topic":
        return taxonomy["topic"].ids()
    if dim == "kind":
        return taxonomy["no_content"].ids()
    if dim == "sex":
        return taxonomy["sex"].ids()
    if dim == "age":
        return AGE_GROUPS
    if dim == "citizenship":
        return taxonomy["citizenship"].ids()
    if dim == "region":
        return taxonomy["region"].ids()
    if dim == "exploitation":
        return (*taxonomy["exploitation"].ids(), NONE)
    if dim == "destination":
        return (*DESTINATIONS, OTHER, NONE)
    if dim == "outcome":
        return taxonomy["outcome"].ids()
    raise ValueError(f"unknown dimension {dim!r}")


def fallback_value(dim: str) -> str:
    """Where a stored code outside the list is counted (it should never happen)."""
    return {"destination": OTHER, "exploitation": "other", "kind": "silent"}.get(dim, UNKNOWN)


DIMENSION_TITLES: Final[dict[str, str]] = {
    "topic": QT_TRANSLATE_NOOP("export", "Primary topic"),
    "kind": QT_TRANSLATE_NOOP("export", "Kind of call without content"),
    "sex": QT_TRANSLATE_NOOP("export", "Sex"),
    "age": QT_TRANSLATE_NOOP("export", "Age group"),
    "region": QT_TRANSLATE_NOOP("export", "Region"),
    "citizenship": QT_TRANSLATE_NOOP("export", "Citizenship"),
    "exploitation": QT_TRANSLATE_NOOP("export", "Form of exploitation"),
    "destination": QT_TRANSLATE_NOOP("export", "Destination"),
    "outcome": QT_TRANSLATE_NOOP("export", "Outcome or referral"),
}
VALUE_TITLES: Final[dict[str, str]] = {
    "child": QT_TRANSLATE_NOOP("export", "Child (under 18 or believed under 18)"),
    "adult": QT_TRANSLATE_NOOP("export", "Adult"),
    UNKNOWN: QT_TRANSLATE_NOOP("export", "Unknown"),
    OTHER: QT_TRANSLATE_NOOP("export", "Other country"),
    NONE: QT_TRANSLATE_NOOP("export", "None recorded"),
    "_total": QT_TRANSLATE_NOOP("export", "Total"),
}
_LIST_OF = {
    "topic": "topic",
    "kind": "no_content",
    "sex": "sex",
    "region": "region",
    "citizenship": "citizenship",
    "exploitation": "exploitation",
    "outcome": "outcome",
    "destination": "country",
}


BAD_LANGUAGE = QT_TRANSLATE_NOOP("export", "the language of the file must be az, ru or en.")


def check_language(language: str) -> str:
    """The language of an exported file's labels (codes are the same in every language)."""
    if language not in LANGUAGES:
        raise InvalidInput(field="language", problem=BAD_LANGUAGE)
    return language


def label_text(text: str, language: str) -> str:
    """A fixed label of the files (a source text of the "export" context) in ``language``,
    from the same translation tables as the window's."""
    return (
        text if language == "en" else Catalogue(check_language(language)).translate("export", text)
    )


def dimension_title(dim: str, language: str = "en") -> str:
    return label_text(DIMENSION_TITLES[dim], language)


def value_label(dim: str, value: str, taxonomy: Taxonomy, language: str = "en") -> str:
    """A reader's label for a coded value: the taxonomy's own label for a listed value,
    else the fixed extras (child, total, ...), in ``language``."""
    list_id = _LIST_OF.get(dim)
    if list_id is not None and value in taxonomy[list_id]:
        return taxonomy.label(list_id, value, language)
    return label_text(VALUE_TITLES[value], language) if value in VALUE_TITLES else value
