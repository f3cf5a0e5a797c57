"""The files an export writes: CSV (long form), SDMX-CSV and XLSX, from a release.

Every writer is a pure function of the :class:`~hotline.export.release.Release`
(and the taxonomy for labels): the same release gives the same bytes, with the
time of the first export as the only timestamp.  They are offered through the
registry in :mod:`.formats`; the PDF writer needs Qt and lives on the Qt side
(``hotline.ui.export.pdf_writer``), which registers it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime

from hotline.disclosure import SUPPRESSED, TOTAL
from hotline.export import notes as texts
from hotline.export.catalogue import (
    CORRECTIONS_TITLE,
    WITHDRAWN_TITLE,
    dimension_title,
    label_text,
    parse_period,
    table_spec,
    value_label,
)
from hotline.export.grid import pivot
from hotline.export.release import Release, RenderedTable
from hotline.records import from_iso
from hotline.taxonomy import Taxonomy

CSV_TOTAL = "total"
SDMX_TOTAL = "_T"
SDMX_AGENCY = "AZ152"


def table_title(rt: RenderedTable, language: str = "en") -> str:
    if rt.name.endswith("_corrections"):
        title = CORRECTIONS_TITLE
    elif rt.name.endswith("_withdrawn"):
        title = WITHDRAWN_TITLE
    else:
        title = table_spec(rt.name).title
    return label_text(title, language)


def _csv_text(rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def to_csv(release: Release, taxonomy: Taxonomy, language: str = "en") -> bytes:
    """Long ("tidy") form: one row per table, period and breakdown value; RFC 4180, UTF-8.
    The header and the codes are the same in every language; the labels are ``language``'s."""
    header = ["table", "period", "dimension_1", "code_1", "label_1"]
    header += ["dimension_2", "code_2", "label_2", "count"]
    rows = [header]
    for rt in release.tables:
        for key, value in rt.cells:
            row = [rt.name, rt.period]
            for i in range(2):
                if i < len(rt.dims):
                    dim, code = rt.dims[i], key[i]
                    row += [
                        dim,
                        CSV_TOTAL if code == TOTAL else code,
                        value_label(dim, code, taxonomy, language),
                    ]
                else:
                    row += ["", "", ""]
            row.append(str(value))
            rows.append(row)
    return _csv_text(rows)


def to_sdmx_csv(release: Release) -> bytes:
    """SDMX-CSV (version 1 layout): a dataflow per table, OBS_STATUS C for suppressed."""
    spec = release.spec
    dims = [d.upper() for d in spec.dims]
    rows = [["DATAFLOW", "FREQ", "TIME_PERIOD", *dims, "OBS_VALUE", "OBS_STATUS", "UNIT_MEASURE"]]
    freq = parse_period(release.period).sdmx_freq
    unit = {"persons": "PERSONS", "referrals": "REFERRALS"}.get(spec.measure, "CALLS")
    for rt in release.tables:
        flow = f"{SDMX_AGENCY}:{rt.name.upper()}(1.0)"
        for key, value in rt.cells:
            codes = [SDMX_TOTAL if c == TOTAL else c for c in key]
            shown = "" if value == SUPPRESSED else str(value)
            status = "C" if value == SUPPRESSED else "A"
            rows.append([flow, freq, rt.period, *codes, shown, status, unit])
    return _csv_text(rows)


def notes(release: Release, language: str = "en") -> list[tuple[str, str]]:
    """The notes every file carries (the XLSX notes sheet, the PDF's notes page), headings
    and texts in ``language``; codes, numbers and k are the same in every language."""
    said = [
        (texts.TABLE, release.table),
        (texts.PERIOD, release.period),
        (texts.AUDIENCE, release.audience),
        (texts.THRESHOLD, str(release.k)),
        (texts.METHOD_HEADING, texts.method_text(language)),
        (texts.MARKER_HEADING, texts.marker_note(language)),
        (texts.TAXONOMY_VERSION, release.taxonomy_version),
        (texts.EXPORTED, release.exported_at),
        (texts.VERDICT, texts.verdict(release.audit.passed, language)),
        (texts.DEFINITIONS_HEADING, texts.definitions(language)),
    ]
    return [(label_text(heading, language), text) for heading, text in said]


def to_xlsx(release: Release, taxonomy: Taxonomy, language: str = "en") -> bytes:
    """A sheet per table (rows by columns, totals last) and a notes sheet; titles and
    labels in ``language`` (sheet names are the tables' codes)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    moment = from_iso(release.exported_at).replace(tzinfo=None)
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    bold = Font(bold=True)
    for rt in release.tables:
        sheet = book.create_sheet(rt.name[:31])
        sheet.append([table_title(rt, language)])
        sheet["A1"].font = bold
        sheet.append(
            [
                label_text(texts.PERIOD, language),
                rt.period,
                "k",
                release.k,
                label_text(texts.AUDIENCE, language),
                release.audience,
            ]
        )
        grid = pivot(rt)
        head = [dimension_title(grid.row_dim, language)]
        head += [value_label(grid.col_dim or "", c, taxonomy, language) for c in grid.cols]
        sheet.append([])
        sheet.append(head)
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for r in grid.rows:
            sheet.append(
                [
                    value_label(grid.row_dim, r, taxonomy, language),
                    *(grid.cell(r, c) for c in grid.cols),
                ]
            )
        sheet.append([])
        sheet.append([texts.marker_note(language)])
        sheet.column_dimensions["A"].width = 48
    note_sheet = book.create_sheet("notes")
    note_sheet.append([label_text(texts.NOTES, language)])
    note_sheet["A1"].font = bold
    for name, text in notes(release, language):
        note_sheet.append([name, text])
    note_sheet.column_dimensions["A"].width = 22
    note_sheet.column_dimensions["B"].width = 120
    book.properties.creator = "hotline"
    book.properties.lastModifiedBy = "hotline"
    book.properties.created = moment
    book.properties.modified = moment
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_zip_times(raw.getvalue(), moment)


def _fixed_zip_times(data: bytes, moment: datetime) -> bytes:
    """Rewrite the zip with every member dated ``moment``: the same release, the same bytes."""
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
