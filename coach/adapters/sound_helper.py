"""The window's side of the sound helper process (:mod:`coach.audio.sound_helper`).

:func:`launch` starts the process and hands it the session's :class:`MixPlan` (it reads
the prompts and mixes them there: numpy and the prompts never enter the window).
:class:`HelperPlayer` then steers it and is the session's clock: the helper says now
and then which place was heard at which moment of the monotonic clock (the same
clock in both processes), and in between the place moves on with that clock.  The
window is woken only by those few lines, never by the sound server.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from coach.adapters.process_reaper import ProcessReaper
from coach.audio.mix_plan import MixPlan
from coach.audio.pending_skip import PendingSkip

log = logging.getLogger(__name__)

#: Seconds the helper may take to read and mix the prompts before it counts as failed.
LOAD_TIMEOUT = 20.0
#: The short silence a skip or a resume starts with (as the helper's).
SKIP_LEAD_IN_SECONDS = 0.02
LEAD_IN_SECONDS = 0.3


class SoundHelperUnavailable(Exception):
    """The helper could not be started or could not play (the reason in words)."""


@dataclass
class LoadedSound:
    """A started helper holding one session's stream, ready to play."""

    process: subprocess.Popen[bytes]
    #: What could not be used (text or sound → why).
    failures: dict[str, str]
    #: Seconds of stream.
    duration: float
    #: Bytes already read from the helper past its answer.
    pending: bytes = field(default=b"")
    #: What it plays (set by whoever launched it).
    plan: MixPlan | None = None

    def end(self) -> subprocess.Popen[bytes]:
        """Tell the helper to end (its input ends) without waiting; the process, to reap."""
        process = self.process
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        return process

    def close(self) -> None:
        """Stop the helper and wait for it (killed if it does not go within 2 s)."""
        process = self.end()
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def launch(plan: MixPlan, timeout: float = LOAD_TIMEOUT) -> LoadedSound:
    """Start a helper and let it read and mix *plan* (blocks: call it off the GUI thread)."""
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "coach.audio.sound_helper"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError as exc:
        raise SoundHelperUnavailable(f"the sound helper could not start ({exc})") from None
    loaded = LoadedSound(process, {}, 0.0)
    try:
        _send(process, {"load": plan.to_json()})
        answer, loaded.pending = _answer(process, timeout)
    except SoundHelperUnavailable:
        loaded.close()
        raise
    if "loaded" not in answer:
        loaded.close()
        raise SoundHelperUnavailable(str(answer.get("error", "the sound helper did not load")))
    info = answer["loaded"]
    loaded.failures = {str(k): str(v) for k, v in info["failures"].items()}
    loaded.duration = int(info["frames"]) / int(info["rate"])
    return loaded


def _send(process: subprocess.Popen[bytes], message: dict[str, Any]) -> None:
    assert process.stdin is not None
    try:
        process.stdin.write(json.dumps(message).encode() + b"\n")
        process.stdin.flush()
    except OSError as exc:
        raise SoundHelperUnavailable(f"the sound helper stopped ({exc})") from None


def _answer(process: subprocess.Popen[bytes], timeout: float) -> tuple[dict[str, Any], bytes]:
    """The helper's first line, and whatever came after it."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    data = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in data:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise SoundHelperUnavailable(f"the sound helper did not answer within {timeout:.0f} s")
        chunk = os.read(fd, 65536)
        if not chunk:
            code = process.poll()
            raise SoundHelperUnavailable(
                "the sound helper stopped" + (f" (exit status {code})" if code else "")
            )
        data += chunk
    line, rest = data.split(b"\n", 1)
    try:
        answer = json.loads(line)
    except ValueError:
        raise SoundHelperUnavailable("the sound helper said something unreadable") from None
    return (answer if isinstance(answer, dict) else {}), rest


class HelperPlayer(QObject):
    """Plays a :class:`LoadedSound`; a position source that follows what is heard."""

    failed = Signal(str)
    drained = Signal()

    def __init__(
        self,
        loaded: LoadedSound,
        parent: QObject | None = None,
        reaper: ProcessReaper | None = None,
    ) -> None:
        super().__init__(parent)
        self._loaded = loaded
        # Waits for the helper once it is told to end (None: waited for here).
        self._reaper = reaper
        self._buffer = loaded.pending
        self._sent = 0
        self._base = 0.0
        self._lead_in = LEAD_IN_SECONDS
        self._paused_at: float | None = 0.0
        self._sample: tuple[float, float, bool] | None = None
        self._last = float("-inf")
        self._playing = False
        self._closed = False
        self._stopping = False
        assert loaded.process.stdout is not None
        self._fd = loaded.process.stdout.fileno()
        os.set_blocking(self._fd, False)
        self._notifier = QSocketNotifier(self._fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        # Where a skip goes: the clock shows it at once; the helper is told once the
        # event loop is back, so presses in quick succession make one move.
        self._skip = PendingSkip(self._finish_skip, self)
        if self._buffer:
            QTimer.singleShot(0, self, self._handle_lines)

    @property
    def duration(self) -> float:
        """Seconds of the whole stream."""
        return self._loaded.duration

    # -- PositionSource ------------------------------------------------------
    def position(self) -> float:
        if self._skip.target is not None:
            return self._skip.target
        if self._paused_at is not None:
            return self._paused_at
        sample = self._sample
        if sample is None:
            return self._base - self._lead_in
        place, at, running = sample
        if running:
            place = min(place + max(0.0, time.monotonic() - at), self.duration)
        self._last = max(self._last, place)
        return self._last

    def start(self, position: float = 0.0) -> None:
        self._skip.take()
        self._moved(position, LEAD_IN_SECONDS)
        self._tell({"start": position})

    def pause(self) -> None:
        self._finish_skip()
        if self._playing and self._paused_at is None and not self._stopping:
            self._paused_at = self.position()
            self._tell({"pause": True})

    def resume(self) -> None:
        if self._playing and self._paused_at is not None and not self._stopping:
            self._moved(self._paused_at, SKIP_LEAD_IN_SECONDS)
            self._tell({"resume": True})

    def seek(self, position: float) -> None:
        """Go to *position* on a fresh stream (nothing the server holds is waited for)."""
        if self._stopping or not self._playing:
            return
        if self._paused_at is not None:
            self._paused_at = position
            self._tell({"seek": position, "paused": True})
            return
        self._skip.request(position)

    def _finish_skip(self) -> None:
        target = self._skip.take()
        if target is None:
            return
        self._moved(target, SKIP_LEAD_IN_SECONDS)
        self._tell({"seek": target, "paused": False})

    def stop(self) -> None:
        """Fade out gently from what is heard now, then let the stream end."""
        self._finish_skip()
        if not self._playing or self._stopping:
            return
        if self._paused_at is not None:
            self.close()
            return
        self._paused_at = self.position()
        self._stopping = True
        self._tell({"stop": True})

    def close(self) -> None:
        """Let go of the helper (and its stream); the clock keeps its place."""
        if self._closed:
            return
        if self._paused_at is None:
            self._paused_at = self.position()
        self._closed = True
        self._playing = False
        self._skip.take()
        self._notifier.setEnabled(False)
        if self._reaper is None:
            self._loaded.close()
        else:  # never a wait on the event loop for the helper to leave
            self._reaper.reap(self._loaded.end())

    # -- the helper's news -----------------------------------------------------
    def _moved(self, position: float, lead_in: float) -> None:
        """The place changes: what the helper said before is old news."""
        self._base, self._lead_in = position, lead_in
        self._paused_at = None
        self._sample = None
        self._last = float("-inf")
        self._playing = True

    def _tell(self, message: dict[str, Any]) -> None:
        if self._closed:
            return
        self._sent += 1
        try:
            _send(self._loaded.process, {**message, "n": self._sent})
        except SoundHelperUnavailable as exc:
            self._fail(str(exc))

    def _read(self) -> None:
        try:
            chunk = os.read(self._fd, 65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._fail("the sound helper stopped")
            return
        self._buffer += chunk
        self._handle_lines()

    def _handle_lines(self) -> None:
        while b"\n" in self._buffer and not self._closed:
            line, self._buffer = self._buffer.split(b"\n", 1)
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self._handle(message)

    def _handle(self, message: dict[str, Any]) -> None:
        log.debug("sound helper: %s", message)
        if "heard" in message:
            if int(message.get("n", 0)) == self._sent and self._paused_at is None:
                self._sample = (
                    float(message["heard"]),
                    float(message["at"]),
                    bool(message["running"]),
                )
        elif "drained" in message:
            if self._paused_at is None:
                self._paused_at = self.duration
            self.close()
            self.drained.emit()
        elif "failed" in message:
            self._fail(str(message["failed"]))

    def _fail(self, why: str) -> None:
        if self._closed:
            return
        self.close()
        self.failed.emit(why)
