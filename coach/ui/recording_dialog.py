"""Record the routine's prompts in your own voice: choose the microphone, watch the level,
record, listen, record again or delete."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices
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

from coach.adapters.recordings import Recordings
from coach.core.routine import Routine
from coach.core.timeline import compile_timeline

if TYPE_CHECKING:
    from coach.audio.player import StreamPlayer
    from coach.audio.recorder import VoiceRecorder


class RecordingDialog(QDialog):
    def __init__(
        self,
        routine: Routine,
        recordings: Recordings,
        parent: QWidget | None = None,
        inputs: list[QAudioDevice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Record your voice — {routine.name}")
        self.resize(720, 520)
        self.routine = routine
        self.recordings = recordings
        self.recorder: VoiceRecorder | None = None
        self.player: StreamPlayer | None = None
        self.texts = compile_timeline(routine).texts()
        self.microphone = QComboBox()
        self.microphone.setAccessibleName("Microphone")
        for device in QMediaDevices.audioInputs() if inputs is None else inputs:
            self.microphone.addItem(device.description(), device)
        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setAccessibleName("Microphone level")
        self.prompts = QListWidget()
        self.prompts.setAccessibleName("Prompts; a tick means recorded in your voice")
        self.record_button = QPushButton("Record")
        self.stop_button = QPushButton("Stop")
        self.play_button = QPushButton("Play")
        self.delete_button = QPushButton("Delete recording")
        for button, name in (
            (self.record_button, "Record this prompt"),
            (self.stop_button, "Stop recording"),
            (self.play_button, "Play the recording"),
            (self.delete_button, "Delete the recording"),
        ):
            button.setAccessibleName(name)
        self.status = QLabel()
        self.status.setWordWrap(True)
        if not self.microphone.count():
            self.status.setText(
                "No microphone was found. Connect one to record prompts; the "
                "synthetic voice is used meanwhile."
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
        self.refresh()

    def _path(self, text: str) -> Path | None:
        return self.recordings.path(self.routine.source, text)

    def refresh(self) -> None:
        row = max(0, self.prompts.currentRow())
        recorded = self.recordings.existing(self.routine.source, self.texts)
        self.prompts.clear()
        for text in self.texts:
            item = QListWidgetItem(("✓ " if text in recorded else "○ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.prompts.addItem(item)
        self.prompts.setCurrentRow(min(row, self.prompts.count() - 1))
        self._buttons()

    def recorded(self) -> dict[str, Path]:
        return self.recordings.existing(self.routine.source, self.texts)

    def _selected(self) -> str | None:
        item = self.prompts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _buttons(self) -> None:
        text = self._selected()
        has = text is not None and text in self.recorded()
        recording = self.recorder is not None and self.recorder.recording
        self.record_button.setEnabled(bool(self.microphone.count()) and not recording)
        self.stop_button.setEnabled(recording)
        self.play_button.setEnabled(has and not recording)
        self.delete_button.setEnabled(has and not recording)

    def record(self) -> None:
        from coach.audio.recorder import VoiceRecorder

        device = self.microphone.currentData()
        if device is None or self._selected() is None:
            return
        recorder = VoiceRecorder(device, self)
        self.recorder = recorder
        recorder.level.connect(lambda v: self.level.setValue(round(v * 100)))
        recorder.start()
        self.status.setText("Recording… say the words, then press Stop.")
        self._buttons()

    def stop(self) -> None:
        text = self._selected()
        if self.recorder is None or text is None:
            return
        samples = self.recorder.stop()
        path = self._path(text)
        if path is not None and len(samples):
            self.recorder.save(samples, path)
            self.status.setText(f"Recorded {len(samples) / 22050:.1f} seconds.")
        else:
            self.status.setText("Nothing was heard; check the microphone and try again.")
        self.level.setValue(0)
        self.refresh()

    def play(self) -> None:
        from coach.audio.mixer import SessionMixer
        from coach.audio.player import StreamPlayer, default_output
        from coach.audio.wav import read_wav

        text = self._selected()
        device = default_output()
        path = self.recorded().get(text or "")
        if path is None or device is None:
            return
        samples = read_wav(path)
        player = StreamPlayer(
            SessionMixer([(0.0, samples)], len(samples) / 22050 + 0.2), device, self
        )
        self.player = player
        player.start(0.0)

    def delete(self) -> None:
        text = self._selected()
        if text is not None:
            self.recordings.delete(self.routine.source, text)
            self.refresh()
