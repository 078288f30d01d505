"""Screen and sound settings for the session: captions, darkness, guide, chime, background."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSlider,
    QSpinBox,
    QWidget,
)

from coach.core.settings import OPTIONS, Settings

BACKGROUNDS = (("off", "None"), ("brown", "Soft brown noise"), ("pink", "Soft pink noise"))


def _percent_slider(value: float, name: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(round(value * 100))
    slider.setAccessibleName(name)
    return slider


class DisplayDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Screen and sound")
        self._settings = settings
        self.captions = QCheckBox("Show the words on screen")
        self.captions.setChecked(settings.captions)
        self.screen_dark = QCheckBox("Dark screen: only faint words on black")
        self.screen_dark.setChecked(settings.screen_dark)
        self.text_size = QSpinBox()
        text = OPTIONS["text_size"]
        self.text_size.setRange(int(text.low or 16), int(text.high or 72))
        self.text_size.setSuffix(" px")
        self.text_size.setValue(settings.text_size)
        self.text_size.setAccessibleName("Text size")
        self.body_map = QCheckBox("Show the body map")
        self.body_map.setChecked(settings.body_map)
        self.breathing = QCheckBox("Show a breathing guide while relaxing")
        self.breathing.setChecked(settings.breathing)
        self.breaths = QDoubleSpinBox()
        rate = OPTIONS["breaths_per_minute"]
        self.breaths.setRange(rate.low or 3, rate.high or 12)
        self.breaths.setSingleStep(0.5)
        self.breaths.setDecimals(1)
        self.breaths.setSuffix(" breaths a minute")
        self.breaths.setValue(settings.breaths_per_minute)
        self.breaths.setAccessibleName("Breathing guide speed")
        self.chime = QCheckBox("A soft chime before each step")
        self.chime.setChecked(settings.chime)
        self.chime_volume = _percent_slider(settings.chime_volume, "Chime volume")
        self.background = QComboBox()
        self.background.setAccessibleName("Background sound")
        for value, label in BACKGROUNDS:
            self.background.addItem(label, value)
        self.background.setCurrentIndex(max(0, self.background.findData(settings.background)))
        self.background_volume = _percent_slider(settings.background_volume, "Background volume")
        self.quit_after = QSpinBox()
        self.quit_after.setRange(0, int(OPTIONS["quit_after_minutes"].high or 240))
        self.quit_after.setSpecialValueText("Never")
        self.quit_after.setSuffix(" min")
        self.quit_after.setValue(settings.quit_after_minutes)
        self.quit_after.setAccessibleName("Close the app after a session ends")
        for box in (self.captions, self.screen_dark, self.body_map, self.breathing, self.chime):
            box.setAccessibleName(box.text())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.captions)
        form.addRow(self.screen_dark)
        form.addRow("Text size", self.text_size)
        form.addRow(self.body_map)
        form.addRow(self.breathing)
        form.addRow("Guide speed", self.breaths)
        form.addRow(self.chime)
        form.addRow("Chime volume", self.chime_volume)
        form.addRow("Background", self.background)
        form.addRow("Background volume", self.background_volume)
        form.addRow("After a session, close the app after", self.quit_after)
        form.addRow(buttons)

    @classmethod
    def ask(cls, settings: Settings, parent: QWidget | None = None) -> Settings | None:
        dialog = cls(settings, parent)
        return dialog.chosen() if dialog.exec() else None

    def chosen(self) -> Settings:
        return replace(
            self._settings,
            captions=self.captions.isChecked(),
            screen_dark=self.screen_dark.isChecked(),
            text_size=self.text_size.value(),
            body_map=self.body_map.isChecked(),
            breathing=self.breathing.isChecked(),
            breaths_per_minute=self.breaths.value(),
            chime=self.chime.isChecked(),
            chime_volume=self.chime_volume.value() / 100,
            background=self.background.currentData(),
            background_volume=self.background_volume.value() / 100,
            quit_after_minutes=self.quit_after.value(),
        )
