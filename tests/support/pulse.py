"""A private PulseAudio server with a null sink, for tests that play real audio."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SINK = "coach_null"


@dataclass
class PulseServer:
    address: str  # for PULSE_SERVER
    sink: str
    process_dir: Path | None = None

    @property
    def monitor(self) -> str:
        return f"{self.sink}.monitor"

    def env(self) -> dict[str, str]:
        return {**os.environ, "PULSE_SERVER": self.address}

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", *args], env=self.env(), capture_output=True, text=True, timeout=20, check=True
        ).stdout


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


def start_private_server() -> PulseServer:
    """Start ``pulseaudio`` with a null sink in a fresh folder (works as root too)."""
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            raise RuntimeError(
                f"{tool} is not installed; scripts/test installs it "
                "(Debian packages pulseaudio and pulseaudio-utils)"
            )
    folder = Path(tempfile.mkdtemp(prefix="coach-pulse-"))
    socket = folder / "native"
    config = folder / "pulse.pa"
    config.write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        f"load-module module-null-sink sink_name={SINK} rate=44100\n"
        f"set-default-sink {SINK}\n"
        # A microphone that hears what the sink plays (Qt lists no monitor sources).
        f"load-module module-remap-source master={SINK}.monitor source_name={SINK}_mic "
        "source_properties=device.description=Test-microphone\n"
    )
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "PULSE_RUNTIME_PATH": str(folder),
    }
    subprocess.run(
        [
            "pulseaudio",
            "-n",
            "-F",
            str(config),
            "--exit-idle-time=-1",
            "--daemonize=yes",
            "--use-pid-file=no",
            "--disallow-exit",
            "--log-target=stderr",
        ],
        env=env,
        capture_output=True,
        timeout=30,
        check=True,
    )
    address = f"unix:{socket}"
    for _ in range(300):  # each check is a pactl round trip
        if socket.exists() and reachable(address):
            return PulseServer(address, SINK, folder)
    raise RuntimeError("PulseAudio did not start")


def stop_private_server(server: PulseServer) -> None:
    if server.process_dir is not None:
        subprocess.run(
            ["pactl", "exit"], env=server.env(), capture_output=True, timeout=10, check=False
        )
        shutil.rmtree(server.process_dir, ignore_errors=True)


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
