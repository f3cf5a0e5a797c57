"""Call records for tests, shaped like the scenarios of SCENARIOS.md."""

from __future__ import annotations

from datetime import datetime, timedelta

from hotline.records import CallRecord, Entity, utcnow


def job_in_dubai(operator_id: int, notes: str = "", **changes: object) -> CallRecord:
    """Scenario 1: a mother calls about her daughter's job in the UAE."""
    record = CallRecord(
        started_at=utcnow() - timedelta(minutes=12),
        operator_id=operator_id,
        duration_s=540,
        nature="third_party_report",
        caller_pseudonym="Limon Dolu 101",
        relation="relative",
        caller_sex="female",
        caller_age="50_plus",
        caller_citizenship="azerbaijan",
        region="absheron_khizi",
        call_language="ru",
        concerned_sex="female",
        concerned_age="18_24",
        concerned_citizenship="azerbaijan",
        exploitation="forced_labour",
        destination="AE",
        topics=("work_abroad", "trafficking_report"),
        primary_topic="work_abroad",
        indicators=("confiscated_documents", "debt_bondage", "excessive_hours"),
        outcomes=("follow_up_agreed", "information_given"),
        possible_victim=True,
        consent="not_asked",
        entities=(Entity("agency", "Star Travel"), Entity("phone", "+994 50 123 45 67")),
        safe_to_talk="yes",
        callback_allowed=True,
        callback_times="after 18:00",
        notes=notes or "Дочь работает в отеле в Дубае, паспорт у агентства.",
    )
    return record.with_changes(**changes)


def child_begging(operator_id: int) -> CallRecord:
    """Scenario 4: a teacher reports a boy begging; age unknown, believed a child."""
    return CallRecord(
        started_at=utcnow() - timedelta(minutes=5),
        operator_id=operator_id,
        nature="third_party_report",
        relation="professional",
        concerned_sex="male",
        concerned_age="unknown",
        believed_child=True,
        exploitation="forced_begging",
        topics=("trafficking_report",),
        primary_topic="trafficking_report",
        outcomes=("information_given",),
        notes="Metroda dilənən uşaq, təxminən 11 yaş.",
    )


AGE_BANDS = {"child": "under_18", "adult": "25_34", "unknown": "unknown"}


def coded_call(
    operator_id: int,
    started_at: datetime,
    topic: str,
    age: str = "adult",
    exploitation: str | None = None,
) -> CallRecord:
    """A call that speaks for itself, with the coded values the export tables count:
    the primary topic, the age group (child, adult or unknown) and the form of
    exploitation (None: none recorded).  No text, no pseudonym."""
    return CallRecord(
        started_at=started_at,
        operator_id=operator_id,
        duration_s=300,
        nature="self_report" if exploitation else "information_request",
        relation="self",
        caller_sex="female",
        caller_age=AGE_BANDS[age],
        caller_citizenship="azerbaijan",
        region="baku",
        call_language="az",
        exploitation=exploitation,
        topics=(topic,),
        primary_topic=topic,
        outcomes=("information_given",),
        consent="not_asked",
    )
