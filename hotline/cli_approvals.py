"""Four eyes on the command line: ``hotline approvals list|approve N|refuse N|withdraw N``.

The second person runs ``approve`` with their own ``--user`` and password (their
own session); the requester then carries the act out with ``--approval N``
(``hotline users roles NAME ROLES --approval N``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hotline.cli_common import EXIT_OK, Secrets, in_language, opened, say
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import to_iso

if TYPE_CHECKING:
    from hotline.services.approvals import Request
    from hotline.services.session import Session


def register(sub: Any) -> None:
    """Add the approvals command to the CLI's subparsers."""
    cmd = sub.add_parser("approvals", help="four eyes: list, approve or refuse requests")
    asub = cmd.add_subparsers(dest="approvals_command", required=True)
    asub.add_parser("list", help="every request, newest first")
    for name, text in (
        ("approve", "approve someone else's request (in your own session)"),
        ("refuse", "refuse someone else's request"),
        ("withdraw", "take back your own request"),
    ):
        one = asub.add_parser(name, help=text)
        one.add_argument("request", type=int)


def _names(session: Session) -> dict[int | None, str]:
    from hotline.services import users

    names: dict[int | None, str] = {None: "recovery code"}
    if session.can(Action.MANAGE_USERS):
        names.update({u.id: u.name for u in users.list_users(session)})
    return names


def request_line(found: Request, names: dict[int | None, str]) -> str:
    """One request as a tab-separated line (ids, act, parameters, who, when, state)."""
    who = names.get(found.requested_by, f"user {found.requested_by}")
    decided = names.get(found.decided_by, f"user {found.decided_by}") if found.decided_by else ""
    params = ", ".join(f"{k}={v}" for k, v in sorted(found.params.items()))
    return (
        f"{found.id}\t{found.act.value}\t{params}\t{who}\t{to_iso(found.requested_at)}"
        f"\t{found.state.value}\t{decided}"
    )


def cmd_approvals(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import approvals
    from hotline.services.approvals import STATE_LABELS

    with opened(args, secrets) as session:
        names = _names(session)
        sub = args.approvals_command
        if sub == "list":
            for found in approvals.requests(session):
                print(request_line(found, names))
            return EXIT_OK
        step = {
            "approve": approvals.approve,
            "refuse": approvals.refuse,
            "withdraw": approvals.withdraw,
        }[sub]
        done = step(session, args.request)
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "Request {number}: {state}."),
                number=done.id,
                state=in_language("errors", STATE_LABELS[done.state]),
            )
        )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Secrets], int]] = {
    "approvals": cmd_approvals,
}
