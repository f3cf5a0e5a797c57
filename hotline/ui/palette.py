"""Every colour of the interface and the style sheets built from them, in one place.

Colours are named by what they mean (a refusal, a success, a hint), not by their
hue, so a screen says `palette.ERROR_MESSAGE` and a change of colour is one line
here. Style sheets are plain strings for `setStyleSheet`; painted charts and the
PDF take the hex values with `QColor(palette.INK)`. Contrast: every text colour
on the backgrounds it is shown on is at least 4.5:1 (WCAG AA; disabled controls
are exempt), which tests/ui/test_palette.py checks.
"""

from __future__ import annotations

# --- ink and paper -----------------------------------------------------------------------------
INK = "#202020"  # text drawn by hand (charts)
CHIP_INK = "#1d1f23"
PAPER = "#ffffff"
ON_ACCENT = "#ffffff"  # text on a filled button
HINT_INK = "#50555c"  # explanations under a heading
MUTED_INK = "#666b73"  # what is off or does not count (a call without content)
TITLE_INK = "#17365d"  # section titles, the notice box
LINK_INK = "#1f4f8a"  # phone numbers to read out, the idle hint
FOCUS = "#e08a00"  # the keyboard focus ring on buttons the operator tabs through
FRAME = "#c4c8ce"  # section borders
CODE_FRAME = "#555555"  # the recovery code's dashed box

# --- meaning -----------------------------------------------------------------------------------
ERROR_INK = "#9b1111"  # a refusal under a form (sign-in, set-up, recovery)
ALARM = "#a00000"  # do not call back, a warning about a call
GOOD_FRAME, GOOD_BACK, GOOD_INK = "#4a9a5a", "#e3f4e6", "#113d1b"
BAD_FRAME, BAD_BACK, BAD_INK = "#d9534f", "#fde2e1", "#6b0b0b"
INFO_FRAME, INFO_BACK, INFO_INK = "#d8a53a", "#fff4d6", "#4d3500"
NOTICE_FRAME, NOTICE_BACK = "#7aa2d6", "#e8f0fb"

# --- rows of tables ----------------------------------------------------------------------------
DANGER_ROW = BAD_BACK
CHILD_ROW = "#fff1c2"
RETURNED_ROW = NOTICE_BACK
OVERDUE_ROW = "#f8d0cd"
SUPPRESSED_CELL = "#e6e6e6"  # a cell of an export preview that will not be published
UNMAPPED_VALUE = INFO_BACK  # a value of an imported file that is not mapped yet

# --- buttons -----------------------------------------------------------------------------------
CHIP_FRAME, CHIP_BACK = "#8a8f98", "#f4f5f7"
CHIP_ON = "#1f5fa8"
CHIP_OFF_INK, CHIP_OFF_BACK = "#9aa0a6", "#eceef1"
START = "#1f7a3a"  # "New call"
START_OFF = "#9bb8a4"

# --- charts and print --------------------------------------------------------------------------
# Colour-blind-safe series (Okabe-Ito, extended); the PDF's bars are the first.
SERIES = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#7F7F7F",
    "#332288",
    "#117733",
)
GRID = "#c8c8c8"
BAR_EDGE = "#303030"
PRINT_SUPPRESSED = "#777777"
PRINT_RULE = "#999999"
PRINT_INK = "#000000"


# --- style sheets ------------------------------------------------------------------------------
def banner(frame: str, back: str, ink: str, padding: int = 6) -> str:
    """A message box: a frame, a light background and dark text."""
    return f"padding: {padding}px; border: 1px solid {frame}; background: {back}; color: {ink};"


GOOD_BANNER = banner(GOOD_FRAME, GOOD_BACK, GOOD_INK)
BAD_BANNER = banner(BAD_FRAME, BAD_BACK, BAD_INK)
INFO_BANNER = banner(INFO_FRAME, INFO_BACK, INFO_INK)
NOTICE_BANNER = banner(NOTICE_FRAME, NOTICE_BACK, TITLE_INK)
SMALL_INFO_BANNER = banner(INFO_FRAME, INFO_BACK, INFO_INK, padding=4)
WIDE_GOOD_BANNER = banner(GOOD_FRAME, GOOD_BACK, GOOD_INK, padding=8)
WIDE_BAD_BANNER = banner(BAD_FRAME, BAD_BACK, BAD_INK, padding=8)
WIDE_INFO_BANNER = banner(INFO_FRAME, INFO_BACK, INFO_INK, padding=8)
SMALL_BAD_BANNER = banner(BAD_FRAME, BAD_BACK, BAD_INK, padding=4)

BOLD = "font-weight: bold;"
HEADING = "font-weight: bold; margin-top: 6px;"
ERROR_MESSAGE = f"color: {ERROR_INK}; font-weight: bold;"
ALARM_TEXT = f"color: {ALARM}; font-weight: bold;"
GOOD_TEXT = f"color: {GOOD_INK}; font-weight: bold;"
INFO_TEXT = f"color: {INFO_INK}; font-weight: bold;"  # a fact worth a glance (known entity)
HINT = f"color: {HINT_INK};"
MUTED = f"color: {MUTED_INK};"
LINK = f"color: {LINK_INK};"
IDLE_HINT = f"color: {LINK_INK}; font-size: 11pt; padding: 4px;"
STATUS_LINE = f"color: {INFO_INK}; padding: 2px 6px;"
ALARM_MARK = f"background: {ALARM}; color: {ON_ACCENT}; font-weight: bold; padding: 4px 8px;"
ALARM_CHECKBOX = f"QCheckBox:checked {{ color: {ALARM}; font-weight: bold; }}"
BAD_EDIT = f"QPlainTextEdit {{ border: 2px solid {BAD_FRAME}; }}"
CODE_BOX = f"border: 2px dashed {CODE_FRAME}; padding: 12px; background: {PAPER};"
LIST_BUTTON = "text-align: left; padding: 4px 8px;"
LINK_BUTTON = "text-align: left; padding: 3px 6px;"
SAVE_BUTTON = "QPushButton { font-weight: bold; padding: 6px 14px; }"
START_BUTTON = (
    f"QPushButton {{ background: {START}; color: {ON_ACCENT}; padding: 6px 18px;"
    f" border-radius: 6px; }} QPushButton:disabled {{ background: {START_OFF}; }}"
    f" QPushButton:focus {{ border: 3px solid {FOCUS}; }}"
)
CHIP = (
    f"QPushButton {{ border: 1px solid {CHIP_FRAME}; border-radius: 12px; padding: 5px 10px;"
    f" text-align: left; background: {CHIP_BACK}; color: {CHIP_INK}; }}"
    f"QPushButton:checked {{ background: {CHIP_ON}; color: {ON_ACCENT}; border-color: {CHIP_ON}; }}"
    f"QPushButton:focus {{ border: 2px solid {FOCUS}; }}"
    f"QPushButton:disabled {{ color: {CHIP_OFF_INK}; background: {CHIP_OFF_BACK}; }}"
)
SECTION = (
    "QGroupBox { font-weight: bold; font-size: 11pt; margin-top: 14px; padding-top: 6px;"
    f" border: 1px solid {FRAME}; border-radius: 4px; }}"
    " QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px;"
    f" color: {TITLE_INK}; }}"
    " QGroupBox * { font-weight: normal; font-size: 10pt; }"
)
# The form's fields: the one with the keyboard focus always plain to see (issue 16: no
# visible focus after Ctrl+N), read-only ones (a field that does not apply keeps its
# Tab stop) shaded, and a field a refused Save points at tinted until it is fixed.
FORM_FIELDS = (
    f"QComboBox, QLineEdit, QPlainTextEdit {{ border: 1px solid {CHIP_FRAME}; border-radius: 3px;"
    f" padding: 2px 4px; background: {PAPER}; color: {CHIP_INK}; }}"
    f" QComboBox:disabled, QLineEdit:read-only {{ background: {CHIP_OFF_BACK}; color: {MUTED_INK}; }}"
    " QCheckBox, QToolButton { border: 2px solid transparent; border-radius: 3px; padding: 1px; }"
    " QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QCheckBox:focus,"
    f" QToolButton:focus, QPushButton:focus {{ border: 2px solid {FOCUS}; }}"
    f' *[problem="true"] {{ background: {BAD_BACK}; }}'
)
