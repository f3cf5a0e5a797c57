"""Command-line import of the old log: ``hotline import FILE``.

A ``.jsonl`` file is read as JSON Lines (services/importer.py, unchanged); any
other file as a spreadsheet, CSV or XLSX (services/sheet_import.py):

- the column mapping is guessed from the header (the saved mapping first) and
  printed; ``--column "HEADER=FIELD"`` changes it (``HEADER=`` leaves the
  column out), ``--value "FIELD:TEXT=ID"`` maps a value (``=-`` rejects it;
  FIELD may also be the list's id, or ``operator`` with a user name);
- ``--show-mapping`` prints the mapping, every distinct value of the coded
  columns with what it is taken for, and the first rows as they will be
  stored, and writes nothing;
- ``--dry-run`` checks every row and prints every problem with its row and
  column, and writes nothing;
- otherwise the whole file is checked, then stored in one transaction, or
  nothing is; the mapping used is saved in the desk for the next file. A
  terminal is asked to confirm the mapping; a script passes ``--yes``. Rows
  imported before (the same cells) are refused unless ``--again``.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from hotline import messages
from hotline.cli_common import (
    EXIT_OK,
    EXIT_PROBLEM,
    WARNING_LINE,
    Secrets,
    error_message,
    in_language,
    opened,
    progress_bar,
    say,
)
from hotline.errors import InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP

JSON_LINES = (".jsonl", ".ndjson")
IMPORT_BAR = QT_TRANSLATE_NOOP("cli", "Import")
# A yes at the prompt, in any of the three languages.
YES = ("y", "yes", "b", "bəli", "d", "да")
# Call content: a terminal's output may be kept in a file, so the preview leaves it out.
FREE_TEXT = frozenset({"notes", "callback_times", "code_word", "entities"})


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import an old log: JSON Lines, or a CSV/XLSX spreadsheet")
    imp.add_argument("file", nargs="?")
    imp.add_argument("--template", action="store_true", help="print one example JSON line")
    imp.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column to a field (HEADER= leaves it out)",
    )
    imp.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="FIELD:TEXT=ID",
        help="map a value of a coded column to a taxonomy id (=- rejects it)",
    )
    imp.add_argument("--operator", help="the user who took the calls of rows without one")
    imp.add_argument(
        "--show-mapping", action="store_true", help="print the mapping and a preview only"
    )
    imp.add_argument("--dry-run", action="store_true", help="check every row, print every problem")
    imp.add_argument("--yes", action="store_true", help="import without asking to confirm")
    imp.add_argument(
        "--again", action="store_true", help="import rows that were imported before, again"
    )


def cmd_import(args: argparse.Namespace, secrets: Secrets) -> int:
    from hotline.services import importer

    if args.template:
        print(importer.template())
        return EXIT_OK
    if not args.file:
        raise InvalidInput(
            field="import", problem=QT_TRANSLATE_NOOP("errors", "give a file, or --template")
        )
    path = Path(args.file)
    if path.suffix.lower() in JSON_LINES:
        with _opened(args, secrets) as session:
            count = importer.import_file(session, path, progress_bar(say(IMPORT_BAR)))
        print(say(QT_TRANSLATE_NOOP("cli", "Imported {count} calls."), count=count))
        _print_held(count)
        return EXIT_OK
    return _import_sheet(args, secrets, path)


def _opened(args: argparse.Namespace, secrets: Secrets) -> AbstractContextManager[Any]:
    """The centre this workstation joined (no desk folder named), else the desk."""
    from hotline import cli_centre

    if cli_centre.on_centre(args):
        return cli_centre.opened_centre(args, secrets)
    return opened(args, secrets)


def _print_held(count: Any) -> None:
    """On a centre: the file's calls it held already, from an earlier import."""
    held = getattr(count, "held", 0)
    if held:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{held} calls of the file were on the centre already (imported "
                    "before) and were not stored again.",
                ),
                held=held,
            )
        )


def _columns(header: tuple[str, ...], guessed: tuple[str | None, ...], given: list[str]) -> Any:
    from hotline.sheets import columns
    from hotline.sheets.rows import Mapping

    out = list(guessed)
    by_header = {columns.normal(h): i for i, h in enumerate(header)}
    for option in given:
        name, sep, field = option.partition("=")
        index = by_header.get(columns.normal(name))
        if not sep or index is None:
            raise InvalidInput(
                field="--column",
                problem=QT_TRANSLATE_NOOP("errors", "no column of the file has this header"),
            )
        field = field.strip()
        if field and field not in columns.FIELDS:
            raise InvalidInput(
                field="--column",
                problem=QT_TRANSLATE_NOOP(
                    "errors", "not a field a column may fill (hotline import --help)"
                ),
            )
        if field in out:
            out[out.index(field)] = None
        out[index] = field or None
    return Mapping(tuple(out))


def _values(mapping: Any, given: list[str], taxonomy: Any, users: tuple[str, ...]) -> Any:
    from hotline.sheets import columns
    from hotline.sheets.rows import OPERATOR_LIST, REJECT, Mapping, list_of

    chosen = {k: dict(v) for k, v in mapping.values.items()}
    for option in given:
        where, sep, item = option.rpartition("=")
        field, colon, text = where.partition(":")
        if not sep or not colon or not text.strip():
            raise InvalidInput(
                field="--value", problem=QT_TRANSLATE_NOOP("errors", "write it as FIELD:TEXT=ID")
            )
        list_id = list_of(field) or (
            field if field in taxonomy.lists or field == "country" else None
        )
        if list_id is None:
            raise InvalidInput(
                field="--value", problem=QT_TRANSLATE_NOOP("errors", "not a coded field")
            )
        item = item.strip()
        if list_id == OPERATOR_LIST:
            if item != REJECT and item.casefold() not in {u.casefold() for u in users}:
                raise InvalidInput(
                    field="--value",
                    problem=QT_TRANSLATE_NOOP("errors", "no user of the desk has this name"),
                )
        elif item != REJECT and item not in taxonomy[list_id]:
            raise InvalidInput(
                field="--value",
                problem=QT_TRANSLATE_NOOP("errors", "not an id of the field's list"),
            )
        chosen.setdefault(list_id, {})[columns.normal(text) or text.strip()] = item
    return Mapping(mapping.columns, chosen)


def _core(text: str) -> str:
    """A message marked in the core, in the command line's language."""
    return messages.core_text(text, in_language)


def _print_mapping(sheet: Any, mapping: Any) -> None:
    from hotline.sheets.reader import column_letter

    print(
        say(
            QT_TRANSLATE_NOOP("cli", "{name}: {rows} rows ({kind})"),
            name=sheet.name,
            rows=len(sheet.rows),
            kind=sheet.kind.upper(),
        )
    )
    for index, header in enumerate(sheet.header):
        field = mapping.columns[index] or say(QT_TRANSLATE_NOOP("cli", "(left out)"))
        print(f"  {column_letter(index)}\t{header}\t-> {field}")


def _print_problems(problems: list[Any]) -> None:
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "PROBLEMS ({count}); nothing was imported:"),
            count=len(problems),
        )
    )
    for problem in problems:
        print(f"  - {problem.message(_core)}")


def _import_sheet(args: argparse.Namespace, secrets: Secrets, path: Path) -> int:
    from hotline.services import sheet_import
    from hotline.sheets.rows import REJECT, NoDateColumn

    with _opened(args, secrets) as session:
        found = sheet_import.open_sheet(session, path)
        mapping = _columns(found.sheet.header, found.mapping.columns, args.column)
        mapping = _values(mapping, args.value, session.taxonomy, found.users)
        choices = sheet_import.value_choices(session, found.sheet, mapping)
        mapping = sheet_import.mapping_with(mapping, choices)
        if found.saved.tampered:
            text = say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "the saved mapping was changed outside the program (it is not the one an "
                    "administrator saved); it was not used. Tell the administrator.",
                )
            )
            print(say(WARNING_LINE, text=text), file=sys.stderr)
        _print_mapping(found.sheet, mapping)
        if args.show_mapping:
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli", "Values of the coded columns (list, text, rows -> taken for):"
                    )
                )
            )
            for c in choices:
                if c.chosen == REJECT:
                    taken = say(QT_TRANSLATE_NOOP("cli", "REJECTED"))
                else:
                    unknown = QT_TRANSLATE_NOOP("cli", "UNKNOWN: map it with --value")
                    taken = c.chosen or say(unknown)
                print(f"  {c.list_id}\t{c.text}\t{c.count}\t-> {taken}")
            try:
                shown = sheet_import.preview(session, found.sheet, mapping, args.operator)
            except NoDateColumn as exc:
                print(error_message(exc))
                return EXIT_OK
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli", "The first rows as they will be stored (free text not printed):"
                    )
                )
            )
            for number, record in shown.records:
                stored = {
                    k: v
                    for k, v in record.to_json().items()
                    if v not in (None, "", [], False) and k not in FREE_TEXT
                }
                print(f"  row {number}: {stored}")
            if shown.problems:
                _print_problems(shown.problems)
            return EXIT_OK
        if args.dry_run:
            report = sheet_import.dry_run(
                session,
                found.sheet,
                mapping,
                args.operator,
                progress=progress_bar(say(QT_TRANSLATE_NOOP("cli", "Check"))),
            )
            if report.problems:
                _print_problems(report.problems)
                return EXIT_PROBLEM
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli", "OK: all {rows} rows can be imported; nothing was written."
                    ),
                    rows=len(report.records),
                )
            )
            return EXIT_OK
        if not args.yes:
            if not sys.stdin.isatty():
                raise InvalidInput(
                    field="--yes",
                    problem=QT_TRANSLATE_NOOP(
                        "errors",
                        "check the mapping above (--show-mapping), then import with --yes",
                    ),
                )
            answer = input(say(QT_TRANSLATE_NOOP("cli", "Import with this mapping? [y/N] ")))
            if answer.strip().lower() not in YES:
                print(say(QT_TRANSLATE_NOOP("cli", "Nothing was imported.")))
                return EXIT_PROBLEM
        try:
            count = sheet_import.import_sheet(
                session,
                found.sheet,
                mapping,
                args.operator,
                progress=progress_bar(say(IMPORT_BAR)),
                again=args.again,
            )
        except sheet_import.SheetRejected as rejected:
            _print_problems(rejected.cell_problems)
            return EXIT_PROBLEM
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Imported {count} calls from {name}; the mapping was saved for the next file.",
            ),
            count=count,
            name=path.name,
        )
    )
    _print_held(count)
    return EXIT_OK
