"""One running app per user: a second launch hands over its arguments and leaves.

The first launch takes a lock file (:mod:`coach.adapters.instance_lock`), then a
``QLocalServer`` listens for later launches on a socket in a folder only the user
can enter (``$XDG_RUNTIME_DIR``, else the app's own state folder) — never a
predictable name in ``/tmp`` that another user could take. A launch that finds the
lock taken hands its arguments over, waiting a little for a first launch that is
still starting.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
log = logging.getLogger(__name__)


#: How long a later launch waits for a first one that is still starting (seconds).
HAND_OVER_WAIT = 10.0
#: Longest socket path the system takes (sun_path holds 108 bytes with its NUL).
MAX_SOCKET_PATH = 100


def server_name() -> str:
    return f"wind-down-coach-{getpass.getuser()}"


def _private_folder(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def instance_address(state: Path, config: Path) -> str:
    """Where the running app listens: a path in a folder only the user can enter."""
    tag = hashlib.sha256(str(config).encode()).hexdigest()[:10]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [Path(runtime) / f"wind-down-coach-{tag}"] if runtime else []
    candidates.append(state / "instance")
    for candidate in candidates:
        if len(str(candidate)) <= MAX_SOCKET_PATH:
            if candidate.parent == state:
                state.mkdir(parents=True, exist_ok=True, mode=0o700)
            if _private_folder(candidate.parent):
                return str(candidate)
    return f"{server_name()}-{tag}"  # a long home path: Qt's own folder, as before


def hand_over_waiting(arguments: list[str], name: str, seconds: float = HAND_OVER_WAIT) -> bool:
    """Hand over to the app that holds the lock, waiting while it is still starting."""
    deadline = time.monotonic() + seconds
    while True:
        if hand_over(arguments, name):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


def hand_over(arguments: list[str], name: str | None = None) -> bool:
    """Give *arguments* to a running app; ``True`` if one took them."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps(arguments).encode() + b"\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches and passes their arguments to *received*."""

    def __init__(
        self,
        received: Callable[[list[str]], None],
        name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._received = received
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self.name):
            # Nobody answered on it (hand_over failed first): a crash left it behind.
            QLocalServer.removeServer(self.name)
            if not self._server.listen(self.name):
                raise RuntimeError(
                    f"cannot listen for other launches: {self._server.errorString()}"
                )
        self._server.newConnection.connect(self._accept)
        log.info("listening for other launches as %s", self.name)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).strip()
            try:
                arguments = json.loads(line)
            except ValueError:
                continue
            if isinstance(arguments, list) and all(isinstance(a, str) for a in arguments):
                self._received(arguments)

    def close(self) -> None:
        self._server.close()
