"""Choose the voice, its speed and its volume."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSlider,
    QWidget,
)

from coach.adapters.speech import VoiceInfo
from coach.core.settings import OPTIONS, Settings


class VoiceDialog(QDialog):
    def __init__(
        self, settings: Settings, voices: list[VoiceInfo] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voice")
        self._settings = settings
        self.voice = QComboBox()
        self.voice.setAccessibleName("Voice")
        self.voice.addItem("The engine’s default voice", "")
        for info in voices or []:
            self.voice.addItem(f"{info.name} ({info.id})", info.id)
        index = self.voice.findData(settings.voice)
        if index < 0 and settings.voice:
            self.voice.addItem(settings.voice, settings.voice)
            index = self.voice.count() - 1
        self.voice.setCurrentIndex(max(0, index))
        if voices is None:
            self.voice.setToolTip("The list of voices is still being read.")

        rate = OPTIONS["rate"]
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(int(rate.low or 60), int(rate.high or 260))
        self.rate.setValue(settings.rate)
        self.rate.setAccessibleName("Speaking rate in words per minute")
        self.rate_label = QLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName("Voice volume in percent")
        self.volume_label = QLabel()
        self.rate.valueChanged.connect(self._update_labels)
        self.volume.valueChanged.connect(self._update_labels)
        self._update_labels()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Voice", self.voice)
        form.addRow(self.rate_label, self.rate)
        form.addRow(self.volume_label, self.volume)
        form.addRow(buttons)

    @classmethod
    def ask(
        cls, settings: Settings, voices: list[VoiceInfo] | None, parent: QWidget | None = None
    ) -> Settings | None:
        """Show the dialog; the chosen settings, or ``None`` if cancelled."""
        dialog = cls(settings, voices, parent)
        return dialog.chosen() if dialog.exec() else None

    def _update_labels(self) -> None:
        self.rate_label.setText(f"Speed: {self.rate.value()} words a minute")
        self.volume_label.setText(f"Volume: {self.volume.value()} %")

    def chosen(self) -> Settings:
        from dataclasses import replace

        return replace(
            self._settings,
            voice=self.voice.currentData() or "",
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
        )
