"""`verify`: the database's own checks, the key file against the users, the audit chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.said import Said
from hotline.services import approvals, backup_register, directory, seal_copies, sealing, settings
from hotline.services.audit_checks import recovery_key_of_chain
from hotline.services.findings import findings
from hotline.services.seal_copies import STILL_HOLDS
from hotline.services.search import index_problems
from hotline.services.session import Session
from hotline.services.witness import problems as witness_problems
from hotline.storage.calls import CallRepository
from hotline.storage.checks import database_checks
from hotline.storage.keyfile import RECOVERY
from hotline.storage.users import UserRepository

__all__ = ["Report", "database_checks", "verify"]


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: dict[str, int | str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


NO_RECOVERY_SLOT = QT_TRANSLATE_NOOP("findings", "the recovery slot is missing from the key file")
RECOVERY_DIFFERS = QT_TRANSLATE_NOOP(
    "findings", "the recovery slot does not match the one desk.init vouches for"
)
NOTICED = QT_TRANSLATE_NOOP(
    "findings", "at a sign-in (audit entry {seq}) the desk noticed: {problem}"
)
NOTICED_ACKNOWLEDGED = QT_TRANSLATE_NOOP(
    "findings",
    "at a sign-in (audit entry {seq}) the desk noticed: {problem} (acknowledged in audit "
    "entry {acknowledgement})",
)
NO_SLOT = QT_TRANSLATE_NOOP("findings", "active user {name} has no key slot")
DISABLED_HAS_SLOT = QT_TRANSLATE_NOOP("findings", "disabled user {name} still has a key slot")
SLOT_DIFFERS = QT_TRANSLATE_NOOP("findings", "the key slot of {name} does not match the user")
WEAK_SLOT = QT_TRANSLATE_NOOP(
    "findings", "the key slot of {name} uses test-strength key derivation"
)
INDEX_NOT_CHECKED = QT_TRANSLATE_NOOP(
    "findings", "the notes' search index was not checked: it opens with a supervisor's key only"
)
NOT_BOUND = QT_TRANSLATE_NOOP("findings", "the desk is not bound to this machine's keychain")
STILL_HOLDING = QT_TRANSLATE_NOOP("findings", "{path}: {problem}")

VERIFY_STEPS = 4  # the database, the audit chain, the backup register, the key slots


def _no_progress(_done: int, _total: int) -> None:
    return None


def verify(
    session: Session,
    witness: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """witness: a backup or export manifest kept outside the desk (see services/witness);
    progress(done, total) as it goes (the window's progress bar): the parts other than
    the audit chain count one each, the chain one per entry checked."""
    session.require(Action.VERIFY)
    step = progress or _no_progress
    report = Report()
    if witness is not None:
        report.problems += witness_problems(session, witness)
    step(0, VERIFY_STEPS)
    report.problems += database_checks(session.db)
    step(1, VERIFY_STEPS)
    entries = [0]

    def chain_step(done: int, total: int) -> None:
        entries[0] = total
        step(1 + done, total + VERIFY_STEPS)

    report.problems += session.audit.verify(pin=session.pins.root, progress=chain_step)
    report.problems += approvals.problems(session)
    report.problems += settings.problems(session)
    step(2 + entries[0], entries[0] + VERIFY_STEPS)
    report.problems += backup_register.check(session)
    report.problems += sealing.problems(session)
    if session.can(Action.BACKUP):
        report.warnings += [
            Said(STILL_HOLDING, path=str(path), problem=STILL_HOLDS)
            for path in seal_copies.still_holding(session)
        ]
    report.problems += directory.check(session)
    step(3 + entries[0], entries[0] + VERIFY_STEPS)
    keyfile = session.keyfile
    if RECOVERY not in keyfile.slots:
        report.problems.append(Said(NO_RECOVERY_SLOT))
    elif keyfile.slots[RECOVERY].signing_public != recovery_key_of_chain(session):
        report.problems.append(Said(RECOVERY_DIFFERS))
    for finding in reversed(findings(session)):
        # Recorded once, at the sign-in that noticed it, after which the head file and
        # the slot move on: the entry is what keeps the finding. An administrator's
        # acknowledgement is said beside it, never instead of it.
        report.problems.append(
            Said(NOTICED, seq=finding.seq, problem=finding.problem)
            if finding.acknowledgement is None
            else Said(
                NOTICED_ACKNOWLEDGED,
                seq=finding.seq,
                problem=finding.problem,
                acknowledgement=finding.acknowledgement,
            )
        )
    users = UserRepository(session.db)
    for key in users.signing_keys():
        name = key.name
        slot = keyfile.slots.get(f"user:{key.user_id}")
        if key.active and slot is None:
            report.problems.append(Said(NO_SLOT, name=name))
        elif not key.active and slot is not None:
            report.problems.append(Said(DISABLED_HAS_SLOT, name=name))
        elif slot is not None and slot.signing_public != key.signing_public:
            report.problems.append(Said(SLOT_DIFFERS, name=name))
        if slot is not None and slot.kdf.below_floor:
            report.warnings.append(Said(WEAK_SLOT, name=name))
    in_index = index_problems(session)
    if in_index is None:
        report.warnings.append(Said(INDEX_NOT_CHECKED))
    else:
        report.problems += in_index
    if keyfile.device.get("mode") != "keyring":
        report.warnings.append(Said(NOT_BOUND))
    report.facts = {
        "calls": CallRepository(session.db).count(),
        "audit_entries": session.audit.count(),
        "schema_version": session.db.user_version,
        "users": users.count_active(),
    }
    session.audit_event("desk.verify", details={"ok": report.ok, "problems": len(report.problems)})
    step(entries[0] + VERIFY_STEPS, entries[0] + VERIFY_STEPS)
    return report
