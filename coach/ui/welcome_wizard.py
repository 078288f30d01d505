"""First run: "Who will use this?" — for me, or set up for someone else, step by step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.texts.evening import item_title
from coach.ui.time_field import TimeField
from coach.ui.times import from_qtime
from coach.ui.wrapping_check import WrappingCheckBox

translate = QCoreApplication.translate


@dataclass
class Choices:
    """What the caregiver chose; applied by the app when the wizard finishes."""

    for_someone_else: bool = False
    name: str = ""
    routine: str = "body-scan"
    rate: int = 120
    large_text: bool = False
    bedtime: time = time(22, 0)
    wake: time = time(7, 0)
    child: bool = False
    items: dict[str, bool] = field(default_factory=dict)
    reminders: bool = True
    simple_mode: bool = True
    pin: str = ""


class WelcomeWizard(QWizard):
    def __init__(self, routines: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WelcomeWizard", "Welcome to Wind-Down Coach"))
        self.choices = Choices()
        self.for_me = False
        # -- who --------------------------------------------------------------------------
        who = QWizardPage()
        who.setTitle(translate("WelcomeWizard", "Who will use Wind-Down Coach?"))
        self.me_button = QPushButton(translate("WelcomeWizard", "Me"))
        self.me_button.setAccessibleName(translate("WelcomeWizard", "I will use it myself"))
        self.someone_button = QPushButton(
            translate("WelcomeWizard", "Someone I'm setting it up for")
        )
        self.someone_button.setAccessibleName(
            translate("WelcomeWizard", "I am setting it up for someone else")
        )
        layout = QVBoxLayout(who)
        layout.addWidget(QLabel(translate("WelcomeWizard", "You can change everything later.")))
        layout.addWidget(self.me_button)
        layout.addWidget(self.someone_button)
        self.me_button.clicked.connect(self._for_me)
        self.someone_button.clicked.connect(self.next)
        self.addPage(who)
        # -- the person ---------------------------------------------------------------------
        person = QWizardPage()
        person.setTitle(translate("WelcomeWizard", "About them"))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("WelcomeWizard", "Their name, used in the greeting"))
        self.routine = QComboBox()
        self.routine.setAccessibleName(translate("WelcomeWizard", "Which relaxation"))
        for routine_id, label in routines:
            self.routine.addItem(label, routine_id)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(80, 180)
        self.rate.setValue(self.choices.rate)
        self.rate.setAccessibleName(
            translate("WelcomeWizard", "Voice speed in words a minute (slower is calmer)")
        )
        self.large_text = WrappingCheckBox(translate("WelcomeWizard", "Large text"))
        self.large_text.setAccessibleName(translate("WelcomeWizard", "Large text"))
        form = QFormLayout(person)
        form.addRow(translate("WelcomeWizard", "Name"), self.name)
        form.addRow(translate("WelcomeWizard", "Relaxation"), self.routine)
        self.rate_label = QLabel()
        self.rate.valueChanged.connect(lambda value: self.rate_label.setText(_speed(value)))
        self.rate_label.setText(_speed(self.rate.value()))
        form.addRow(self.rate_label, self.rate)
        form.addRow(self.large_text)
        self.addPage(person)
        # -- the evening --------------------------------------------------------------------
        evening = QWizardPage()
        evening.setTitle(translate("WelcomeWizard", "Their evening"))
        defaults = Bedtimes()  # the same times the app uses when nothing is set
        self.bedtime = TimeField(defaults.bedtime)
        self.bedtime.setAccessibleName(translate("WelcomeWizard", "Bedtime"))
        self.wake = TimeField(defaults.wake)
        self.wake.setAccessibleName(translate("WelcomeWizard", "Wake-up time"))
        self.child = WrappingCheckBox(
            translate("WelcomeWizard", "This is a child (10 hours of sleep)")
        )
        self.child.setAccessibleName(self.child.text())
        form = QFormLayout(evening)
        form.addRow(translate("WelcomeWizard", "Bedtime"), self.bedtime)
        form.addRow(translate("WelcomeWizard", "Gets up at"), self.wake)
        form.addRow(self.child)
        self.items: dict[str, WrappingCheckBox] = {}
        for item in DEFAULT_ITEMS:
            before = item.minutes_before
            box = WrappingCheckBox(
                translate("WelcomeWizard", "{item} (%n min before bed)", None, before).format(
                    item=item_title(item)
                )
            )
            box.setChecked(item.enabled)
            box.setAccessibleName(item_title(item))
            self.items[item.id] = box
            form.addRow(box)
        self.reminders = WrappingCheckBox(
            translate("WelcomeWizard", "Remind them through the evening")
        )
        self.reminders.setChecked(True)
        self.reminders.setAccessibleName(self.reminders.text())
        form.addRow(self.reminders)
        self.addPage(evening)
        # -- simple mode and lock -------------------------------------------------------------
        safe = QWizardPage()
        safe.setTitle(translate("WelcomeWizard", "Keep it simple and safe"))
        self.simple = WrappingCheckBox(
            translate("WelcomeWizard", "Simple mode: one big button and tonight's list")
        )
        self.simple.setChecked(True)
        self.simple.setAccessibleName(self.simple.text())
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(
            translate(
                "WelcomeWizard", "A PIN to lock the settings (optional, 4 or more characters)"
            )
        )
        form = QFormLayout(safe)
        form.addRow(self.simple)
        form.addRow(translate("WelcomeWizard", "PIN (optional)"), self.pin)
        self.addPage(safe)

    def _for_me(self) -> None:
        self.for_me = True
        self.accept()

    def collect(self) -> Choices:
        """The choices made (only meaningful for the second path)."""
        c = self.choices
        c.for_someone_else = not self.for_me
        c.name = self.name.text().strip()
        c.routine = self.routine.currentData() or c.routine
        c.rate = self.rate.value()
        c.large_text = self.large_text.isChecked()
        c.bedtime = from_qtime(self.bedtime.time())
        c.wake = from_qtime(self.wake.time())
        c.child = self.child.isChecked()
        c.items = {item_id: box.isChecked() for item_id, box in self.items.items()}
        c.reminders = self.reminders.isChecked()
        c.simple_mode = self.simple.isChecked()
        c.pin = self.pin.text()
        return c


def _speed(words: int) -> str:
    return translate("WelcomeWizard", "Voice speed: %n word(s) a minute", None, words)
