"""The application's icon, the Help menu and the About dialog.

About shows the version, where this desk's data folder is, and the bundled
libraries with their licences and where their source is (hotline/licences.py,
the one list the Linux package's copyright file is written from too).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import hotline
from hotline import licences, resources
from hotline.ui.i18n import Retranslatable

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The icon in every rendered size (PNG, so no SVG plug-in is needed at run time)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources.path(f"icons/hotline152-{size}.png")), QSize(size, size))
    return icon


class AboutDialog(Retranslatable, QDialog):
    COLUMNS = 4

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        picture = QLabel(self)
        picture.setPixmap(app_icon().pixmap(64, 64))
        header.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.version = QLabel(self)
        titles.addWidget(self.title)
        titles.addWidget(self.version)
        header.addLayout(titles, 1)
        layout.addLayout(header)
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(str(data_dir), self)
        self.folder.setReadOnly(True)
        self.folder_label.setBuddy(self.folder)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.folder)
        self.libraries_label = QLabel(self)
        layout.addWidget(self.libraries_label)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header_view = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setStretchLastSection(True)
        self.libraries_label.setBuddy(self.table)
        self._fill()
        layout.addWidget(self.table, 1)
        self.lgpl = QLabel(self)
        self.lgpl.setWordWrap(True)
        self.lgpl.setTextFormat(Qt.TextFormat.PlainText)
        self.lgpl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lgpl)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 620)
        self.retranslate()

    def _fill(self) -> None:
        components = licences.bundled()
        self.table.setRowCount(len(components))
        for row, component in enumerate(components):
            cells = (
                component.name,
                licences.version(component),
                component.licence,
                component.source,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About the 152 hotline desk"))
        self.title.setText(self.tr("152 — Hotline desk"))
        self.version.setText(self.tr("Version {version}").format(version=hotline.__version__))
        self.folder_label.setText(
            self.tr("This desk's data folder (back it up before an upgrade):")
        )
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.libraries_label.setText(self.tr("Libraries bundled with the program:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence"), self.tr("Source code")]
        )
        self.table.setAccessibleName(self.tr("Libraries bundled with the program"))
        self.lgpl.setText(
            self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License version 3:"
                " they are separate libraries in the program's folder, and you may replace them"
                " with your own build of the same version. Their source code is published at"
                " {qt} and {pyside}; the licence is at https://www.gnu.org/licenses/lgpl-3.0.html."
            ).format(qt=licences.QT_SOURCE, pyside=licences.PYSIDE_SOURCE)
        )


class HelpMenu(Retranslatable, QMenu):
    """Help ▸ About…, for the main window's and the sign-in window's menu bars."""

    def __init__(self, data_dir: Callable[[], Path], parent: QWidget) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.dialog: AboutDialog | None = None
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        parent.addAction(self.about_action)
        self.retranslate()

    def show_about(self) -> AboutDialog:
        if self.dialog is None:
            self.dialog = AboutDialog(self.data_dir(), self.parentWidget())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About the 152 hotline desk…"))
