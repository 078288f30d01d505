"""The person's own voice for a routine's prompts: record, listen, delete (a controller:
the recording dialog shows its state and forwards what is asked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtMultimedia import QAudioDevice

from coach.adapters.recordings import Recordings
from coach.core.routine import Routine
from coach.core.timeline import compile_timeline

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.audio.player import StreamPlayer
    from coach.audio.recorder import VoiceRecorder


class OwnVoice(QObject):
    """Records one prompt at a time from a microphone, keeps it beside the routine at the
    prompts' loudness, and plays it back."""

    #: The texts that have a recording now (a set of str).
    recorded_changed = Signal(object)
    recording_changed = Signal(bool)
    #: The microphone's level while recording, 0–1.
    level = Signal(float)
    status = Signal(str)

    def __init__(
        self,
        routine: Routine,
        recordings: Recordings,
        audio_output: Callable[[], QAudioDevice | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.recordings = recordings
        self._audio_output = audio_output
        self.texts = compile_timeline(routine).texts()
        self.recorder: VoiceRecorder | None = None
        self.player: StreamPlayer | None = None

    @property
    def recording(self) -> bool:
        return self.recorder is not None and self.recorder.recording

    def recorded(self) -> set[str]:
        return set(self.recordings.existing(self.routine.source, self.texts))

    def record(self, text: str, device: QAudioDevice) -> None:
        from coach.audio.recorder import VoiceRecorder

        if self.recording or text not in self.texts:
            return
        recorder = VoiceRecorder(device, self)
        self.recorder = recorder
        recorder.level.connect(self.level)
        recorder.start()
        self.status.emit(translate("OwnVoice", "Recording… say the words, then press Stop."))
        self.recording_changed.emit(True)

    def stop(self, text: str) -> None:
        from coach.audio.wav import RATE

        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return
        samples = recorder.stop()
        path = self.recordings.path(self.routine.source, text)
        if path is not None and len(samples):
            recorder.save(samples, path)
            self.status.emit(f"Recorded {len(samples) / RATE:.1f} seconds.")
        else:
            self.status.emit(
                translate("OwnVoice", "Nothing was heard; check the microphone and try again.")
            )
        self.level.emit(0.0)
        self.recording_changed.emit(False)
        self.recorded_changed.emit(self.recorded())

    def play(self, text: str) -> None:
        from coach.audio.mixer import SessionMixer
        from coach.audio.player import StreamPlayer
        from coach.audio.wav import RATE, WavError, read_wav

        path = self.recordings.existing(self.routine.source, [text]).get(text)
        device = self._audio_output()
        if path is None:
            return
        if device is None:
            self.status.emit(
                translate(
                    "OwnVoice", "No sound output was found, so the recording cannot be played."
                )
            )
            return
        try:
            samples = read_wav(path)
        except WavError as exc:
            self.status.emit(
                translate("OwnVoice", "The recording cannot be played: {exc}").format(exc=exc)
            )
            return
        if self.player is not None:
            self.player.close()
        self.player = StreamPlayer(
            SessionMixer([(0.0, samples)], len(samples) / RATE + 0.2), device, self
        )
        self.player.start(0.0)

    def delete(self, text: str) -> None:
        self.recordings.delete(self.routine.source, text)
        self.recorded_changed.emit(self.recorded())

    def close(self) -> None:
        """Stop whatever records or plays (the dialog was closed)."""
        if self.recorder is not None:
            self.recorder.stop()
            self.recorder = None
        if self.player is not None:
            self.player.close()
            self.player = None
