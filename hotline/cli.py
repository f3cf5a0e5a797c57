"""The command line: the same services the window uses, for administrators and scripts.

Passwords come from standard input (--password-stdin, one per line in the
order asked) or from a prompt; never from an argument or the environment.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hotline import (
    __version__,
    cli_approvals,
    cli_centre,
    cli_export,
    cli_import,
    cli_seal,
    cli_server,
    cli_window,
)
from hotline.catalogue import LANGUAGES, choose
from hotline.cli_common import (
    ERROR_LINE,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    NEW_PASSWORD_FOR,
    Secrets,
    desk_paths,
    error_message,
    in_language,
    opened,
    print_report,
    progress_bar,
    say,
    set_language,
    show_recovery_code,
    waits_for_approval,
)
from hotline.errors import DeskError, InvalidInput, UnknownUser
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import harden_process
from hotline.permissions import ROLE_LABELS, parse_roles

if TYPE_CHECKING:
    from hotline.services.session import Session


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hotline", description="The 152 hotline desk.")
    parser.add_argument("--version", action="version", version=f"hotline {__version__}")
    parser.add_argument(
        "--data-dir",
        help="the desk's folder (default: HOTLINE_DATA_DIR or the platform's data folder)",
    )
    parser.add_argument(
        "--config-dir",
        help="the workstation's config folder, where 'hotline join' writes its file "
        "(default: HOTLINE_CONFIG_DIR or the platform's config folder)",
    )
    parser.add_argument("--user", help="the user who acts (asked when missing)")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the language of the messages (default: HOTLINE_LANGUAGE, else the language "
        "chosen in the window, else the system's, else English)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read passwords from standard input, one per line",
    )
    parser.add_argument(
        "--recovery-code-stdin",
        action="store_true",
        help="act with the recovery code, read from standard input",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo desk in a temporary folder"
    )
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", help="set up a new desk")
    init.add_argument("--admin", required=True, help="the administrator's user name")
    init.add_argument("--roles", default="administrator,supervisor")
    init.add_argument(
        "--no-keychain", action="store_true", help="do not bind the desk to this machine's keychain"
    )
    init.add_argument(
        "--time-zone",
        default="Asia/Baku",
        help="the time zone the desk's months are counted in (IANA name, default Asia/Baku)",
    )
    cli_server.add_arguments(init)

    users = sub.add_parser("users", help="manage users")
    usub = users.add_subparsers(dest="users_command", required=True)
    add = usub.add_parser("add", help="add a user (their password is read next)")
    add.add_argument("name")
    add.add_argument("--roles", required=True, help="operator, supervisor, administrator")
    usub.add_parser("list", help="list users")
    dis = usub.add_parser("disable", help="disable a user (their key slot is removed)")
    dis.add_argument("name")
    usub.add_parser("passwd", help="change your own password (the new one, twice)")
    reset = usub.add_parser("reset", help="give a user a new password (administrator)")
    reset.add_argument("name")
    roles = usub.add_parser("roles", help="set a user's roles")
    roles.add_argument("name")
    roles.add_argument("roles")
    roles.add_argument(
        "--approval", type=int, help="the request a second person approved ('hotline approvals')"
    )

    demo = sub.add_parser("demo", help="fill the desk with synthetic calls")
    demo.add_argument("--calls", type=int, required=True)
    demo.add_argument("--seed", type=int)
    demo.add_argument("--months", type=int, default=12)
    demo.add_argument(
        "--until", help="the calls end on this date (YYYY-MM-DD, exclusive); default now"
    )

    cli_import.register(sub)

    verify = sub.add_parser("verify", help="check the database, the key file and the audit chain")
    verify.add_argument(
        "--witness",
        metavar="FILE",
        help="a backup or export manifest kept elsewhere: the log must still hold its head",
    )
    backup = sub.add_parser("backup", help="write an encrypted, verified copy")
    backup.add_argument("--out", required=True)
    restore = sub.add_parser("restore", help="restore a backup (verified before it is used)")
    restore.add_argument("file")
    cli_server.add_backup_arguments(backup, restore)
    sub.add_parser("rotate-key", help="give the database a new key, rewrap every slot")
    cli_export.register(sub)
    cli_approvals.register(sub)
    cli_seal.register(sub)
    cli_centre.register(sub)
    cli_server.register(sub)
    return parser


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline import desk_time
    from hotline.services import desk

    if args.server:
        return cli_server.cmd_init_server(args, secrets)

    paths = desk_paths(args)
    zone = desk_time.check_zone(args.time_zone)  # before the password is asked for
    password = secrets.read(say(NEW_PASSWORD_FOR, name=args.admin), confirm=True)
    result = desk.init_desk(
        paths,
        args.admin,
        password,
        bind_device=not args.no_keychain,
        roles=parse_roles(args.roles),
        time_zone=zone,
    )
    print(say(QT_TRANSLATE_NOOP("cli", "Desk created in {path}"), path=paths.root))
    if result.bound_to_device:
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "Bound to this machine's keychain ({backend})."),
                backend=result.backend,
            )
        )
    else:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "NOT bound to a keychain: a copy of the desk's files can be attacked "
                    "elsewhere by guessing passwords. Keep the machine's disk encrypted.",
                )
            )
        )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "Key derivation: Argon2id {memory} MiB, {passes} passes, {lanes} lanes."
            ),
            memory=result.kdf.memory_kib // 1024,
            passes=result.kdf.iterations,
            lanes=result.kdf.lanes,
        )
    )
    show_recovery_code(result.recovery_code)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "It opens the desk when every password, or this machine's keychain, is lost."
            )
        )
    )
    return EXIT_OK


def cmd_users(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import users

    if cli_centre.on_centre(args):
        return cli_centre.cmd_users(args, secrets)
    with opened(args, secrets) as session:
        sub = args.users_command
        if sub == "list":
            for user in users.list_users(session):
                roles = ",".join(r.value for r in sorted(user.roles))
                state = "active" if user.active else "disabled"  # codes, like the roles
                print(f"{user.id}\t{user.name}\t{roles}\t{state}")
        elif sub == "add":
            password = secrets.read(say(NEW_PASSWORD_FOR, name=args.name), confirm=True)
            user = users.add_user(session, args.name, parse_roles(args.roles), password)
            labels = ", ".join(in_language("roles", ROLE_LABELS[r]) for r in sorted(user.roles))
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "Added {name} ({roles})."),
                    name=user.name,
                    roles=labels,
                )
            )
        elif sub == "disable":
            users.disable_user(session, args.name)
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Disabled {name}; their key slot was removed. Rotate the database key "
                        "('hotline rotate-key') if they kept a copy.",
                    ),
                    name=args.name,
                )
            )
        elif sub == "passwd":
            old = secrets.login_password  # just proved by signing in
            new = secrets.read(say(QT_TRANSLATE_NOOP("cli", "New password: ")), confirm=True)
            users.change_own_password(session, old, new)
            print(say(QT_TRANSLATE_NOOP("cli", "Password changed.")))
        elif sub == "reset":
            new = secrets.read(say(NEW_PASSWORD_FOR, name=args.name), confirm=True)
            users.reset_password(session, args.name, new)
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "{name} has a new password and new keys."),
                    name=args.name,
                )
            )
        elif sub == "roles":
            return _set_roles(session, args)
    return EXIT_OK


def _set_roles(session: Session, args: argparse.Namespace) -> int:
    """Four eyes: on a desk with a second person a request is made, or found (waiting, or
    approved: then carried out); --approval N names the request to use."""
    from hotline.services import approvals, users

    roles = parse_roles(args.roles)
    if args.approval is None:
        target = next((u for u in users.list_users(session) if u.name == args.name), None)
        if target is None or not target.active:
            raise UnknownUser(name=args.name)
        act, params = approvals.GraveAct.CHANGE_ROLES, users.roles_act(target, roles)
        cleared = approvals.clearance(session, act, params)
        if waits_for_approval(cleared, approvals.RULES[act].label):
            return EXIT_OK
    user = users.set_roles(session, args.name, roles, approval=args.approval)
    print(f"{user.name}: {','.join(r.value for r in sorted(user.roles))}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: Secrets) -> int:
    from datetime import UTC, datetime

    from hotline.services import demo

    if args.calls < 0 or args.months < 1:
        raise InvalidInput(
            field="--calls/--months", problem=QT_TRANSLATE_NOOP("errors", "must be positive")
        )
    until = None
    if args.until:
        try:
            until = datetime.strptime(args.until, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            raise InvalidInput(
                field="--until", problem=QT_TRANSLATE_NOOP("errors", "give a date as YYYY-MM-DD")
            ) from None
    demo.span_start(args.months, until)  # before signing in: a refused span writes nothing
    with opened(args, secrets) as session:
        result = demo.generate(
            session,
            args.calls,
            seed=args.seed,
            months=args.months,
            progress=progress_bar(QT_TRANSLATE_NOOP("cli", "Demo calls")),
            until=until,
        )
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "Added {calls} synthetic calls over {months} months."),
            calls=result.calls,
            months=args.months,
        )
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import integrity

    if cli_centre.on_centre(args):
        return cli_centre.cmd_verify(args, secrets)
    with opened(args, secrets) as session:
        report = integrity.verify(session, Path(args.witness) if args.witness else None)
    return print_report(
        report.facts,
        report.problems,
        QT_TRANSLATE_NOOP("cli", "OK: the database, the key file and the audit chain check clean."),
        report.warnings,
    )


def cmd_backup(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import backup

    if args.server:
        return cli_server.cmd_backup_server(args, secrets)
    with opened(args, secrets) as session:
        result = backup.backup(session, Path(args.out))
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "Backup written and verified: {path} ({calls} calls, {size} bytes)."
            ),
            path=result.path,
            calls=result.calls,
            size=result.size,
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import backup

    if args.server:
        return cli_server.cmd_restore_server(args, secrets)
    name = args.user or input(say(QT_TRANSLATE_NOOP("cli", "User: "))).strip()
    password = secrets.read(
        say(QT_TRANSLATE_NOOP("cli", "Password for {name} (as it was in the backup): "), name=name)
    )
    aside = backup.restore(desk_paths(args), Path(args.file), name, password)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "Restored and verified. The previous files were kept in {path}."
            ),
            path=aside,
        )
    )
    return EXIT_OK


def cmd_rotate(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import users

    with opened(args, secrets) as session:
        generation = users.rotate_database_key(session)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "The database has a new key (generation {generation}); every slot was rewrapped.",
            ),
            generation=generation,
        )
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Secrets], int]] = {
    "init": cmd_init,
    "users": cmd_users,
    "demo": cmd_demo,
    "import": cli_import.cmd_import,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "rotate-key": cmd_rotate,
}
COMMANDS.update(cli_export.COMMANDS)
COMMANDS.update(cli_approvals.COMMANDS)
COMMANDS.update(cli_seal.COMMANDS)
COMMANDS.update(cli_centre.COMMANDS)
COMMANDS.update(cli_server.COMMANDS)
for _name, _on_centre in cli_centre.ON_CENTRE.items():
    COMMANDS[_name] = cli_centre.either(COMMANDS[_name], _on_centre)


def _approvals(args: argparse.Namespace, secrets: Secrets) -> int:
    if cli_centre.on_centre(args):
        return cli_centre.cmd_approvals(args, secrets)
    return cli_approvals.COMMANDS["approvals"](args, secrets)


COMMANDS["approvals"] = _approvals


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from hotline.ui.app import run

        return run(data_dir=args.data_dir, demo=args.demo, config_dir=args.config_dir)
    set_language(choose(args.language))
    secrets = Secrets(args.password_stdin or args.recovery_code_stdin)
    try:
        if args.command in cli_window.FROM_THE_WINDOW:
            cli_window.refuse_if_open(args)
        return COMMANDS[args.command](args, secrets)
    except cli_window.OpenInWindow as exc:
        print(say(ERROR_LINE, text=error_message(exc)), file=sys.stderr)
        return cli_window.EXIT_OPEN
    except DeskError as exc:
        print(say(ERROR_LINE, text=error_message(exc)), file=sys.stderr)
        return EXIT_PROBLEM
    except ValueError as exc:  # parse_roles and friends
        print(f"hotline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(
            say(QT_TRANSLATE_NOOP("cli", "hotline: interrupted; nothing more was written.")),
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        # The program reading our output closed it (`| grep -q`, `| head`): what the
        # command did stays done; only its report was cut off. Python's own flush at
        # exit would raise again, so standard output goes to the null device.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "hotline: the output was cut off: the program reading it stopped."
                )
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEM
