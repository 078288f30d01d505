"""Is the sound server there? A dead one must be known before Qt makes a stream."""

from __future__ import annotations

import socket
from pathlib import Path

from coach.audio.sound_server import server_gone, server_socket


def test_the_socket_comes_from_pulse_server_or_the_runtime_folder(tmp_path: Path) -> None:
    assert server_socket({"PULSE_SERVER": "unix:/run/x/native"}) == (Path("/run/x/native"), True)
    assert server_socket({"PULSE_SERVER": "/run/y"}) == (Path("/run/y"), True)
    assert server_socket({"PULSE_SERVER": "tcp:localhost:4713"}) is None
    assert server_socket({"XDG_RUNTIME_DIR": "/run/user/5"}) == (
        Path("/run/user/5/pulse/native"),
        False,
    )
    assert server_socket({}) is None


def test_a_listening_server_is_there_a_dead_one_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "native"
    env = {"PULSE_SERVER": f"unix:{path}"}
    assert server_gone(env)  # named and missing
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(str(path))
        listener.listen(1)
        assert not server_gone(env)
    finally:
        listener.close()
    assert path.exists() and server_gone(env)  # a socket file nobody listens on: refused
    # At the default place, no socket at all is left to Qt (it may use PipeWire itself).
    assert not server_gone({"XDG_RUNTIME_DIR": str(tmp_path / "nothing")})
