"""The data files ship inside the package, and a bad one is refused by name."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from hotline import data_files, passwords, referrals, resources, taxonomy, topic_keywords
from hotline.errors import DataFileDamaged

CACHED: tuple[Callable[..., Any], ...] = (
    referrals.load,
    topic_keywords.load,
    passwords.common_passwords,
)


@pytest.fixture
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped data the test may break; caches emptied before and after."""
    target = tmp_path / "data"
    shutil.copytree(resources.resources_dir(), target)
    monkeypatch.setenv(resources.ENV, str(target))
    for loader in CACHED:
        loader.cache_clear()  # type: ignore[attr-defined]
    yield target
    monkeypatch.delenv(resources.ENV)
    for loader in CACHED:
        loader.cache_clear()  # type: ignore[attr-defined]


def shipped(name: str) -> Any:
    return json.loads((resources.resources_dir() / name).read_text(encoding="utf-8"))


OUTCOMES = frozenset(taxonomy.load()["outcome"].ids())
TOPICS = frozenset(taxonomy.load()["topic"].ids())


def test_the_data_folder_is_inside_the_package() -> None:
    import hotline

    folder = resources.resources_dir()
    assert folder == Path(hotline.__file__).parent / "data"
    for name in ("taxonomy.json", "referrals.json", "topic_keywords.json", "countries.json"):
        assert (folder / name).is_file()
    for language in ("az", "ru", "en"):
        assert (folder / "translations" / f"hotline_{language}.qm").is_file()


def test_every_shipped_file_passes_its_schema() -> None:
    data_files.check()
    entries = referrals.load()
    assert entries and all(e.outcome in OUTCOMES for e in entries)
    police = next(e for e in entries if e.id == "police_102")
    assert police.phone == "102"
    assert police.text("name", "az") == "Polis" and police.text("address", "ru") == ""
    stems = topic_keywords.load()
    assert set(stems) <= TOPICS and stems["work_abroad"]


def test_keywords_suggest_a_topic_from_azerbaijani_russian_and_english() -> None:
    assert "work_abroad" in topic_keywords.suggest("İŞLƏ getmək istəyir")
    assert "work_abroad" in topic_keywords.suggest("Обещали РАБОТУ за границей")
    assert "work_abroad" in topic_keywords.suggest("a job offer")
    assert topic_keywords.suggest("") == []


def referral_problem(mutate: Callable[[list[dict[str, Any]]], Any]) -> str:
    data = copy.deepcopy(shipped("referrals.json"))
    replaced = mutate(data)
    with pytest.raises(DataFileDamaged) as caught:
        referrals.parse(replaced if isinstance(replaced, dict | list) else data, OUTCOMES)
    message = caught.value.message()
    assert "referrals.json" in message
    return message


def test_a_directory_in_another_shape_is_refused_not_emptied() -> None:
    message = referral_problem(lambda d: {"entries": d})
    assert "must be a list of entries" in message


def test_a_directory_entry_missing_a_language_is_refused() -> None:
    message = referral_problem(lambda d: d[1]["name"].pop("ru"))
    assert "entry 2 (police_102) name" in message and "az, ru and en" in message


def test_a_directory_entry_with_a_misspelt_field_is_refused() -> None:
    message = referral_problem(lambda d: d[0].update(phones=["1"]))
    assert "unknown field 'phones'" in message


def test_a_directory_with_an_unknown_outcome_or_a_duplicate_id_is_refused() -> None:
    assert "not an outcome of the taxonomy" in referral_problem(
        lambda d: d[0].update(outcome="police")
    )
    assert "the id is used twice" in referral_problem(lambda d: d.append(dict(d[0])))
    assert "phone: must be a non-empty text" in referral_problem(lambda d: d[0].update(phone=590))


def keyword_problem(mutate: Callable[[dict[str, Any]], Any]) -> str:
    data = copy.deepcopy(shipped("topic_keywords.json"))
    mutate(data)
    with pytest.raises(DataFileDamaged) as caught:
        topic_keywords.parse(data, TOPICS)
    message = caught.value.message()
    assert "topic_keywords.json" in message
    return message


def test_keywords_for_an_unknown_topic_or_language_are_refused() -> None:
    assert "not a topic of the taxonomy" in keyword_problem(lambda d: d.update(jobs=d["other"]))
    assert "exactly az, ru and en" in keyword_problem(lambda d: d["other"].pop("en"))


def test_a_keyword_that_could_never_match_is_refused() -> None:
    assert "'Job' is not one lower-case word" in keyword_problem(
        lambda d: d["work_abroad"]["en"].append("Job")
    )
    assert "'job offer' is not one" in keyword_problem(
        lambda d: d["work_abroad"]["en"].append("job offer")
    )
    assert "must be a list of stems" in keyword_problem(lambda d: d["work_abroad"].update(en="job"))


def test_a_file_that_is_not_json_is_named_with_its_line(overlay: Path) -> None:
    (overlay / "referrals.json").write_text('[\n {"id": "x",\n', encoding="utf-8")
    with pytest.raises(DataFileDamaged, match=r"referrals\.json .*not JSON, line 3"):
        data_files.check()


def test_a_missing_file_is_named(overlay: Path) -> None:
    (overlay / "topic_keywords.json").unlink()
    with pytest.raises(DataFileDamaged, match=r"topic_keywords\.json .*missing"):
        data_files.check()


def test_a_missing_password_list_refuses_instead_of_accepting_everything(overlay: Path) -> None:
    (overlay / "common_passwords.txt").unlink()
    with pytest.raises(DataFileDamaged, match=r"common_passwords\.txt"):
        passwords.check("passwordpassword1", "leyla")
