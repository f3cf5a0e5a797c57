"""Exporting anonymised counts: preview, export, re-export, the ledger, verification.

Only administrators export.  An export counts the coded fields (storage),
protects and audits the release together with the earlier exports of the year
(:mod:`hotline.export.release`), writes the file and its signed manifest, closes
the months of the period, and records what it published in the ledger, with an
audit entry naming the parameters.  Exporting the same table, period and
audience again re-emits what the ledger holds: the same bytes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hotline.disclosure import Key
from hotline.errors import DeskError, InvalidInput
from hotline.export import formats, verification
from hotline.export import manifest as manifests
from hotline.export.catalogue import (
    CATALOGUE,
    ON_TIME,
    PERIOD_NOT_OVER,
    Period,
    TableSpec,
    audience_k,
    base_name,
    check_language,
    check_period_kind,
    parse_period,
    table_spec,
)
from hotline.export.release import (
    Cancelled,
    Earlier,
    ExportRefused,
    Progress,
    Release,
    View,
    contradicted,
    protect_release,
)
from hotline.export.space import YearSpace, part_name, year_space
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import write_atomic
from hotline.permissions import Action
from hotline.records import to_iso, utcnow
from hotline.services import approvals
from hotline.services.session import Session
from hotline.storage.calls import desk_zone
from hotline.storage.export_store import DeskExportStore, ExportStore
from hotline.storage.exports import LedgerEntry, NewLedgerEntry, month_runs

Clock = Callable[[], datetime]
if TYPE_CHECKING:
    from hotline.services.centre_people import Approval as CentreApproval

NO_EXPORT_KEY = QT_TRANSLATE_NOOP(
    "export", "this session holds no export signing key; sign in as an administrator."
)

__all__ = [
    "Cancelled",
    "ChangedMeanwhile",
    "ExportRefused",
    "ExportResult",
    "Gathered",
    "LedgerLine",
    "catalogue",
    "export",
    "export_key",
    "gather",
    "history",
    "prepare",
    "protect",
    "record_refusal",
    "time_zone",
    "verify_export",
]


@dataclass(frozen=True)
class ExportResult:
    release: Release
    path: Path
    manifest: Path
    ledger_id: int
    sha256: str
    reissued: bool


@dataclass(frozen=True)
class LedgerLine:
    """One earlier export, for the list on the Export page."""

    id: int
    at: str
    table: str
    period: str
    audience: str
    k: int
    format: str
    file_sha256: str


def catalogue() -> tuple[TableSpec, ...]:
    return CATALOGUE


def store_of(session: Session) -> ExportStore:
    """Where this session's exports count and are kept: the desk's own file, or a
    centre's server (its backend's: storage/server/exports.py), by the same rules."""
    remote = session.remote()
    zone = desk_zone(session.db)
    return DeskExportStore(session.db, zone) if remote is None else remote.exports(zone)


def time_zone(session: Session) -> str | None:
    """The desk's time zone, in which its months (and the periods offered) end."""
    session.require(Action.EXPORT)
    return desk_zone(session.db)


def history(session: Session) -> list[LedgerLine]:
    session.require(Action.EXPORT)
    store = store_of(session)
    try:
        entries = store.entries()
    finally:
        store.close()
    return [
        LedgerLine(e.id, e.at, e.table_name, e.period, e.audience, e.k, e.format, e.file_sha256)
        for e in reversed(entries)
    ]


def _checked(
    session: Session, table: str, period: str, audience: str, clock: Clock | None
) -> tuple[TableSpec, Period, int, datetime]:
    session.require(Action.EXPORT)
    spec = table_spec(table)
    when = parse_period(period)
    check_period_kind(spec, when)
    k = audience_k(audience)
    now = (clock or utcnow)()
    if not when.ended(now, desk_zone(session.db)):
        raise InvalidInput(field="period", problem=PERIOD_NOT_OVER.format(period=when.label))
    return spec, when, k, now


def _counts(
    session: Session,
    queries: ExportStore,
    space: YearSpace,
    months: Sequence[str],
    parts: Collection[str],
    *,
    cached: bool = True,
) -> dict[str, dict[tuple[str, ...], int]]:
    """The counts of these parts of the year's space for ``months`` (coded fields only);
    closed months' from the session's cache when `cached` (storage/closed_counts.py)."""
    cache = session.closed_counts if cached else None
    zone = desk_zone(session.db)
    counts: dict[str, dict[tuple[str, ...], int]] = {}
    chosen: dict[str, TableSpec] = {}
    for spec in CATALOGUE:
        if part_name(spec) in parts:
            chosen.setdefault(part_name(spec), spec)
    for part, spec in chosen.items():
        keyed = counts.setdefault(part, {})
        if spec.measure == "persons":
            for month in months:
                for topic, n in queries.persons(month, zone, cache):
                    key = space.atom_key(spec, month, ON_TIME, (topic,))
                    if key is not None:
                        keyed[key] = keyed.get(key, 0) + n
            continue
        for run in month_runs(months):
            dims = list(space.value_dims(part))
            for row in queries.counts(spec.measure, dims, run[0], run[-1], zone, cache):
                key = space.atom_key(spec, row.month, row.timing, row.values)
                if key is not None:
                    keyed[key] = keyed.get(key, 0) + row.count
    return counts


def _earlier(queries: ExportStore, period: Period, audience: str) -> tuple[list[Earlier], set[str]]:
    """Earlier exports of the year, every family, that this audience's readers can see,
    linked to this period: overlapping it, or overlapping one that does (a year links
    every month), so that no chain of published sums around this release is missed."""
    audiences = ["public"] if audience == "public" else ["public", "partner"]
    seen: set[tuple[str, str, str]] = set()
    candidates: list[tuple[frozenset[str], LedgerEntry]] = []
    for entry in queries.in_year(period.year, audiences):
        mark = (entry.table_name, entry.period, entry.audience)
        if mark in seen:
            continue
        seen.add(mark)
        candidates.append((frozenset(parse_period(entry.period).months), entry))
    linked = set(period.months)
    chosen: set[int] = set()
    grew = True
    while grew:
        grew = False
        for months, entry in candidates:
            if entry.id not in chosen and months & linked:
                chosen.add(entry.id)
                linked |= months
                grew = True
    found = [
        Earlier(entry.id, Release.from_json(entry.published, entry.id))
        for _, entry in candidates
        if entry.id in chosen
    ]
    return found, linked


def _first_export(
    queries: ExportStore, table: str, period: str, audience: str
) -> LedgerEntry | None:
    found = queries.find(table, period, audience)
    return found[0] if found else None


@dataclass(frozen=True)
class Gathered:
    """What protecting one release needs, read from the desk: the rest needs no database.

    `gather` reads it on the database thread; `protect` (the disclosure protection and
    the attacker's audit, the long part) runs anywhere, so the window runs it beside the
    database and an autosave never waits behind an export.
    """

    spec: TableSpec
    period: Period
    audience: str
    k: int
    counts: dict[str, dict[Key, int]]  # by part of the year space
    space: YearSpace
    views: list[View]  # the audience's own readers first, then partners for a public table
    exported_at: str
    taxonomy_version: str
    linked: frozenset[str]


def gather(
    session: Session,
    table: str,
    period: str,
    audience: str,
    *,
    progress: Progress | None = None,
    clock: Clock | None = None,
) -> Release | Gathered:
    """The release from the ledger when exported before, else what protecting it needs."""
    spec, when, k, now = _checked(session, table, period, audience, clock)
    store = store_of(session)
    try:
        return _gather(session, store, spec, when, audience, k, now, progress)
    finally:
        store.close()


def _gather(
    session: Session,
    store: ExportStore,
    spec: TableSpec,
    when: Period,
    audience: str,
    k: int,
    now: datetime,
    progress: Progress | None,
) -> Release | Gathered:
    first = _first_export(store, spec.name, when.label, audience)
    if first is not None:
        if progress:
            progress(4, 4)
        return Release.from_json(first.published, first.id)
    if progress:
        progress(0, 4)
    earlier, linked = _earlier(store, when, audience)
    views = [View(k, earlier)]
    if audience == "public":  # partners see the public tables beside their own
        partners, partner_months = _earlier(store, when, "partner")
        if any(e.release.audience == "partner" for e in partners):
            views.append(View(audience_k("partner"), partners))
            linked |= partner_months
    space = year_space(when.year, session.taxonomy)
    # The parts the audit reads: this table's, those of every earlier table it is
    # audited with, and the monthly calls (the facts and the months' shadows tie to them).
    parts = {part_name(spec), part_name(table_spec("calls_by_topic"))}
    for view in views:
        for item in view.earlier:
            parts |= {part_name(table_spec(base_name(rt.name))) for rt in item.release.tables}
    return Gathered(
        spec,
        when,
        audience,
        k,
        _counts(session, store, space, sorted(linked), parts),
        space,
        views,
        to_iso(now),
        session.taxonomy.version,
        frozenset(linked),
    )


def protect(
    found: Release | Gathered,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> Release:
    """Protect and audit what `gather` read (no session, no database); a ledger's release as it is."""
    if isinstance(found, Release):
        return found
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    return protect_release(
        found.spec,
        found.period,
        found.audience,
        found.views,
        found.counts,
        found.space,
        exported_at=found.exported_at,
        taxonomy_version=found.taxonomy_version,
        linked=found.linked,
        cancel=cancel,
        progress=progress,
    )


def prepare(
    session: Session,
    table: str,
    period: str,
    audience: str,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    clock: Clock | None = None,
) -> Release:
    """Count, protect and audit (or take the release from the ledger); write nothing."""
    found = gather(session, table, period, audience, progress=progress, clock=clock)
    return protect(found, cancel=cancel, progress=progress)


def record_refusal(session: Session, table: str, period: str, audience: str) -> None:
    """Audit an export refused by its own disclosure audit (nothing was written)."""
    with session.audited(durable=True):
        session.record(
            "export.refused",
            "export",
            None,
            {"table": table, "period": period, "audience": audience},
        )


def export(
    session: Session,
    table: str,
    period: str,
    audience: str,
    fmt: str,
    out: Path,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    clock: Clock | None = None,
    release: Release | None = None,
    language: str = "en",
) -> ExportResult:
    """Export one table of the catalogue for one period and audience, with its manifest.

    `release` is the result of `protect` when the caller ran it beside the database
    (the window does); without it the release is prepared here.  `language` is that of
    the file's labels (az, ru or en); codes and numbers are the same in every language,
    and a re-export in another language writes the same release with its labels.
    """
    session.require(Action.EXPORT)
    file_format = formats.get(fmt)
    check_language(language)
    private = session.export_private
    if private is None:
        raise InvalidInput(field="export", problem=NO_EXPORT_KEY)
    if audience == "partner" and not partner_cleared(session, table, period, fmt):
        raise approvals.ApprovalNeeded()  # before the long protection, not after it
    if release is None:
        try:
            release = prepare(
                session, table, period, audience, cancel=cancel, progress=progress, clock=clock
            )
        except ExportRefused:
            record_refusal(session, table, period, audience)
            raise
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    out = Path(out)
    if out.suffix == "":
        out = out.with_suffix(file_format.extension)
    store = store_of(session)
    try:
        return _written(
            session,
            store,
            (table, period),
            release,
            fmt,
            out,
            file_format,
            language,
            private,
            cancel=cancel,
            clock=clock,
        )
    finally:
        store.close()


def _written(
    session: Session,
    queries: ExportStore,
    asked: tuple[str, str],
    release: Release,
    fmt: str,
    out: Path,
    file_format: formats.Format,
    language: str,
    private: bytes,
    *,
    cancel: threading.Event | None,
    clock: Clock | None,
) -> ExportResult:
    """The release written (or the ledger's bytes again), recorded in one audited step:
    the closing, the snapshot, the ledger's entry, its file and the audit entry.
    ``asked``: the table and period as the caller named them (a partner export's
    approval is bound to them)."""
    audience = release.audience
    if release.ledger_id is not None:
        for entry in queries.find(release.table, release.period, audience):
            stored = queries.stored_file(entry.id) if entry.format == fmt else None
            if stored is not None and manifests.language_of(stored.manifest) == language:
                return _reissue(
                    session, release, fmt, out, entry.id, stored.content, stored.manifest
                )
    content = file_format.write(release, session.taxonomy, language)
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    digest = manifests.sha256(content)
    when = parse_period(release.period)
    user_id = session.user_id if session.user_id is not None else 0
    table, period = asked
    with session.audited(durable=True):
        if audience == "partner":  # four eyes: the approval's use, with the export itself
            _authorise_partner(session, partner_act(table, period, fmt))
        queries.close_months(when.months, release.exported_at, user_id)
        _check_unchanged(session, queries, release)
        ledger_id = queries.add_entry(
            NewLedgerEntry(
                at=to_iso((clock or utcnow)()),
                user_id=user_id,
                table_name=release.table,
                period=release.period,
                period_start=when.start,
                period_end=when.end,
                audience=audience,
                k=release.k,
                fmt=fmt,
                published=release.to_json(),
                file_sha256=digest,
            )
        )
        session.record(
            "export.write",
            "export",
            ledger_id,
            {
                "table": release.table,
                "period": release.period,
                "audience": audience,
                "k": release.k,
                "format": fmt,
                "language": language,
                "reissue_of": release.ledger_id,
            },
        )
        head = session.audit_head()
        text = manifests.build(
            release,
            file_name=out.name,
            fmt=fmt,
            content=content,
            language=language,
            ledger_id=ledger_id,
            audit_head=(head.seq, head.hash),
            public_key=session.export_public,
            private_key=private,
        )
        queries.store_file(ledger_id, out.name, content, text)
    return _write(
        release, fmt, out, ledger_id, content, text, reissued=release.ledger_id is not None
    )


class ChangedMeanwhile(ExportRefused):
    template = QT_TRANSLATE_NOOP(
        "export",
        "The export was not written: calls of {period} were saved or corrected while it "
        "was prepared, and the period was left open. Export it again.",
    )


def _check_unchanged(session: Session, queries: ExportStore, release: Release) -> None:
    """Inside the export's transaction, after the closing: what the closed months now
    count is what the release publishes (a call saved between the counting and the
    closing would be counted as closed but never published); else the whole export is
    rolled back."""
    when = parse_period(release.period)
    space = year_space(when.year, session.taxonomy)
    spec = table_spec(release.table)
    counts = _counts(session, queries, space, when.months, {part_name(spec)}, cached=False)
    if contradicted(space, counts, release):
        raise ChangedMeanwhile(period=release.period)


PARTNER_EXPORT = approvals.GraveAct.PARTNER_EXPORT


class PartnerApprovalWaiting(DeskError):
    template = QT_TRANSLATE_NOOP(
        "export",
        "An export for partners needs a second person's approval: request {number} waits "
        "for it (another administrator or a supervisor approves it on their Approvals page "
        "or with 'hotline approvals approve {number}'). Then export again.",
    )


def _on_centre_approval(
    session: Session, act: dict[str, str]
) -> tuple[CentreApproval | None, int | None] | None:
    """On a centre: the approved request for this act, or the number of the one waiting
    (asked for now if there was none), or (None, None) where nobody else could approve
    (the centre's four eyes: services/centre_people.py); None on the desk."""
    from hotline.services import centre_people
    from hotline.services.centre_session import signin_of

    signin = signin_of(session)
    if signin is None:
        return None
    return centre_people.approved_request(signin, PARTNER_EXPORT.value, act)


def partner_clearance(session: Session, table: str, period: str, fmt: str) -> approvals.Clearance:
    """approvals.clearance for this partner export (asked for when needed); on a centre
    its request waiting is said by PartnerApprovalWaiting."""
    act = partner_act(table, period, fmt)
    found = _on_centre_approval(session, act)
    if found is None:
        return approvals.clearance(session, PARTNER_EXPORT, act)
    if found[1] is not None:
        raise PartnerApprovalWaiting(number=found[1])
    return approvals.Clearance(True)


def _authorise_partner(session: Session, act: dict[str, str]) -> None:
    """Inside the export's audited step: the second person's approval spent (or that it
    was approved alone recorded, on the desk), or ApprovalNeeded and nothing done."""
    found = _on_centre_approval(session, act)
    if found is None:
        approvals.authorise(session, PARTNER_EXPORT, act, None)
        return
    approval, waiting = found
    if waiting is not None:
        raise approvals.ApprovalNeeded()
    if approval is not None:
        from hotline.services import centre_people
        from hotline.services.centre_session import signin_of

        signin = signin_of(session)
        assert signin is not None
        centre_people.use_approval(signin, approval)


def partner_act(table: str, period: str, fmt: str) -> dict[str, str]:
    """What a partner export's four-eyes approval is bound to."""
    return {"table": table, "period": period, "format": fmt}


def partner_cleared(session: Session, table: str, period: str, fmt: str) -> bool:
    """Whether a partner export may go ahead: nobody else could approve, or its request is
    approved (approvals.clearance asks for it; the Export page and the CLI do)."""
    on_centre = _on_centre_approval(session, partner_act(table, period, fmt))
    if on_centre is not None:
        return on_centre[1] is None
    if not approvals.second_person_needed(session, PARTNER_EXPORT):
        return True
    found = approvals.open_request(session, PARTNER_EXPORT, partner_act(table, period, fmt))
    return found is not None and found.state == approvals.State.APPROVED


def _reissue(
    session: Session,
    release: Release,
    fmt: str,
    out: Path,
    ledger_id: int,
    content: bytes,
    manifest_text: str,
) -> ExportResult:
    """The same table, period, audience and format again: the bytes the ledger holds."""
    with session.audited(durable=True):
        if release.audience == "partner":  # handed out again: a second person's yes again
            _authorise_partner(session, partner_act(release.table, release.period, fmt))
        session.record(
            "export.reissue",
            "export",
            ledger_id,
            {
                "table": release.table,
                "period": release.period,
                "audience": release.audience,
                "format": fmt,
            },
        )
    manifest_text = _renamed(session, manifest_text, out.name)
    return _write(release, fmt, out, ledger_id, content, manifest_text, reissued=True)


def _renamed(session: Session, manifest_text: str, name: str) -> str:
    """The stored manifest, or, for a re-export under another file name, the same
    manifest naming that file, signed again (the file's bytes and hash are unchanged)."""
    import json

    body = json.loads(manifest_text)
    if body.get("file") == name:
        return manifest_text
    private = session.export_private
    if private is None:
        raise InvalidInput(field="export", problem=NO_EXPORT_KEY)
    body.pop("signature", None)
    body.pop("signing_key", None)
    body["file"] = name
    return manifests.signed(body, session.export_public, private)


def _write(
    release: Release,
    fmt: str,
    out: Path,
    ledger_id: int,
    content: bytes,
    manifest_text: str,
    *,
    reissued: bool,
) -> ExportResult:
    try:
        write_atomic(out, content)
        manifest = manifests.manifest_path(out)
        write_atomic(manifest, manifest_text.encode("utf-8"))
    except OSError as exc:
        raise DeskError(
            QT_TRANSLATE_NOOP(
                "export",
                "The export is recorded but its file could not be written to {path} ({reason}); "
                "export it again to another folder: the same file is written.",
            ),
            path=str(out),
            reason=exc.strerror or str(exc),
        ) from exc
    return ExportResult(
        release, out, manifest, ledger_id, manifests.sha256(content), reissued=reissued
    )


def export_key(session: Session) -> bytes:
    """The desk's export public key, for its key card (hotline.export.key_card).

    A recipient checks a file with ``hotline verify-export MANIFEST --key KEY``; without
    the key from the card a file altered and signed anew with another key would look
    signed.
    """
    session.require(Action.EXPORT)
    return session.export_public


def verify_export(path: Path, expected_key: bytes | None = None) -> verification.Verification:
    """Check a manifest's signature and its file's hash (no desk needed)."""
    return verification.verify(Path(path), expected_key)
