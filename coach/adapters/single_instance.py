"""One running app per user: a second launch hands over its arguments and leaves.

A ``QLocalServer`` per user listens for later launches.  A socket left behind
by a crash is noticed (nobody answers on it) and removed, so it never blocks
start-up.
"""

from __future__ import annotations

import getpass
import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
log = logging.getLogger(__name__)


def server_name() -> str:
    return f"wind-down-coach-{getpass.getuser()}"


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
