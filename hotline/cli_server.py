"""``hotline init --server postgresql://ACCOUNT@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=FILE``:
a centre of several workstations on one PostgreSQL server (issue 15, in progress).

The account is the server's superuser (it creates the centre's roles); its password
is asked (or read from standard input after the first administrator's), never taken
from the address. See hotline.services.centre for what is created.
"""

from __future__ import annotations

import argparse

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
