"""Command-line sealing and retention: ``hotline seal``, ``hotline retention``,
``hotline hold``.

``hotline seal --call N | --pseudonym P | --concerned P --decision-body court|prosecutor|other
--decision-no NO --decision-date YYYY-MM-DD [--approval N] [--backup FILE ...] [--dry-run]``
lists what would be sealed (dates, coded summary, counts). Without ``--dry-run``
on a desk with a second administrator or supervisor, it makes a request that
person approves in their own session (``hotline approvals approve N``); run
again with ``--approval N``, it seals: the live desk first, then the backups of
the backup register, the ones given with ``--backup`` and the
``replaced-<time>/`` folders, each opened with the acting user's password, and
lists those that could not be reached.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hotline.cli_common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Secrets,
    in_language,
    opened,
    progress_bar,
    retention_due,
    retention_kept,
    say,
)
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.services.seal_copies import STILL_HOLDS

# Why a copy was not sealed, in the command line's language (one place for these words).
REASONS = {
    "missing": QT_TRANSLATE_NOOP("cli", "not found where it was written"),
    "password": QT_TRANSLATE_NOOP(
        "cli", "it opens with another password (the one it had when written)"
    ),
    "damaged": QT_TRANSLATE_NOOP("cli", "it is damaged or does not check clean"),
}


def register(sub: Any) -> None:
    """Add the sealing commands to the CLI's subparsers."""
    from hotline.services import sealing

    seal = sub.add_parser("seal", help="seal calls on a court or prosecutor decision")
    which = seal.add_mutually_exclusive_group(required=True)
    which.add_argument("--call", help="one call, by its number")
    which.add_argument("--pseudonym", help="a person: every call they are the caller or concerned")
    which.add_argument("--concerned", help="a person concerned: every call about them")
    seal.add_argument("--decision-body", choices=list(sealing.BODIES), default=None)
    seal.add_argument("--decision-no", default="", help="the decision's number")
    seal.add_argument("--decision-date", default="", help="YYYY-MM-DD")
    seal.add_argument(
        "--approval", type=int, help="the approved request (hotline approvals) to carry out"
    )
    seal.add_argument(
        "--backup", action="append", default=[], help="a backup file to seal too (repeatable)"
    )
    seal.add_argument(
        "--dry-run", action="store_true", help="list what would be sealed, change nothing"
    )
    ret = sub.add_parser("retention", help="how long free text is kept; what is due")
    ret.add_argument("--years", type=int, help="keep free text and identities this many years")
    ret.add_argument("--off", action="store_true", help="keep free text until sealed")
    ret.add_argument("--run", action="store_true", help="destroy what is due now")
    hold = sub.add_parser("hold", help="legal holds: retention passes them by")
    hsub = hold.add_subparsers(dest="hold_command", required=True)
    add = hsub.add_parser("add", help="place a hold on a call or a person")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--call")
    target.add_argument("--pseudonym")
    add.add_argument("--reason", required=True, help="the case or request it serves")
    remove = hsub.add_parser("remove", help="lift a hold")
    remove.add_argument("hold_id", type=int)
    hsub.add_parser("list", help="the holds in place")


def _target(args: argparse.Namespace) -> tuple[str, str]:
    from hotline.services import sealing

    if args.call:
        return sealing.BY_CALL, str(args.call)
    if getattr(args, "concerned", None):
        return sealing.BY_CONCERNED, str(args.concerned)
    return sealing.BY_PSEUDONYM, str(args.pseudonym)


def print_preview(shown: Any) -> None:
    """What would be sealed, a line a call (no content), and how many (the desk's and a
    centre's preview: services/sealing_view.py gives the same shape)."""
    for line in shown.lines:
        state = (
            say(QT_TRANSLATE_NOOP("cli", "already sealed"))
            if line.sealed
            else (
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "text fields {texts}, identity entries {vault}, entities "
                        "{entities}, open tasks {tasks}",
                    ),
                    texts=line.text_fields,
                    vault=line.vault_entries,
                    entities=line.entities,
                    tasks=line.open_tasks,
                )
                + (say(QT_TRANSLATE_NOOP("cli", ", under a legal hold")) if line.held else "")
            )
        )
        print(
            say(QT_TRANSLATE_NOOP("cli", "call {number}"), number=line.call_id)
            + f"\t{line.started_at:%Y-%m-%d %H:%M}\t{line.channel}\t"
            f"{line.no_content or line.primary_topic or '-'}\t{state}"
        )
    print(say(QT_TRANSLATE_NOOP("cli", "{count} calls to seal."), count=len(shown.call_ids)))


def print_decision(chosen: Any) -> None:
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "Decision: {body} {number} of {date}."),
            body=chosen.body,
            number=chosen.number,
            date=chosen.decided_on.isoformat(),
        )
    )


def print_request(made: Any) -> None:
    """The four-eyes request just made (or the one waiting), and what to do next."""
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Request {id} made: sealing needs a second person. Another "
                "administrator or a supervisor runs 'hotline --user THEIR_NAME "
                "approvals approve {id}'; then run this command again with "
                "--approval {id}.",
            ),
            id=made.id,
        )
    )


def cmd_seal(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import seal_copies, sealing

    chosen = None
    if not args.dry_run or args.decision_no:  # refused before any password is asked
        chosen = sealing.decision(args.decision_body or "", args.decision_no, args.decision_date)
    with opened(args, secrets) as session:
        by, value = _target(args)
        ids = sealing.find(session, by, value)
        print_preview(sealing.preview(session, ids))
        if args.dry_run or chosen is None:
            print(say(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was sealed.")))
            return EXIT_OK
        print_decision(chosen)
        if args.approval is None and sealing.approval_needed(session):
            print_request(sealing.request_approval(session, chosen, ids))
            return EXIT_OK
        result = sealing.seal(
            session, ids, chosen, args.approval, progress_bar(QT_TRANSLATE_NOOP("cli", "Sealing"))
        )
        d = result.destroyed
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Sealed {calls} calls (decision record {decision}): {keys} data keys, "
                    "{vault} identity entries, {entities} entity values, {comments} comments, "
                    "{corrections} corrections destroyed; {tasks} open tasks closed.",
                ),
                calls=d.calls,
                decision=result.decision_id,
                keys=d.keys,
                vault=d.vault_entries,
                entities=d.entities,
                comments=d.comments,
                corrections=d.corrections,
                tasks=d.tasks_closed,
            )
        )
        if not result.index_cleared:
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli", "The notes' index is cleared at the next supervisor's sign-in."
                    )
                )
            )
        outcomes = seal_copies.seal_copies(
            session, secrets.login_password, [Path(p) for p in args.backup]
        )
    return _print_copies(outcomes)


def _print_copies(outcomes: list[Any]) -> int:
    unreached = [o for o in outcomes if not o.reached]
    for o in outcomes:
        if o.reached:
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "sealed: {path} ({count} calls sealed in it)"),
                    path=o.path,
                    count=o.sealed,
                )
            )
    for o in unreached:
        reason = REASONS.get(o.reason)
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "NOT SEALED: {path}: {reason}; {holds}"),
                path=o.path,
                reason=say(reason) if reason else o.reason,
                holds=in_language("findings", STILL_HOLDS),
            )
        )
    return EXIT_PROBLEM if unreached else EXIT_OK


def cmd_retention(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import sealing

    with opened(args, secrets) as session:
        if args.off:
            sealing.set_retention(session, None)
        elif args.years is not None:
            sealing.set_retention(session, args.years)
        years = sealing.retention_years(session)
        print(retention_kept(years))
        if args.run:
            done = sealing.run_retention(
                session, progress=progress_bar(QT_TRANSLATE_NOOP("cli", "Retention"))
            )
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "Retention destroyed the free text of {count} calls."),
                    count=done,
                )
            )
        due = sealing.retention_due(session)
        soon = sealing.retention_due(session, sealing.NOTICE_DAYS)
        print(retention_due(now=len(due), soon=len(soon)))
        if due and not args.run:
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "It runs at an administrator's sign-in, or now with "
                        "'hotline retention --run'.",
                    )
                )
            )
    return EXIT_OK


def cmd_hold(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import sealing

    with opened(args, secrets) as session:
        if args.hold_command == "add":
            by, value = _target(args)
            hold_id = sealing.add_hold(session, by, value, args.reason)
            print(say(QT_TRANSLATE_NOOP("cli", "Legal hold {id} placed."), id=hold_id))
        elif args.hold_command == "remove":
            sealing.lift_hold(session, args.hold_id)
            print(say(QT_TRANSLATE_NOOP("cli", "Legal hold {id} lifted."), id=args.hold_id))
        else:
            for h in sealing.holds(session):
                what = (
                    say(QT_TRANSLATE_NOOP("cli", "call {number}"), number=h.call_id)
                    if h.call_id
                    else say(QT_TRANSLATE_NOOP("cli", "person {pseudonym}"), pseudonym=h.pseudonym)
                )
                print(f"{h.id}\t{what}\t{h.placed_at:%Y-%m-%d}\t{h.placed_by or '-'}\t{h.reason}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Secrets], int]] = {
    "seal": cmd_seal,
    "retention": cmd_retention,
    "hold": cmd_hold,
}
