"""Trends for a chosen period: calls per month by topic (chart and table), the share of
calls with a possible victim, referrals by destination. Coded fields only.

`paint_report()` draws the same figures for paper (QPdfWriter) or an image.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline.services import trends
from hotline.services.trends import Trends
from hotline.ui import palette
from hotline.ui.i18n import Retranslatable
from hotline.ui.problems import NOTHING_CHANGED, error_text
from hotline.ui.supervisor import labels
from hotline.ui.supervisor.calllog_page import HEADER_PADDING
from hotline.ui.supervisor.chart import ChartWidget, StackedBars
from hotline.ui.worker import DbWorker


def month_label(month: str) -> str:
    return f"{month[5:7]}.{month[:4]}"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "—"


FIXED_MONTH_COLUMNS = 4  # month, all calls, with content, possible victim: then the topics
TOPIC_COLUMN_WIDTH = 130


def fit_headers(table: QTableWidget) -> None:
    """Each column at least as wide as its header's text (issue 16: "Звонки" cut)."""
    metrics = table.horizontalHeader().fontMetrics()
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        need = metrics.horizontalAdvance(item.text() if item else "") + HEADER_PADDING
        if table.columnWidth(column) < need:
            table.setColumnWidth(column, need)


class StatisticsPage(Retranslatable, QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.trends: Trends | None = None
        today = QDate.currentDate()
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("MM.yyyy")
            edit.setCalendarPopup(True)
        self.first.setDate(QDate(today.year(), today.month(), 1).addMonths(-11))
        self.last.setDate(QDate(today.year(), today.month(), 1))
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.show_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.chart = ChartWidget(self)
        self.months_table = QTableWidget(self)
        self.referrals_table = QTableWidget(self)
        self.destinations_table = QTableWidget(self)
        # how callers heard of 152 and the sectors of forced labour (issue 12)
        self.reports_table = QTableWidget(self)
        for table in (
            self.months_table,
            self.referrals_table,
            self.destinations_table,
            self.reports_table,
        ):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

        top = QHBoxLayout()
        for widget in (self.from_label, self.first, self.to_label, self.last, self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        side = QSplitter(Qt.Orientation.Horizontal, self)
        side.addWidget(self.referrals_table)
        # the destinations above the counts for the reports: the referrals keep their width
        stacked = QSplitter(Qt.Orientation.Vertical, self)
        stacked.addWidget(self.destinations_table)
        stacked.addWidget(self.reports_table)
        side.addWidget(stacked)
        # The referrals' names are the longest (in Russian above all): theirs the wider
        # share, and a name's row as high as its wrapped lines (never cut with "…").
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        for table in (self.referrals_table, self.destinations_table, self.reports_table):
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.months_table)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([470, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self._fill()

    # --- data -----------------------------------------------------------------------------
    def period(self) -> tuple[str, str]:
        first: date = self.first.date().toPython()  # type: ignore[assignment]
        last: date = self.last.date().toPython()  # type: ignore[assignment]
        return first.strftime("%Y-%m"), last.strftime("%Y-%m")

    def refresh(self) -> None:
        self.summary.setText(self.tr("Counting…"))
        self._count()

    def live_reload(self) -> None:
        """On a centre: counted again when another workstation saved a call (the window
        calls it after LISTEN/NOTIFY), the figures shown kept until the new ones come."""
        self._count()

    def _count(self) -> None:
        first, last = self.period()
        self.worker.call(trends.trends, first, last, on_done=self._got, on_error=self._failed)

    def _got(self, result: Trends) -> None:
        self.trends = result
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        """Why nothing was counted, and no figures left that are not this period's (on a
        centre whose server is away: said so, never the last or empty counts)."""
        self.trends = None
        self.chart.chart = StackedBars()
        self.chart.update()
        for table in (
            self.months_table,
            self.referrals_table,
            self.destinations_table,
            self.reports_table,
        ):
            table.clearContents()
            table.setRowCount(0)
        self.summary.setText(error_text(exc, NOTHING_CHANGED))

    def summary_text(self, t: Trends) -> str:
        return (
            self.tr(
                "{first} – {last}: {calls} calls, {content} with content. A possible victim of "
                "trafficking in {victims} calls ({share} of calls with content)."
            ).format(
                first=month_label(t.first),
                last=month_label(t.last),
                calls=t.calls,
                content=t.with_content,
                victims=t.possible_victims,
                share=f"{100 * t.victim_share:.1f} %",
            )
            + " "
            + self.tr(
                "A relative may be involved in {relative} calls; an interpreter was needed in"
                " {interpreter}."
            ).format(
                relative=dict(t.flags).get("relative_involved", 0),
                interpreter=dict(t.flags).get("interpreter_needed", 0),
            )
        )

    def chart_data(self, t: Trends) -> StackedBars:
        bars = StackedBars()
        used = [topic for topic in t.topics if any(m.by_topic.get(topic) for m in t.months)]
        bars.set_data(
            self.tr("Calls with content per month, by primary topic"),
            [month_label(m.month) for m in t.months],
            [labels.code("topic", topic) for topic in used],
            [[m.by_topic.get(topic, 0) for topic in used] for m in t.months],
        )
        return bars

    def _fill(self) -> None:
        t = self.trends
        if t is None:
            return
        self.summary.setText(self.summary_text(t))
        self.chart.chart = self.chart_data(t)
        self.chart.update()
        topics = list(t.topics)
        headers = [
            self.tr("Month"),
            self.tr("All calls"),
            self.tr("With content"),
            self.tr("Possible victim"),
        ] + [labels.code("topic", topic) for topic in topics]
        self.months_table.clear()
        self.months_table.setColumnCount(len(headers))
        self.months_table.setHorizontalHeaderLabels(headers)
        self.months_table.setRowCount(len(t.months) + 1)
        for row, m in enumerate(t.months):
            cells = [month_label(m.month), m.calls, m.with_content, m.possible_victims] + [
                m.by_topic.get(topic, 0) for topic in topics
            ]
            self._row(self.months_table, row, cells)
        total = [self.tr("Total"), t.calls, t.with_content, t.possible_victims] + [
            sum(m.by_topic.get(topic, 0) for m in t.months) for topic in topics
        ]
        self._row(self.months_table, len(t.months), total, bold=True)
        self.months_table.resizeColumnsToContents()
        fit_headers(self.months_table)
        for column in range(FIXED_MONTH_COLUMNS, len(headers)):
            header_item = self.months_table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(headers[column])  # long topic names are elided
            if self.months_table.columnWidth(column) > TOPIC_COLUMN_WIDTH:
                self.months_table.setColumnWidth(column, TOPIC_COLUMN_WIDTH)
        self._table(
            self.referrals_table,
            [self.tr("Outcome or referral"), self.tr("Calls"), self.tr("Share")],
            [[labels.code("outcome", o), n, percent(n, t.with_content)] for o, n in t.referrals],
        )
        self._table(
            self.destinations_table,
            [self.tr("Destination"), self.tr("Calls")],
            [[labels.code("country", c), n] for c, n in t.destinations],
        )
        heard = self.tr("Heard of 152: %1")
        sector = self.tr("Forced labour in: %1")
        self._table(
            self.reports_table,
            [self.tr("For the reports"), self.tr("Calls")],
            [[heard.replace("%1", labels.code("heard_of", v)), n] for v, n in t.heard_of]
            + [
                [sector.replace("%1", labels.code("labour_sector", v)), n]
                for v, n in t.labour_sectors
            ],
        )

    def _table(self, table: QTableWidget, headers: list[str], rows: list[list[object]]) -> None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            self._row(table, row, cells)
        table.resizeColumnsToContents()
        fit_headers(table)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _row(table: QTableWidget, row: int, cells: list[object], bold: bool = False) -> None:
        for column, value in enumerate(cells):
            text = f"{value:,}".replace(",", " ") if isinstance(value, int) else str(value)
            item = QTableWidgetItem(text)
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)

    # --- paper ------------------------------------------------------------------------------
    def paint_report(self, painter: QPainter, rect: QRectF, font: QFont) -> None:
        """Title, summary, chart and the referral and destination tables, for print."""
        t = self.trends
        painter.fillRect(rect, QColor(palette.PAPER))
        if t is None:
            return
        fm = QFontMetricsF(font, painter.device())
        line = fm.height()
        bold = QFont(font)
        bold.setBold(True)
        heading = QFont(bold)
        if font.pointSizeF() > 0:
            heading.setPointSizeF(font.pointSizeF() * 1.3)
        else:
            heading.setPixelSize(int(font.pixelSize() * 1.3))
        painter.setPen(QPen(QColor(palette.PRINT_INK)))
        painter.setFont(heading)
        head_h = QFontMetricsF(heading, painter.device()).height() * 1.3
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), head_h),
            self.tr("Hotline 152: calls {first} – {last}").format(
                first=month_label(t.first), last=month_label(t.last)
            ),
        )
        painter.setFont(font)
        summary = QRectF(rect.left(), rect.top() + head_h, rect.width(), line * 2.4)
        painter.drawText(summary, int(Qt.TextFlag.TextWordWrap), self.summary_text(t))
        chart_rect = QRectF(rect.left(), summary.bottom(), rect.width(), rect.height() * 0.45)
        self.chart_data(t).paint(painter, chart_rect, font)
        y = chart_rect.bottom() + line
        blocks: list[tuple[str, list[tuple[str, str]], float]] = [
            (
                self.tr("Outcome or referral"),
                [
                    (labels.code("outcome", o), f"{n}  ({percent(n, t.with_content)})")
                    for o, n in t.referrals
                ],
                0.4,
            ),
            (
                self.tr("Destination"),
                [(labels.code("country", c), str(n)) for c, n in t.destinations],
                0.25,
            ),
            (
                self.tr("Month: all calls / with content / possible victim"),
                [
                    (
                        month_label(m.month),
                        f"{m.calls} / {m.with_content} / {m.possible_victims}",
                    )
                    for m in t.months
                ],
                0.35,
            ),
        ]
        x = rect.left()
        gap = line
        for title, rows, share in blocks:
            width = rect.width() * share - gap
            yy = y
            painter.setFont(bold)
            painter.drawText(
                QRectF(x, yy, width, line),
                fm.elidedText(title, Qt.TextElideMode.ElideRight, width),
            )
            painter.setFont(font)
            value_w = max((fm.horizontalAdvance(v) for _n, v in rows), default=0) + line * 0.5
            for name, value in rows:
                yy += line * 1.15
                if yy + line > rect.bottom():
                    break
                painter.drawText(
                    QRectF(x, yy, width - value_w, line),
                    fm.elidedText(name, Qt.TextElideMode.ElideRight, width - value_w),
                )
                painter.drawText(
                    QRectF(x + width - value_w, yy, value_w, line),
                    Qt.AlignmentFlag.AlignRight,
                    value,
                )
            x += width + gap

    def report_image(self, width: int = 1600, height: int = 1100) -> QImage:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(palette.PAPER))
        painter = QPainter(image)
        font = QFont(self.font())
        font.setPixelSize(max(height // 60, 12))
        self.paint_report(painter, QRectF(30, 30, width - 60, height - 60), font)
        painter.end()
        return image

    def save_pdf(self, path: str) -> None:
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(self.tr("Hotline 152: trends"))
        painter = QPainter(writer)
        font = QFont(self.font())
        font.setPointSizeF(9)
        rect = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        self.paint_report(painter, QRectF(0, 0, rect.width(), rect.height()), font)
        painter.end()

    def ask_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), "trends.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(path)
