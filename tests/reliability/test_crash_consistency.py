"""Kill the app with SIGKILL while it saves, many times: every file is old or new, never half,
and what the kills left half-written is cleared at the next start."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from support.app_process import Running

from coach.adapters.leftovers import LEFTOVER_AGE, leftover_files
from coach.adapters.plan_store import PlanStore
from coach.core.routine_format import load_routine
from coach.core.settings import parse_settings
from coach.paths import UserDirs

WRITER = Path(__file__).with_name("writer.py")
ROUNDS = 25


def test_files_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(7)
    home = tmp_path / "home"
    dirs = UserDirs(home / "config", home / "data", home / "cache", home / "state")
    for _ in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(home)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        try:
            writer.wait(timeout=rng.uniform(0.01, 0.25))  # let it save for a random moment
        except subprocess.TimeoutExpired:
            writer.kill()
        status = writer.wait()
        writer.stdout.close()
        assert status == -signal.SIGKILL, f"the writer stopped by itself (status {status})"
        assert_whole(dirs)
    # What the kills left half-written is cleared at the next start of the app (once old
    # enough that no other command can still be writing it); the real files stay whole.
    # A kill lands mid-write only now and then (on a fast disk, maybe never in 25 rounds),
    # so leftovers of every kind the app's writers make are added, named as they name them.
    planted = [
        dirs.config / ".settings.toml.k3j9x2.tmp",  # atomic writes (tempfile.mkstemp)
        dirs.user_routines / ".evening.toml.a81kq0.tmp",
        dirs.voice_cache / f".{'ab' * 16}.4242.tmp.wav",  # a killed speech helper
        dirs.recordings / "evening" / ".0f3c.wav.4242.part",  # a killed recording's save
    ]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half written")
    leftovers = leftover_files(dirs, time.time(), older_than=0)
    assert set(planted) <= set(leftovers)
    fresh = dirs.config / ".settings.toml.just-now.tmp"  # another command writing right now
    fresh.write_text("")
    for path in leftovers:
        os.utime(path, (time.time() - LEFTOVER_AGE - 5,) * 2)
    app = Running(home)
    try:
        app.wait_for("listening for other launches")
        app.wait_for(f"removed {len(leftovers)} temporary files")
    finally:
        app.kill()
    assert not any(path.exists() for path in leftovers)
    assert fresh.exists()
    assert_whole(dirs)


def assert_whole(dirs: UserDirs) -> None:
    for path in (dirs.settings_file, dirs.plan_file, dirs.history_file):
        assert path.is_file(), path
    _settings, problems = parse_settings(dirs.settings_file.read_text())
    assert problems == [], problems
    _bedtimes, _items, plan_problems = PlanStore(dirs.plan_file).load()
    assert plan_problems == []
    for path in dirs.user_routines.glob("*.toml"):
        assert load_routine(path).name.startswith("Body scan")
    db = sqlite3.connect(dirs.history_file)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
