"""The export formats' registry and the one pivot of a table into rows by columns."""

from __future__ import annotations

import pytest

from hotline.disclosure import SUPPRESSED, TOTAL
from hotline.errors import InvalidInput
from hotline.export import formats
from hotline.export.grid import pivot
from hotline.export.release import RenderedTable


def test_the_core_registers_the_formats_it_writes_without_qt() -> None:
    core = [name for name in formats.names() if name != "pdf"]
    assert core == ["csv", "sdmx", "xlsx"]  # the order the Export page and --help offer
    assert {name: formats.get(name).extension for name in core} == {
        "csv": ".csv",
        "sdmx": ".csv",
        "xlsx": ".xlsx",
    }


def test_an_unknown_format_is_refused_with_a_message() -> None:
    with pytest.raises(InvalidInput, match="format") as caught:
        formats.get("docx")
    assert "csv" in caught.value.message()


def test_a_second_format_under_a_taken_name_is_refused() -> None:
    csv = formats.get("csv")
    formats.register(csv)  # the same format again: nothing changes
    assert formats.get("csv") is csv
    with pytest.raises(ValueError, match="already registered"):
        formats.register(formats.Format("csv", ".txt", csv.write, "another CSV"))
    assert formats.get("csv") is csv


def test_the_pdf_format_is_registered_from_the_qt_side() -> None:
    from hotline.ui.export import pdf_format

    assert pdf_format.register()
    assert formats.names()[-1] == "pdf"
    assert formats.get("pdf").extension == ".pdf"


def test_a_two_way_table_pivots_into_rows_by_columns_totals_last() -> None:
    rt = RenderedTable(
        "calls_by_topic_sex",
        "2026-Q1",
        ("topic", "sex"),
        (
            (("work_abroad", "female"), 12),
            (("work_abroad", TOTAL), 20),
            (("work_abroad", "male"), SUPPRESSED),
            (("marriage", "female"), 11),
            (("marriage", TOTAL), 11),
            ((TOTAL, "female"), 23),
            ((TOTAL, "male"), SUPPRESSED),
            ((TOTAL, TOTAL), 31),
        ),
    )
    grid = pivot(rt)
    assert (grid.row_dim, grid.col_dim) == ("topic", "sex")
    assert grid.rows == ("work_abroad", "marriage", TOTAL)
    assert grid.cols == ("female", TOTAL, "male")  # in the order the cells print
    assert grid.cell("work_abroad", "male") == SUPPRESSED
    assert grid.cell("marriage", "male") == ""  # no such cell
    assert grid.cell(TOTAL, TOTAL) == 31


def test_a_one_way_table_has_the_total_as_its_one_column() -> None:
    rt = RenderedTable(
        "calls_by_topic", "2026-03", ("topic",), ((("work_abroad",), 14), ((TOTAL,), 14))
    )
    grid = pivot(rt)
    assert grid.col_dim is None
    assert grid.cols == (TOTAL,)
    assert grid.rows == ("work_abroad", TOTAL)
    assert grid.cell("work_abroad", TOTAL) == 14
