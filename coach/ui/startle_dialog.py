""" "I startled": where in the body (tap the body map, or choose from the list), about how
long, when, whether it woke you, whether the legs felt uncomfortable before it.

Made for the dark: it opens over the session screen with the body map ready, Enter
keeps it as it stands, Escape lets it go.  It shows and forwards; the wiring keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core import body_areas
from coach.core.body_progress import Role
from coach.core.diary import LIMITS, SITUATIONS
from coach.texts.areas import area_label
from coach.ui.body_map import BodyMap
from coach.ui.wrapping_check import WrappingCheckBox

translate = QCoreApplication.translate

#: The areas offered in the list, in the order a person thinks of them.
LISTED = (
    "whole_body",
    "legs",
    "right_leg",
    "left_leg",
    "right_foot",
    "left_foot",
    "arms",
    "right_arm",
    "left_arm",
    "right_hand",
    "left_hand",
    "torso",
    "head_and_neck",
    "face",
    "neck",
)


@dataclass(frozen=True)
class StartleAnswer:
    area: str
    situation: str
    seconds: float | None
    woke: bool
    legs_uncomfortable: bool


class StartleDialog(QDialog):
    def __init__(
        self,
        body_svg: Path,
        situation: str,
        situation_words: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StartleDialog", "I startled"))
        self.body_map = BodyMap(body_svg)
        self.body_map.setAccessibleName(
            translate("StartleDialog", "Body map: tap where the startle was")
        )
        self.body_map.setMinimumSize(220, 300)
        self.body_map.region_clicked.connect(self._region_tapped)
        self.area = QComboBox()
        self.area.setAccessibleName(translate("StartleDialog", "Where in the body"))
        for area in LISTED:
            self.area.addItem(area_label(area), area)
        self.area.currentIndexChanged.connect(lambda _i: self._show_area())
        self.situation = QComboBox()
        self.situation.setAccessibleName(translate("StartleDialog", "When it happened"))
        for code in SITUATIONS:
            self.situation.addItem(situation_words.get(code, code).capitalize(), code)
        self.situation.setCurrentIndex(max(0, self.situation.findData(situation)))
        self.seconds = QSpinBox()
        self.seconds.setAccessibleName(
            translate("StartleDialog", "About how many seconds (0: not sure)")
        )
        self.seconds.setRange(0, int(LIMITS["seconds"][1]))
        self.seconds.setSpecialValueText(translate("StartleDialog", "not sure"))
        self.seconds.setSuffix(translate("StartleDialog", " s"))
        self.woke = WrappingCheckBox(translate("StartleDialog", "It woke me"))
        self.legs = WrappingCheckBox(
            translate("StartleDialog", "My legs felt uncomfortable before it")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("StartleDialog", "Where"), self.area)
        form.addRow(translate("StartleDialog", "When"), self.situation)
        form.addRow(translate("StartleDialog", "About how long"), self.seconds)
        form.addRow(self.woke)
        form.addRow(self.legs)
        hint = QLabel(
            translate("StartleDialog", "Tap the body map, or choose from the list. Enter keeps it.")
        )
        hint.setObjectName("timeLeft")
        hint.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(hint)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.body_map, 1)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._show_area()
        self.area.setFocus()

    def answer(self) -> StartleAnswer:
        seconds = self.seconds.value()
        return StartleAnswer(
            area=str(self.area.currentData()),
            situation=str(self.situation.currentData()),
            seconds=float(seconds) if seconds else None,
            woke=self.woke.isChecked(),
            legs_uncomfortable=self.legs.isChecked(),
        )

    def _region_tapped(self, region: str) -> None:
        area = body_areas.area_of_region(region)
        index = self.area.findData(area)
        if index < 0:
            self.area.addItem(area_label(area), area)
            index = self.area.count() - 1
        self.area.setCurrentIndex(index)

    def _show_area(self) -> None:
        area = body_areas.AREAS.get(str(self.area.currentData()))
        roles = {region: Role.TENSE for region in area.regions} if area else {}
        self.body_map.set_roles(roles, animate=False)
        self.body_map.setAccessibleDescription(
            translate("StartleDialog", "Chosen: {area}").format(area=self.area.currentText())
        )
