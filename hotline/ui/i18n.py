"""The interface language: Qt Linguist translators, switchable at runtime.

Installing a translator makes Qt send every widget a LanguageChange event;
widgets retranslate themselves in `changeEvent` (see `Retranslatable`).
Taxonomy labels are not in the .qm files: they come translated from
hotline/data/taxonomy.json, picked by `current()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QSettings, QTranslator

from hotline import catalogue, resources

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _WidgetBase = QWidget
else:  # at run time a plain mixin: the widget class it is mixed into comes after it
    _WidgetBase = object

# One place for the languages and where the choice is kept: the command line reads it too.
LANGUAGES = catalogue.LANGUAGES
DEFAULT = catalogue.WINDOW_DEFAULT
SETTINGS_KEY = catalogue.LANGUAGE_KEY
# The language names are shown in their own language, never translated.
NATIVE_NAMES = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}

_state: dict[str, object] = {"language": DEFAULT, "translators": []}


def current() -> str:
    return str(_state["language"])


def settings() -> QSettings:
    """QSettings holds only the interface language and the window geometry."""
    return QSettings(catalogue.ORGANISATION, catalogue.APPLICATION)


def saved_language() -> str:
    value = settings().value(SETTINGS_KEY, DEFAULT)
    return str(value) if str(value) in LANGUAGES else DEFAULT


def save_language(language: str) -> None:
    settings().setValue(SETTINGS_KEY, language)


def install(language: str) -> None:
    """Load hotline_<lang>.qm and Qt's own qtbase_<lang>.qm; widgets retranslate."""
    if language not in LANGUAGES:
        language = DEFAULT
    app = QCoreApplication.instance()
    old = _state["translators"]
    assert isinstance(old, list)
    if app is not None:
        for translator in old:
            app.removeTranslator(translator)
    fresh: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(str(resources.path("translations") / f"hotline_{language}.qm")):
        fresh.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    # Qt's own dialogs: Qt's catalogue, or the desk's where Qt has none (Azerbaijani).
    if language != "en" and (
        qt_own.load(f"qtbase_{language}", qt_dir)
        or qt_own.load(str(resources.path("translations") / f"qtbase_{language}.qm"))
    ):
        fresh.append(qt_own)
    _state["language"] = language
    _state["translators"] = fresh
    if app is not None:
        for translator in fresh:
            app.installTranslator(translator)
        # Qt posts LanguageChange to the windows: deliver it, then lay the widgets out,
        # so no frame shows the new texts clipped to the old language's widths.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class Retranslatable(_WidgetBase):
    """Mixin for a widget whose texts come from tr(): `retranslate()` sets them again.

    Put it first among the bases (`class Page(Retranslatable, QWidget)`); every
    LanguageChange event (see `install`) calls `retranslate()` before Qt's own handling.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
