"""Rendered prompts cached on disk, keyed by everything that changes the sound."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coach.adapters.speech.protocol import SpeechBackend, SpeechTimeout
from coach.core.voice import VoiceSettings
from coach.core.words import Said, said

log = logging.getLogger(__name__)


@dataclass
class RenderResult:
    """Files for the texts that rendered, and what failed for the others."""

    files: dict[str, Path] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    rendered: int = 0  # how many were made now rather than taken from the cache
    #: Plain words when something about the voice is worth saying (e.g. its pace).
    notices: list[Said] = field(default_factory=list)

    @property
    def notice(self) -> str:
        """The notices in English, one after the other (for the log)."""
        return " ".join(str(n) for n in self.notices)


#: A batch is "off pace" when its prompts' median length is outside this share of what
#: their words take at the set speed.  Measured on the built-in routines at 130 words a
#: minute, silence trimmed: medians 0.74-1.0 for both engines (prose runs faster than
#: short cues); the same batch at pyttsx3's default 200 comes to about 0.5.  A safety
#: net: the rate is also applied before every render (Pyttsx3Backend.render).
PACE_RANGE = (0.6, 1.8)
OFF_PACE_NOTICE = said(
    "Speech",
    "The voice came out at the wrong speed, so tonight's prompts were not kept; "
    "they will be prepared again next time.",
)


#: After this many prompts in a batch time out, the rest are not tried (each would wait
#: out the same timeout while the person waits in "Preparing the voice…").
GIVE_UP_AFTER_TIMEOUTS = 2
#: The size of the test write that tells whether the cache folder can take a prompt.
PROBE_BYTES = 64 * 1024

#: Bumped when what is stored changes (2: leading and trailing silence trimmed;
#: 3: loudness-normalised, the engine that spoke in the key).
FORMAT = 3


class VoiceCache:
    """WAV files named by a hash of text, voice, rate, volume and engine."""

    def __init__(self, directory: Path, backend: SpeechBackend) -> None:
        #: Where prompts are kept between nights.
        self.home = directory
        #: Where this batch's prompts are written: :attr:`home`, or a private temporary
        #: folder when home cannot be written (read-only, full, a file in its place).
        self.directory = directory
        self.backend = backend
        self._rendered_names: set[str] = set()
        self._scratch: Path | None = None

    def key(self, text: str, settings: VoiceSettings) -> str:
        material = json.dumps(
            [
                FORMAT,
                text,
                settings.voice,
                settings.rate,
                round(settings.volume, 3),
                self.engine_name(settings),
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(material.encode()).hexdigest()[:32]

    def _engine(self, settings: VoiceSettings) -> SpeechBackend:
        from coach.adapters.speech.chain import VoiceChain

        if isinstance(self.backend, VoiceChain):
            return self.backend.engine_for(settings)[0]
        return self.backend

    def engine_name(self, settings: VoiceSettings) -> str:
        """The engine (and its version) that speaks with *settings*."""
        return self._engine(settings).name

    def path(self, text: str, settings: VoiceSettings) -> Path:
        return self.directory / f"{self.key(text, settings)}.wav"

    def cached(self, text: str, settings: VoiceSettings) -> Path | None:
        """The cached file, if it is there and whole; a damaged one is removed (and so
        rendered again), never played as silence night after night."""
        for folder in dict.fromkeys((self.home, self.directory)):
            path = folder / self.path(text, settings).name
            if not path.is_file():
                continue
            if _whole_wav(path):
                return path
            log.warning("a damaged voice file was removed and is rendered again: %s", path.name)
            path.unlink(missing_ok=True)
        return None

    def render_all(
        self,
        texts: Iterable[str],
        settings: VoiceSettings,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> RenderResult:
        """Make sure every text has a WAV file, rendering only what is missing."""
        todo = list(dict.fromkeys(texts))
        result = RenderResult()
        self._rendered_names = set()
        if any(self.cached(text, settings) is None for text in todo):
            folder = self._choose_folder()
            if folder is not None:
                result.notices.append(folder)
        self._clear_set_aside()
        timeouts = 0
        for done, text in enumerate(todo, start=1):
            if cancelled():
                break
            path = self.cached(text, settings)
            if path is None and timeouts >= GIVE_UP_AFTER_TIMEOUTS:
                result.failures[text] = "the voice stopped answering"
            elif path is None:
                try:
                    path = self._render(text, settings)
                    result.rendered += 1
                except Exception as exc:  # a broken prompt falls back to its caption
                    result.failures[text] = str(exc) or type(exc).__name__
                    timeouts += isinstance(exc, SpeechTimeout)
                    path = None
            if path is not None:
                result.files[text] = path
            if progress is not None:
                progress(done, len(todo))
        self._check_pace(result, settings, todo)
        return result

    def _choose_folder(self) -> Said | None:
        """Write to :attr:`home` if it can be written, else to a private temporary folder
        (removed by :meth:`close`); returns what to tell the person, if anything."""
        problem = _unwritable(self.home)
        if problem is None:
            self.directory = self.home
            return None
        if self._scratch is None or _unwritable(self._scratch) is not None:
            self._scratch = Path(tempfile.mkdtemp(prefix="coach-voice-", dir=_scratch_root()))
        self.directory = self._scratch
        log.warning(
            "the voice cache %s cannot be written (%s): using %s", self.home, problem, self._scratch
        )
        return said(
            "Speech",
            "Tonight's voice could not be saved in {folder} ({problem}), so it is kept "
            "in a temporary folder and will be prepared again next time.",
        ).using(folder=str(self.home), problem=problem)

    def close(self) -> None:
        """Remove the temporary folder, if one was needed (its prompts were for tonight)."""
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        self.directory = self.home

    def _check_pace(self, result: RenderResult, settings: VoiceSettings, todo: list[str]) -> None:
        """Re-render a batch that came out at the wrong speed; never cache one that stays so."""
        fresh = {t: p for t, p in result.files.items() if t in todo and self._made_now(p)}
        if not _off_pace(fresh, settings):
            return
        for path in fresh.values():
            path.unlink(missing_ok=True)
        for text in list(fresh):
            try:
                result.files[text] = self._render(text, settings)
            except Exception as exc:  # as in the first pass: its caption stays
                result.failures[text] = str(exc) or type(exc).__name__
                del result.files[text], fresh[text]
        if not _off_pace({t: result.files[t] for t in fresh}, settings):
            return
        aside = self.directory / "unchecked"  # used tonight, cleared before the next batch
        aside.mkdir(exist_ok=True, mode=0o700)
        for text in fresh:
            moved = aside / result.files[text].name
            os.replace(result.files[text], moved)
            result.files[text] = moved
        result.notices.append(OFF_PACE_NOTICE)

    def _clear_set_aside(self, older_than: float = 12 * 3600) -> None:
        """Prompts set aside for one night are removed once that night is over."""
        import time

        for stale in (self.directory / "unchecked").glob("*.wav"):
            try:
                if time.time() - stale.stat().st_mtime > older_than:
                    stale.unlink()
            except OSError:
                continue

    def _made_now(self, path: Path) -> bool:
        return path.name in self._rendered_names

    def _render(self, text: str, settings: VoiceSettings) -> Path:
        from coach.audio.wav import read_wav  # numpy: when first needed

        final = self.path(text, settings)
        tmp = final.with_name(f".{final.stem}.{os.getpid()}.tmp.wav")
        try:
            self.backend.render(text, settings, tmp)
            self._rendered_names.add(final.name)
            # Every engine at one loudness; the volume setting applies after that.  The
            # speech helpers do it themselves, so the app never loads the loudness meter.
            if getattr(self._engine(settings), "finishes_prompts", False):
                read_wav(tmp)  # refuses what we could not play
                os.replace(tmp, final)  # atomic
            else:
                from coach.audio.loudness import finish_prompt

                finish_prompt(tmp, final, settings.volume)  # atomic
        finally:
            tmp.unlink(missing_ok=True)
        return final


def _unwritable(folder: Path) -> str | None:
    """Why *folder* cannot hold a new prompt, in plain words; None when it can.

    A real write (a few kilobytes, synced) finds a full disk as well as a read-only
    folder, a read-only file system or a file in the folder's place.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, probe = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"\0" * PROBE_BYTES)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return exc.strerror or str(exc)
    finally:
        Path(probe).unlink(missing_ok=True)
    return None


def _scratch_root() -> str | None:
    """The session's private runtime folder (a tmpfs, gone at logout) if there is one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime if runtime and os.path.isdir(runtime) else None


def _whole_wav(path: Path) -> bool:
    """A readable 16-bit WAV whose data is all there (a cheap header check)."""
    import wave

    try:
        with wave.open(str(path), "rb") as wav:
            frames, channels = wav.getnframes(), wav.getnchannels()
            fine = (
                wav.getsampwidth() == 2
                and channels in (1, 2)
                and 8000 <= wav.getframerate() <= 96000
                and frames > 0
            )
        return fine and path.stat().st_size >= 44 + frames * channels * 2
    except (OSError, EOFError, wave.Error):
        return False


def _off_pace(files: dict[str, Path], settings: VoiceSettings) -> bool:
    """Whether prompts of five words or more last far from what the set speed predicts."""
    import re
    import statistics
    import wave

    from coach.core.pauses import PAUSE_SECONDS, split_pauses

    ratios = []
    for text, path in files.items():
        words = len(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text))
        if words < 5:
            continue
        expected = words / max(1, settings.rate) * 60 + PAUSE_SECONDS * (
            len(split_pauses(text)) - 1
        )
        try:
            with wave.open(str(path), "rb") as wav:
                seconds = wav.getnframes() / wav.getframerate()
        except (OSError, EOFError, wave.Error):
            continue
        ratios.append(seconds / expected)
    if len(ratios) < 3:
        return False
    low, high = PACE_RANGE
    return not low <= statistics.median(ratios) <= high
