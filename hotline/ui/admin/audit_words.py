"""Each audit entry said in words, in the interface language: one place for the
sentences and for the groups of actions the audit viewer filters by.

Only what the entry holds is said: user names, record numbers, codes, counts, a
reader's stated reason. Call content is never in the audit, so never here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from hotline import said
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.records import AuditEntry
from hotline.services import settings
from hotline.services.approvals import RULES, GraveAct
from hotline.ui.admin.users_page import role_names
from hotline.ui.problems import said_text

CONTEXT = "AuditWords"

WORDS: dict[str, str] = {
    "desk.init": QT_TRANSLATE_NOOP("AuditWords", "{who} set up the desk"),
    "login": QT_TRANSLATE_NOOP("AuditWords", "{who} signed in"),
    "login.failed": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} signed in after {count} failed sign-ins (recorded now)"
    ),
    "unlock": QT_TRANSLATE_NOOP("AuditWords", "{who} unlocked the screen"),
    "unlock.failed": QT_TRANSLATE_NOOP(
        "AuditWords", "{who}: a wrong password was typed on the lock screen"
    ),
    "user.create": QT_TRANSLATE_NOOP("AuditWords", "{who} added the user {user} ({roles})"),
    "user.roles": QT_TRANSLATE_NOOP("AuditWords", "{who} changed the roles of {user} to {roles}"),
    "user.reset": QT_TRANSLATE_NOOP("AuditWords", "{who} gave {user} a new password and new keys"),
    "user.disable": QT_TRANSLATE_NOOP("AuditWords", "{who} disabled the user {user}"),
    "user.passwd": QT_TRANSLATE_NOOP("AuditWords", "{who} changed their own password"),
    "witness.restarted": QT_TRANSLATE_NOOP(
        "AuditWords",
        "{who} signed in with the new keys of the password reset in entry {reset}: this "
        "workstation's record of the log, made under the earlier keys (entry {witnessed}), "
        "was set aside and started afresh at the server's head; calls kept here before the "
        "reset wait there, not sent",
    ),
    "workstation.remove": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} removed workstation {object} from the centre"
    ),
    "call.save": QT_TRANSLATE_NOOP("AuditWords", "{who} saved call {call}"),
    "call.correct": QT_TRANSLATE_NOOP("AuditWords", "{who} corrected call {call}: {fields}"),
    "call.correct_own": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} corrected their own call {call}: {fields}"
    ),
    "call.review": QT_TRANSLATE_NOOP("AuditWords", "{who} reviewed call {call}"),
    "call.claim": QT_TRANSLATE_NOOP("AuditWords", "{who} took call {call} for review"),
    "call.release": QT_TRANSLATE_NOOP("AuditWords", "{who} let go of call {call} in review"),
    "call.comment": QT_TRANSLATE_NOOP("AuditWords", "{who} commented on call {call}"),
    "call.undo_no_content": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} reopened call {call}, saved as a call without content"
    ),
    "call.entities_keyed": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} linked call {call}, saved earlier, by the entities it names"
    ),
    "call.notes_read": QT_TRANSLATE_NOOP("AuditWords", "{who} read the notes of call {call}"),
    "vault.read": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} read the identity details of call {call}: reason “{reason}”"
    ),
    "vault.bind": QT_TRANSLATE_NOOP("AuditWords", "{who} stored identity details of call {call}"),
    "vault.moved": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} was refused identity details that were moved to call {call}"
    ),
    "call.seal_text": QT_TRANSLATE_NOOP("AuditWords", "{who} sealed the free text of call {call}"),
    "desk.text_sealed": QT_TRANSLATE_NOOP("AuditWords", "{who} sealed the free text of the desk"),
    "draft.discard": QT_TRANSLATE_NOOP("AuditWords", "{who} discarded a call not saved"),
    "person.issue": QT_TRANSLATE_NOOP("AuditWords", "{who} gave a returning caller a pseudonym"),
    "task.add": QT_TRANSLATE_NOOP("AuditWords", "{who} added the follow-up task {object}"),
    "task.done": QT_TRANSLATE_NOOP("AuditWords", "{who} recorded the task {object} as done"),
    "desk.verify": QT_TRANSLATE_NOOP("AuditWords", "{who} verified the desk: {problems} problems"),
    "desk.backup": QT_TRANSLATE_NOOP("AuditWords", "{who} made a backup ({calls} calls)"),
    "desk.restore": QT_TRANSLATE_NOOP("AuditWords", "{who} restored the desk from a backup"),
    "desk.rotate_key": QT_TRANSLATE_NOOP("AuditWords", "{who} gave the database a new key"),
    "desk.rebind_keychain": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} bound the desk to this machine's keychain again"
    ),
    "desk.import": QT_TRANSLATE_NOOP("AuditWords", "{who} imported calls from an old log"),
    "desk.import_mapping": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} confirmed how the columns of an old log are imported"
    ),
    "desk.demo_data": QT_TRANSLATE_NOOP("AuditWords", "{who} added synthetic demo calls"),
    "export.write": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} exported {table} for {period} ({audience})"
    ),
    "export.reissue": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} exported {table} for {period} again ({audience})"
    ),
    "export.refused": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} was refused an export of {table} for {period}: it would disclose"
    ),
    "permission.denied": QT_TRANSLATE_NOOP("AuditWords", "{who} was refused: {what}"),
    "audit.tampering": QT_TRANSLATE_NOOP(
        "AuditWords", "At {who}'s sign-in the desk noticed: {problem}"
    ),
    "audit.acknowledge": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} acknowledged finding {object}: “{note}”"
    ),
    "audit.export": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} exported {entries} audit entries ({format})"
    ),
    "settings.change": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} changed “{setting}” from {old} to {value}"
    ),
    "approval.request": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} asked a second person to approve: {act} (request {seq})"
    ),
    "approval.grant": QT_TRANSLATE_NOOP("AuditWords", "{who} approved request {object}"),
    "approval.refuse": QT_TRANSLATE_NOOP("AuditWords", "{who} refused request {object}"),
    "approval.withdraw": QT_TRANSLATE_NOOP("AuditWords", "{who} withdrew request {object}"),
    "approval.use": QT_TRANSLATE_NOOP("AuditWords", "{who} carried out request {object}"),
    "approval.alone": QT_TRANSLATE_NOOP(
        "AuditWords", "{who} approved alone ({act}): the desk has one administrator"
    ),
}
FALLBACK = QT_TRANSLATE_NOOP("AuditWords", "{who}: {action} {object}")
RECOVERY = QT_TRANSLATE_NOOP("AuditWords", "the recovery code")

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("AuditWords", "Readings of identity details"), ("vault.read",)),
    (QT_TRANSLATE_NOOP("AuditWords", "Readings of notes"), ("call.notes_read",)),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Sign-ins and the lock screen"),
        ("login", "login.failed", "unlock", "unlock.failed"),
    ),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Users, roles and passwords"),
        (
            "user.create",
            "user.roles",
            "user.reset",
            "user.disable",
            "user.passwd",
            "witness.restarted",
            "workstation.remove",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Calls saved, corrected and reviewed"),
        (
            "call.save",
            "call.correct",
            "call.correct_own",
            "call.review",
            "call.claim",
            "call.release",
            "call.comment",
            "call.undo_no_content",
            "call.entities_keyed",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Exports"),
        ("export.write", "export.reissue", "export.refused", "audit.export"),
    ),
    (
        QT_TRANSLATE_NOOP("AuditWords", "The desk: checks, backups, keys, settings"),
        (
            "desk.init",
            "desk.verify",
            "desk.backup",
            "desk.restore",
            "desk.rotate_key",
            "desk.rebind_keychain",
            "settings.change",
            "desk.import",
            "desk.import_mapping",
            "desk.demo_data",
            "desk.text_sealed",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Four eyes"),
        (
            "approval.request",
            "approval.grant",
            "approval.refuse",
            "approval.withdraw",
            "approval.use",
            "approval.alone",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AuditWords", "Refusals and findings"),
        ("permission.denied", "audit.tampering", "audit.acknowledge", "vault.moved"),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def who(user_id: int | None, names: Mapping[int, str]) -> str:
    if user_id is None:
        return tr(RECOVERY)
    return names.get(int(user_id), f"#{user_id}")


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _setting_label(key: str) -> str:
    setting = settings.BY_KEY.get(key)
    return QCoreApplication.translate("settings", setting.label) if setting else key


def in_words(entry: AuditEntry, names: Mapping[int, str]) -> str:
    """The entry as a sentence, e.g. “rashad read the identity details of call 1234:
    reason …”."""
    details = entry.details
    values: dict[str, str] = {key: _text(value) for key, value in details.items()}
    values["who"] = who(entry.user_id, names)
    values["object"] = "" if entry.object_id is None else str(entry.object_id)
    values["call"] = values["object"]
    values["seq"] = str(entry.seq)
    values["action"] = entry.action
    if entry.object_type == "user" and entry.object_id is not None:
        values["user"] = names.get(int(entry.object_id), f"#{entry.object_id}")
    if "roles" in details:
        with contextlib.suppress(ValueError, TypeError):
            values["roles"] = role_names(frozenset(Role(r) for r in details["roles"]))
    if entry.action == "settings.change":
        values["setting"] = _setting_label(str(details.get("key", "")))
    if "problem" in details:  # a sign-in's finding, in the reader's language
        values["problem"] = said_text(said.read(details))
    if entry.action == "permission.denied":
        values["what"] = str(details.get("action", ""))
    if "act" in details:
        with contextlib.suppress(ValueError, KeyError):
            values["act"] = QCoreApplication.translate(
                "approvals", RULES[GraveAct(details["act"])].label
            )
    template = tr(WORDS.get(entry.action, FALLBACK))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return tr(FALLBACK).format(**values)
