"""Write docs/FIELDS.md: every field of a call record, its values in az, ru and en
(read from the taxonomy, the one place they are kept) and the rule behind it.

Run `python scripts/fields_doc.py` after changing hotline/data/taxonomy.json or a
rule; `--check` exits 1 when the document is out of date (a test runs it).
"""

from __future__ import annotations

import sys
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hotline.records import CallRecord  # noqa: E402
from hotline.taxonomy import Taxonomy  # noqa: E402
from hotline.taxonomy import load as load_taxonomy  # noqa: E402

OUT = ROOT / "docs" / "FIELDS.md"

# field -> (section, what it is, coded list or None, the rule behind it)
FIELDS: dict[str, tuple[str, str, str | None, str]] = {
    "started_at": (
        "The contact",
        "Date and time the contact began",
        None,
        "Stored in UTC; never in the future (5 minutes of clock slack), not before 1970.",
    ),
    "duration_s": (
        "The contact",
        "Duration in seconds",
        None,
        "From the call's timer; 0 to 7 days.",
    ),
    "operator_id": (
        "The contact",
        "The operator who took the contact",
        None,
        "The signed-in operator; another operator only when a supervisor enters it on their behalf.",
    ),
    "entered_by": (
        "The contact",
        "The supervisor who entered a contact taken outside the desk",
        None,
        "Set only by 'Outside contact' (supervisors).",
    ),
    "channel": ("The contact", "Channel", "channel", "Phone unless chosen."),
    "no_content": (
        "The contact",
        "Call without content",
        "no_content",
        "One key logs it; such a call carries no topics, outcomes or notes. Counted by kind.",
    ),
    "nature": ("The contact", "Nature of the call", "nature", "One value."),
    "heard_of": (
        "The contact",
        "How the caller heard of 152",
        "heard_of",
        "Asked when it fits the call; lets the department judge its awareness work. Counted in the statistics.",
    ),
    "caller_pseudonym": (
        "The caller",
        "Caller's pseudonym",
        None,
        "Issued by the desk (never a name); a returning caller is looked up by it.",
    ),
    "concerned_pseudonym": (
        "The person concerned",
        "Pseudonym of the person concerned",
        None,
        "Issued by the desk or looked up among those it issued.",
    ),
    "safe_to_talk": (
        "Safe contact",
        "Safe to talk now",
        "safe_to_talk",
        "Asked first when the caller is at risk.",
    ),
    "callback_allowed": ("Safe contact", "Call-back allowed", None, "Yes, no or not recorded."),
    "callback_times": (
        "Safe contact",
        "Safe call-back times",
        None,
        "Free text, sealed (only its authors and supervisors read it).",
    ),
    "code_word": ("Safe contact", "Code word the caller chose", None, "Free text, sealed."),
    "do_not_call_back": (
        "Safe contact",
        "Do not call back",
        None,
        "Shown wherever the pseudonym appears; set by the desk when a relative may be involved.",
    ),
    "relation": (
        "The caller",
        "Relation to the person concerned",
        "relation",
        "Decides whose consent a 'yes' is: only the person's own, or a relative's for a child (see consent).",
    ),
    "caller_sex": ("The caller", "Caller's sex", "sex", ""),
    "caller_age": (
        "The caller",
        "Caller's age band",
        "age_band",
        "Under 18 with relation 'self' or not recorded makes the call a child's.",
    ),
    "caller_citizenship": ("The caller", "Caller's citizenship", "citizenship", ""),
    "caller_country": (
        "The caller",
        "Caller's country of citizenship",
        "country",
        "ISO 3166 alpha-2 (hotline/data/countries.json); required when the citizenship is foreign.",
    ),
    "region": (
        "The caller",
        "Region of the call",
        "region",
        "Baku and the economic regions, abroad, unknown.",
    ),
    "call_language": (
        "The caller",
        "Language of the call",
        "call_language",
        "The 'what to say' panel speaks the caller's language when it is az, ru or en.",
    ),
    "interpreter_needed": (
        "The caller",
        "An interpreter was needed",
        None,
        "A flag; counted in the statistics.",
    ),
    "concerned_sex": ("The person concerned", "Sex", "sex", ""),
    "concerned_age": (
        "The person concerned",
        "Age band",
        "age_band",
        "Under 18 makes the call a child's.",
    ),
    "concerned_citizenship": (
        "The person concerned",
        "Citizenship",
        "citizenship",
        "The law protects foreigners and stateless persons as citizens.",
    ),
    "concerned_country": (
        "The person concerned",
        "Country of citizenship",
        "country",
        "ISO 3166 alpha-2; required when the citizenship is foreign.",
    ),
    "believed_child": (
        "The person concerned",
        "Age unknown but believed to be under 18",
        None,
        "The law: treated as a child (the minors' reports follow).",
    ),
    "exploitation": (
        "The exploitation",
        "Form of exploitation",
        "exploitation",
        "One value. Exported by quarter and year (calls by primary topic and form of exploitation).",
    ),
    "labour_sector": (
        "The exploitation",
        "Sector of forced labour",
        "labour_sector",
        "Only with the form 'forced labour'; counted in the statistics.",
    ),
    "destination": (
        "The exploitation",
        "Destination or place of exploitation",
        "country",
        "ISO 3166 alpha-2; exported as Turkey, UAE, Qatar, Iran, Russia, Azerbaijan or other.",
    ),
    "topics": (
        "Topics",
        "Topics of the call",
        "topic",
        "Several; a call with content needs one marked primary.",
    ),
    "primary_topic": (
        "Topics",
        "Primary topic",
        "topic",
        "One of the ticked topics; every export counts a call under it.",
    ),
    "indicators": (
        "Indicators",
        "Indicators of trafficking (ILO/EU)",
        "indicator",
        "A strong one with another, or three medium ones, suggest a possible victim; the operator decides.",
    ),
    "outcomes": (
        "Outcome and referrals",
        "Outcome and referrals",
        "outcome",
        "At least one for a call with content. Those marked 'needs consent' pass the person's details to a "
        "state body or place them in a shelter: the law allows them only with the person's own consent "
        "(see consent). The two marked 'minors' report' are the law's reports on a child and need no consent.",
    ),
    "child_involved": (
        "Flags",
        "Child involved",
        None,
        "With a child (or a person believed under 18) saving creates two open tasks, due the same day: "
        "the reports to the Commission on Minors' Affairs and Protection of Rights and to the "
        "guardianship and custody authority; they stay on the operator's and the supervisors' lists "
        "until recorded as done, with a note of how.",
    ),
    "immediate_danger": ("Flags", "Immediate danger", None, ""),
    "possible_victim": (
        "Flags",
        "Possible victim of trafficking",
        None,
        "Set by the operator (the indicators only suggest it).",
    ),
    "relative_involved": (
        "Flags",
        "A relative may be involved in the trafficking",
        None,
        "The law's exception for parents believed involved: the family is not called back (do not "
        "call back is set), the operator is told not to tell a relative caller what will be done and "
        "the 'what to say' panel is withheld from them, and a relative's consent no longer counts for "
        "the child. Counted in the statistics.",
    ),
    "consent": (
        "Flags",
        "Consent of the person concerned to share their details with the police or another state body, or to a shelter placement",
        "consent",
        "The law: no information to law enforcement or other state bodies, and no shelter placement, without "
        "the victim's consent. 'Yes' counts when the caller is the person (relation self or not recorded), or, "
        "for a child, a relative who is not suspected; nobody consents for an adult. Checked by the form, the "
        "service and the import alike.",
    ),
    "identity_consent": (
        "Identity",
        "The person consents to keeping their identity details",
        None,
        "Identity details (name, phone, address, document) are sealed into the vault only with it; "
        "the service refuses them otherwise. Not imported.",
    ),
    "entities": (
        "Entities",
        "Agencies, phone numbers, links, accounts, cities the caller mentions",
        None,
        "Kinds: agency, phone, link, account, city, other; never part of anyone's identity.",
    ),
    "notes": (
        "Notes",
        "Notes",
        None,
        "Free text, at most 20,000 characters, sealed; never exported.",
    ),
    "seal": (
        "Review",
        "Sealed by a decision",
        None,
        "The law: access to information about victims is terminated on a decision of the criminal "
        "prosecution agency or a court. A sealed call keeps its coded fields (so counts stay right) and "
        "shows only the decision's body, number and date; its free text, vault entry, entity values and "
        "task notes are destroyed with its keys. Set by an administrator with a second person's "
        "approval (issue 11); never imported.",
    ),
    "review_state": (
        "Review",
        "Review state",
        None,
        "new, claimed, returned, reviewed (the supervisors' workflow).",
    ),
    "identity_held": (
        "Identity",
        "Identity details held",
        None,
        "Read from the vault; the operator never reads them back.",
    ),
    "id": ("The contact", "Call number", None, "Given by the desk."),
}

LANGUAGES = ("az", "ru", "en")


def _marks(list_id: str, extra: dict[str, object]) -> str:
    marks = []
    if extra.get("key"):
        marks.append(f"key {extra['key']}")
    if list_id == "indicator":
        marks.append(f"{extra.get('strength')}, group {extra.get('group')}")
    if extra.get("child"):
        marks.append("a child")
    if extra.get("needs_consent"):
        marks.append("needs consent")
    if extra.get("minors_report"):
        marks.append("minors' report")
    if extra.get("identifying"):
        marks.append("identifying")
    return "; ".join(marks)


def _values(taxonomy: Taxonomy, list_id: str) -> list[str]:
    if list_id == "country":
        return [
            "ISO 3166 alpha-2 codes with their az, ru and en names: `hotline/data/countries.json`.",
            "",
        ]
    lines = ["| id | az | ru | en | rule |", "|---|---|---|---|---|"]
    for item in taxonomy[list_id].items:
        labels = " | ".join(item.labels[lang].replace("|", "/") for lang in LANGUAGES)
        lines.append(f"| `{item.id}` | {labels} | {_marks(list_id, item.extra)} |")
    return [*lines, ""]


def render() -> str:
    taxonomy = load_taxonomy()
    record_fields = [f.name for f in fields(CallRecord)]
    missing = sorted(set(record_fields) - set(FIELDS))
    if missing:
        raise SystemExit(f"no rule written for {missing}: add them to scripts/fields_doc.py")
    out = [
        "# The fields of a call record",
        "",
        "Written by `scripts/fields_doc.py` from `hotline/data/taxonomy.json` (the one place",
        "the lists and labels are kept) and the rules of `hotline/validation.py` and the",
        "services; do not edit by hand. Ids are stable and never reused: statistics and",
        f"exports key on them. Taxonomy version {taxonomy.version}.",
        "",
        "A desk made before a value was added keeps its saved records as they were: new",
        "values come with the program's taxonomy, new fields are columns whose default is",
        "what a saved call meant (not recorded, no); schema 6 added those of issue 12.",
        "",
    ]
    sections: dict[str, list[str]] = {}
    for name in record_fields:
        section, what, list_id, rule = FIELDS[name]
        sections.setdefault(section, []).append(name)
    for section, names in sections.items():
        out += [f"## {section}", ""]
        for name in names:
            _, what, list_id, rule = FIELDS[name]
            out += [f"### `{name}`: {what}", ""]
            if rule:
                out += [rule, ""]
            if list_id is not None:
                out += _values(taxonomy, list_id)
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("docs/FIELDS.md is out of date: run python scripts/fields_doc.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
