"""The command line speaks the user's language: --language, else HOTLINE_LANGUAGE, else
the language the window saved (its QSettings file, read without Qt), else the locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from hotline import catalogue
from tests.helpers import hotline

ADMIN_PW = "night shift on the quiet line"

# What each language says when there is no desk, at sign-in, and after a clean verify.
NO_DESK = {"az": "qovluğunda masa yoxdur", "ru": "нет пульта", "en": "There is no desk in"}
HEAD_GONE = {
    "az": "hotline: xəbərdarlıq: Verilənlər bazasının yanındakı audit jurnalının baş faylı",
    "ru": "hotline: предупреждение: Файл вершины журнала аудита рядом с базой данных удалён",
    "en": "hotline: warning: The audit log's head file beside the database was deleted",
}
VERIFIED = {
    "az": "Qaydasındadır: verilənlər bazası, açar faylı və audit zənciri",
    "ru": "В порядке: база данных, файл ключей и цепочка аудита",
    "en": "OK: the database, the key file and the audit chain check clean.",
}
CREATED = {"az": "Masa yaradıldı:", "ru": "Пульт создан в", "en": "Desk created in"}
RECOVERY = {"az": "BƏRPA KODU", "ru": "КОД ВОССТАНОВЛЕНИЯ", "en": "RECOVERY CODE"}
EARLY = {
    "az": "standart giriş vaxtından əvvəl bitdi",
    "ru": "стандартный ввод закончился раньше времени",
    "en": "standard input ended early",
}


def _window_saved(config: Path, language: str) -> None:
    """What QSettings("hotline152", "desk") writes on Linux when the window's language is set."""
    folder = config / catalogue.ORGANISATION
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{catalogue.APPLICATION}.conf").write_text(
        f"[ui]\ngeometry=@Variant(\\0\\0)\nlanguage={language}\n", encoding="utf-8"
    )


@pytest.mark.parametrize("language", catalogue.LANGUAGES)
def test_each_language_from_the_option(tmp_path: Path, language: str) -> None:
    missing = hotline(tmp_path / "none", "--language", language, "verify", user="admin", stdin="x")
    assert missing.returncode == 1 and NO_DESK[language] in missing.stderr, missing.stderr
    assert "Traceback" not in missing.stderr
    data = tmp_path / "desk"
    made = hotline(
        data,
        "--language",
        language,
        "init",
        "--admin",
        "admin",
        "--no-keychain",
        stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n",
    )
    assert made.returncode == 0, made.stderr
    assert CREATED[language] in made.stdout and RECOVERY[language] in made.stdout
    checked = hotline(data, "--language", language, "verify", user="admin", stdin=f"{ADMIN_PW}\n")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert VERIFIED[language] in checked.stdout
    (data / "audit.head").unlink()  # the sign-in tells it, in the user's language
    listed = hotline(
        data, "--language", language, "users", "list", user="admin", stdin=f"{ADMIN_PW}\n"
    )
    assert listed.returncode == 0 and HEAD_GONE[language] in listed.stderr, listed.stderr
    cut = hotline(
        data,
        "--language",
        language,
        "users",
        "add",
        "x1",
        "--roles",
        "operator",
        user="admin",
        stdin=f"{ADMIN_PW}\n",
    )
    assert cut.returncode == 1 and EARLY[language] in cut.stderr, cut.stderr


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_language_the_window_saved(tmp_path: Path, language: str) -> None:
    config = tmp_path / "config"
    _window_saved(config, language)
    env = {"XDG_CONFIG_HOME": str(config), "HOTLINE_LANGUAGE": "", "LANG": "C.UTF-8"}
    missing = hotline(tmp_path / "none", "verify", user="admin", stdin="x", env=env)
    assert NO_DESK[language] in missing.stderr, missing.stderr
    # The option wins over the window's choice.
    told = hotline(
        tmp_path / "none", "--language", "en", "verify", user="admin", stdin="x", env=env
    )
    assert NO_DESK["en"] in told.stderr, told.stderr


def test_the_order_of_the_choice(tmp_path: Path) -> None:
    config = tmp_path / "config"
    base = {"XDG_CONFIG_HOME": str(config), "HOME": str(tmp_path)}
    assert catalogue.choose(None, base) == "en"  # nothing anywhere
    assert catalogue.choose(None, {**base, "LANG": "ru_RU.UTF-8"}) == "ru"
    _window_saved(config, "az")
    assert catalogue.choose(None, {**base, "LANG": "ru_RU.UTF-8"}) == "az"
    assert catalogue.choose(None, {**base, catalogue.ENV: "ru"}) == "ru"
    assert catalogue.choose("en", {**base, catalogue.ENV: "ru"}) == "en"
    _window_saved(config, "klingon")  # a damaged setting is no choice
    assert catalogue.choose(None, base) == "en"
    (config / catalogue.ORGANISATION / f"{catalogue.APPLICATION}.conf").write_bytes(b"\xff[ui")
    assert catalogue.choose(None, base) == "en"
