"""The labels of exported files in Azerbaijani, Russian or English (issue 14): codes and
numbers are the same in every language; only the labels differ."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.errors import InvalidInput
from hotline.services import demo
from hotline.services import export as ex
from hotline.services.session import Session
from tests.helpers import hotline

LATER = datetime(2027, 1, 10, tzinfo=UTC)
LABELS = ("label_1", "label_2")


def later() -> datetime:
    return LATER


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_the_same_export_in_three_languages_differs_only_in_labels(
    admin_session: Session, tmp_path: Path
) -> None:
    demo.generate(admin_session, 600, seed=7, months=12, until=datetime(2026, 12, 1, tzinfo=UTC))
    tax = admin_session.taxonomy
    files = {}
    for language in ("en", "ru", "az"):
        path = tmp_path / f"sex-{language}.csv"
        result = ex.export(
            admin_session,
            "calls_by_topic_sex",
            "2026-Q1",
            "public",
            "csv",
            path,
            clock=later,
            language=language,
        )
        files[language] = rows_of(result.path)
        manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
        assert manifest["language"] == language
    en = files["en"]
    assert en, "nothing exported"
    for language in ("ru", "az"):
        other = files[language]
        assert len(other) == len(en)
        for a, b in zip(en, other, strict=True):
            assert {k: v for k, v in a.items() if k not in LABELS} == {
                k: v for k, v in b.items() if k not in LABELS
            }
        # The taxonomy's own labels, and the fixed ones (Total) translated too.
        first = next(r for r in other if r["code_1"] == "work_abroad")
        assert first["label_1"] == tax.label("topic", "work_abroad", language)
        totals = {r["label_2"] for r in other if r["code_2"] == "total"}
        assert totals and totals != {"Total"}
    female = next(r for r in files["az"] if r["code_2"] == "female")
    assert female["label_2"] == "Qadın"
    # The first export in each language is its own file; asked again, the same bytes.
    again = ex.export(
        admin_session,
        "calls_by_topic_sex",
        "2026-Q1",
        "public",
        "csv",
        tmp_path / "again.csv",
        clock=later,
        language="az",
    )
    assert again.reissued
    assert again.path.read_bytes() == (tmp_path / "sex-az.csv").read_bytes()


def test_a_language_the_files_do_not_have_is_refused(
    admin_session: Session, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="az, ru or en"):
        ex.export(
            admin_session,
            "calls_by_topic",
            "2026-03",
            "public",
            "csv",
            tmp_path / "x.csv",
            clock=later,
            language="de",
        )
    assert not (tmp_path / "x.csv").exists()


def test_the_command_line_refuses_a_bad_language_clearly(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    password = "night shift on the quiet line"
    made = hotline(data, "init", "--admin", "admin", "--no-keychain", stdin=f"{password}\n" * 2)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "march.csv"
    for speaking, words in (("en", "az, ru or en"), ("ru", "az, ru или en")):
        result = hotline(
            data,
            "--language",
            speaking,
            "export",
            "--table",
            "calls_by_topic",
            "--period",
            "2026-03",
            "--out",
            str(out),
            "--language",
            "fr",
            user="admin",
            stdin=f"{password}\n",
        )
        assert result.returncode != 0
        assert words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert not out.exists()
