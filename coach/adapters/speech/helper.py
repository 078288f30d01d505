"""The speech helper process: runs one engine, renders what the app asks, answers at once.

Started by :mod:`coach.adapters.speech.client` as ``python -m coach.adapters.speech.helper``.
Protocol: JSON lines on stdin; answers are stdout lines starting with :data:`MARK`
(anything else on stdout is pyttsx3 chatter and is ignored).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

from coach.adapters.speech.protocol import SpeechUnavailable
from coach.core.voice import VoiceSettings

MARK = "@@coach-speech "
START_TIMEOUT = 30.0
RENDER_TIMEOUT = 60.0


def settings_json(settings: VoiceSettings) -> dict[str, Any]:
    return {"voice": settings.voice, "rate": settings.rate, "volume": settings.volume}


def settings_from(options: dict[str, Any]) -> VoiceSettings:
    return VoiceSettings(
        options.get("voice"), int(options.get("rate", 130)), float(options.get("volume", 0.9))
    )


def _reply(message: dict[str, Any]) -> None:
    sys.stdout.write(MARK + json.dumps(message) + "\n")
    sys.stdout.flush()


def _check_writable(path: Path) -> None:
    """Raise OSError at once if *path* cannot be written (a full disk, a read-only or
    missing folder): pyttsx3's eSpeak driver would wait for a save that never ends."""
    with open(path, "wb") as handle:
        handle.write(b"\0" * 4096)  # a disk that is full says so here
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


#: How often a helper looks whether the app that started it is still there (seconds).
PARENT_CHECK_SECONDS = 2.0


def _end_with_parent(parent: int) -> None:
    """End this helper as soon as the app that started it (*parent*) is gone, even
    mid-render (it would otherwise outlive a killed app for as long as an engine hangs).
    Looked at every :data:`PARENT_CHECK_SECONDS`: the helper waits all night between
    batches, and each look wakes it."""
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="coach-speech-parent", daemon=True).start()


def serve(settings: VoiceSettings, engine: str = "pyttsx3", parent: int | None = None) -> int:
    """The helper's main loop (runs in the child process)."""
    from coach.adapters.speech.espeak import Pyttsx3Backend
    from coach.adapters.speech.protocol import SpeechBackend

    _end_with_parent(os.getppid() if parent is None else parent)

    backend: SpeechBackend
    try:
        if engine == "hibari":
            from coach.adapters.speech.natural import HibariEngine

            backend = HibariEngine()
        else:
            backend = Pyttsx3Backend(settings)
    except SpeechUnavailable as exc:
        _reply({"ok": False, "error": str(exc)})
        return 1
    _reply({"ok": True, "engine": backend.name})
    for line in sys.stdin:
        try:
            request = json.loads(line)
            if request.get("voices"):
                voices = [
                    {"id": v.id, "name": v.name, "languages": list(v.languages)}
                    for v in backend.voices()
                ]
                _reply({"ok": True, "voices": voices})
                continue
            # The natural voice takes each request's pace; pyttsx3's is fixed per process.
            wanted = settings_from(request) if engine == "hibari" else settings
            path = Path(request["path"])
            _check_writable(path)  # else the engine waits forever on a file it cannot open
            backend.render(str(request["text"]), wanted, path)
            if request.get("finish"):  # trimmed and at the loudness target, here
                from coach.audio.loudness import finish_prompt

                finish_prompt(path, path, wanted.volume)
            _reply({"ok": True})
        except OSError as exc:  # the folder or the disk: in plain words
            _reply({"ok": False, "error": f"cannot write {exc.filename}: {exc.strerror or exc}"})
        except Exception as exc:  # report, keep serving
            _reply({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return 0


if __name__ == "__main__":
    options = json.loads(sys.argv[1])
    parent = options.get("parent")
    raise SystemExit(
        serve(
            settings_from(options),
            str(options.get("engine", "pyttsx3")),
            parent if isinstance(parent, int) else None,
        )
    )
