"""Hear a voice before choosing it (or a short spoken cue): rendered and played at once.

Uses the same worker, cache and loudness as a session (so what is heard is what a
session will sound like), but is never a session: nothing takes over the window
and nothing is recorded in the night's history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtMultimedia import QAudioDevice

from coach.adapters.voice_cache import RenderResult
from coach.adapters.voice_worker import VoiceWorker
from coach.core.voice import VoiceSettings
from coach.core.words import marked

translate = QCoreApplication.translate

SAMPLE = marked("voice_preview", "Let your shoulders soften... and let your breathing slow down.")


class VoicePreview(QObject):
    #: Plain words for the dialog: "Preparing the sample…", "Playing…", or what went wrong.
    status = Signal(str)

    def __init__(
        self,
        worker: VoiceWorker,
        audio_output: Callable[[], QAudioDevice | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._audio_output = audio_output
        self._job = 0
        self._text = translate("voice_preview", SAMPLE)
        self._player: QObject | None = None
        worker.finished.connect(self._rendered)

    def play(self, settings: VoiceSettings, text: str = "") -> None:
        """Render *text* (the sample sentence by default) and play it once."""
        self.stop()
        self.status.emit(translate("VoicePreview", "Preparing the sample…"))
        text = text or translate("voice_preview", SAMPLE)
        self._text = text
        self._job = self._worker.prepare([text], settings)

    def stop(self) -> None:
        if self._job:
            self._worker.cancel(self._job)
            self._job = 0
        if self._player is not None:
            from coach.audio.player import StreamPlayer

            assert isinstance(self._player, StreamPlayer)
            self._player.close()
            self._player.deleteLater()
            self._player = None

    def _rendered(self, job: int, result: RenderResult) -> None:
        if job != self._job:
            return
        self._job = 0
        path = result.files.get(self._text)
        if path is None:
            why = result.failures.get(self._text, "no voice engine")
            self.status.emit(
                translate("VoicePreview", "The sample could not be spoken ({why}).").format(why=why)
            )
            return
        device = self._audio_output()
        if device is None:
            self.status.emit(
                translate(
                    "VoicePreview", "No sound output was found, so the sample cannot be heard."
                )
            )
            return
        from coach.audio.mixer import SessionMixer
        from coach.audio.player import StreamPlayer
        from coach.audio.wav import RATE, read_wav

        samples = read_wav(path)
        mixer = SessionMixer([(0.0, samples)], len(samples) / RATE + 0.3)
        try:
            player = StreamPlayer(mixer, device, self)
        except RuntimeError as exc:
            self.status.emit(
                translate("VoicePreview", "The sample cannot be played: {exc}.").format(exc=exc)
            )
            return
        player.drained.connect(lambda: self.status.emit(""))
        self._player = player
        player.start(0.0)
        self.status.emit(translate("VoicePreview", "Playing the sample…"))
