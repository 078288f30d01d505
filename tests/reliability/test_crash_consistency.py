"""Kill the app with SIGKILL while it saves, many times: every file is old or new, never half."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from coach.adapters.plan_store import PlanStore
from coach.core.routine_format import load_routine
from coach.core.settings import parse_settings

WRITER = Path(__file__).with_name("writer.py")
ROUNDS = 25


def test_files_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(7)
    home = tmp_path / "home"
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
        for name in ("settings.toml", "evening.toml", "history.sqlite3"):
            assert (home / name).is_file(), name
        _settings, problems = parse_settings((home / "settings.toml").read_text())
        assert problems == [], problems
        _bedtimes, _items, plan_problems = PlanStore(home / "evening.toml").load()
        assert plan_problems == []
        for path in (home / "routines").glob("*.toml"):
            assert load_routine(path).name.startswith("Body scan")
        db = sqlite3.connect(home / "history.sqlite3")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
