"""Simple mode: one big button and tonight's list in large text — nothing else to get lost in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.evening import Plan
from coach.core.formatting import wall_time
from coach.texts.evening import item_title
from coach.ui.flow_layout import FlowLayout
from coach.ui.tonight_page import STATE_MARK, ChecklistList

translate = QCoreApplication.translate

#: Tonight's items simple mode shows at least, without scrolling.
SIMPLE_ROWS_SHOWN = 3


class SimplePage(QWidget):
    start_requested = Signal()
    check_requested = Signal(str, str)
    leave_requested = Signal()
    diary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = QLabel(translate("Greetings", "Good evening"))
        self.greeting.setObjectName("heading")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(translate("SimplePage", "Start relaxing"))
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumHeight(100)
        self.start_button.setStyleSheet("font-size: 34px;")
        self.start_button.setAccessibleName(translate("SimplePage", "Start relaxing"))
        self.start_button.setAccessibleDescription(
            translate("SimplePage", "Starts the spoken relaxation.")
        )
        self.items = ChecklistList()
        self.items.setStyleSheet("font-size: 24px;")
        self.items.setAccessibleName(translate("SimplePage", "Tonight's list"))
        self.items.setAccessibleDescription(
            translate("SimplePage", "D or Space marks the selected item done.")
        )
        self.diary_button = QPushButton(translate("SimplePage", "How did you sleep?"))
        self.diary_button.setStyleSheet("font-size: 24px; padding: 12px 24px;")
        self.diary_button.setAccessibleName(
            translate("SimplePage", "How did you sleep? A few buttons about last night")
        )
        self.leave_button = QPushButton(translate("SimplePage", "Leave simple mode"))
        self.leave_button.setAccessibleName(
            translate("SimplePage", "Leave simple mode (the caregiver's PIN may be needed)")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.greeting)
        layout.addWidget(self.start_button)
        layout.addWidget(self.items, 1)
        bottom = FlowLayout()  # wraps when the words are long: the window fits 1280×800
        bottom.addWidget(self.diary_button)
        bottom.add_right(self.leave_button)
        layout.addLayout(bottom)
        self.start_button.clicked.connect(self.start_requested)
        self.leave_button.clicked.connect(self.leave_requested)
        self.diary_button.clicked.connect(self.diary_requested)
        self.items.keyed.connect(self._keyed)
        self._fit_list()

    def _fit_list(self) -> None:
        """Room for at least three of tonight's items without scrolling."""
        self.items.ensurePolished()  # its font size comes from a style sheet
        row = QFontMetrics(self.items.font()).lineSpacing() + 12
        self.items.setMinimumHeight(row * SIMPLE_ROWS_SHOWN + self.items.frameWidth() * 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list()

    def set_name(self, name: str) -> None:
        self._name = name
        self._show_greeting()

    def set_greeting(self, words: str) -> None:
        """*words* fit the time of day ("Good morning"…)."""
        self._greeting_words = words
        self._show_greeting()

    def _show_greeting(self) -> None:
        words = translate("Greetings", getattr(self, "_greeting_words", "Good evening"))
        name = getattr(self, "_name", "")
        self.greeting.setText(f"{words}, {name}" if name else words)

    def show_plan(self, plan: Plan, states: dict[str, str]) -> None:
        row = max(0, self.items.currentRow())
        self.items.clear()
        for planned in plan.items:
            state = states.get(planned.item.id)
            self.items.addItem(
                f"{wall_time(planned.due)}  {STATE_MARK.get(state, '○')}  "
                f"{item_title(planned.item)}"
            )
            self.items.item(self.items.count() - 1).setData(
                Qt.ItemDataRole.UserRole, planned.item.id
            )
        if self.items.count():
            self.items.setCurrentRow(min(row, self.items.count() - 1))

    def _keyed(self, state: str) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.check_requested.emit(item.data(Qt.ItemDataRole.UserRole), state)
