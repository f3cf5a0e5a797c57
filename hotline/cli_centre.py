"""The command line of a workstation that joined a centre (issue 15).

``hotline join ADDRESS --fingerprint SHA256:... --code CODE`` enrols this machine;
``hotline enrol`` issues a one-time code (an administrator signed in here, or, for
the first workstation, the server's superuser with ``--server URL``); ``users`` and
``approvals`` act on the centre when this machine has joined one and no desk folder
is named (``--data-dir``).
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from hotline.cli_common import EXIT_OK, NEW_PASSWORD_FOR, Secrets, in_language, say
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


def _sign_in(args: argparse.Namespace, secrets: Secrets) -> Any:
    from hotline.services import centre_people, enrolment

    ws = enrolment.joined(folder_of(args))
    name = args.user or input(say(QT_TRANSLATE_NOOP("cli", "User: "))).strip()
    secrets.login_password = secrets.read(
        say(QT_TRANSLATE_NOOP("cli", "Password for {name}: "), name=name)
    )
    return centre_people.sign_in(ws, name, secrets.login_password)


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
    from hotline.errors import InvalidInput
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
            return _set_roles(signin, args)
        else:
            from hotline.errors import DeskError

            raise DeskError(
                QT_TRANSLATE_NOOP(
                    "errors", "This command does not work on a centre yet: {command}."
                ),
                command=f"users {sub}",
            )
    finally:
        signin.close()
    return EXIT_OK


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


def cmd_verify(args: argparse.Namespace, secrets: Secrets) -> int:
    """`hotline verify` on a joined workstation: the centre's chain walked as the desk's
    is, and this person's witness on this workstation (the one the window keeps)
    against it."""
    from hotline.cli_common import print_report
    from hotline.services import centre_audit, centre_session

    signin = _sign_in(args, secrets)
    try:
        witness = centre_session.witness_of(signin)
        problems = centre_audit.verify_centre(signin.conn, signin.secrets.pins.root, witness)
        entries = centre_audit.chain_length(signin.conn)
    finally:
        signin.close()
    return print_report(
        {"centre": _address(signin), "audit entries": entries},
        problems,
        QT_TRANSLATE_NOOP("cli", "OK: the centre's audit chain checks clean on the server."),
    )
