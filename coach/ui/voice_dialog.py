"""Choose the voice, its speed and its volume."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from coach.core.settings import OPTIONS, Settings
from coach.core.voice import VoiceInfo

NATURAL_PREFIX = "hibari:"


def _order(voices: list[VoiceInfo]) -> list[VoiceInfo]:
    """Natural voices first, then English eSpeak voices, then the rest by name."""

    def rank(info: VoiceInfo) -> tuple[int, str]:
        if info.id.startswith(NATURAL_PREFIX):
            return (0, info.name)
        english = any(lang.startswith("en") for lang in info.languages)
        return (1 if english else 2, info.name.casefold())

    return sorted(voices, key=rank)


class VoiceDialog(QDialog):
    #: (voice id, words a minute, volume) to hear a sample with, without saving.
    preview_requested = Signal(str, int, float)

    def __init__(
        self, settings: Settings, voices: list[VoiceInfo] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voice")
        self._settings = settings
        self.voice = QComboBox()
        self.voice.setAccessibleName("Voice")
        ordered = _order(voices or [])
        natural = [v for v in ordered if v.id.startswith(NATURAL_PREFIX)]
        if natural:
            self.voice.addItem(f"{natural[0].name} — the default", "")
        else:
            self.voice.addItem("The default voice", "")
        for info in ordered:
            if natural and info.id == natural[0].id:
                continue  # shown first, as the default
            engine = "natural" if info.id.startswith(NATURAL_PREFIX) else "eSpeak"
            self.voice.addItem(f"{info.name} ({engine}, {info.id})", info.id)
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

        self.preview_button = QPushButton("Preview")
        self.preview_button.setAccessibleName("Preview: hear a sample with these settings")
        self.preview_button.clicked.connect(self._preview)
        self.preview_status = QLabel()
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_status.setWordWrap(True)
        preview = QHBoxLayout()
        preview.addWidget(self.preview_button)
        preview.addWidget(self.preview_status, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Voice", self.voice)
        form.addRow(self.rate_label, self.rate)
        form.addRow(self.volume_label, self.volume)
        form.addRow(preview)
        form.addRow(buttons)

    def _preview(self) -> None:
        self.preview_requested.emit(
            self.voice.currentData() or "", self.rate.value(), self.volume.value() / 100
        )

    def show_preview_status(self, text: str) -> None:
        self.preview_status.setText(text)

    @classmethod
    def ask(
        cls, settings: Settings, voices: list[VoiceInfo] | None, parent: QWidget | None = None
    ) -> Settings | None:
        """Show the dialog; the chosen settings, or ``None`` if cancelled."""
        dialog = cls(settings, voices, parent)
        return dialog.chosen() if dialog.exec() else None

    @classmethod
    def ask_with_preview(
        cls,
        settings: Settings,
        voices: list[VoiceInfo] | None,
        connect: Callable[[VoiceDialog], None],
        parent: QWidget | None = None,
    ) -> Settings | None:
        """Like :meth:`ask`, with *connect* wiring the Preview button first."""
        dialog = cls(settings, voices, parent)
        connect(dialog)
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
