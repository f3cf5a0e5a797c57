"""The export formats: one registry of name -> file extension and writer.

Every place that offers or writes a format reads this registry: the command
line's ``--format`` choices, the Export page's list, the file name's extension
and the writer that makes the bytes.  CSV, SDMX-CSV and XLSX are pure functions
of the release (:mod:`.writers`) and are registered here.  The PDF is drawn with
Qt, so the Qt side registers it (:mod:`hotline.ui.export.pdf_format`, called by
the window and by the command line); the core never imports Qt.

A writer is a pure function of the release, the taxonomy and the language of the
labels (az, ru or en; the codes are the same in every language): the same release in
the same language gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hotline.errors import InvalidInput
from hotline.export import writers
from hotline.export.release import Release
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.taxonomy import Taxonomy

Writer = Callable[[Release, Taxonomy, str], bytes]

BAD_FORMAT = QT_TRANSLATE_NOOP("export", "the format must be csv, sdmx, xlsx or pdf.")


@dataclass(frozen=True)
class Format:
    """One kind of file an export can be written as."""

    name: str  # as typed on the command line and stored in the ledger
    extension: str  # with its dot
    write: Writer
    summary: str  # one line for --help


_REGISTRY: dict[str, Format] = {}


def register(fmt: Format) -> None:
    """Offer ``fmt`` everywhere; registering the same format again changes nothing."""
    known = _REGISTRY.get(fmt.name)
    if known is not None and known != fmt:
        raise ValueError(f"another export format is already registered as {fmt.name!r}")
    _REGISTRY[fmt.name] = fmt


def names() -> tuple[str, ...]:
    """The registered formats, in the order they were registered (the order offered)."""
    return tuple(_REGISTRY)


def get(name: str) -> Format:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise InvalidInput(field="format", problem=BAD_FORMAT) from None


def _sdmx(release: Release, taxonomy: Taxonomy, language: str) -> bytes:
    del taxonomy, language  # SDMX carries codes only
    return writers.to_sdmx_csv(release)


register(Format("csv", ".csv", writers.to_csv, "long form, one row per cell (RFC 4180, UTF-8)"))
register(Format("sdmx", ".csv", _sdmx, "SDMX-CSV, one dataflow per table"))
register(Format("xlsx", ".xlsx", writers.to_xlsx, "a sheet per table and a notes sheet"))
