"""Markers for text that is translated where it is shown.

The core must not import Qt, yet its messages reach the user through Qt
Linguist. `QT_TRANSLATE_NOOP(context, text)` is the marker `pyside6-lupdate`
collects from Python sources; here it only returns the text, and the window
translates it with `QCoreApplication.translate(context, text)` when it shows it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
