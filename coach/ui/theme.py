"""The dark, warm look for a dark bedroom: no pure white, no bright blue."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = "#15100c"
SURFACE = "#211912"
SURFACE_HIGH = "#2c2118"
TEXT = "#e6cfae"
TEXT_DIM = "#a88f72"
ACCENT = "#c98a4b"
ACCENT_DIM = "#7a532d"
NOTICE = "#3a2a1a"
#: Outlines of every control (fields, boxes, sliders): at least 3:1 against the dark
#: backgrounds (WCAG 2.1 non-text contrast), so an unticked box still shows.
EDGE = "#9a7048"
#: The selected row and the primary button: text on it keeps 4.5:1.
SELECTED = "#6b4826"

STYLE = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; font-size: 15px; }}
QLabel#words {{ font-size: 30px; color: {TEXT}; }}
QLabel#sectionTitle {{ font-size: 18px; color: {TEXT_DIM}; }}
QLabel#timeLeft {{ color: {TEXT_DIM}; }}
QLabel#heading {{ font-size: 24px; color: {TEXT}; }}
QLabel#notice {{ background: {NOTICE}; color: {TEXT}; border: 1px solid {ACCENT_DIM};
                border-radius: 6px; padding: 8px; }}
QPushButton {{ background: {SURFACE_HIGH}; color: {TEXT}; border: 1px solid {EDGE};
              border-radius: 8px; padding: 8px 18px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: {TEXT_DIM}; border-color: {SURFACE_HIGH}; }}
QPushButton:checked {{ background: {SELECTED}; border: 2px solid {ACCENT}; }}
QPushButton#primary {{ background: {SELECTED}; font-size: 18px; padding: 10px 28px; }}
QListWidget {{ background: {SURFACE}; border: 1px solid {SURFACE_HIGH}; border-radius: 6px; }}
QListWidget::item {{ padding: 8px; }}
QListWidget::item:selected {{ background: {SELECTED}; color: {TEXT}; }}
QListWidget:focus {{ border: 1px solid {ACCENT}; }}
QProgressBar {{ background: {SURFACE}; border: none; border-radius: 4px; height: 8px;
               text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {ACCENT_DIM}; border-radius: 4px; }}
QComboBox, QSlider, QSpinBox {{ background: {SURFACE}; }}
QComboBox {{ border: 1px solid {EDGE}; border-radius: 6px; padding: 4px 8px; }}
QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QTimeEdit, QDateEdit {{
    background: {SURFACE}; border: 1px solid {EDGE}; border-radius: 4px; padding: 3px; }}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QTimeEdit:focus, QDateEdit:focus, QComboBox:focus {{ border: 2px solid {ACCENT}; }}
QTableView {{ background: {SURFACE}; gridline-color: {SURFACE_HIGH}; border: 1px solid {EDGE};
             selection-background-color: {SELECTED}; selection-color: {TEXT}; }}
QTableView:focus {{ border: 2px solid {ACCENT}; }}
QHeaderView::section {{ background: {SURFACE_HIGH}; color: {TEXT}; border: none;
                       padding: 4px 6px; }}
QCheckBox::indicator {{ width: 16px; height: 16px; border: 2px solid {EDGE};
                        border-radius: 3px; background: {SURFACE}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QCheckBox:focus {{ color: {ACCENT}; }}
QSlider::groove:horizontal {{ background: {SURFACE_HIGH}; height: 6px; border-radius: 3px;
                              border: 1px solid {EDGE}; }}
QSlider::handle:horizontal {{ background: {ACCENT}; width: 16px; margin: -5px 0;
                              border-radius: 8px; }}
"""


#: High contrast: still warm and dark, but every edge and word stands out clearly.
HIGH_CONTRAST_TEXT = "#fff3dc"
HIGH_CONTRAST_EDGE = "#f0b070"
HIGH_CONTRAST = f"""
QWidget {{ color: {HIGH_CONTRAST_TEXT}; }}
QPushButton, QListWidget, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox,
QTimeEdit, QDateEdit, QTableView {{ border: 2px solid {HIGH_CONTRAST_EDGE}; }}
QCheckBox::indicator, QSlider::groove:horizontal {{ border: 2px solid {HIGH_CONTRAST_EDGE}; }}
QLabel#timeLeft, QLabel#sectionTitle {{ color: #f5dcb5; }}
"""


def apply(app: QApplication, high_contrast: bool = False, large_text: bool = False) -> None:
    """Give the whole application the night palette and style sheet."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, SURFACE_HIGH),
        (QPalette.ColorRole.Button, SURFACE_HIGH),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, SELECTED),
        (QPalette.ColorRole.HighlightedText, TEXT),
        (QPalette.ColorRole.ToolTipBase, SURFACE_HIGH),
        (QPalette.ColorRole.ToolTipText, TEXT),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    style = STYLE + (HIGH_CONTRAST if high_contrast else "")
    if large_text:
        style = (
            style.replace("font-size: 15px", "font-size: 21px")
            .replace("font-size: 18px", "font-size: 24px")
            .replace("font-size: 24px;", "font-size: 30px;")
        )
    if app.styleSheet() != style:  # setting it again re-styles every widget (~30 ms)
        app.setStyleSheet(style)


def contrast(a: str, b: str) -> float:
    """The WCAG 2.1 contrast ratio of two colours ("#rrggbb")."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
