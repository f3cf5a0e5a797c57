"""The notes an exported file carries (method, marker, definitions), in the file's language.

One place for these texts: the XLSX notes sheet and the marker line under every table,
the PDF's marker line and notes page, and the manifest's method beside every file.  They
are source texts of the "export" context, translated from the same tables as the labels
(hotline/data/translations/src/ui_export.json) by :func:`~.catalogue.label_text`; codes,
numbers and k are put in after the translation, so they are the same in every language.
The ledger keeps the English :data:`METHOD` (the release, not a file).
"""

from __future__ import annotations

from typing import Final

from hotline.disclosure import SUPPRESSED
from hotline.export.catalogue import label_text
from hotline.i18n import QT_TRANSLATE_NOOP

METHOD: Final = QT_TRANSLATE_NOOP(
    "export",
    "Fixed catalogue of calendar-period tables from coded fields only. Primary suppression of "
    "every count from 0 to k-1, by fixed blocks of two values (a block hidden once stays "
    "hidden for the rest of the year); secondary suppression by Gaussian elimination "
    "(Statistics Norway) in a fixed order that never depends on the counts; "
    "linear-programming audit (HiGHS) over every published number of this export and of "
    "every earlier export of the year, all families and both audiences, with the desk's "
    "facts (a call counts once per outcome, every call has an outcome, persons are at most "
    "the calls): every suppressed cell must range from 0 to at least k. One marker for "
    "every suppressed cell.",
)
MARKER: Final = QT_TRANSLATE_NOOP(
    "export",
    "'{marker}' marks every suppressed cell: a count below k, or a cell hidden so that no "
    "small count can be worked out from the others. The two are not told apart.",
)
DEFINITIONS: Final = QT_TRANSLATE_NOOP(
    "export",
    "Calls with content are counted under their primary topic; the person concerned is the "
    "caller when speaking for themself, otherwise the person spoken about; child = under 18 "
    "or believed under 18; referrals count call-outcome pairs; persons concerned are "
    "distinct pseudonyms, each under the topic of their first call of the month. A call "
    "saved after its month was exported counts only in the corrections table of the month "
    "it was saved; a primary topic corrected after its month was exported is withdrawn from "
    "the old topic and counted under the new one in the corrections tables of the month it "
    "was corrected; quarters and years add up the months as exported, so exported figures "
    "never change. Months are those of the desk's time zone.",
)

# The notes' headings, in the order written.
TABLE: Final = QT_TRANSLATE_NOOP("export", "Table")
PERIOD: Final = QT_TRANSLATE_NOOP("export", "Period")
AUDIENCE: Final = QT_TRANSLATE_NOOP("export", "Audience")
THRESHOLD: Final = QT_TRANSLATE_NOOP("export", "k (threshold)")
METHOD_HEADING: Final = QT_TRANSLATE_NOOP("export", "Method")
MARKER_HEADING: Final = QT_TRANSLATE_NOOP("export", "Marker")
TAXONOMY_VERSION: Final = QT_TRANSLATE_NOOP("export", "Taxonomy version")
EXPORTED: Final = QT_TRANSLATE_NOOP("export", "Exported at (UTC)")
VERDICT: Final = QT_TRANSLATE_NOOP("export", "Audit verdict")
DEFINITIONS_HEADING: Final = QT_TRANSLATE_NOOP("export", "Definitions")
NOTES: Final = QT_TRANSLATE_NOOP("export", "Notes")
PASSED: Final = QT_TRANSLATE_NOOP("export", "passed")
FAILED: Final = QT_TRANSLATE_NOOP("export", "failed")


def method_text(language: str) -> str:
    return label_text(METHOD, language)


def marker_note(language: str) -> str:
    """The line under every table: the one marker, the same character in every language."""
    return label_text(MARKER, language).format(marker=SUPPRESSED)


def definitions(language: str) -> str:
    return label_text(DEFINITIONS, language)


def verdict(passed: bool, language: str) -> str:
    return label_text(PASSED if passed else FAILED, language)
