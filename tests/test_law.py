"""Issue 12: what the law and the department's reports ask of a call record.

Consent gates beyond the police (service and import; the form in tests/ui/test_law_form.py),
the two minors' reports, "a relative may be involved", the new coded values, the
migration that brings them to an existing desk, and the referral directory kept in
the database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from hotline import referrals, what_to_say
from hotline.errors import DataFileDamaged, PermissionDenied
from hotline.export.catalogue import dimension_values
from hotline.records import CallRecord, IdentityDetails, utcnow
from hotline.services import calls, directory, importer, integrity, review, trends
from hotline.services.calls import NotValid
from hotline.services.directory import EntryDraft, EntryNotValid
from hotline.services.session import Session
from hotline.storage.database import Database
from hotline.storage.referral_directory import DirectoryRepository
from hotline.storage.schema import LATEST, migrate
from hotline.storage.tasks import GUARDIANSHIP_REPORT, MINORS_REPORT
from hotline.taxonomy import load as load_taxonomy
from hotline.validation import Problem, consent_problem, validate
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import child_begging, job_in_dubai
from tests.security.attacker import forge_entry, own_signing_key, raw_sql

TAXONOMY = load_taxonomy()
OUTCOMES = frozenset(TAXONOMY["outcome"].ids())
STATE_BODIES = (
    "shelter",
    "assistance_center",
    "consulate",
    "migration_service",
    "local_commission",
)


@pytest.fixture
def operator(staffed_desk: Desk) -> Iterator[Session]:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    yield session
    session.close()


def fields_of(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


# --- consent beyond the police ----------------------------------------------------
@pytest.mark.parametrize("outcome", ["police_unit", *STATE_BODIES])
def test_every_state_body_and_the_shelter_need_the_persons_consent(
    operator: Session, outcome: str
) -> None:
    assert operator.user is not None
    adult_self = job_in_dubai(
        operator.user.id, relation="self", outcomes=("information_given", outcome)
    )
    for consent in ("not_asked", "no"):
        with pytest.raises(NotValid) as info:
            calls.save_call(operator, adult_self.with_changes(consent=consent))
        assert fields_of(list(info.value.problems)) == ["consent"]
        assert "consent" in info.value.message()
    # a relative's "yes" for an adult is not the adult's consent
    with pytest.raises(NotValid) as info:
        calls.save_call(operator, adult_self.with_changes(relation="relative", consent="yes"))
    assert "cannot consent for an adult" in info.value.message()
    for relation in ("friend", "professional", "anonymous"):
        with pytest.raises(NotValid):
            calls.save_call(operator, adult_self.with_changes(relation=relation, consent="yes"))
    assert calls.save_call(operator, adult_self.with_changes(consent="yes")).call_id > 0


def test_the_reports_on_a_child_and_help_without_a_state_body_need_no_consent() -> None:
    for outcome in (
        "minors_commission",
        "guardianship",
        "emergency_services",
        "ngo",
        "psychological_aid",
        "interpreter",
        "information_given",
    ):
        record = job_in_dubai(1, outcomes=(outcome,))
        assert consent_problem(record, TAXONOMY) is None, outcome
    assert TAXONOMY.consent_outcomes() == frozenset({"police_unit", *STATE_BODIES})


def test_a_parent_consents_for_a_child_unless_a_relative_may_be_involved() -> None:
    child = job_in_dubai(
        1,
        relation="relative",
        concerned_age="under_18",
        consent="yes",
        outcomes=("shelter", "minors_commission", "guardianship"),
    )
    assert validate(child, TAXONOMY) == []
    suspected = child.with_changes(relative_involved=True)
    [problem] = validate(suspected, TAXONOMY)
    assert problem.field == "consent" and "relative may be involved" in problem.message()


def test_identity_details_are_stored_only_with_the_recorded_consent(operator: Session) -> None:
    assert operator.user is not None
    record = job_in_dubai(operator.user.id, consent="yes")  # consent to share is not it
    details = IdentityDetails(name="Aygün Məmmədova")
    with pytest.raises(NotValid) as info:
        calls.save_call(operator, record, identity=details)
    assert fields_of(list(info.value.problems)) == ["identity"]
    sealed = calls.seal_identity(operator, details, "draft:1")
    with pytest.raises(NotValid):
        calls.save_call(operator, record, sealed_identity=sealed)
    assert operator.db.scalar("SELECT count(*) FROM vault_entries") == 0
    saved = calls.save_call(operator, record.with_changes(identity_consent=True), identity=details)
    assert (
        operator.db.scalar("SELECT identity_consent FROM calls WHERE id = ?", (saved.call_id,)) == 1
    )
    assert operator.db.scalar("SELECT count(*) FROM vault_entries") == 1


def _line(**fields: object) -> str:
    base: dict[str, object] = {
        "started_at": "2025-03-05T14:30:00Z",
        "operator": OPERATOR,
        "topics": ["work_abroad"],
        "primary_topic": "work_abroad",
        "relation": "self",
    }
    return json.dumps({**base, **fields}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"outcomes": ["shelter"], "consent": "not_asked"}, "consent"),
        ({"outcomes": ["migration_service"], "consent": "no"}, "consent"),
        (
            {"outcomes": ["consulate"], "consent": "yes", "relation": "relative"},
            "cannot consent for an adult",
        ),
        ({"outcomes": ["information_given"], "identity_consent": True}, "identity_consent"),
        (
            {"outcomes": ["information_given"], "labour_sector": "construction"},
            "forced labour only",
        ),
    ],
)
def test_an_import_is_gated_as_the_form_is(
    staffed_desk: Desk, tmp_path: Path, fields: dict[str, object], reason: str
) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        good = _line(outcomes=["information_given"])
        path = tmp_path / "old.jsonl"
        path.write_text(good + "\n" + _line(**fields) + "\n", encoding="utf-8")
        with pytest.raises(importer.ImportRejected) as info:
            importer.import_file(admin, path)
        assert "Line 2" in info.value.message() and reason in info.value.message()
        assert admin.db.scalar("SELECT count(*) FROM calls") == 0  # nothing written
        path.write_text(
            _line(
                outcomes=["shelter", "interpreter"],
                consent="yes",
                exploitation="domestic_servitude",
                call_language="uz",
                interpreter_needed=True,
                heard_of="booklet",
            )
            + "\n",
            encoding="utf-8",
        )
        assert importer.import_file(admin, path) == 1
        (record,) = admin.calls().get_many([1])
        assert (record.exploitation, record.call_language, record.heard_of) == (
            "domestic_servitude",
            "uz",
            "booklet",
        )
        assert record.interpreter_needed
    finally:
        admin.close()


# --- children -----------------------------------------------------------------------
def test_a_child_gets_two_reports_due_the_same_day_on_both_lists(staffed_desk: Desk) -> None:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        saved = calls.save_call(operator, child_begging(operator.user.id))
        mine = review.own_open_tasks(operator)
    finally:
        operator.close()
    assert saved.minors_report and len(saved.tasks) == 2
    assert [t.kind for t in mine] == [MINORS_REPORT, GUARDIANSHIP_REPORT]
    assert mine[0].due_at == mine[1].due_at
    due = mine[0].due_at
    assert due is not None and due.astimezone().date() == utcnow().astimezone().date()
    assert due > utcnow()
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        listed = review.tasks(supervisor)
        assert {(t.kind, t.call_id) for t in listed} == {
            (MINORS_REPORT, saved.call_id),
            (GUARDIANSHIP_REPORT, saved.call_id),
        }
        assert not any(t.overdue() for t in listed)
        assert all(t.overdue(due + timedelta(seconds=2)) for t in listed)
        for task in listed:
            review.close_task(supervisor, task.id, "told by phone, ref. 12/3")
        assert review.tasks(supervisor) == []
    finally:
        supervisor.close()


def test_a_relative_may_be_involved_stops_call_backs_and_is_counted(staffed_desk: Desk) -> None:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        draft = calls.start_call(operator)
        pseudonym = draft.record.caller_pseudonym
        assert pseudonym is not None
        record = child_begging(operator.user.id).with_changes(
            caller_pseudonym=pseudonym,
            relative_involved=True,
            callback_allowed=True,
            interpreter_needed=True,
            call_language="tg",
        )
        saved = calls.save_call(operator, record, draft_id=draft.id)
        (stored,) = operator.calls().get_many([saved.call_id])
        assert stored.relative_involved and stored.do_not_call_back
        assert calls.do_not_call_back(operator, pseudonym)  # shown wherever it appears
        calls.save_call(operator, job_in_dubai(operator.user.id, labour_sector="hospitality"))
    finally:
        operator.close()
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        month = utcnow().strftime("%Y-%m")
        counted = trends.trends(supervisor, month, month)
    finally:
        supervisor.close()
    assert dict(counted.flags) == {"relative_involved": 1, "interpreter_needed": 1}
    assert dict(counted.labour_sectors) == {"hospitality": 1}


# --- the taxonomy and the export catalogue --------------------------------------------
def test_the_new_values_are_in_the_taxonomy_and_counted_by_the_export_catalogue() -> None:
    exploitation = dimension_values("exploitation", TAXONOMY)
    assert {"forced_criminal_activity", "domestic_servitude"} <= set(exploitation)
    outcomes = dimension_values("outcome", TAXONOMY)
    assert {"local_commission", "guardianship", "psychological_aid", "interpreter"} <= set(outcomes)
    assert TAXONOMY["labour_sector"].ids() == (
        "construction",
        "agriculture",
        "domestic_work",
        "hospitality",
        "other",
    )
    assert TAXONOMY["heard_of"].ids() == ("campaign", "booklet", "social_media", "police", "other")
    assert {"uz", "tg", "tr", "fa", "ka"} <= set(TAXONOMY["call_language"].ids())
    for list_id in ("labour_sector", "heard_of", "exploitation", "outcome", "call_language"):
        for item in TAXONOMY[list_id].items:
            assert all(item.labels[lang].strip() for lang in ("az", "ru", "en")), item.id


def test_the_new_values_keep_every_block_an_earlier_export_of_the_year_hid() -> None:
    """A desk upgraded mid-year keeps its tables' fixed blocks (README, (1)-(2)): the new
    values come as new pairs between the old ones, never splitting an old pair."""
    from hotline.export.catalogue import NONE
    from hotline.export.release import value_groups

    taxonomy_2026_1 = {
        "exploitation": [
            "sexual",
            "forced_labour",
            "forced_begging",
            "organ_removal",
            "forced_marriage",
            "other",
            NONE,
        ],
        "outcome": [
            "information_given",
            "police_unit",
            "shelter",
            "assistance_center",
            "ngo",
            "consulate",
            "migration_service",
            "minors_commission",
            "emergency_services",
            "follow_up_agreed",
        ],
    }
    for dim, old in taxonomy_2026_1.items():
        new = value_groups(dimension_values(dim, TAXONOMY))
        assert all(group in new for group in value_groups(old)), dim


def test_an_export_counts_the_new_exploitation_and_referrals(admin_session: Session) -> None:
    from hotline.desk_time import DEFAULT_ZONE, month_of
    from hotline.storage.exports import ExportQueries

    assert admin_session.user is not None
    record = job_in_dubai(
        admin_session.user.id,
        relation="self",
        consent="yes",
        exploitation="forced_criminal_activity",
        outcomes=("guardianship", "psychological_aid", "shelter"),
        started_at=utcnow() - timedelta(days=1),
    )
    calls_ids = admin_session.calls()
    with admin_session.db.transaction():
        calls_ids.insert(record)
    month = month_of(record.started_at, DEFAULT_ZONE)
    queries = ExportQueries(admin_session.db)
    window = (month, month, DEFAULT_ZONE)
    by_exploitation = queries.counts("calls", ["exploitation"], *window)
    assert [(r.values, r.count) for r in by_exploitation] == [(("forced_criminal_activity",), 1)]
    by_outcome = queries.counts("referrals", ["outcome"], *window)
    assert sorted(r.values[0] for r in by_outcome) == [
        "guardianship",
        "psychological_aid",
        "shelter",
    ]


# --- the migration ----------------------------------------------------------------------
def test_the_migration_keeps_saved_calls_and_verify_still_passes(staffed_desk: Desk) -> None:
    """A call saved before schema 6 reads the same after its migration and keeps its audited
    digest (the later migrations, which this one did not touch, are left in place)."""
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        saved = calls.save_call(operator, job_in_dubai(operator.user.id))
        (before,) = operator.calls().get_many([saved.call_id])
    finally:
        operator.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        db: Database = admin.db
        assert db.user_version == LATEST
        # take the desk back to what schema 5 held, then migrate it forward again
        with db.transaction():
            for column in (
                "labour_sector",
                "heard_of",
                "interpreter_needed",
                "relative_involved",
                "identity_consent",
            ):
                db.execute(f"ALTER TABLE calls DROP COLUMN {column}")
            db.execute("DROP TABLE referral_directory")
            db.execute("PRAGMA user_version = 5")
        assert migrate(db, target=6) == 6  # the migration of this issue; later ones stay
        db.execute(f"PRAGMA user_version = {LATEST}")
        (after,) = admin.calls().get_many([saved.call_id])
        assert after == before
        assert (after.labour_sector, after.heard_of, after.relative_involved) == (None, None, False)
        assert [e.id for e in DirectoryRepository(db).entries()] == [e.id for e in referrals.load()]
        report = integrity.verify(admin)
        assert report.ok, report.problems
    finally:
        admin.close()


# --- the referral directory --------------------------------------------------------------
SHELTER = EntryDraft(
    outcome="shelter",
    name={"az": "Sığınacaq", "ru": "Приют", "en": "Shelter"},
    phone="(+99412) 555-01-02",
    hours={"az": "Hər gün, 24 saat", "ru": "Ежедневно, круглосуточно", "en": "Every day, 24 h"},
    checked=date(2026, 11, 30),
)


def test_administrators_edit_the_directory_and_every_change_is_audited(
    staffed_desk: Desk,
) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        entry = directory.save_entry(admin, SHELTER, "trafficking_victims_shelter")
        assert entry.phone == "(+99412) 555-01-02" and entry.hours is not None
        last = admin.audit.entries(limit=1)[0]
        assert last.action == "directory.edit"
        assert last.details["entry"] == "trafficking_victims_shelter"
        assert set(last.details["fields"]) == {"name", "phone", "hours", "checked", "note"}
        added = directory.save_entry(admin, SHELTER)  # a second shelter, a new entry
        assert added.id == "shelter" and admin.audit.entries(limit=1)[0].action == "directory.add"
        with pytest.raises(EntryNotValid) as info:
            directory.save_entry(
                admin,
                EntryDraft(
                    outcome="shelter",
                    name={"az": "Sığınacaq", "ru": "", "en": "Shelter"},
                    phone="call me",
                    address={"az": "Bakı", "ru": "", "en": ""},
                    checked=date.today() + timedelta(days=3),
                ),
                "trafficking_victims_shelter",
            )
        assert fields_of(list(info.value.problems)) == ["name", "address", "phone", "checked"]
        assert directory.entries(admin)[4].phone == "(+99412) 555-01-02"  # unchanged
        directory.delete_entry(admin, "shelter")
        assert admin.audit.entries(limit=1)[0].action == "directory.delete"
        assert integrity.verify(admin).ok
    finally:
        admin.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        shelter = directory.by_outcome(operator)["shelter"]
        assert [e.phone for e in shelter] == ["(+99412) 555-01-02"]
        with pytest.raises(PermissionDenied):
            directory.save_entry(operator, SHELTER, "trafficking_victims_shelter")
    finally:
        operator.close()


def test_a_number_changed_in_sql_outside_the_desk_is_named_by_verify(staffed_desk: Desk) -> None:
    """The attacker holds the database key (any operator's slot) and puts their own
    number beside the police."""
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        (text,) = sql.execute(
            "SELECT entry FROM referral_directory WHERE id = 'mia_trafficking_department'"
        ).fetchone()
        entry = json.loads(text)
        entry["phone"] = "+994 70 666 66 66"
        sql.execute(
            "UPDATE referral_directory SET entry = ? WHERE id = 'mia_trafficking_department'",
            (json.dumps(entry),),
        )
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert not report.ok
    assert any("mia_trafficking_department" in p for p in report.problems)


def test_an_operator_forging_an_audited_edit_of_the_directory_is_caught(
    staffed_desk: Desk,
) -> None:
    """The operator holds the database key and their own signing key: they rewrite the
    police entry and append a well-formed 'directory.edit' entry for it, signed with
    their key. It vouches for nothing (they are not an administrator): verify names
    the entry and the operators' form shows no number for it."""
    key = own_signing_key(staffed_desk.paths, OPERATOR, OPERATOR_PW)
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        (text,) = sql.execute(
            "SELECT entry FROM referral_directory WHERE id = 'mia_trafficking_department'"
        ).fetchone()
        forged = referrals.parse([{**json.loads(text), "phone": "+994 70 666 66 66"}], OUTCOMES)[0]
        sql.execute(
            "UPDATE referral_directory SET entry = ? WHERE id = 'mia_trafficking_department'",
            (json.dumps(forged.to_json(), ensure_ascii=False, sort_keys=True),),
        )
        (operator_id,) = sql.execute("SELECT id FROM users WHERE name = ?", (OPERATOR,)).fetchone()
        forge_entry(
            sql,
            key,
            operator_id,
            "directory.edit",
            "directory",
            None,
            {
                "entry": "mia_trafficking_department",
                "fields": ["phone"],
                "entry_sha256": directory.entry_sha256(forged),
            },
        )
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        (police,) = directory.by_outcome(operator)["police_unit"]
        assert police.phone is None and police.note is None  # "no verified number"
        assert police.name["en"].startswith("Main Department")
    finally:
        operator.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert "referral directory entry mia_trafficking_department was changed outside the desk" in (
        report.problems
    )


# --- the data files ----------------------------------------------------------------------
def test_what_to_say_has_every_fact_in_three_languages_and_a_source() -> None:
    panel = what_to_say.load()
    ids = [f.id for f in panel.facts]
    for wanted in (
        "shelter",
        "reflection",
        "help_regardless",
        "foreigners",
        "psychological_aid",
        "interpretation",
        "return_document",
        "non_punishment",
    ):
        assert wanted in ids
    assert all(panel.source[lang] for lang in ("az", "ru", "en"))
    assert "30" in panel.facts[0].in_language("ru") and "60" in panel.facts[0].in_language("az")


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"source": {"az": "a", "ru": "b", "en": "c"}, "facts": []}, "facts"),
        (
            {
                "source": {"az": "a", "ru": "b", "en": "c"},
                "facts": [{"id": "x", "for": "all", "text": {"az": "a", "en": "c"}}],
            },
            "fact 1 (x) text",
        ),
        (
            {
                "source": {"az": "a", "ru": "b", "en": "c"},
                "facts": [{"id": "x", "for": "nobody", "text": {"az": "a", "ru": "b", "en": "c"}}],
            },
            "for must be",
        ),
    ],
)
def test_a_damaged_what_to_say_file_is_named(data: object, where: str) -> None:
    with pytest.raises(DataFileDamaged) as info:
        what_to_say.parse(data)
    assert where in str(info.value.params["reason"])


def test_the_referral_file_checks_the_new_fields() -> None:
    outcomes = frozenset(TAXONOMY["outcome"].ids())
    raw = referrals.load()[0].to_json()
    assert referrals.parse([raw], outcomes)[0] == referrals.load()[0]
    with pytest.raises(DataFileDamaged):
        referrals.parse([{**raw, "checked": "yesterday"}], outcomes)
    with pytest.raises(DataFileDamaged):
        referrals.parse([{**raw, "hours": {"az": "x"}}], outcomes)


def test_a_record_without_the_new_fields_reads_as_before() -> None:
    record = CallRecord.from_json(
        {"started_at": "2025-01-01T00:00:00Z", "operator_id": 1, "no_content": "silent"}
    )
    assert (record.heard_of, record.labour_sector, record.relative_involved) == (None, None, False)


def test_demo_desks_carry_the_new_fields_in_valid_values() -> None:
    import random
    from datetime import UTC, datetime

    from hotline.services import demo

    records = [
        r
        for r, _topics in demo._records(
            random.Random(7), 2000, 12, [2, 3], set(), datetime(2026, 11, 30, tzinfo=UTC)
        )
    ]
    assert any(r.heard_of for r in records) and any(r.labour_sector for r in records)
    for r in records:
        assert r.heard_of is None or r.heard_of in TAXONOMY["heard_of"]
        assert r.labour_sector is None or r.exploitation == "forced_labour"
        assert not r.relative_involved or (r.child_involved and r.do_not_call_back)


def test_a_spreadsheet_import_is_gated_as_the_form_is(staffed_desk: Desk, tmp_path: Path) -> None:
    """The old log as a spreadsheet: the shelter for an adult on a relative's word is
    named by row and column and nothing is stored; with the person's own consent it is."""
    from hotline.services import sheet_import
    from hotline.sheets.rows import Mapping
    from tests.sheets import write_csv

    header = ("Date", "Operator", "Topics", "Outcomes", "Relation", "Consent", "Exploitation")
    row = [
        "05.03.2024",
        OPERATOR,
        "Work abroad / job offers",
        "Referred to the shelter for victims",
        "Relative",
        "Yes",
        "Domestic servitude",
    ]
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        for relation, refused in (("Relative", True), ("The person themself", False)):
            path = write_csv(tmp_path / "old.csv", header, [[*row[:4], relation, *row[5:]]])
            found = sheet_import.open_sheet(admin, path)
            choices = sheet_import.value_choices(admin, found.sheet, found.mapping)
            mapping: Mapping = sheet_import.mapping_with(found.mapping, choices)
            report = sheet_import.dry_run(admin, found.sheet, mapping)
            if refused:
                assert [(p.row, p.letter) for p in report.problems] == [(2, "F")]  # consent
            else:
                assert report.problems == []
        assert admin.calls().count() == 0  # a dry run stores nothing
    finally:
        admin.close()
