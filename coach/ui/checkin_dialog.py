"""The morning check-in: a minute's questions about last night, checked as you type.

The questions are the Consensus Sleep Diary's (without the one about medication).
The dialog shows and forwards: what is wrong comes from the *check* it is given
(one sentence per problem, naming the field), and Save stays off until nothing is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import LIMITS, QUALITY
from coach.core.words import capitalised
from coach.texts.dates import day_name
from coach.ui.time_field import TimeField

translate = QCoreApplication.translate

#: Which time each question starts from when nothing better is known.
DEFAULT_TIMES = {
    "in_bed": time(22, 30),
    "tried": time(22, 45),
    "final_wake": time(6, 30),
    "out_of_bed": time(6, 45),
    "caffeine_last": time(15, 0),
    "alcohol_last": time(20, 0),
}


def _count(name: str, label: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    low, high = LIMITS[name]
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccessibleName(label)
    return box


class CheckInDialog(QDialog):
    #: "Add a startle…": one for this night (the wiring asks where and keeps it).
    startle_requested = Signal()

    def __init__(
        self,
        night: date,
        prefill: Mapping[str, object],
        check: Callable[[dict[str, object]], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.night = night
        self._check = check
        self.setWindowTitle(
            translate("CheckInDialog", "How did you sleep? — the night of {night}").format(
                night=day_name(night)
            )
        )
        self.times: dict[str, TimeField] = {}
        for name, label in (
            ("in_bed", translate("CheckInDialog", "Into bed")),
            ("tried", translate("CheckInDialog", "Tried to sleep")),
            ("final_wake", translate("CheckInDialog", "Final awakening")),
            ("out_of_bed", translate("CheckInDialog", "Out of bed")),
            ("caffeine_last", translate("CheckInDialog", "Last caffeinated drink")),
            ("alcohol_last", translate("CheckInDialog", "Last alcoholic drink")),
        ):
            field = TimeField(_as_time(prefill.get(name), DEFAULT_TIMES[name]))
            field.setAccessibleName(label)
            self.times[name] = field
        MINUTES = translate("CheckInDialog", " min")
        self.latency = _count(
            "latency", translate("CheckInDialog", "Minutes to fall asleep"), MINUTES
        )
        self.awakenings = _count(
            "awakenings", translate("CheckInDialog", "Times woken in the night")
        )
        self.awake = _count(
            "awake", translate("CheckInDialog", "Minutes awake in the night, in all"), MINUTES
        )
        self.quality = QComboBox()
        self.quality.setAccessibleName(translate("CheckInDialog", "Quality of sleep"))
        self.rested = QComboBox()
        self.rested.setAccessibleName(translate("CheckInDialog", "How rested you felt"))
        self.rested.addItem("—", None)
        for number, english in enumerate(QUALITY, start=1):
            words = capitalised(translate("DiaryText", english))
            self.quality.addItem(words, number)
            self.rested.addItem(words, number)
        self.quality.setCurrentIndex(2)  # "fair": a starting point, not an answer
        for choice, given in (
            (self.quality, prefill.get("quality")),
            (self.rested, prefill.get("rested")),
        ):
            if isinstance(given, int) and choice.findData(given) >= 0:
                choice.setCurrentIndex(choice.findData(given))
        self.naps = _count("naps", translate("CheckInDialog", "Naps"))
        self.nap_minutes = _count(
            "nap_minutes", translate("CheckInDialog", "Minutes napping"), MINUTES
        )
        self.caffeine = _count("caffeine", translate("CheckInDialog", "Caffeinated drinks"))
        self.alcohol = _count("alcohol", translate("CheckInDialog", "Alcoholic drinks"))
        self.comments = QPlainTextEdit()
        self.comments.setAccessibleName(translate("CheckInDialog", "Comments"))
        self.comments.setTabChangesFocus(True)  # keyboard only: Tab moves on
        self.comments.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.comments.setPlainText(str(prefill.get("comments") or ""))
        self.filled_by = QLineEdit(str(prefill.get("filled_by") or ""))
        self.filled_by.setAccessibleName(
            translate("CheckInDialog", "Filled in by (when someone helps)")
        )
        for name, box in (
            ("latency", self.latency),
            ("awakenings", self.awakenings),
            ("awake", self.awake),
            ("naps", self.naps),
            ("nap_minutes", self.nap_minutes),
            ("caffeine", self.caffeine),
            ("alcohol", self.alcohol),
        ):
            value = prefill.get(name)
            if isinstance(value, int):
                box.setValue(value)
        self.problems = QLabel()
        self.problems.setObjectName("notice")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName(
            translate("CheckInDialog", "What needs a look before saving")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.startle_button = buttons.addButton(
            translate("CheckInDialog", "Add a startle…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.startle_button.setAccessibleName(
            translate("CheckInDialog", "Add a startle to this night")
        )
        self.startle_button.clicked.connect(self.startle_requested)
        self.startles = QLabel()
        self.startles.setObjectName("timeLeft")
        self.startles.setAccessibleName(translate("CheckInDialog", "Startles of this night"))

        night_box = QGroupBox(translate("CheckInDialog", "The night"))
        form = QFormLayout(night_box)
        form.addRow(translate("CheckInDialog", "Into bed"), self.times["in_bed"])
        form.addRow(translate("CheckInDialog", "Tried to sleep"), self.times["tried"])
        form.addRow(translate("CheckInDialog", "Minutes to fall asleep"), self.latency)
        form.addRow(translate("CheckInDialog", "Times woken"), self.awakenings)
        form.addRow(translate("CheckInDialog", "Minutes awake in all"), self.awake)
        form.addRow(translate("CheckInDialog", "Final awakening"), self.times["final_wake"])
        form.addRow(translate("CheckInDialog", "Out of bed"), self.times["out_of_bed"])
        how = QGroupBox(translate("CheckInDialog", "How it was"))
        form = QFormLayout(how)
        form.addRow(translate("CheckInDialog", "Quality of sleep"), self.quality)
        form.addRow(translate("CheckInDialog", "How rested you felt"), self.rested)
        day = QGroupBox(translate("CheckInDialog", "The day before"))
        form = QFormLayout(day)
        form.addRow(translate("CheckInDialog", "Naps"), self.naps)
        form.addRow(translate("CheckInDialog", "Minutes napping"), self.nap_minutes)
        form.addRow(translate("CheckInDialog", "Caffeinated drinks"), self.caffeine)
        form.addRow(translate("CheckInDialog", "The last at"), self.times["caffeine_last"])
        form.addRow(translate("CheckInDialog", "Alcoholic drinks"), self.alcohol)
        form.addRow(translate("CheckInDialog", "The last at"), self.times["alcohol_last"])
        more = QGroupBox(translate("CheckInDialog", "Anything else"))
        form = QFormLayout(more)
        form.addRow(translate("CheckInDialog", "Comments"), self.comments)
        form.addRow(translate("CheckInDialog", "Filled in by"), self.filled_by)
        content = QWidget()
        column = QVBoxLayout(content)
        for group in (night_box, how, day, more):
            column.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(
            content.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 12
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.startles)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for field in self.times.values():
            field.timeChanged.connect(lambda _t: self._show_problems())
        for box in (
            self.latency,
            self.awakenings,
            self.awake,
            self.naps,
            self.nap_minutes,
            self.caffeine,
            self.alcohol,
        ):
            box.valueChanged.connect(lambda _v: self._show_problems())
        self.caffeine.valueChanged.connect(lambda v: self.times["caffeine_last"].setEnabled(v > 0))
        self.alcohol.valueChanged.connect(lambda v: self.times["alcohol_last"].setEnabled(v > 0))
        self.times["caffeine_last"].setEnabled(self.caffeine.value() > 0)
        self.times["alcohol_last"].setEnabled(self.alcohol.value() > 0)
        self.comments.textChanged.connect(self._show_problems)
        wide = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 60)
        self.resize(wide, min(720, self.sizeHint().height()))
        self._show_problems()
        self.times["in_bed"].setFocus()

    def values(self) -> dict[str, object]:
        """What the person gave, by the diary's field names."""
        found: dict[str, object] = {
            name: f"{self.times[name].time().toString('HH:mm')}"
            for name in ("in_bed", "tried", "final_wake", "out_of_bed")
        }
        found.update(
            latency=self.latency.value(),
            awakenings=self.awakenings.value(),
            awake=self.awake.value(),
            quality=self.quality.currentData(),
            rested=self.rested.currentData(),
            naps=self.naps.value(),
            nap_minutes=self.nap_minutes.value(),
            caffeine=self.caffeine.value(),
            alcohol=self.alcohol.value(),
            comments=self.comments.toPlainText(),
            filled_by=self.filled_by.text(),
        )
        for last in ("caffeine_last", "alcohol_last"):
            if self.times[last].isEnabled():
                found[last] = self.times[last].time().toString("HH:mm")
        return found

    def show_startles(self, count: int) -> None:
        """How many startles this night has in the log so far."""
        self.startles.setText(
            translate("CheckInDialog", "Startles logged for this night: %n.", None, count)
            if count
            else translate("CheckInDialog", "No startles logged.")
        )

    def _show_problems(self) -> None:
        problems = self._check(self.values())
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)


def _as_time(value: object, default: time) -> time:
    return value if isinstance(value, time) else default
