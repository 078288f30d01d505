"""Saves the user's files over and over until killed (for the crash-consistency test)."""

import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from coach.adapters.history import History
from coach.adapters.plan_store import PlanStore
from coach.adapters.routine_library import RoutineLibrary
from coach.adapters.settings_store import SettingsStore
from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.core.routine_format import load_routine
from coach.core.settings import Settings
from coach.paths import UserDirs, assets_dir

root = Path(sys.argv[1])
dirs = UserDirs(root / "config", root / "data", root / "cache", root / "state")
settings = SettingsStore(dirs.settings_file)
plan = PlanStore(dirs.plan_file)
library = RoutineLibrary(assets_dir() / "routines", dirs.user_routines)
history = History(dirs.history_file)
routine = library.save(load_routine(assets_dir() / "routines" / "body-scan.toml"))


def save_all(n: int) -> None:
    global routine
    settings.save(Settings(rate=60 + n % 200))
    plan.save(Bedtimes(), tuple(replace(i, minutes_before=n % 700) for i in DEFAULT_ITEMS))
    routine = library.save(replace(routine, name=f"Body scan {n}"), routine.source)
    history.check(date(2026, 11, 26), f"item-{n % 50}", "done", datetime.now())


# Every file exists before "ready": a kill right after it finds something to check.
save_all(0)
print("ready", flush=True)
n = 0
while True:
    n += 1
    save_all(n)
