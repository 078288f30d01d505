"""Render a session's prompts on one long-lived worker thread, off the event loop.

The speech backend is created on that thread and only ever used there (a
pyttsx3 engine must stay on one thread, and eSpeak initialises once per
process).  Results come back to the GUI thread through queued Qt signals.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coach.adapters.speech.chain import BACKENDS, VoiceChain
from coach.adapters.speech.protocol import BackendChoice, SpeechBackend, find_backend
from coach.adapters.voice_cache import RenderResult, VoiceCache
from coach.core.voice import VoiceInfo, VoiceSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    number: int
    texts: tuple[str, ...] | None  # None: list voices
    settings: VoiceSettings | None


class VoiceWorker(QObject):
    """Prepares prompts in the background; one job at a time, newest wins."""

    #: The speech backend chosen (a BackendChoice), reported once.
    engine_ready = Signal(object)
    #: job number, done, total
    progress = Signal(int, int, int)
    #: job number, RenderResult
    finished = Signal(int, object)
    #: list[VoiceInfo]
    voices_listed = Signal(object)

    def __init__(
        self,
        cache_dir: Path,
        backends: tuple[Callable[[], SpeechBackend], ...] = BACKENDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._backends = backends
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._counter = 0
        self._cancelled = -1
        self._choice: BackendChoice | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def choice(self) -> BackendChoice | None:
        return self._choice

    @property
    def closed(self) -> bool:
        return self._closed

    def _ensure_thread(self) -> bool:
        """Start the worker thread if needed; False once shut down (nothing more runs)."""
        if self._closed:
            return False
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="coach-voice", daemon=True)
            self._thread.start()
        return True

    def prepare(self, texts: list[str], settings: VoiceSettings) -> int:
        """Queue rendering of *texts*; returns the job number used in signals."""
        self._counter += 1
        if self._ensure_thread():
            self._jobs.put(_Job(self._counter, tuple(texts), settings))
        return self._counter

    def list_voices(self) -> None:
        self._counter += 1
        if self._ensure_thread():
            self._jobs.put(_Job(self._counter, None, None))

    def cancel(self, job: int) -> None:
        self._cancelled = max(self._cancelled, job)

    def shutdown(self) -> None:
        """Stop for good: the thread ends and the speech helper process is closed.

        A job being rendered is cancelled first, so this waits at most for the one
        prompt in progress.  Later calls to prepare() or list_voices() do nothing.
        """
        self._closed = True
        self._cancelled = self._counter
        thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(None)
            thread.join(timeout=30)
            if thread.is_alive():
                log.warning("the voice worker did not stop in time")

    # -- worker thread ---------------------------------------------------------
    def _run(self) -> None:
        choice = find_backend(self._backends)
        self._choice = choice
        self.engine_ready.emit(choice)
        cache = VoiceCache(self._cache_dir, choice.backend) if choice.backend else None
        try:
            self._serve(cache, choice)
        finally:
            if cache is not None:
                cache.close()
            if choice.backend is not None:
                try:
                    choice.backend.close()
                except Exception:  # closing must never take the app down
                    log.exception("closing the speech backend failed")

    def _serve(self, cache: VoiceCache | None, choice: BackendChoice) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if job.texts is None:
                voices: list[VoiceInfo] = []
                if choice.backend is not None:
                    try:
                        voices = choice.backend.voices()
                    except Exception:  # listing voices must never take the app down
                        voices = []
                self.voices_listed.emit(voices)
                continue
            result = self._render(job, cache, choice)
            if isinstance(choice.backend, VoiceChain):
                choice.backend.release()  # the natural voice's memory goes with its helper
            self.finished.emit(job.number, result)

    def _render(self, job: _Job, cache: VoiceCache | None, choice: BackendChoice) -> RenderResult:
        assert job.texts is not None and job.settings is not None
        if cache is None:
            reason = "; ".join(choice.reasons) or "no voice engine"
            return RenderResult(failures={text: reason for text in job.texts})
        number = job.number

        def progress(done: int, total: int) -> None:
            self.progress.emit(number, done, total)

        cancelled: Callable[[], bool] = lambda: self._cancelled >= number  # noqa: E731
        try:
            return cache.render_all(job.texts, job.settings, progress, cancelled)
        except OSError as exc:  # e.g. the cache folder cannot be written
            return RenderResult(failures={t: f"cannot save speech: {exc}" for t in job.texts})
