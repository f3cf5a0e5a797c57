"""Spreadsheets of an old log for the import tests and the bench, made on the spot."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

HEADER_AZ = (
    "Tarix",
    "Vaxt",
    "Operator",
    "Mövzu",
    "Nəticə",
    "Region",
    "Zəng edənin cinsi",
    "Müddət",
    "Qeydlər",
)
TOPICS = ("Xaricdə iş", "Xaricdə təhsil", "Работа за рубежом", "Education abroad")
OUTCOMES = (
    "Звонящему даны информация или разъяснения",
    "Zəng edənə məlumat və ya izahat verildi",
    "Information or explanation given to the caller",
)
REGIONS = ("Bakı", "Баку", "Abşeron-Xızı", "Gəncə-Daşkəsən")
SEXES = ("Qadın", "Kişi", "Женский")
START = datetime(2023, 1, 2, 9, 0)

Cells = list[object]


def old_log(rows: int, operator: str = "Leyla", as_dates: bool = False) -> list[Cells]:
    """The rows of an old log (no header): dates as text (01.03.2024) or as date cells."""
    out: list[Cells] = []
    for i in range(rows):
        moment = START + timedelta(hours=3 * i, minutes=i % 60)
        date: object = moment.replace(hour=0, minute=0) if as_dates else moment.strftime("%d.%m.%Y")
        out.append(
            [
                date,
                moment.strftime("%H:%M"),
                operator,
                TOPICS[i % len(TOPICS)] + ("; Xaricdə təhsil" if i % 7 == 0 else ""),
                OUTCOMES[i % len(OUTCOMES)],
                REGIONS[i % len(REGIONS)],
                SEXES[i % len(SEXES)],
                str(60 + i % 600),
                f"Köhnə jurnal, sətir {i + 2}",
            ]
        )
    return out


def write_csv(path: Path, header: tuple[str, ...], rows: list[Cells], sep: str = ";") -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=sep)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, header: tuple[str, ...], rows: list[Cells]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Jurnal")
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
