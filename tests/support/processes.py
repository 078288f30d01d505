"""Stopping what the tests start: by the process itself (its PID), never by name."""

from __future__ import annotations

import subprocess


def stop(process: subprocess.Popen[bytes], seconds: float = 10.0) -> None:
    """Ask *process* to end (SIGTERM), wait, and kill it if it does not; always reaped."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
