"""``hotline init --server postgresql://ACCOUNT@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=FILE``:
a centre of several workstations on one PostgreSQL server (issue 15, in progress).

The account is the server's superuser (it creates the centre's roles); its password
is asked (or read from standard input after the first administrator's), never taken
from the address. See hotline.services.centre for what is created.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hotline.cli_common import EXIT_OK, NEW_PASSWORD_FOR, Secrets, say, show_recovery_code
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import parse_roles

SERVER_PASSWORD = QT_TRANSLATE_NOOP("cli", "Password of the server's account {account}: ")


def add_arguments(init: argparse.ArgumentParser) -> None:
    init.add_argument(
        "--server",
        metavar="URL",
        help="set up a centre on a PostgreSQL server instead of a desk in a folder "
        "(postgresql://ACCOUNT@HOST/DATABASE?sslmode=verify-full&sslrootcert=FILE)",
    )


def cmd_init_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre
    from hotline.storage.server import connection
    from hotline.storage.server.errors import PasswordInAddress

    url = connection.check_address(args.server)
    if connection.has_password(url):
        raise PasswordInAddress()
    password = secrets.read(say(NEW_PASSWORD_FOR, name=args.admin), confirm=True)
    server_password = secrets.read(say(SERVER_PASSWORD, account=connection.user_of(url)))
    result = centre.init_centre(
        url, args.admin, password, roles=parse_roles(args.roles), server_password=server_password
    )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Centre created in the database {database} of the server; its roles: "
                "{operator}, {supervisor}, {admin} (owner {owner}, nobody logs in as it).",
            ),
            database=result.database,
            operator=result.roles.operator,
            supervisor=result.roles.supervisor,
            admin=result.roles.admin,
            owner=result.roles.owner,
        )
    )
    show_recovery_code(result.recovery_code)
    return EXIT_OK


def add_backup_arguments(backup: argparse.ArgumentParser, restore: argparse.ArgumentParser) -> None:
    backup.add_argument(
        "--server",
        metavar="URL",
        help="back up a centre: pg_dump of its database on the server, as the server's "
        "superuser (postgresql://ACCOUNT@HOST/DATABASE?sslmode=verify-full&sslrootcert=FILE)",
    )
    restore.add_argument(
        "--server",
        metavar="URL",
        help="restore a centre's backup into a NEW database of the server "
        "(postgresql://ACCOUNT@HOST/NEW_DATABASE?sslmode=verify-full&sslrootcert=FILE)",
    )


def _centre_credentials(args: argparse.Namespace, secrets: Secrets) -> tuple[str, str, str, str]:
    """The address, the administrator's name and password, the server account's password."""
    from hotline.storage.server import connection
    from hotline.storage.server.errors import PasswordInAddress

    url = connection.check_address(args.server)
    if connection.has_password(url):
        raise PasswordInAddress()
    name = args.user or input(say(QT_TRANSLATE_NOOP("cli", "User: "))).strip()
    password = secrets.read(say(QT_TRANSLATE_NOOP("cli", "Password for {name}: "), name=name))
    server_password = secrets.read(say(SERVER_PASSWORD, account=connection.user_of(url)))
    return url, name, password, server_password


def cmd_backup_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from pathlib import Path

    from hotline.services import centre_backup

    url, name, password, server_password = _centre_credentials(args, secrets)
    result = centre_backup.backup_centre(
        url, name, password, Path(args.out), server_password=server_password
    )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Backup of the centre {database} written: {path} ({calls} calls, {size} "
                "bytes), recorded in {register}.",
            ),
            database=result.database,
            path=result.path,
            calls=result.calls,
            size=result.size,
            register=result.register,
        )
    )
    return EXIT_OK


def _workstation_register(args: argparse.Namespace, dump: Path) -> list[Path]:
    """This workstation's seal register, when it has joined the centre the dump is of."""
    from hotline.storage.server import dumps, seal_witness, workstation

    joined = workstation.load(workstation.config_dir(args.config_dir))
    if joined is None or joined.database != dumps.source_database(dumps.listing(dump)):
        return []
    return [seal_witness.beside(joined.folder)]


def cmd_restore_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre_backup
    from hotline.storage.server import schema_steps

    url, name, password, server_password = _centre_credentials(args, secrets)
    result = centre_backup.restore_centre(
        url,
        Path(args.file),
        name,
        password,
        server_password=server_password,
        seal_registers=_workstation_register(args, Path(args.file)),
    )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "The centre {source} was restored into the database {database} and opens: "
                "{calls} calls, its key file read with your password.",
            ),
            source=result.source,
            database=result.database,
            calls=result.calls,
        )
    )
    if result.upgraded_from < schema_steps.known():
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The backup was of schema version {before}; the restored centre was "
                    "upgraded to {after}.",
                ),
                before=result.upgraded_from,
                after=schema_steps.known(),
            )
        )
    if result.resealed:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{count} calls sealed after this backup was taken were sealed again in "
                    "the restored centre (from the seal registers).",
                ),
                count=result.resealed,
            )
        )
    if result.registered is None:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The backup register beside the file does not know this backup; its "
                    "count of calls could not be compared.",
                )
            )
        )
    return EXIT_OK


def register(sub: Any) -> None:
    server = sub.add_parser("server", help="the centre's PostgreSQL server")
    what = server.add_subparsers(dest="server_command", required=True)
    upgrade = what.add_parser(
        "upgrade",
        help="apply the schema steps a centre made by an older hotline lacks (the "
        "server's superuser, as init --server)",
    )
    upgrade.add_argument(
        "--server",
        metavar="URL",
        required=True,
        help="postgresql://ACCOUNT@HOST/DATABASE?sslmode=verify-full&sslrootcert=FILE",
    )
    upgrade.add_argument(
        "--admin",
        metavar="NAME",
        help="an administrator of the centre, signed in on this joined workstation, whose "
        "keys key the pseudonyms of a centre made before they were kept keyed",
    )
    stations = what.add_parser(
        "workstations",
        help="the centre's enrolled workstations (an administrator, on a joined "
        "workstation); 'remove N' stops workstation N from connecting",
    )
    stations.add_argument("action", nargs="?", choices=("list", "remove"), default="list")
    stations.add_argument("number", nargs="?", type=int, help="the workstation's number")


def cmd_workstations(args: argparse.Namespace, secrets: Secrets) -> int:
    """``hotline server workstations [remove N]``: the administrator signed in here."""
    from hotline.cli_centre import _sign_in
    from hotline.errors import InvalidInput
    from hotline.services import centre_workstations

    if args.action == "remove" and args.number is None:
        raise InvalidInput(field="number", problem=WORKSTATION_NUMBER)
    signin = _sign_in(args, secrets)
    try:
        if args.action == "remove":
            login = centre_workstations.remove_workstation(signin, args.number)
            print(say(WORKSTATION_REMOVED, number=args.number, login=login))
            return EXIT_OK
        for found in centre_workstations.list_workstations(signin):
            if found.removed_at is not None:
                state = say(REMOVED_AT, when=found.removed_at.isoformat(timespec="seconds"))
            elif found.can_login:
                state = say(IN_USE)
            else:
                state = say(CANNOT_CONNECT)
            mine = " *" if found.login == signin.workstation.login else ""
            enrolled = found.enrolled_at.isoformat(timespec="seconds")
            seen = found.last_seen.isoformat(timespec="seconds") if found.last_seen else "-"
            print(f"{found.number}\t{found.login}{mine}\t{enrolled}\t{seen}\t{state}")
    finally:
        signin.close()
    return EXIT_OK


WORKSTATION_NUMBER = QT_TRANSLATE_NOOP(
    "errors",
    "give the number of the workstation to remove, as 'hotline server workstations' lists it",
)
WORKSTATION_REMOVED = QT_TRANSLATE_NOOP(
    "cli",
    "Workstation {number} ({login}) was removed: it can no longer connect to the centre, and "
    "nobody can sign in on it.",
)
REMOVED_AT = QT_TRANSLATE_NOOP("cli", "removed {when}")
IN_USE = QT_TRANSLATE_NOOP("cli", "in use")
CANNOT_CONNECT = QT_TRANSLATE_NOOP("cli", "cannot connect")


def cmd_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import centre

    if args.server_command == "workstations":
        return cmd_workstations(args, secrets)
    from hotline.storage.server import connection
    from hotline.storage.server.errors import PasswordInAddress

    url = connection.check_address(args.server)
    if connection.has_password(url):
        raise PasswordInAddress()
    server_password = secrets.read(say(SERVER_PASSWORD, account=connection.user_of(url)))
    result = centre.upgrade_centre(url, server_password=server_password)
    if result.before == result.after:
        line = QT_TRANSLATE_NOOP(
            "cli", "The centre {database} is at schema version {after} already; nothing to do."
        )
    else:
        line = QT_TRANSLATE_NOOP(
            "cli", "The centre {database} was upgraded from schema version {before} to {after}."
        )
    print(say(line, database=result.database, before=result.before, after=result.after))
    if not centre.pseudonyms_to_key(url, server_password=server_password):
        return EXIT_OK
    if not args.admin:
        print(say(PSEUDONYMS_TO_KEY))
        return EXIT_OK
    signin = _admin_sign_in(args, secrets)
    try:
        done = centre.key_pseudonyms(url, signin, server_password=server_password)
    finally:
        signin.close()
    print(say(PSEUDONYMS_KEYED, calls=done.calls, holders=done.holders))
    return EXIT_OK


PSEUDONYMS_TO_KEY = QT_TRANSLATE_NOOP(
    "cli",
    "This centre still keeps callers' pseudonyms in clear, and its operators cannot save "
    "until they are keyed: run this command again with --admin NAME on an administrator's "
    "joined workstation.",
)
PSEUDONYMS_KEYED = QT_TRANSLATE_NOOP(
    "cli",
    "Pseudonyms keyed: {calls} calls converted, the persons key given to {holders} slots. "
    "Backups taken before still hold the pseudonyms in clear.",
)


def _admin_sign_in(args: argparse.Namespace, secrets: Secrets) -> Any:
    """The administrator named by --admin, signed in on this joined workstation."""
    from hotline.cli_centre import folder_of
    from hotline.services import centre_people, enrolment

    ws = enrolment.joined(folder_of(args))
    password = secrets.read(say(QT_TRANSLATE_NOOP("cli", "Password for {name}: "), name=args.admin))
    return centre_people.sign_in(ws, args.admin, password)


COMMANDS = {"server": cmd_server}
