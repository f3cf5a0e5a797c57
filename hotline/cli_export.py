"""Command-line export: ``hotline export`` and ``hotline verify-export``.

``hotline export --table NAME --period 2026-03|2026-Q1|2026 --audience public|partner
--format FORMAT --out PATH [--language az|ru|en]`` (the formats of
:mod:`hotline.export.formats`; the labels in that language, by default the one the
command line speaks) writes one table of the catalogue and its signed manifest; ``hotline export --list`` prints the catalogue and
``--history`` the earlier exports; ``hotline verify-export MANIFEST`` checks a
manifest's signature and its file's hash without opening the desk.
"""

from __future__ import annotations

import argparse
import base64
import binascii
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hotline.catalogue import Catalogue, choose
from hotline.cli_common import (
    EXIT_OK,
    Secrets,
    opened,
    print_report,
    progress_bar,
    say,
    waits_for_approval,
)
from hotline.errors import DeskError, InvalidInput
from hotline.export.catalogue import check_language
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.said import Said

if TYPE_CHECKING:
    from hotline.export.key_card import KeyCard

PROGRESS = QT_TRANSLATE_NOOP("cli", "Export")
EXPORTED = QT_TRANSLATE_NOOP(
    "cli",
    "Exported {table} {period} for {audience} (k={k}): {published} cells published, "
    "{suppressed} suppressed; audit passed.",
)
REISSUED = QT_TRANSLATE_NOOP(
    "cli",
    "Re-issued {table} {period} for {audience} (k={k}): {published} cells published, "
    "{suppressed} suppressed; audit passed.",
)
WRITTEN = QT_TRANSLATE_NOOP("cli", "File: {path}\nManifest: {manifest}\nSHA-256: {sha256}")
VERIFIED = QT_TRANSLATE_NOOP(
    "cli", "OK: the signature is the desk's (the key given) and the file is the one it signed."
)
# Anyone can alter a file and sign it anew with a key of their own: a signature checked
# only against the key the manifest carries proves nothing about the desk.
UNPINNED = QT_TRANSLATE_NOOP(
    "export",
    "the signature was checked only against the key the manifest itself carries "
    "(fingerprint {fingerprint}): anyone can sign an altered file with a key of their "
    "own. Give the desk's export key with --key (the desk prints it with "
    "`hotline export --public-key`)",
)
CARD_WRITTEN = QT_TRANSLATE_NOOP("cli", "Key card written to {path}.")
CARD_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "errors", "The key card could not be written to {path} ({reason}); nothing was written."
)
GIVE_OPTIONS = QT_TRANSLATE_NOOP("errors", "give {options}")
KEY_NOT_BASE64 = QT_TRANSLATE_NOOP(
    "errors",
    "the key is not base64 text: give the key as the desk's key card shows it "
    "(44 characters, the last one '=')",
)
KEY_IS_FINGERPRINT = QT_TRANSLATE_NOOP(
    "errors",
    "that is the key's fingerprint, not the key: give the key itself (the line above "
    "the fingerprint on the desk's key card)",
)
KEY_WRONG_SIZE = QT_TRANSLATE_NOOP(
    "errors",
    "this is not an export key: the desk's key is 32 bytes (44 characters of base64 on "
    "its key card), this one is {size} bytes",
)


def register(sub: Any) -> None:
    """Add the export commands to the CLI's subparsers."""
    from hotline.export import formats
    from hotline.ui.export import pdf_format

    pdf_format.register()  # the Qt side's format; Qt itself loads only to write a PDF
    exp = sub.add_parser("export", help="export anonymised counts (administrators)")
    exp.add_argument("--table", help="a table of the catalogue (see --list)")
    exp.add_argument("--period", help="2026-03 (month), 2026-Q1 (quarter) or 2026 (year)")
    exp.add_argument("--audience", choices=["public", "partner"], default="public")
    exp.add_argument(
        "--format",
        choices=formats.names(),
        default="csv",
        help="; ".join(f"{f}: {formats.get(f).summary}" for f in formats.names()),
    )
    exp.add_argument("--out", help="the file to write; the manifest goes beside it")
    exp.add_argument(
        "--language",
        dest="file_language",
        metavar="az|ru|en",
        help="the language of the file's labels (codes are the same in every language; "
        "default: the language the command line speaks, see hotline --language)",
    )
    exp.add_argument("--list", action="store_true", help="print the catalogue of tables")
    exp.add_argument("--history", action="store_true", help="list the earlier exports")
    exp.add_argument(
        "--public-key",
        action="store_true",
        help="print the desk's export key, its fingerprint and a key card for partners "
        "(with --out CARD.pdf also a one-page card to print; --language its language)",
    )
    ver = sub.add_parser("verify-export", help="check an export's manifest and file")
    ver.add_argument("manifest")
    ver.add_argument(
        "--key", help="the desk's export public key (base64) the signature must come from"
    )


def _session(args: argparse.Namespace, secrets: Secrets) -> AbstractContextManager[Any]:
    """The centre's session on a workstation that joined one (no desk folder named),
    else the desk's: the export is the same service on both."""
    from hotline import cli_centre

    return (
        cli_centre.opened_centre(args, secrets)
        if cli_centre.on_centre(args)
        else opened(args, secrets)
    )


def cmd_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import export

    if args.list:
        for spec in export.catalogue():
            kinds = "/".join(spec.period_kinds)
            print(f"{spec.name}\t{kinds}\t{spec.title}")
        return EXIT_OK
    if args.public_key:
        from hotline.export import key_card

        language = check_language(args.file_language or choose(args.language))
        with _session(args, secrets) as session:
            public = export.export_key(session)
        card = key_card.card(public, Catalogue(language).translate)
        print(card.text(), end="")
        if args.out:
            write_card(card, Path(args.out))
        return EXIT_OK
    if args.history:
        with _session(args, secrets) as session:
            lines = export.history(session)
        for line in lines:
            print(
                f"{line.id}\t{line.at}\t{line.table}\t{line.period}\t{line.audience}"
                f"\tk={line.k}\t{line.format}\t{line.file_sha256[:16]}"
            )
        return EXIT_OK
    missing = [n for n in ("table", "period", "out") if not getattr(args, n)]
    if missing:
        options = ", ".join(f"--{n}" for n in missing)
        raise InvalidInput(field="export", problem=Said(GIVE_OPTIONS, options=options))
    language = check_language(args.file_language or choose(args.language))
    with _session(args, secrets) as session:
        if args.audience == "partner":
            from hotline.services import approvals

            cleared = export.partner_clearance(session, args.table, args.period, args.format)
            if waits_for_approval(cleared, approvals.RULES[export.PARTNER_EXPORT].label):
                return EXIT_OK
        result = export.export(
            session,
            args.table,
            args.period,
            args.audience,
            args.format,
            Path(args.out),
            progress=progress_bar(PROGRESS),
            language=language,
        )
    release, audit = result.release, result.release.audit
    print(
        say(
            REISSUED if result.reissued else EXPORTED,
            table=release.table,
            period=release.period,
            audience=release.audience,
            k=release.k,
            published=audit.published,
            suppressed=audit.suppressed,
        )
    )
    print(say(WRITTEN, path=result.path, manifest=result.manifest, sha256=result.sha256))
    return EXIT_OK


def write_card(card: KeyCard, out: Path) -> None:
    """The key card to a file: one A4 page for a .pdf, else its text (UTF-8)."""
    from hotline.paths import write_atomic
    from hotline.ui.export.pdf_format import key_card_pdf

    content = key_card_pdf(card) if out.suffix.lower() == ".pdf" else card.text().encode()
    try:
        write_atomic(out, content)
    except OSError as exc:
        raise DeskError(CARD_NOT_WRITTEN, path=str(out), reason=exc.strerror or str(exc)) from exc
    print(say(CARD_WRITTEN, path=out))


def pinned_key(given: str) -> bytes:
    """The desk's export key given with --key (as its key card shows it)."""
    from hotline.export.verification import PUBLIC_KEY_BYTES

    text = "".join(given.split())
    hex_digits = set("0123456789abcdefABCDEF:")
    if ":" in text and set(text) <= hex_digits:
        raise InvalidInput(field="--key", problem=Said(KEY_IS_FINGERPRINT))
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(field="--key", problem=Said(KEY_NOT_BASE64)) from None
    if len(key) != PUBLIC_KEY_BYTES:
        raise InvalidInput(field="--key", problem=Said(KEY_WRONG_SIZE, size=len(key)))
    return key


def cmd_verify_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.export.verification import FINGERPRINT
    from hotline.services.export import verify_export

    del secrets
    key = pinned_key(args.key) if args.key is not None else None
    result = verify_export(Path(args.manifest), key)
    problems = list(result.problems)
    if key is None and not problems:
        problems.append(Said(UNPINNED, fingerprint=result.facts.get(FINGERPRINT, "?")))
    return print_report(result.facts, problems, VERIFIED)


COMMANDS: dict[str, Callable[[argparse.Namespace, Secrets], int]] = {
    "export": cmd_export,
    "verify-export": cmd_verify_export,
}
