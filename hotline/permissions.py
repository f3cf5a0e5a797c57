"""Who may do what: one matrix, one function.

Every service checks `allowed()` before it acts, and audits a denial.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from hotline.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Action(StrEnum):
    TAKE_CALL = "call.take"
    READ_OWN_CALLS = "call.read_own"
    CORRECT_OWN_CALL = "call.correct_own"
    READ_ALL_CALLS = "call.read_all"
    READ_NOTES = "call.read_notes"
    REVIEW_CALL = "call.review"
    CORRECT_CALL = "call.correct"
    ENTER_ON_BEHALF = "call.enter_on_behalf"
    WRITE_VAULT = "vault.write"
    READ_VAULT = "vault.read"
    CLOSE_OWN_TASK = "task.close_own"
    MANAGE_TASKS = "task.manage"
    READ_STATISTICS = "stats.read"
    READ_AUDIT = "audit.read"
    VERIFY = "desk.verify"
    MANAGE_USERS = "user.manage"
    BACKUP = "desk.backup"
    RESTORE = "desk.restore"
    ROTATE_KEY = "desk.rotate_key"
    SETTINGS = "desk.settings"
    EXPORT = "export.write"
    SEAL_RECORD = "record.seal"
    DEMO_DATA = "desk.demo_data"
    IMPORT = "desk.import"
    EDIT_DIRECTORY = "directory.edit"


_O, _S, _A = Role.OPERATOR, Role.SUPERVISOR, Role.ADMINISTRATOR

MATRIX: dict[Action, frozenset[Role]] = {
    Action.TAKE_CALL: frozenset({_O, _S}),
    Action.READ_OWN_CALLS: frozenset({_O, _S}),
    Action.CORRECT_OWN_CALL: frozenset({_O, _S}),
    Action.READ_ALL_CALLS: frozenset({_S}),
    Action.READ_NOTES: frozenset({_S}),
    Action.REVIEW_CALL: frozenset({_S}),
    Action.CORRECT_CALL: frozenset({_S}),
    Action.ENTER_ON_BEHALF: frozenset({_S}),
    Action.WRITE_VAULT: frozenset({_O, _S}),
    Action.READ_VAULT: frozenset({_S}),
    Action.CLOSE_OWN_TASK: frozenset({_O, _S}),
    Action.MANAGE_TASKS: frozenset({_S}),
    Action.READ_STATISTICS: frozenset({_S, _A}),
    Action.READ_AUDIT: frozenset({_S, _A}),
    Action.VERIFY: frozenset({_S, _A}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.BACKUP: frozenset({_A}),
    Action.RESTORE: frozenset({_A}),
    Action.ROTATE_KEY: frozenset({_A}),
    Action.SETTINGS: frozenset({_A}),
    Action.EXPORT: frozenset({_A}),
    Action.SEAL_RECORD: frozenset({_A}),
    Action.DEMO_DATA: frozenset({_A}),
    Action.IMPORT: frozenset({_A}),
    Action.EDIT_DIRECTORY: frozenset({_A}),
}

ROLE_LABELS = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("roles", "Operator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("roles", "Administrator"),
}


def allowed(roles: Iterable[Role | str], action: Action) -> bool:
    """True when any of the roles may perform the action."""
    granted = MATRIX[action]
    # Role(role) only for a name (it refuses an unknown one): a Role is itself already.
    return any((role if type(role) is Role else Role(role)) in granted for role in roles)


def parse_roles(text: str) -> frozenset[Role]:
    """'operator,supervisor' -> roles; raises ValueError naming an unknown role."""
    roles: set[Role] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        try:
            roles.add(Role(part.lower()))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise ValueError(f"unknown role '{part}' (known: {known})") from None
    if not roles:
        raise ValueError("at least one role is needed")
    return frozenset(roles)


def format_roles(roles: Iterable[Role]) -> str:
    order = list(Role)
    return ",".join(r.value for r in sorted(set(roles), key=order.index))
