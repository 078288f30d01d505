"""A private PulseAudio server with a null sink, for tests that play real audio."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from support.processes import stop

SINK = "coach_null"


@dataclass
class PulseServer:
    address: str  # for PULSE_SERVER
    sink: str
    #: The server when this code started it (a child process, stopped by its PID).
    process: subprocess.Popen[bytes] | None = None
    folder: Path | None = None

    @property
    def monitor(self) -> str:
        return f"{self.sink}.monitor"

    def env(self) -> dict[str, str]:
        return {**os.environ, "PULSE_SERVER": self.address}

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", *args], env=self.env(), capture_output=True, text=True, timeout=20, check=True
        ).stdout

    def leftovers(self) -> list[str]:
        """Streams still open, and clients of other processes (parec, helpers) still here.

        The app's own process keeps one connection for Qt's audio engine as long as
        it lives; its streams must still all be closed.
        """
        found = [f"stream still playing: {line}" for line in self._short("sink-inputs")]
        found += [f"stream still recording: {line}" for line in self._short("source-outputs")]
        me = str(os.getpid())
        for client in self.pactl("list", "clients").split("Client #")[1:]:
            props = dict(
                (key.strip(), value.strip().strip('"'))
                for key, _, value in (
                    line.partition("=") for line in client.splitlines() if " = " in line
                )
            )
            name = props.get("application.name", "?")
            if props.get("application.process.id") not in (me, None) and name != "pactl":
                found.append(f"client still connected: {name}")
        return found

    def _short(self, kind: str) -> list[str]:
        """Streams of clients (a module's own, like the test microphone's, have client "-")."""
        rows = [line.split("\t") for line in self.pactl("list", "short", kind).splitlines()]
        return ["\t".join(row) for row in rows if len(row) > 2 and row[2] != "-"]


def reachable(address: str) -> bool:
    if shutil.which("pactl") is None:
        return False
    result = subprocess.run(
        ["pactl", "info"],
        env={**os.environ, "PULSE_SERVER": address},
        capture_output=True,
        timeout=10,
        check=False,
    )
    return result.returncode == 0


def server_config(socket: Path, sink: str = SINK) -> str:
    """The server's start-up script: a socket, a null sink and a microphone that hears it."""
    return (
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        f"load-module module-null-sink sink_name={sink} rate=44100\n"
        f"set-default-sink {sink}\n"
        # A microphone that hears what the sink plays (Qt lists no monitor sources).
        f"load-module module-remap-source master={sink}.monitor source_name={sink}_mic "
        "source_properties=device.description=Test-microphone\n"
    )


def start_private_server() -> PulseServer:
    """Start ``pulseaudio`` with a null sink as a child process (works as root too).

    It runs in the foreground (``--daemonize=no``), so it is our child and
    :func:`stop_private_server` ends it by its PID: ``pactl exit`` would be
    refused by a server started with ``--disallow-exit``, and a daemon could
    outlive the tests.
    """
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            raise RuntimeError(
                f"{tool} is not installed; scripts/test installs it "
                "(Debian packages pulseaudio and pulseaudio-utils)"
            )
    folder = Path(tempfile.mkdtemp(prefix="coach-pulse-"))
    socket = folder / "native"
    (folder / "pulse.pa").write_text(server_config(socket))
    server = PulseServer(f"unix:{socket}", SINK, None, folder)
    try:
        _run_server(server)
        return server
    except BaseException:
        stop_private_server(server)
        raise


def restart_private_server(server: PulseServer) -> None:
    """Start a stopped private server again, at the same socket (a crash and return)."""
    assert server.folder is not None and server.process is None
    _run_server(server)


def _run_server(server: PulseServer) -> None:
    folder = server.folder
    assert folder is not None
    socket = folder / "native"
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "PULSE_RUNTIME_PATH": str(folder),
    }
    log = (folder / "log").open("ab")
    process = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "-F",
            str(folder / "pulse.pa"),
            "--exit-idle-time=-1",
            "--daemonize=no",
            "--use-pid-file=no",
            "--disallow-exit",
            "--log-target=stderr",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
    )
    log.close()
    server.process = process
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                "PulseAudio stopped at start-up:\n" + (folder / "log").read_text("utf-8", "replace")
            )
        if socket.exists() and reachable(server.address):
            return
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.05)  # a short wait on the server itself
    raise RuntimeError("PulseAudio did not start within 30 seconds")


def stop_private_server(server: PulseServer) -> None:
    """End a server this code started: by its PID, and wait for it."""
    if server.process is not None:
        stop(server.process)
        server.process = None
    if server.folder is not None:
        shutil.rmtree(server.folder, ignore_errors=True)
        server.folder = None


@contextlib.contextmanager
def recording(server: PulseServer, path: Path, rate: int) -> Iterator[subprocess.Popen[bytes]]:
    """Record the sink's monitor to *path* (raw s16le mono) while the block runs.

    Returns once ``parec`` is connected: it takes a moment, and sound played
    before then would be missed.
    """
    with path.open("wb") as out:
        recorder = subprocess.Popen(
            [
                "parec",
                "-d",
                server.monitor,
                "--format=s16le",
                f"--rate={rate}",
                "--channels=1",
                "--latency-msec=20",
                "--client-name=coach-test",
            ],
            stdout=out,
            env=server.env(),
        )
        try:
            for _ in range(400):
                if recorder.poll() is not None:
                    raise RuntimeError("parec exited early")
                if "coach-test" in server.pactl("list", "source-outputs"):
                    break
                with contextlib.suppress(subprocess.TimeoutExpired):
                    recorder.wait(timeout=0.025)
            else:
                raise RuntimeError("parec never connected to the monitor")
            yield recorder
        finally:
            recorder.terminate()
            recorder.wait(timeout=10)


def read_raw(path: Path) -> np.ndarray:
    data = path.read_bytes()
    return np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")


def ensure_devices(server: PulseServer) -> None:
    """Put back the test sink and its microphone if a test removed them."""
    sinks = server.pactl("list", "short", "sinks")
    if server.sink not in sinks:
        server.pactl("load-module", "module-null-sink", f"sink_name={server.sink}", "rate=44100")
    server.pactl("set-default-sink", server.sink)
    mic = f"{server.sink}_mic"
    if mic not in server.pactl(
        "list", "short", "sources"
    ) and "Test-microphone" not in server.pactl("list", "sources"):
        server.pactl(
            "load-module",
            "module-remap-source",
            f"master={server.sink}.monitor",
            f"source_name={mic}",
            "source_properties=device.description=Test-microphone",
        )
