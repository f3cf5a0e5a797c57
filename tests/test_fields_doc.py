"""docs/FIELDS.md lists every field of a call record with its values in az, ru and en
and the rule behind it; it is written from the taxonomy and must be kept current."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

from hotline.records import CallRecord
from hotline.taxonomy import load as load_taxonomy

ROOT = Path(__file__).resolve().parent.parent


def test_the_fields_document_is_current_and_complete() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fields_doc.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = (ROOT / "docs" / "FIELDS.md").read_text(encoding="utf-8")
    for f in fields(CallRecord):
        assert f"### `{f.name}`" in text
    taxonomy = load_taxonomy()
    for list_id in ("labour_sector", "heard_of", "exploitation", "outcome", "call_language"):
        for item in taxonomy[list_id].items:
            row = (
                f"| `{item.id}` | {item.labels['az']} | {item.labels['ru']} | {item.labels['en']} |"
            )
            assert row in text
