"""Tonight: the checklist in time order, ticked off with one click or key, then relax."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.evening import Plan
from coach.core.formatting import wall_time
from coach.core.words import marked
from coach.texts.evening import item_reason, item_title, sleep_words
from coach.ui import theme
from coach.ui.flow_layout import FlowLayout

translate = QCoreApplication.translate

STATE_MARK = {"done": "✓", "skipped": "–", None: "○"}
STATE_WORDS = {"done": marked("TonightPage", "done"), "skipped": marked("TonightPage", "skipped")}
#: What is due now is marked apart from the selected row (which is theme.SELECTED): a
#: warm outline-coloured band and bold words, never the selection's colour.
DUE_NOW = QColor(theme.NOTICE)


class ChecklistList(QListWidget):
    """D or Space: done; S: skipped; Backspace: not yet."""

    keyed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_D, Qt.Key.Key_Space):
            self.keyed.emit("done")
        elif key == Qt.Key.Key_S:
            self.keyed.emit("skipped")
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.keyed.emit("")
        else:
            super().keyPressEvent(event)


class TonightPage(QWidget):
    check_requested = Signal(str, str)  # item id, "done" / "skipped" / "" (clear)
    start_requested = Signal()
    bath_requested = Signal()
    bath_cancel_requested = Signal()
    plan_settings_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.states: dict[str, str] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("heading")
        self.sleep = QLabel()
        self.sleep.setWordWrap(True)
        self.sleep.setAccessibleName(translate("TonightPage", "Sleep tonight"))
        self.items = ChecklistList()
        self.items.setAccessibleName(translate("TonightPage", "Tonight's checklist"))
        self.items.setAccessibleDescription(
            translate(
                "TonightPage",
                "D or Space marks the selected item done, S skips it, Backspace undoes.",
            )
        )
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("timeLeft")
        self.done_button = QPushButton(translate("TonightPage", "Done"))
        self.skip_button = QPushButton(translate("TonightPage", "Skip"))
        self.bath_button = QPushButton(translate("TonightPage", "Start the bath timer"))
        self.plan_button = QPushButton(translate("TonightPage", "Bedtime and checklist…"))
        self.back_button = QPushButton(translate("TonightPage", "Routines"))
        self.start_button = QPushButton(translate("TonightPage", "Start relaxation"))
        self.start_button.setObjectName("primary")
        for button, name in (
            (self.done_button, translate("TonightPage", "Mark done (D)")),
            (self.skip_button, translate("TonightPage", "Skip (S)")),
            (self.bath_button, translate("TonightPage", "Start the bath timer")),
            (self.plan_button, translate("TonightPage", "Bedtime and checklist settings")),
            (self.back_button, translate("TonightPage", "Back to the routines")),
            (self.start_button, translate("TonightPage", "Start relaxation")),
        ):
            button.setAccessibleName(name)
        row = FlowLayout()  # wraps when the words are long: the window fits 1280×800
        row.addWidget(self.done_button)
        row.addWidget(self.skip_button)
        row.addWidget(self.bath_button)
        row.add_right(self.plan_button)
        bottom = FlowLayout()
        bottom.addWidget(self.back_button)
        bottom.add_right(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.heading)
        layout.addWidget(self.sleep)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        layout.addLayout(bottom)

        self.items.keyed.connect(self._check_selected)
        self.items.currentRowChanged.connect(self._show_reason)
        self.done_button.clicked.connect(lambda: self._check_selected("done"))
        self.skip_button.clicked.connect(lambda: self._check_selected("skipped"))
        self.bath_button.clicked.connect(self._bath_clicked)
        self._bath_left: int | None = None
        self.plan_button.clicked.connect(self.plan_settings_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.start_button.clicked.connect(self.start_requested)

    def show_plan(self, plan: Plan, states: dict[str, str], now: datetime) -> None:
        self.plan = plan
        self.states = dict(states)
        row = max(0, self.items.currentRow())
        self.heading.setText(
            translate("TonightPage", "Tonight: bed at {time}").format(time=wall_time(plan.bedtime))
        )
        self.sleep.setText(sleep_words(plan))
        due = plan.due_now(now, frozenset(self.states))
        self.items.clear()
        for planned in plan.items:
            state = self.states.get(planned.item.id)
            mark = STATE_MARK.get(state, "○")
            text = f"{wall_time(planned.due)}   {mark}  {item_title(planned.item)}"
            if state:
                text += f"  ({translate('TonightPage', STATE_WORDS.get(state, state))})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, planned.item.id)
            if due is not None and planned is due:
                item.setBackground(DUE_NOW)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setText("▶ " + text + translate("TonightPage", "  — now"))
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(min(row, self.items.count() - 1))

    def selected_id(self) -> str | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _check_selected(self, state: str) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.check_requested.emit(item_id, state)

    def _show_reason(self, row: int) -> None:
        if self.plan is None or not 0 <= row < len(self.plan.items):
            self.reason.setText("")
            self.bath_button.setEnabled(False)
            return
        item = self.plan.items[row].item
        self.reason.setText(item_reason(item))
        if self._bath_left is not None:
            return  # the running timer's countdown and Cancel stay, whatever is selected
        self.bath_button.setEnabled(item.duration > 0)
        minutes = item.duration
        self.bath_button.setText(
            translate("TonightPage", "Start a %n-minute timer", None, minutes)
            if item.duration
            else translate("TonightPage", "Start the bath timer")
        )

    def show_bath(self, minutes_left: int | None) -> None:
        """The bath timer's countdown (with Cancel), or the start button when none runs."""
        self._bath_left = minutes_left
        if minutes_left is None:
            self._show_reason(self.items.currentRow())
            return
        self.bath_button.setEnabled(True)
        self.bath_button.setText(
            translate(
                "TonightPage", "Cancel the bath timer (%n minute(s) left)", None, minutes_left
            )
        )

    def _bath_clicked(self) -> None:
        if self._bath_left is None:
            self.bath_requested.emit()
        else:
            self.bath_cancel_requested.emit()
