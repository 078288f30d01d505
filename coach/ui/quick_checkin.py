"""Simple mode's check-in: a few large buttons — how the sleep was, any startles, woken in
the night — and who filled it in when someone helps.  Save waits for the first answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import QUALITY
from coach.core.words import capitalised
from coach.texts.dates import day_name
from coach.ui import theme

translate = QCoreApplication.translate

BIG = "font-size: 24px; padding: 14px 18px;"
#: A chosen answer must show: the style sheet set on a button replaces the app's.
CHOSEN = (
    f"QPushButton:checked {{ background: {theme.SELECTED}; border: 3px solid {theme.ACCENT}; }}"
)


def _choices(
    labels: list[str], name: str, parent: QWidget
) -> tuple[QButtonGroup, list[QPushButton]]:
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons = []
    for index, text in enumerate(labels):
        button = QPushButton(text)
        button.setCheckable(True)
        button.setStyleSheet(f"QPushButton {{ {BIG} }} {CHOSEN}")
        button.setAccessibleName(f"{name}: {text}")
        group.addButton(button, index)
        buttons.append(button)
    return group, buttons


def _answer(group: QButtonGroup) -> bool | None:
    """Yes (the first button) → True, No → False, neither pressed → None."""
    chosen = group.checkedId()
    return None if chosen < 0 else chosen == 0


class QuickCheckInDialog(QDialog):
    def __init__(self, night: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.night = night
        self.setWindowTitle(
            translate("QuickCheckInDialog", "How did you sleep? — the night of {night}").format(
                night=day_name(night)
            )
        )
        heading = QLabel(translate("QuickCheckInDialog", "How did you sleep?"))
        heading.setObjectName("heading")
        self.quality, self.quality_buttons = _choices(
            [capitalised(translate("DiaryText", words)) for words in QUALITY],
            translate("QuickCheckInDialog", "How you slept"),
            self,
        )
        self.startled, self.startled_buttons = _choices(
            [translate("QuickCheckInDialog", "Yes"), translate("QuickCheckInDialog", "No")],
            translate("QuickCheckInDialog", "Any startles"),
            self,
        )
        self.woke, self.woke_buttons = _choices(
            [translate("QuickCheckInDialog", "Yes"), translate("QuickCheckInDialog", "No")],
            translate("QuickCheckInDialog", "Woke in the night"),
            self,
        )
        self.filled_by = QLineEdit()
        self.filled_by.setAccessibleName(
            translate("QuickCheckInDialog", "Filled in by (when someone helps)")
        )
        self.filled_by.setPlaceholderText(
            translate("QuickCheckInDialog", "your name, when you fill this in for someone")
        )
        grid = QGridLayout()
        row = QHBoxLayout()
        for button in self.quality_buttons:
            row.addWidget(button)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addLayout(row, 1, 0, 1, 2)
        for at, (text, buttons) in enumerate(
            (
                (translate("QuickCheckInDialog", "Any startles?"), self.startled_buttons),
                (translate("QuickCheckInDialog", "Woke in the night?"), self.woke_buttons),
            ),
            start=2,
        ):
            label = QLabel(text)
            label.setStyleSheet("font-size: 24px;")
            pair = QHBoxLayout()
            for button in buttons:
                pair.addWidget(button)
            grid.addWidget(label, at, 0)
            grid.addLayout(pair, at, 1)
        grid.addWidget(QLabel(translate("QuickCheckInDialog", "Filled in by")), 4, 0)
        grid.addWidget(self.filled_by, 4, 1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setStyleSheet(BIG)
        self.save_button.setEnabled(False)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.quality.idToggled.connect(lambda _id, _on: self._answered())
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(box)
        self.quality_buttons[2].setFocus()

    def values(self) -> dict[str, object]:
        """quality 1–5, startled and woke True/False — each None when not answered."""
        chosen = self.quality.checkedId()
        return {
            "quality": chosen + 1 if chosen >= 0 else None,
            "startled": _answer(self.startled),
            "woke": _answer(self.woke),
            "filled_by": self.filled_by.text().strip(),
        }

    def _answered(self) -> None:
        self.save_button.setEnabled(self.quality.checkedId() >= 0)
