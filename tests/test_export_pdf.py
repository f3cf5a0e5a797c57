"""The PDF of an export: Qt's own writer, and its text holds the published numbers."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.disclosure import SUPPRESSED
from hotline.services import demo
from hotline.services import export as ex
from hotline.services.session import Session
from hotline.ui.export import pdf_format

pypdf = pytest.importorskip("pypdf")


@pytest.fixture(autouse=True)
def _pdf_registered() -> None:
    """The PDF format comes from the Qt side, as the window and the command line register it."""
    assert pdf_format.register()


def later() -> datetime:
    return datetime(2027, 1, 10, tzinfo=UTC)


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize(
    ("table", "period"), [("calls_by_topic", "2026-04"), ("calls_by_topic_region", "2026-Q2")]
)
def test_pdf_text_holds_the_published_numbers(
    admin_session: Session, tmp_path: Path, table: str, period: str
) -> None:
    demo.generate(admin_session, 4000, seed=21, months=14)
    result = ex.export(
        admin_session, table, period, "public", "pdf", tmp_path / "r.pdf", clock=later
    )
    data = result.path.read_bytes()
    assert data.startswith(b"%PDF-")
    pages, text = pdf_text(result.path)
    assert pages == 2  # the period's page with its chart and table, then the notes
    tokens = re.findall(r"\S+", text)
    published = result.release.tables[0].published()
    assert published
    for value in published.values():
        assert str(value) in tokens, value
    assert SUPPRESSED in tokens
    flat = re.sub(r"\s+", " ", text)  # Qt's PDF spaces words with tabs
    assert period in tokens and "Calls by primary topic" in flat
    assert "k = 10" in flat
    assert ex.verify_export(result.manifest).ok
