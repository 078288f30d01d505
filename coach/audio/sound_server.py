"""Is the sound server (PulseAudio, or PipeWire's PulseAudio service) there at all?

Qt aborts the whole process (``Assertion 'c' failed … pa_context_get_state()``)
when an audio stream is made while the server it was connected to is gone. So
before every stream the app asks here: a plain connect to the server's socket,
which costs well under a millisecond and never blocks.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path


def server_socket(env: dict[str, str] | None = None) -> tuple[Path, bool] | None:
    """The local socket the PulseAudio client library would use, and whether it was
    named explicitly (``PULSE_SERVER``); None when it is not a local socket."""
    env = dict(os.environ) if env is None else env
    configured = env.get("PULSE_SERVER", "").split()
    if configured:
        first = configured[0]
        if first.startswith("unix:"):
            return Path(first[len("unix:") :]), True
        if first.startswith("/"):
            return Path(first), True
        return None  # tcp:…, a host name: not checked here
    runtime = env.get("PULSE_RUNTIME_PATH") or (
        str(Path(env["XDG_RUNTIME_DIR"]) / "pulse") if env.get("XDG_RUNTIME_DIR") else ""
    )
    return (Path(runtime) / "native", False) if runtime else None


def server_gone(env: dict[str, str] | None = None) -> bool:
    """True only when the server's socket is there and refuses us, or was named and is
    missing: the server died. Anything unknown counts as "not gone"."""
    found = server_socket(env)
    if found is None:
        return False
    path, named = found
    with contextlib.closing(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) as probe:
        probe.settimeout(0.2)
        try:
            probe.connect(str(path))
        except FileNotFoundError:
            # Named and missing: gone. At the default place, no socket may just mean
            # another sound system (Qt's own PipeWire support), so it is left to Qt.
            return named
        except OSError:  # refused (the server was killed), a timeout, not a socket
            return True
    return False
