"""Loaded by every Python process started with this folder on PYTHONPATH (the speech
helper included): refuses network sockets, and notes each attempt in the file named by
COACH_NETWORK_LOG.  Local (AF_UNIX) sockets stay allowed."""

import os
import socket
import traceback

_LOG = os.environ.get("COACH_NETWORK_LOG", "")
_Base = socket.socket


def _note(what: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}: {what}\n{''.join(traceback.format_stack(limit=8))}\n")


class _Guarded(_Base):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            _note(f"socket(family={family})")
            raise OSError("network sockets are refused in this test")
        super().__init__(family, type, proto, fileno)


def _refuse_connection(*args, **kwargs):
    _note(f"create_connection{args!r}")
    raise OSError("network connections are refused in this test")


if _LOG:  # so a test can tell the guard was in the process
    with open("/proc/self/cmdline", "rb") as own, open(_LOG + ".loaded", "a") as loaded:
        loaded.write(own.read().replace(b"\0", b" ").decode(errors="replace") + "\n")

socket.socket = _Guarded  # type: ignore[misc]
socket.create_connection = _refuse_connection  # type: ignore[assignment]
