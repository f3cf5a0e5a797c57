"""Build the Qt Linguist files from the sources and the translation tables.

1. `pyside6-lupdate` collects every tr()/translate()/QT_TRANSLATE_NOOP string
   from hotline/ into a fresh catalogue;
2. the tables in hotline/data/translations/src/*.json give each string's
   Azerbaijani and Russian text ({"context": {"source": {"az": ..., "ru": ...}}});
   English is the source text itself; a string with a count (tr(text, "", n),
   "%n" in it) has a list of plural forms in every language, English too
   ({"az": [one, other], "ru": [one, few, many], "en": [one, other]});
3. hotline_{az,ru,en}.ts are written (a string without a translation stays
   type="unfinished", which the tests refuse) and `pyside6-lrelease` compiles
   them to .qm.

Run with `make translations`; `--check` only reports what is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "hotline" / "data" / "translations"
TABLES = OUT / "src"
LANGUAGES = {"az": "az_AZ", "ru": "ru_RU", "en": "en_US"}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; run inside the project's .venv")
    return found


PLURAL_FORMS = {"az": 2, "ru": 3, "en": 2}  # what Qt's lrelease expects


def extract() -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    sources = sorted(str(p) for p in (ROOT / "hotline").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(ts)
    messages = []
    numerus = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            messages.append(key)
            if message.get("numerus") == "yes":
                numerus.add(key)
    return sorted(set(messages)), numerus


def text_for(
    language: str,
    key: tuple[str, str],
    numerus: set[tuple[str, str]],
    tables: dict[tuple[str, str], dict[str, Any]],
) -> str | list[str] | None:
    """The translation of one message: a string, or the plural forms; None if missing."""
    found = tables.get(key, {}).get(language)
    if key in numerus:
        ok = isinstance(found, list) and len(found) == PLURAL_FORMS[language] and all(found)
        return found if ok else None
    if language == "en":
        return key[1]
    return found if isinstance(found, str) and found else None


def load_tables() -> dict[tuple[str, str], dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for table in sorted(TABLES.glob("*.json")):
        data = json.loads(table.read_text(encoding="utf-8"))
        for context, entries in data.items():
            for source, texts in entries.items():
                merged.setdefault((context, source), {}).update(texts)
    return merged


def write_ts(
    language: str,
    messages: list[tuple[str, str]],
    numerus: set[tuple[str, str]],
    tables: dict[tuple[str, str], dict[str, Any]],
) -> list[tuple[str, str]]:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    missing = []
    by_context: dict[str, list[str]] = {}
    for context, source in messages:
        by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in sources:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            text = text_for(language, (context, source), numerus, tables)
            translation = ET.SubElement(msg, "translation")
            if (context, source) in numerus:
                msg.set("numerus", "yes")
                for form in text or [""] * PLURAL_FORMS[language]:
                    ET.SubElement(translation, "numerusform").text = form
            elif text:
                translation.text = str(text)
            if not text:
                translation.set("type", "unfinished")
                missing.append((context, source))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    (OUT / f"hotline_{language}.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    check_only = "--check" in sys.argv
    messages, numerus = extract()
    tables = load_tables()
    missing_all: dict[str, list[tuple[str, str]]] = {}
    for language in LANGUAGES:
        if check_only:
            missing_all[language] = [
                m for m in messages if text_for(language, m, numerus, tables) is None
            ]
            continue
        missing_all[language] = write_ts(language, messages, numerus, tables)
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                str(OUT / f"hotline_{language}.ts"),
                "-qm",
                str(OUT / f"hotline_{language}.qm"),
            ],
            check=True,
            capture_output=True,
        )
    if not check_only:
        # Qt ships no Azerbaijani catalogue of its own dialogs (buttons, file dialog,
        # edit menus): the desk carries one, kept by hand in hotline/data/translations/qt/.
        for ts in sorted((OUT / "qt").glob("*.ts")):
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(OUT / f"{ts.stem}.qm")],
                check=True,
                capture_output=True,
            )
    total = sum(len(v) for v in missing_all.values())
    for language, missing in missing_all.items():
        for context, source in missing:
            print(f"missing {language}: [{context}] {source}")
    print(f"{len(messages)} strings, {total} translations missing")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
