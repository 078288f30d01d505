"""Bedtime, wake-up time and the checklist: what is on, when, in which order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.checklist_format import PlanFileError, dump_plan, parse_clock, parse_plan
from coach.core.evening import WEEKDAYS, Bedtimes, Item
from coach.core.problems import Problem
from coach.core.words import marked
from coach.texts.evening import item_reason, item_title
from coach.texts.said import in_words, problem_in_words
from coach.ui.time_field import TimeField
from coach.ui.times import from_qtime
from coach.ui.wrapping_check import WrappingCheckBox

translate = QCoreApplication.translate


class PlanDialog(QDialog):
    COLUMNS = (
        translate("PlanDialog", "On"),
        translate("PlanDialog", "Item"),
        translate("PlanDialog", "Minutes before bed"),
        translate("PlanDialog", "Why"),
    )

    def __init__(
        self,
        bedtimes: Bedtimes,
        items: tuple[Item, ...],
        autostart: bool | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanDialog", "Bedtime and checklist"))
        self.resize(760, 520)
        self._bedtimes = bedtimes
        self._items = list(items)
        self.bedtime = TimeField(bedtimes.bedtime)
        self.bedtime.setAccessibleName(translate("PlanDialog", "Bedtime"))
        self.wake = TimeField(bedtimes.wake)
        self.wake.setAccessibleName(translate("PlanDialog", "Wake-up time"))
        self.weekdays = QLineEdit(
            ", ".join(f"{day} {at:%H:%M}" for day, at in bedtimes.per_weekday.items())
        )
        self.weekdays.setPlaceholderText(
            translate("PlanDialog", "e.g. friday 23:30, saturday 23:30")
        )
        self.weekdays.setAccessibleName(translate("PlanDialog", "Other bedtimes on some evenings"))
        self.sleeper = QComboBox()
        self.sleeper.addItem(translate("PlanDialog", "An adult (7 hours of sleep)"), False)
        self.sleeper.addItem(translate("PlanDialog", "A child (10 hours of sleep)"), True)
        self.sleeper.setCurrentIndex(1 if bedtimes.child else 0)
        self.sleeper.setAccessibleName(translate("PlanDialog", "Who sleeps"))
        self.autostart = WrappingCheckBox(
            translate("PlanDialog", "Start Wind-Down Coach when I log in")
        )
        self.autostart.setAccessibleName(self.autostart.text())
        if autostart is None:
            self.autostart.setEnabled(False)
            self.autostart.setToolTip(translate("PlanDialog", "Not supported on this system."))
        else:
            self.autostart.setChecked(autostart)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setAccessibleName(translate("PlanDialog", "Checklist items"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # "Why" takes what is left
        for column in (0, 2):  # "On" and "Minutes before bed" fit their header
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)  # item names show whole
        self.table.setWordWrap(True)
        self.add_button = QPushButton(translate("PlanDialog", "Add"))
        self.remove_button = QPushButton(translate("PlanDialog", "Remove"))
        self.up_button = QPushButton(translate("PlanDialog", "Up"))
        self.down_button = QPushButton(translate("PlanDialog", "Down"))
        for b, n in (
            (self.add_button, translate("PlanDialog", "Add an item")),
            (self.remove_button, translate("PlanDialog", "Remove the item")),
            (self.up_button, translate("PlanDialog", "Move the item up")),
            (self.down_button, translate("PlanDialog", "Move it down")),
        ):
            b.setAccessibleName(n)
        self.problems = QLabel()
        self.problems.setObjectName("notice")
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("PlanDialog", "Bedtime"), self.bedtime)
        form.addRow(translate("PlanDialog", "Other evenings"), self.weekdays)
        form.addRow(translate("PlanDialog", "Get up at"), self.wake)
        form.addRow(translate("PlanDialog", "Sleeper"), self.sleeper)
        form.addRow(self.autostart)
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self._fill()
        self.result_plan: tuple[Bedtimes, tuple[Item, ...], bool] | None = None

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for item in self._items:
            self._append(item)

    def _append(self, item: Item) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        on = QTableWidgetItem()
        on.setFlags(on.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        on.setCheckState(Qt.CheckState.Checked if item.enabled else Qt.CheckState.Unchecked)
        on.setData(Qt.ItemDataRole.UserRole, item)
        self.table.setItem(row, 0, on)
        self.table.setItem(row, 1, QTableWidgetItem(item_title(item)))
        self.table.setItem(row, 2, QTableWidgetItem(str(item.minutes_before)))
        self.table.setItem(row, 3, QTableWidgetItem(item_reason(item)))

    def _read(self) -> list[Item]:
        items = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(4)]
            first, title, minutes_cell, reason = cells
            if first is None or title is None or minutes_cell is None or reason is None:
                continue
            base: Item = first.data(Qt.ItemDataRole.UserRole)
            minutes_text = minutes_cell.text().strip()
            minutes = int(minutes_text) if minutes_text.lstrip("-").isdigit() else -1
            items.append(
                replace(
                    base,
                    title=title.text().strip(),
                    minutes_before=minutes,
                    reason=reason.text().strip(),
                    enabled=first.checkState() == Qt.CheckState.Checked,
                )
            )
        return items

    def _add(self) -> None:
        items = self._read()
        taken = {i.id for i in items}
        number = 1
        while f"item-{number}" in taken:
            number += 1
        self._items = [
            *items,
            Item(f"item-{number}", translate("PlanDialog", "Something for the evening"), 30),
        ]
        self._fill()
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self._items = self._read()
            del self._items[row]
            self._fill()

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        to = row + delta
        if row >= 0 and 0 <= to < self.table.rowCount():
            self._items = self._read()
            self._items.insert(to, self._items.pop(row))
            self._fill()
            self.table.setCurrentCell(to, 1)

    def _per_weekday(self) -> tuple[dict[str, time], list[str]]:
        found: dict[str, time] = {}
        bad = []
        for part in filter(None, (p.strip() for p in self.weekdays.text().split(","))):
            words = part.split()
            day = words[0].casefold() if words else ""
            at = parse_clock(words[1]) if len(words) == 2 else None
            if day not in WEEKDAYS or at is None:
                bad.append(part)
            else:
                found[day] = at
        return found, bad

    def chosen(self) -> tuple[Bedtimes, tuple[Item, ...]]:
        per_weekday, _bad = self._per_weekday()
        bedtimes = replace(
            self._bedtimes,
            bedtime=from_qtime(self.bedtime.time()),
            wake=from_qtime(self.wake.time()),
            child=self.sleeper.currentData(),
            per_weekday=per_weekday,
        )
        return bedtimes, tuple(self._read())

    def _accept(self) -> None:
        _found, bad = self._per_weekday()
        if bad:
            self.problems.setText(
                translate(
                    "PlanDialog",
                    "Other evenings: “{entries}” — write a weekday and a time, e.g. friday 23:30",
                ).format(entries="”, “".join(bad))
            )
            self.problems.show()
            return
        bedtimes, items = self.chosen()
        try:
            checked = parse_plan(dump_plan(bedtimes, items), "checklist")  # the file's rules
        except PlanFileError as exc:
            self.problems.setText("\n".join(_in_words(p, items) for p in exc.problems))
            self.problems.show()
            return
        self.result_plan = (*checked, self.autostart.isChecked())
        self.accept()


#: The checklist file's field names, as a person reads them in the dialog.
FIELD_WORDS = {
    "title": marked("plan_dialog", "the name"),
    "minutes_before": marked("plan_dialog", "minutes before bed"),
    "reason": marked("plan_dialog", "why"),
    "duration": marked("plan_dialog", "how long it lasts"),
    "enabled": marked("plan_dialog", "on or off"),
    "id": marked("plan_dialog", "its id"),
}
_ITEM_FIELD = re.compile(r"^items\[(\d+)\]\.(\w+)$")


def _in_words(problem: Problem, items: tuple[Item, ...]) -> str:
    """ "Light meal: minutes before bed must be …", never "items[1].minutes_before: …"."""
    match = _ITEM_FIELD.match(problem.field or "")
    if match is None:
        return problem_in_words(problem, where=False)
    number, field = int(match.group(1)), match.group(2)  # the file's fields count from 1
    index = number - 1
    title = item_title(items[index]) if 0 <= index < len(items) else ""
    title = title or translate("plan_dialog", "Item {number}").format(number=number)
    words = translate("plan_dialog", FIELD_WORDS[field]) if field in FIELD_WORDS else field
    return f"{title}: {words} {in_words(problem.said)}"
