"""Checks on a call record before it is saved, each with a clear message.

A problem names the field (for the form to focus it) and says what is wrong;
nothing is changed or dropped by validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import attrgetter

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import ENTITY_KINDS, CallRecord, utcnow
from hotline.taxonomy import Taxonomy

MAX_NOTES = 20_000
MAX_SHORT_TEXT = 200
CLOCK_SLACK = timedelta(minutes=5)
# A contact dated before this, or lasting longer, is a mistake in the record (an
# import from an old log); the window's timer cannot reach it (a session lasts 12 h).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
MAX_DURATION_S = 7 * 24 * 3600
FORCED_LABOUR = "forced_labour"  # the exploitation whose sector the reports name

NEED_PRIMARY = QT_TRANSLATE_NOOP("validation", "Choose the primary topic of the call.")
PRIMARY_NOT_TICKED = QT_TRANSLATE_NOOP(
    "validation", "The primary topic must be one of the ticked topics."
)
NEED_OUTCOME = QT_TRANSLATE_NOOP("validation", "Choose at least one outcome or referral.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("validation", "Unknown value {value!r}.")
POLICE_NEEDS_CONSENT = QT_TRANSLATE_NOOP(
    "validation",
    "A referral to the police unit passes identifying details to law enforcement; the law "
    "allows it only with the consent of the person concerned, and consent is not recorded "
    "as yes.",
)
STATE_BODY_NEEDS_CONSENT = QT_TRANSLATE_NOOP(
    "validation",
    "A referral to a state body (the Migration Service, a consulate, the Assistance Center, a "
    "local commission) or to a shelter passes the person's details on or places them; the law "
    "allows it only with the consent of the person concerned, and consent is not recorded as "
    "yes.",
)
CONSENT_NOT_THEIRS = QT_TRANSLATE_NOOP(
    "validation",
    "The consent must be the person's own: the caller speaks for another adult, and a relative "
    "or anyone else cannot consent for an adult. Untick the referral, or let the person "
    "concerned consent themself.",
)
RELATIVE_CANNOT_CONSENT = QT_TRANSLATE_NOOP(
    "validation",
    "A relative may be involved: a relative's consent does not count for this child. Report "
    "to the Commission and the guardianship authority instead.",
)
IDENTITY_NEEDS_CONSENT = QT_TRANSLATE_NOOP(
    "validation",
    "Identity details are kept only with the person's consent: tick the consent box of "
    "section 11, or leave the details empty.",
)
IN_FUTURE = QT_TRANSLATE_NOOP("validation", "The date of a contact cannot be in the future.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "Too long: at most {limit} characters.")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "The duration cannot be negative.")
TOO_EARLY = QT_TRANSLATE_NOOP("validation", "The date of a contact cannot be before {year}.")
TOO_LONG_CALL = QT_TRANSLATE_NOOP(
    "validation", "The duration cannot be longer than {limit} seconds (7 days)."
)
NO_CONTENT_WITH_DATA = QT_TRANSLATE_NOOP(
    "validation", "A call without content carries no topics, outcomes or notes."
)
EMPTY_ENTITY = QT_TRANSLATE_NOOP("validation", "An entity needs a value.")
SECTOR_FOR_FORCED_LABOUR = QT_TRANSLATE_NOOP(
    "validation",
    "The sector is recorded for forced labour only: choose forced labour or no sector.",
)
COUNTRY_FOR_FOREIGN = QT_TRANSLATE_NOOP(
    "validation", "Choose the country of citizenship for a foreign citizen."
)


@dataclass(frozen=True)
class Problem:
    field: str
    template: str
    params: tuple[tuple[str, object], ...] = ()

    def message(self) -> str:
        return self.template.format(**dict(self.params))


CODED_FIELDS: dict[str, str] = {
    "channel": "channel",
    "no_content": "no_content",
    "nature": "nature",
    "safe_to_talk": "safe_to_talk",
    "relation": "relation",
    "caller_sex": "sex",
    "caller_age": "age_band",
    "caller_citizenship": "citizenship",
    "caller_country": "country",
    "region": "region",
    "call_language": "call_language",
    "concerned_sex": "sex",
    "concerned_age": "age_band",
    "concerned_citizenship": "citizenship",
    "concerned_country": "country",
    "exploitation": "exploitation",
    "labour_sector": "labour_sector",
    "heard_of": "heard_of",
    "destination": "country",
    "consent": "consent",
}
MULTI_FIELDS: dict[str, str] = {
    "topics": "topic",
    "indicators": "indicator",
    "outcomes": "outcome",
}

RECENT_HOURS = 24  # the operator's own calls listed, and correctable by them

# Fields a supervisor may correct (review.correct_field): coded fields, multi-selects, the
# primary topic, flags. On a centre the server's review_correct lets no other field change.
FLAG_FIELDS = (
    "child_involved",
    "immediate_danger",
    "possible_victim",
    "believed_child",
    "relative_involved",
    "interpreter_needed",
)
CORRECTABLE = (*CODED_FIELDS, *MULTI_FIELDS, "primary_topic", *FLAG_FIELDS)


_CODED = attrgetter(*CODED_FIELDS)  # the coded values in one call, in CODED_FIELDS' order
_MULTI = attrgetter(*MULTI_FIELDS)
_STR_OR_NONE = frozenset({str, type(None)})
_STR = frozenset({str})
# Each taxonomy's code sets in CODED_FIELDS' order (None allowed) and MULTI_FIELDS' order,
# by the taxonomy's id (kept with it, so the id stays its own).
_SETS: dict[int, tuple[Taxonomy, tuple[frozenset[str | None], ...], tuple[frozenset[str], ...]]]
_SETS = {}


def _code_sets(
    taxonomy: Taxonomy,
) -> tuple[tuple[frozenset[str | None], ...], tuple[frozenset[str], ...]]:
    known = _SETS.get(id(taxonomy))
    if known is None or known[0] is not taxonomy:
        codes = taxonomy.code_sets
        coded = tuple(codes[list_id] | {None} for list_id in CODED_FIELDS.values())
        multi = tuple(codes[list_id] for list_id in MULTI_FIELDS.values())
        known = _SETS[id(taxonomy)] = (taxonomy, coded, multi)
    return known[1], known[2]


def _codes_known(record: CallRecord, taxonomy: Taxonomy) -> bool:
    """Whether every coded and ticked value is a plain string of its list (or unset), in
    a few C calls: the usual record, for which check_codes finds no problem there."""
    coded, multi = _code_sets(taxonomy)
    values = _CODED(record)
    if not (
        _STR_OR_NONE.issuperset(map(type, values))
        and all(map(frozenset.__contains__, coded, values))
    ):
        return False
    for codes, ticked in zip(multi, _MULTI(record), strict=True):
        if not (_STR.issuperset(map(type, ticked)) and codes.issuperset(ticked)):
            return False
    return True


def check_codes(record: CallRecord, taxonomy: Taxonomy) -> list[Problem]:
    problems: list[Problem] = []
    if not _codes_known(record, taxonomy):
        problems += _code_problems(record, taxonomy)
    for entity in record.entities:
        if entity.kind not in ENTITY_KINDS:
            problems.append(Problem("entities", UNKNOWN_CODE, (("value", entity.kind),)))
        elif not entity.value.strip():
            problems.append(Problem("entities", EMPTY_ENTITY))
        elif len(entity.value) > MAX_SHORT_TEXT:
            problems.append(Problem("entities", TOO_LONG, (("limit", MAX_SHORT_TEXT),)))
    return problems


def _code_problems(record: CallRecord, taxonomy: Taxonomy) -> list[Problem]:
    """Each coded or ticked value not in its list, in the form's order."""
    problems: list[Problem] = []
    codes = taxonomy.code_sets
    for (field_name, list_id), value in zip(CODED_FIELDS.items(), _CODED(record), strict=True):
        if value is not None and not (isinstance(value, str) and value in codes[list_id]):
            problems.append(Problem(field_name, UNKNOWN_CODE, (("value", value),)))
    for field_name, list_id in MULTI_FIELDS.items():
        for value in getattr(record, field_name):
            if not (isinstance(value, str) and value in codes[list_id]):
                problems.append(Problem(field_name, UNKNOWN_CODE, (("value", value),)))
    return problems


def police_referral_refused(record: CallRecord, taxonomy: Taxonomy) -> bool:
    return consent_problem(record, taxonomy) is not None and bool(
        set(record.outcomes) & taxonomy.identifying_outcomes()
    )


def concerns_child(record: CallRecord, taxonomy: Taxonomy) -> bool:
    """The person concerned is (or is believed to be) under 18."""
    return (
        record.child_involved
        or record.believed_child
        or record.concerned_age in taxonomy.child_age_bands()
        or (record.relation in (None, "self") and record.caller_age in taxonomy.child_age_bands())
    )


def consent_not_theirs(record: CallRecord, taxonomy: Taxonomy) -> str | None:
    """Why a "yes" recorded on this call is not the person's consent, or None.

    The law asks for the consent of the person concerned. It is theirs when they
    are the caller; for a child, a relative (the legal representative) may give it,
    unless a relative may be involved in the trafficking. Nobody consents for an
    adult: a relative, a friend or a professional who calls about one cannot."""
    if record.relation in (None, "self"):
        return None
    if record.relation == "relative" and record.relative_involved:
        return RELATIVE_CANNOT_CONSENT
    if record.relation == "relative" and concerns_child(record, taxonomy):
        return None
    return CONSENT_NOT_THEIRS


def consent_problem(record: CallRecord, taxonomy: Taxonomy) -> str | None:
    """The message when a referral the law gates by consent is ticked without it."""
    gated = set(record.outcomes) & taxonomy.consent_outcomes()
    if not gated:
        return None
    if record.consent != "yes":
        if gated & taxonomy.identifying_outcomes():
            return POLICE_NEEDS_CONSENT
        return STATE_BODY_NEEDS_CONSENT
    return consent_not_theirs(record, taxonomy)


def identity_problem(record: CallRecord, has_identity: bool) -> Problem | None:
    """Identity details go into the vault only with the person's recorded consent."""
    if has_identity and not record.identity_consent:
        return Problem("identity", IDENTITY_NEEDS_CONSENT)
    return None


def validate(record: CallRecord, taxonomy: Taxonomy, now: datetime | None = None) -> list[Problem]:
    """Every problem that stops the record being saved, in the form's order."""
    now = now or utcnow()
    problems = check_codes(record, taxonomy)
    if record.started_at > now + CLOCK_SLACK:
        problems.append(Problem("started_at", IN_FUTURE))
    elif record.started_at < EARLIEST:
        problems.append(Problem("started_at", TOO_EARLY, (("year", EARLIEST.year),)))
    if record.duration_s < 0:
        problems.append(Problem("duration_s", NEGATIVE))
    elif record.duration_s > MAX_DURATION_S:
        problems.append(Problem("duration_s", TOO_LONG_CALL, (("limit", MAX_DURATION_S),)))
    if len(record.notes) > MAX_NOTES:
        problems.append(Problem("notes", TOO_LONG, (("limit", MAX_NOTES),)))
    for name in ("callback_times", "code_word"):
        if len(getattr(record, name)) > MAX_SHORT_TEXT:
            problems.append(Problem(name, TOO_LONG, (("limit", MAX_SHORT_TEXT),)))
    if not record.has_content:
        if record.topics or record.outcomes or record.notes.strip():
            problems.append(Problem("no_content", NO_CONTENT_WITH_DATA))
        return problems
    if record.primary_topic is None:
        problems.append(Problem("topics", NEED_PRIMARY))
    elif record.primary_topic not in record.topics:
        problems.append(Problem("topics", PRIMARY_NOT_TICKED))
    if not record.outcomes:
        problems.append(Problem("outcomes", NEED_OUTCOME))
    refused = consent_problem(record, taxonomy)
    if refused is not None:
        # what is missing is the consent: the form focuses it (the referral stays ticked)
        problems.append(Problem("consent", refused))
    if record.labour_sector is not None and record.exploitation != FORCED_LABOUR:
        problems.append(Problem("labour_sector", SECTOR_FOR_FORCED_LABOUR))
    for who in ("caller", "concerned"):
        if getattr(record, f"{who}_citizenship") == "foreign" and not getattr(
            record, f"{who}_country"
        ):
            problems.append(Problem(f"{who}_country", COUNTRY_FOR_FOREIGN))
    return problems


def needs_minors_report(record: CallRecord, taxonomy: Taxonomy) -> bool:
    """The law: a child, or a person believed under 18 whose age is unknown."""
    return record.has_content and concerns_child(record, taxonomy)


def indicator_summary(record: CallRecord, taxonomy: Taxonomy) -> dict[str, int]:
    """How many strong, medium and weak indicators are ticked."""
    summary = {"strong": 0, "medium": 0, "weak": 0}
    for indicator in record.indicators:
        summary[taxonomy.indicator_strength(indicator)] += 1
    return summary


def suggests_possible_victim(record: CallRecord, taxonomy: Taxonomy) -> bool:
    """The ILO/EU rule of thumb: a strong indicator with another, or several mediums."""
    s = indicator_summary(record, taxonomy)
    return (s["strong"] >= 1 and s["strong"] + s["medium"] >= 2) or s["medium"] >= 3


def entity_key(kind: str, value: str) -> str:
    """The form an entity is matched by across calls."""
    text = value.strip().lower()
    if kind == "phone":
        digits = "".join(filter(str.isdigit, text))
        return digits[-9:] if len(digits) >= 9 else digits
    if kind in ("link", "account"):
        for prefix in ("https://", "http://", "www."):
            if text.startswith(prefix):
                text = text[len(prefix) :]
        return text.rstrip("/").lstrip("@")
    return " ".join(text.split())
