"""Speech synthesis to WAV files: the backend protocol and the eSpeak engines.

:mod:`coach.adapters.speech.chain` puts them in order (the natural voice, then
pyttsx3 with the bundled eSpeak NG on Linux, then the ``espeak-ng``/``espeak``
command).  When none works the session runs with captions only, and
:func:`find_backend` says why in plain words.

pyttsx3 is only ever used to *render* files (its ``say()`` shells out to
``aplay`` and blocks on Linux), and one backend object must be created and
used on a single thread: :mod:`coach.adapters.voice_worker` owns that thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from coach.adapters.speech.protocol import SpeechUnavailable
from coach.core.voice import VoiceInfo, VoiceSettings


class _Muted(io.TextIOBase):
    """Swallows what pyttsx3 prints after every save, for the length of one render."""

    def write(self, text: str) -> int:
        return len(text)


def _complete(path: Path) -> bool:
    """Whether *path* holds a whole utterance: some audio, ending in silence.

    eSpeak ends every utterance with a short silence; a file cut off while the
    driver was still writing ends mid-sound instead, and is made again.
    """
    import wave

    try:
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
            if frames < 100:
                return False
            wav.setpos(frames - 100)
            tail = wav.readframes(100)
    except (OSError, EOFError, wave.Error):
        return False
    samples = memoryview(tail).cast("h")
    return max(abs(s) for s in samples) < 200


def _mend_espeak_driver() -> None:
    """Stop pyttsx3 2.99's eSpeak driver from dropping the last chunk of audio.

    Its synthesis callback writes the WAV file when it sees the end-of-message
    event and only *then* appends the samples that came with that same call, so
    whenever the final chunk arrives together with the event (up to a second of
    speech) it is lost.  Appending the samples first makes every file complete.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        from pyttsx3.drivers import espeak as driver_module
    except Exception:  # no eSpeak: the caller reports it
        return
    driver = driver_module.EspeakDriver
    if getattr(driver, "_coach_mended", False):
        return
    original = driver._onSynth

    def on_synth(self: Any, wav: Any, numsamples: int, events: Any) -> int:
        if numsamples > 0 and self._speaking:
            self._data_buffer += ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short))
            numsamples = 0
        return int(original(self, wav, numsamples, events))

    driver._onSynth = on_synth
    driver._coach_mended = True


class Pyttsx3Backend:
    """pyttsx3 with its platform driver (eSpeak NG on Linux), in this process.

    Its properties are set once, before any speech: see
    :mod:`coach.adapters.speech.helper` for why the app runs it in a helper.
    """

    def __init__(self, settings: VoiceSettings | None = None) -> None:
        from coach.adapters import espeak_runtime

        self.runtime = espeak_runtime.prepare()
        try:
            import pyttsx3

            _mend_espeak_driver()
            self._engine: Any = pyttsx3.init()
        except Exception as exc:  # pyttsx3 raises many kinds when no engine exists
            raise SpeechUnavailable(f"pyttsx3 could not start a voice engine: {exc}") from exc
        self._thread = threading.get_ident()
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        driver_name = type(driver).__module__.rsplit(".", 1)[-1] if driver else "unknown"
        import importlib.metadata  # slow to import: only when a voice is made

        try:
            version = importlib.metadata.version("pyttsx3")
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        self.name = f"pyttsx3 {version} ({driver_name}, {self.runtime})"
        self.settings = settings or VoiceSettings()
        if self.settings.voice:
            self._engine.setProperty("voice", self.settings.voice)
        self._engine.setProperty("rate", int(self.settings.rate))
        self._engine.setProperty("volume", float(self.settings.volume))

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("a pyttsx3 engine must be used on the thread that created it")

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        self._check_thread()
        if settings != self.settings:
            raise ValueError("this engine speaks with fixed settings; make another for these")
        engine = self._engine
        # Applied before every render, on this engine: once, a whole session came out
        # at pyttsx3's default 200 words a minute.
        engine.setProperty("rate", int(self.settings.rate))
        engine.setProperty("volume", float(self.settings.volume))
        for _attempt in range(3):
            path.unlink(missing_ok=True)
            with contextlib.redirect_stdout(_Muted()):
                engine.save_to_file(text, str(path))
                engine.runAndWait()
                self._wait_for_espeak()
            if _complete(path):
                return
        raise SpeechUnavailable(f"the voice engine produced no audio for {text[:40]!r}")

    def _wait_for_espeak(self) -> None:
        """eSpeak renders asynchronously; wait until the file is really written."""
        espeak = sys.modules.get("pyttsx3.drivers._espeak")
        if espeak is not None:
            espeak.Synchronize()

    def voices(self) -> list[VoiceInfo]:
        self._check_thread()
        found = []
        for voice in self._engine.getProperty("voices"):
            languages = tuple(str(x) for x in (getattr(voice, "languages", None) or ()))
            found.append(VoiceInfo(str(voice.id), str(voice.name), languages))
        return found

    def close(self) -> None:
        """The engine lives as long as its process (the speech helper)."""


class EspeakCommandBackend:
    """The ``espeak-ng`` (or ``espeak``) program; text goes through stdin, never a shell."""

    def __init__(self) -> None:
        program = shutil.which("espeak-ng") or shutil.which("espeak")
        if program is None:
            raise SpeechUnavailable("no espeak-ng program is installed")
        self._program = program
        self.name = f"{Path(program).name} command"

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        args = [
            self._program,
            "-s",
            str(int(settings.rate)),
            "-a",
            str(round(settings.volume * 200)),
            "-w",
            str(path),
            "--stdin",
        ]
        if settings.voice:
            args[1:1] = ["-v", settings.voice]
        result = subprocess.run(
            args, input=text.encode(), capture_output=True, timeout=60, check=False
        )
        if result.returncode != 0 or not path.exists():
            raise SpeechUnavailable(
                result.stderr.decode(errors="replace").strip() or "espeak failed"
            )

    def voices(self) -> list[VoiceInfo]:
        out = (
            subprocess.run(
                [self._program, "--voices"], capture_output=True, timeout=30, check=False
            )
            .stdout.decode(errors="replace")
            .splitlines()[1:]
        )
        found = []
        for line in out:
            parts = line.split()
            if len(parts) >= 5:
                found.append(VoiceInfo(parts[4], parts[3], (parts[1],)))
        return found

    def close(self) -> None:
        """Nothing is kept between renders."""
