"""The app's side of the speech helpers: pyttsx3 in one process per voice setting, and the
natural voice (hibari-tts) in a process of its own, closed when a batch is done (the
process itself runs :mod:`coach.adapters.speech.helper`).

Measured with pyttsx3 2.99 and eSpeak NG: changing the rate between two saves
in one process is often ignored (the driver's asynchronous loop can return
before a save has finished, so the next one inherits stale state), and the
first long utterance sometimes comes out empty.  With the properties set once,
before any speech, every file came out right.  So each voice setting gets its
own small process, which also keeps pyttsx3's printing off our terminal and an
engine crash away from the app.

Protocol: JSON lines on stdin; answers are stdout lines starting with
:data:`MARK` (anything else on stdout is pyttsx3 chatter and is ignored).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from coach.adapters.installed_version import installed_version
from coach.adapters.speech.helper import MARK, RENDER_TIMEOUT, START_TIMEOUT, settings_json
from coach.adapters.speech.protocol import SpeechTimeout, SpeechUnavailable
from coach.core.voice import VoiceInfo, VoiceSettings


class _Child:
    """One helper process rendering with one engine (pyttsx3: with fixed settings)."""

    def __init__(self, settings: VoiceSettings, engine: str = "pyttsx3") -> None:
        self.settings = settings
        self.engine = engine
        args = [
            sys.executable,
            "-m",
            "coach.adapters.speech.helper",
            json.dumps({"engine": engine, "parent": os.getpid(), **settings_json(settings)}),
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.ready = self.receive(START_TIMEOUT)
        if not self.ready.get("ok"):
            self.close()
            raise SpeechUnavailable(self.ready.get("error", "the speech helper did not start"))

    def receive(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        result: dict[str, Any] = {}
        timed_out = threading.Event()

        def stop() -> None:
            timed_out.set()
            self.process.kill()

        timer = threading.Timer(timeout, stop)
        timer.start()
        try:
            for line in self.process.stdout:
                if line.startswith(MARK):
                    result = json.loads(line[len(MARK) :])
                    break
        finally:
            timer.cancel()
        if timed_out.is_set():
            self.process.wait()
            raise SpeechTimeout(f"the speech helper did not answer within {timeout:.0f} s")
        if not result:
            code = self.process.poll()
            raise SpeechUnavailable(
                "the speech helper stopped" + (f" (exit status {code})" if code else "")
            )
        return result

    def ask(self, request: dict[str, Any], timeout: float = RENDER_TIMEOUT) -> dict[str, Any]:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise SpeechUnavailable(f"the speech helper stopped ({exc})") from None
        return self.receive(timeout)

    def close(self) -> None:
        process = self.process
        try:
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


class Pyttsx3ProcessBackend:
    """The app's pyttsx3 backend: renders through helper processes."""

    def __init__(self) -> None:
        self._child = _Child(VoiceSettings())
        self.name = str(self._child.ready.get("engine", "pyttsx3"))

    def _child_for(self, settings: VoiceSettings) -> _Child:
        if self._child.settings != settings or self._child.process.poll() is not None:
            self._child.close()
            self._child = _Child(settings)
        return self._child

    #: Its helper trims and normalises each prompt (see :func:`finish_prompt`).
    finishes_prompts = True

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        answer = self._child_for(settings).ask({"text": text, "path": str(path), "finish": True})
        if not answer.get("ok"):
            raise SpeechUnavailable(answer.get("error", "speech failed"))

    def voices(self) -> list[VoiceInfo]:
        answer = self._child.ask({"voices": True})
        return [VoiceInfo(v["id"], v["name"], tuple(v["languages"])) for v in answer["voices"]]

    def close(self) -> None:
        self._child.close()

    def __del__(self) -> None:
        child = getattr(self, "_child", None)
        if child is not None:
            child.close()


class NaturalProcessBackend:
    """The natural voice, rendered in a helper process started when first needed.

    Its model takes about 200 MB: :meth:`release` ends the process after a batch.
    """

    def __init__(self) -> None:
        from coach.adapters.speech.natural import package_folder, unavailable_reason

        reason = unavailable_reason()
        if reason is not None:
            raise SpeechUnavailable(reason)
        folder = package_folder()
        version = installed_version("hibari-tts", folder.parent) if folder else None
        self.name = f"hibari {version or '?'} (heart)"
        self._child: _Child | None = None

    #: Its helper trims and normalises each prompt (see :func:`finish_prompt`).
    finishes_prompts = True

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        if self._child is None or self._child.process.poll() is not None:
            self._child = _Child(settings, "hibari")
        request = {"text": text, "path": str(path), "finish": True, **settings_json(settings)}
        answer = self._child.ask(request)
        if not answer.get("ok"):
            raise SpeechUnavailable(answer.get("error", "speech failed"))

    def voices(self) -> list[VoiceInfo]:
        from coach.adapters.speech.natural import NATURAL_NAME, NATURAL_VOICE

        return [VoiceInfo(NATURAL_VOICE, NATURAL_NAME, ("en-us",))]

    def release(self) -> None:
        """End the helper (its memory goes with it); the next render starts another."""
        if self._child is not None:
            self._child.close()
            self._child = None

    def close(self) -> None:
        self.release()
