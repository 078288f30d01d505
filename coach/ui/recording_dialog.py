"""Record the routine's prompts in your own voice: choose the microphone, watch the level,
record, listen, record again or delete.  The dialog shows and forwards; the recording
itself is done by :class:`coach.own_voice.OwnVoice`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class RecordingDialog(QDialog):
    #: The person asks to record *text* from the microphone *device* (a QAudioDevice).
    record_requested = Signal(str, object)
    stop_requested = Signal(str)
    play_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(
        self,
        routine_name: str,
        texts: list[str],
        inputs: list[QAudioDevice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("RecordingDialog", "Record your voice — {routine}").format(
                routine=routine_name
            )
        )
        self.resize(720, 520)
        self.texts = texts
        self._recorded: set[str] = set()
        self._recording = False
        self.microphone = QComboBox()
        self.microphone.setAccessibleName(translate("RecordingDialog", "Microphone"))
        for device in inputs:
            self.microphone.addItem(device.description(), device)
        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setAccessibleName(translate("RecordingDialog", "Microphone level"))
        self.prompts = QListWidget()
        self.prompts.setAccessibleName(
            translate("RecordingDialog", "Prompts; a tick means recorded in your voice")
        )
        self.record_button = QPushButton(translate("RecordingDialog", "Record"))
        self.stop_button = QPushButton(translate("RecordingDialog", "Stop"))
        self.play_button = QPushButton(translate("RecordingDialog", "Play"))
        self.delete_button = QPushButton(translate("RecordingDialog", "Delete recording"))
        for button, name in (
            (self.record_button, translate("RecordingDialog", "Record this prompt")),
            (self.stop_button, translate("RecordingDialog", "Stop recording")),
            (self.play_button, translate("RecordingDialog", "Play the recording")),
            (self.delete_button, translate("RecordingDialog", "Delete the recording")),
        ):
            button.setAccessibleName(name)
        self.status = QLabel()
        self.status.setWordWrap(True)
        if not self.microphone.count():
            self.status.setText(
                translate(
                    "RecordingDialog",
                    "No microphone was found. Connect one to record prompts; the "
                    "synthetic voice is used meanwhile.",
                )
            )
        row = QHBoxLayout()
        for button in (self.record_button, self.stop_button, self.play_button, self.delete_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.microphone)
        layout.addWidget(self.level)
        layout.addWidget(self.prompts, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.record_button.clicked.connect(self.record)
        self.stop_button.clicked.connect(self.stop)
        self.play_button.clicked.connect(self.play)
        self.delete_button.clicked.connect(self.delete)
        self.prompts.currentRowChanged.connect(lambda _r: self._buttons())
        self.show_recorded(set())

    def show_recorded(self, recorded: set[str]) -> None:
        """Tick the prompts that have a recording."""
        self._recorded = set(recorded)
        row = max(0, self.prompts.currentRow())
        self.prompts.clear()
        for text in self.texts:
            item = QListWidgetItem(("✓ " if text in recorded else "○ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.prompts.addItem(item)
        self.prompts.setCurrentRow(min(row, self.prompts.count() - 1))
        self._buttons()

    def show_recording(self, recording: bool) -> None:
        self._recording = recording
        if not recording:
            self.level.setValue(0)
        self._buttons()

    def show_level(self, level: float) -> None:
        self.level.setValue(round(level * 100))

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def _selected(self) -> str | None:
        item = self.prompts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _buttons(self) -> None:
        text = self._selected()
        has = text is not None and text in self._recorded
        recording = self._recording
        self.record_button.setEnabled(bool(self.microphone.count()) and not recording)
        self.stop_button.setEnabled(recording)
        self.play_button.setEnabled(has and not recording)
        self.delete_button.setEnabled(has and not recording)

    def record(self) -> None:
        device, text = self.microphone.currentData(), self._selected()
        if device is not None and text is not None:
            self.record_requested.emit(text, device)

    def stop(self) -> None:
        text = self._selected()
        if text is not None:
            self.stop_requested.emit(text)

    def play(self) -> None:
        text = self._selected()
        if text is not None:
            self.play_requested.emit(text)

    def delete(self) -> None:
        text = self._selected()
        if text is not None:
            self.delete_requested.emit(text)
