"""The command line of a workstation that joined a centre (issue 15).

``hotline join ADDRESS --fingerprint SHA256:... --code CODE`` enrols this machine;
``hotline enrol`` issues a one-time code (an administrator signed in here, or, for
the first workstation, the server's superuser with ``--server URL``); ``users``,
``approvals``, ``seal``, ``retention`` and ``hold`` act on the centre when this
machine has joined one and no desk folder is named (``--data-dir``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hotline.cli_common import (
    EXIT_OK,
    EXIT_PROBLEM,
    NEW_PASSWORD_FOR,
    Secrets,
    in_language,
    progress_bar,
    retention_due,
    retention_kept,
    say,
)
from hotline.errors import DeskError, InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import ENV_DATA_DIR
from hotline.permissions import ROLE_LABELS, parse_roles

CODE_LINE = QT_TRANSLATE_NOOP(
    "cli",
    "Enrolment code for one workstation (serves once, within {hours} hours): {code}\n"
    "On that workstation: hotline join {address} --fingerprint SHA256:<the server "
    "certificate's> --code {code}",
)


def register(sub: Any) -> None:
    join = sub.add_parser("join", help="enrol this workstation in a centre")
    join.add_argument("address", help="the server: HOST:PORT/DATABASE")
    join.add_argument(
        "--fingerprint", required=True, help="the SHA-256 fingerprint of the server's certificate"
    )
    join.add_argument("--code", required=True, help="the one-time code from an administrator")
    join.add_argument(
        "--no-keychain",
        action="store_true",
        help="keep the workstation's secret in a file instead of the OS keychain",
    )
    enrol = sub.add_parser("enrol", help="issue a one-time code for a workstation to join")
    enrol.add_argument("--hours", type=int, default=48, help="how long the code lives (1-168)")
    enrol.add_argument(
        "--server",
        metavar="URL",
        help="as the server's superuser (the first workstation): "
        "postgresql://ACCOUNT@HOST/DATABASE?sslmode=verify-full&sslrootcert=FILE",
    )


def folder_of(args: argparse.Namespace) -> Any:
    from hotline.storage.server import workstation

    return workstation.config_dir(args.config_dir)


def on_centre(args: argparse.Namespace) -> bool:
    """True when the command acts on the centre this machine joined: it has joined one
    and no desk folder was named."""
    from hotline.storage.server import workstation

    if args.data_dir or os.environ.get(ENV_DATA_DIR):
        return False
    return workstation.path_in(folder_of(args)).exists()


def cmd_join(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import enrolment
    from hotline.storage import device

    joined = enrolment.join(
        args.address,
        args.fingerprint,
        args.code,
        folder_of(args),
        bind_keychain=not args.no_keychain,
    )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Joined the centre {database} on {host}:{port} as workstation {login}; "
                "its file: {path}.",
            ),
            database=joined.database,
            host=joined.host,
            port=joined.port,
            login=joined.login,
            path=joined.folder,
        )
    )
    if joined.keychain == device.MODE_KEYRING:
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "Its secret is in this machine's keychain ({backend})."),
                backend=device.backend_name(),
            )
        )
    else:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "NOT bound to a keychain: the workstation's secret is in {path}. Keep the "
                    "machine's disk encrypted.",
                ),
                path=joined.secret_file,
            )
        )
    return EXIT_OK


def _who(args: argparse.Namespace, secrets: Secrets) -> tuple[Any, str, str]:
    """This workstation, the person's name and password (asked for when not given)."""
    from hotline.services import enrolment

    ws = enrolment.joined(folder_of(args))
    name = args.user or input(say(QT_TRANSLATE_NOOP("cli", "User: "))).strip()
    secrets.login_password = secrets.read(
        say(QT_TRANSLATE_NOOP("cli", "Password for {name}: "), name=name)
    )
    return ws, name, secrets.login_password


def _sign_in(args: argparse.Namespace, secrets: Secrets) -> Any:
    from hotline.services import centre_people
    from hotline.storage.server.errors import ServerUnreachable

    ws, name, password = _who(args, secrets)
    try:
        return centre_people.sign_in(ws, name, password)
    except ServerUnreachable as exc:
        raise ServerAwayAtSignIn(reason=exc.params.get("reason", "")) from exc


class ServerAwayAtSignIn(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server cannot be reached ({reason}), and this command needs it. To "
        "take calls meanwhile, start the window ('hotline') and sign in offline: the calls "
        "are kept on this computer and sent when the server is back.",
    )


@contextlib.contextmanager
def opened_centre(args: argparse.Namespace, secrets: Secrets) -> Iterator[Any]:
    """This person's centre session on this workstation for one command (the window's
    own: services/centre_session.py), its sign-in's warnings printed; no sender thread
    (the command sends what it saves itself), closed afterwards: the services run on it
    as on a desk's session (``hotline export``, ``import``, ``seal``)."""
    from hotline.cli_common import WARNING_LINE, warning_message
    from hotline.services import centre_session

    ws, name, password = _who(args, secrets)
    session = centre_session.open_centre(ws, name, password, send=False)
    for warning in session.warnings:
        print(say(WARNING_LINE, text=warning_message(warning)), file=sys.stderr)
    try:
        yield session
    finally:
        session.close()


def _address(signin: Any) -> str:
    ws = signin.workstation
    return f"{ws.host}:{ws.port}/{ws.database}"


def cmd_enrol(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre_people, enrolment
    from hotline.storage.server import connection
    from hotline.storage.server.errors import PasswordInAddress

    _check_hours(args.hours)
    if args.server:
        url = connection.check_address(args.server)
        if connection.has_password(url):
            raise PasswordInAddress()
        password = secrets.read(
            say(
                QT_TRANSLATE_NOOP("cli", "Password of the server's account {account}: "),
                account=connection.user_of(url),
            )
        )
        code = enrolment.issue_as_superuser(url, password, args.hours)
        parts = url.split("@", 1)[-1].split("?", 1)[0]
        print(say(CODE_LINE, hours=args.hours, code=code, address=parts))
        return EXIT_OK
    signin = _sign_in(args, secrets)
    try:
        code = centre_people.issue_code(signin, args.hours)
    finally:
        signin.close()
    print(say(CODE_LINE, hours=args.hours, code=code, address=_address(signin)))
    return EXIT_OK


def _check_hours(hours: int) -> None:
    from hotline.storage.server.schema_enrolment import VALID_HOURS

    if not VALID_HOURS[0] <= hours <= VALID_HOURS[1]:
        raise InvalidInput(
            field="--hours",
            problem=QT_TRANSLATE_NOOP("errors", "a code lives from 1 to 168 hours (a week)"),
        )


def cmd_users(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre_people, enrolment

    sub = args.users_command
    signin = _sign_in(args, secrets)
    try:
        witness = _witnessed(signin)
        if sub == "list":
            for member, signed in centre_people.listed(signin):
                roles = ",".join(r.value for r in sorted(member.roles))
                state = "active" if member.active else "disabled"
                mark = "" if signed else "\tUNSIGNED"
                print(f"{member.user_id}\t{member.user_name}\t{roles}\t{state}{mark}")
        elif sub == "add":
            password = secrets.read(say(NEW_PASSWORD_FOR, name=args.name), confirm=True)
            added = centre_people.add_user(signin, args.name, parse_roles(args.roles), password)
            labels = ", ".join(
                in_language("roles", ROLE_LABELS[r]) for r in sorted(added.member.roles)
            )
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "Added {name} ({roles})."),
                    name=added.member.user_name,
                    roles=labels,
                )
            )
            print(
                say(
                    CODE_LINE,
                    hours=enrolment.DEFAULT_HOURS,
                    code=added.enrolment_code,
                    address=_address(signin),
                )
            )
        elif sub == "disable":
            centre_people.disable_user(signin, args.name)
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Disabled {name}: their key slot was removed and their login on the "
                        "centre's server can no longer connect.",
                    ),
                    name=args.name,
                )
            )
        elif sub == "reset":
            new = secrets.read(say(NEW_PASSWORD_FOR, name=args.name), confirm=True)
            centre_people.reset_password(signin, args.name, new)
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "{name} has a new password and new keys."),
                    name=args.name,
                )
            )
        elif sub == "roles":
            _set_roles(signin, args)
        elif sub == "passwd":
            old = secrets.login_password  # just proved by signing in
            new = secrets.read(say(QT_TRANSLATE_NOOP("cli", "New password: ")), confirm=True)
            centre_people.change_own_password(signin, old, new)
            print(say(QT_TRANSLATE_NOOP("cli", "Password changed.")))
        else:
            from hotline.errors import DeskError

            raise DeskError(
                QT_TRANSLATE_NOOP(
                    "errors", "This command does not work on a centre yet: {command}."
                ),
                command=f"users {sub}",
            )
        _witnessed(signin, witness)
    finally:
        signin.close()
    return EXIT_OK


def _witnessed(signin: Any, witness: Any = None) -> Any:
    """This person's witness of the centre's chain on this workstation (the one the
    window keeps), checked against the server's chain: a log cut or rewritten there is
    refused before anything is written to it; once checked, the head it now has (with
    the entry just written) is the one witnessed."""
    from hotline.services import centre_audit, centre_session

    if witness is None:
        folder = centre_session.person_folder(signin.workstation, signin.user_id)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        witness = centre_session.witness_of(signin)
    centre_audit.check_at_connection(signin.conn, witness)
    return witness


def _set_roles(signin: Any, args: argparse.Namespace) -> int:
    from hotline.cli_common import error_message
    from hotline.services import centre_people

    try:
        member = centre_people.set_roles(signin, args.name, parse_roles(args.roles))
    except centre_people.ApprovalWaiting as waiting:
        print(error_message(waiting))
        return EXIT_OK
    print(f"{member.user_name}: {','.join(r.value for r in sorted(member.roles))}")
    return EXIT_OK


def cmd_approvals(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.errors import DeskError
    from hotline.services import centre_people

    signin = _sign_in(args, secrets)
    try:
        if args.approvals_command == "list":
            for found in centre_people.pending_approvals(signin):
                state = "approved" if found.approved_by is not None else "pending"
                params = found.body.get("params", {})
                roles = ",".join(params.get("roles", []))
                print(
                    f"{found.number}\t{found.body.get('act')}\tuser:{params.get('user_id')}"
                    f"\t{roles}\tby user:{found.requested_by}\t{state}"
                )
        elif args.approvals_command == "approve":
            centre_people.approve(signin, args.request)
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "Request {number}: {state}."),
                    number=args.request,
                    state=in_language("errors", "approved, not carried out yet"),
                )
            )
        elif args.approvals_command in ("refuse", "withdraw"):
            if args.approvals_command == "refuse":
                centre_people.refuse(signin, args.request)
                state = QT_TRANSLATE_NOOP("errors", "refused")
            else:
                centre_people.withdraw(signin, args.request)
                state = QT_TRANSLATE_NOOP("errors", "withdrawn")
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "Request {number}: {state}."),
                    number=args.request,
                    state=in_language("errors", state),
                )
            )
        else:
            raise DeskError(
                QT_TRANSLATE_NOOP(
                    "errors", "This command does not work on a centre yet: {command}."
                ),
                command=f"approvals {args.approvals_command}",
            )
    finally:
        signin.close()
    return EXIT_OK


COMMANDS = {"join": cmd_join, "enrol": cmd_enrol}


# --- sealing, retention and holds on a centre ------------------------------------------
Command = Callable[[argparse.Namespace, Secrets], int]
STILL_HOLDS_LINE = QT_TRANSLATE_NOOP(
    "cli",
    "STILL HOLDS THE SEALED CALLS: {path} (a backup taken before the sealing; marked in "
    "its register: bring it back to be sealed, or destroy it)",
)


CALL_NUMBER = QT_TRANSLATE_NOOP("cli", "call {number}")


def _registers(args: argparse.Namespace) -> list[Path]:
    return [Path(p) for p in getattr(args, "backup", []) or []]


def cmd_seal(args: argparse.Namespace, secrets: Secrets) -> int:
    """``hotline seal`` on the centre, as the window's Sealing page seals there
    (services/sealing_view.py, the same service): the preview from the server, four eyes
    by the centre's requests (a request made, approved by another with ``hotline
    approvals approve N``, then this command again with ``--approval N``, which seals the
    request's own calls on its decision), the sealing in one server transaction with this
    person's witness of the chain checked and moved, the backups taken before named."""
    from hotline.cli_common import error_message
    from hotline.cli_seal import print_decision, print_preview, print_request
    from hotline.services import centre_sealing, sealing, sealing_view

    if getattr(args, "concerned", None):
        raise InvalidInput(
            field="--concerned",
            problem=QT_TRANSLATE_NOOP(
                "errors", "on a centre, choose the calls by --call or --pseudonym"
            ),
        )
    chosen = None
    if not args.dry_run or args.decision_no:  # refused before any password is asked
        chosen = sealing.decision(args.decision_body or "", args.decision_no, args.decision_date)
    by, value = (
        (sealing.BY_CALL, args.call) if args.call else (sealing.BY_PSEUDONYM, args.pseudonym)
    )
    with opened_centre(args, secrets) as session:
        if args.approval is not None and chosen is not None and not args.dry_run:
            chosen, ids = sealing_view.from_request(session, args.approval)
            shown = sealing_view.preview(session, ids)
        else:
            ids, shown = sealing_view.find_and_preview(session, by, str(value))
        print_preview(shown)
        if args.dry_run or chosen is None:
            print(say(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was sealed.")))
            return EXIT_OK
        print_decision(chosen)
        if args.approval is None and sealing_view.approval_needed(session):
            print_request(sealing_view.request_approval(session, chosen, ids))
            return EXIT_OK
        try:
            result = sealing_view.seal_on_centre(
                session,
                ids,
                chosen,
                registers=_registers(args),
                progress=progress_bar(QT_TRANSLATE_NOOP("cli", "Sealing")),
            )
        except centre_sealing.SealApprovalWaiting as waiting:
            print(error_message(waiting))
            return EXIT_OK
        _print_sealed(result)
    return EXIT_PROBLEM if result.still_holding else EXIT_OK


def _print_sealed(result: Any) -> None:
    d = result.destroyed
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Sealed {calls} calls on the centre (decision record {decision}): {keys} data "
                "keys, {texts} text fields and {vault} identity entries deleted on the server.",
            ),
            calls=d.calls,
            decision=result.decision_id,
            keys=d.keys,
            texts=d.text_fields,
            vault=d.vault_entries,
        )
    )
    for path in result.still_holding:
        print(say(STILL_HOLDS_LINE, path=path))


def cmd_retention(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre_sealing, sealing

    if args.years is not None and not (
        sealing.MIN_RETENTION_YEARS <= args.years <= sealing.MAX_RETENTION_YEARS
    ):  # refused before any password is asked
        raise sealing.BadRetention(
            low=sealing.MIN_RETENTION_YEARS, high=sealing.MAX_RETENTION_YEARS
        )
    signin = _sign_in(args, secrets)
    problem = False
    try:
        if args.off:
            centre_sealing.set_retention(signin, None)
        elif args.years is not None:
            centre_sealing.set_retention(signin, args.years)
        years = centre_sealing.retention_years(signin)
        print(retention_kept(years))
        if args.run:
            result = centre_sealing.run_retention(
                signin, progress=progress_bar(QT_TRANSLATE_NOOP("cli", "Retention"))
            )
            if result is not None:
                _print_sealed(result)
                problem = bool(result.still_holding)
        print(
            retention_due(
                now=len(centre_sealing.retention_due(signin)), soon=centre_sealing.due_soon(signin)
            )
        )
    finally:
        signin.close()
    return EXIT_PROBLEM if problem else EXIT_OK


def cmd_hold(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre_sealing

    signin = _sign_in(args, secrets)
    try:
        if args.hold_command == "add":
            if not args.call:
                raise InvalidInput(
                    field="--pseudonym",
                    problem=QT_TRANSLATE_NOOP("errors", "on a centre, a hold is placed on a call"),
                )
            hold_id = centre_sealing.add_hold(signin, int(args.call), args.reason)
            print(say(QT_TRANSLATE_NOOP("cli", "Legal hold {number} placed."), number=hold_id))
        elif args.hold_command == "remove":
            centre_sealing.lift_hold(signin, args.hold_id)
            print(say(QT_TRANSLATE_NOOP("cli", "Legal hold {number} lifted."), number=args.hold_id))
        else:
            for h in centre_sealing.holds(signin):
                print(
                    f"{h.id}\t{say(CALL_NUMBER, number=h.call_id)}\t{h.placed_at:%Y-%m-%d}"
                    f"\tuser:{h.placed_by}"
                )
    finally:
        signin.close()
    return EXIT_OK


ON_CENTRE: dict[str, Command] = {"seal": cmd_seal, "retention": cmd_retention, "hold": cmd_hold}


def either(desk: Command, centre: Command) -> Command:
    """The command on the centre this machine joined (no desk folder named), else on the
    desk."""

    def run(args: argparse.Namespace, secrets: Secrets) -> int:
        return centre(args, secrets) if on_centre(args) else desk(args, secrets)

    return run


def cmd_verify(args: argparse.Namespace, secrets: Secrets) -> int:
    """`hotline verify` on a joined workstation: the centre's chain walked as the desk's
    is, this person's witness on this workstation (the one the window keeps) against
    it, and the centre's settings and referral directory against the administrators'
    entries."""
    from hotline.cli_common import print_report
    from hotline.services import centre_audit, centre_session, directory, settings

    signin = _sign_in(args, secrets)
    try:
        witness = centre_session.witness_of(signin)
        problems = centre_audit.verify_centre(signin.conn, signin.secrets.pins.root, witness)
        # the centre's settings and directory against the administrators' entries
        shared = centre_session.CentreShared(signin.conn, signin.secrets.pins)
        problems += settings.problems(shared) + directory.check(shared)
        entries = centre_audit.chain_length(signin.conn)
    finally:
        signin.close()
    return print_report(
        {"centre": _address(signin), "audit entries": entries},
        problems,
        QT_TRANSLATE_NOOP("cli", "OK: the centre's audit chain checks clean on the server."),
    )
