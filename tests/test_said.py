"""hotline/said.py: a finding is its English text as a str, translated from its template
and values; kept in a file or an audit entry it is translated when read back."""

from __future__ import annotations

import json
import pickle

from hotline import messages, said
from hotline.catalogue import Catalogue
from hotline.errors import FileNotWritten
from hotline.said import Said, joined
from hotline.storage.audit_log import ENTRY_CHANGED, NO_ROLES, ROLES_DIFFER


def _ru() -> messages.Translate:
    return Catalogue("ru").translate


def test_the_english_text_is_the_string_itself() -> None:
    found = Said(ENTRY_CHANGED, seq=12)
    assert found == "audit entry 12 was changed after it was written"
    assert "entry 12" in found and json.dumps([found]) == json.dumps([str(found)])


def test_translated_with_its_values_and_its_marked_words() -> None:
    found = Said(ROLES_DIFFER, user=3, roles="operator", granted=NO_ROLES)
    shown = messages.said_text(found, _ru())
    assert "пользователя 3" in shown and "(никаких)" in shown and "operator" in shown
    assert "differ" not in shown


def test_kept_and_read_back_nested_and_joined() -> None:
    reason = joined([Said(ENTRY_CHANGED, seq=1), Said(ENTRY_CHANGED, seq=2)])
    fields = json.loads(json.dumps(said.kept(reason)))
    back = said.read(fields)
    assert (
        back
        == reason
        == "audit entry 1 was changed after it was written; audit entry 2 "
        + ("was changed after it was written")
    )
    shown = messages.said_text(back, _ru())
    assert shown.count("запись аудита") == 2 and "; " in shown
    # an older record kept the English text only: it is shown as it was
    assert said.read({"problem": "old words"}) == "old words"
    assert pickle.loads(pickle.dumps(back)) == back


def test_an_error_inside_a_finding_is_translated_from_its_template() -> None:
    inner = said.said_of(FileNotWritten(path="/x", reason="EIO"))
    assert isinstance(inner, Said) and "/x" in inner
    assert messages.said_text(inner, _ru()) != str(inner)
