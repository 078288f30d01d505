from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from coach.adapters.history import History
from coach.adapters.plan_store import PlanStore
from coach.core.checklist_format import PlanFileError, dump_plan, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes


def test_round_trip() -> None:
    bedtimes = Bedtimes(time(23, 0), time(7, 15), {"friday": time(0, 30)}, child=True)
    assert parse_plan(dump_plan(bedtimes, DEFAULT_ITEMS)) == (bedtimes, DEFAULT_ITEMS)


def test_every_problem_reported() -> None:
    text = (
        'version = 1\nbedtime = "25:00"\nsleeper = "cat"\n[bedtimes]\nfridya = "22:00"\n'
        '[[items]]\nid = "a"\ntitle = "A"\nminutes_before = -5\n'
        '[[items]]\nid = "a"\ntitle = ""\nminutes_before = 5\nenabled = "yes"\n'
    )
    with pytest.raises(PlanFileError) as info:
        parse_plan(text, "p.toml")
    found = "\n".join(str(p) for p in info.value.problems)
    for expected in (
        "p.toml:2: bedtime: “25:00” is not a time",
        "sleeper: is “cat”",
        "bedtimes.fridya: unknown key; did you mean “friday”?",
        "items[1].minutes_before: must be whole minutes",
        "items[2].title: is empty",
        "items[2].enabled: must be true or false",
        "items[2].id: “a” is used twice",
    ):
        assert expected in found, found


def test_newer_version_refused() -> None:
    with pytest.raises(PlanFileError, match="newer Wind-Down Coach"):
        parse_plan("version = 2\n")


def test_broken_file_is_kept_when_saving(tmp_path: Path) -> None:
    path = tmp_path / "evening.toml"
    path.write_text("bedtime = [", encoding="utf-8")
    store = PlanStore(path)
    _bedtimes, items, problems = store.load()
    assert items == DEFAULT_ITEMS and "not valid TOML" in str(problems[0])
    kept = list(tmp_path.glob("evening.toml.broken-*"))
    assert len(kept) == 1 and kept[0].read_text() == "bedtime = ["  # moved aside, not lost
    assert str(kept[0]) in str(problems[-1])
    store.save(Bedtimes(time(21, 0)), items)
    assert PlanStore(path).load()[0].bedtime == time(21, 0)


def test_history_survives_a_restart(tmp_path: Path) -> None:
    from datetime import date, datetime

    path = tmp_path / "data" / "history.sqlite3"
    history = History(path)
    night = date(2026, 11, 26)
    history.check(night, "screens-off", "done", datetime(2026, 11, 26, 21, 31))
    history.check(night, "warm-bath", "skipped", datetime(2026, 11, 26, 21, 5))
    session = history.session_started(night, "body-scan", datetime(2026, 11, 26, 22, 31))
    history.session_ended(session, "finished", datetime(2026, 11, 26, 22, 46))
    history.close()
    again = History(path)
    record = again.night(night)
    assert record.checks == {"screens-off": "done", "warm-bath": "skipped"}
    assert record.sessions == [("body-scan", "finished")]
    assert again.nights() == [night]
    again.check(night, "warm-bath", None, datetime(2026, 11, 26, 21, 6))
    assert again.night(night).checks == {"screens-off": "done"}
    assert (path.stat().st_mode & 0o777) == 0o600
    import sqlite3

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_history_migrates_an_old_database_after_a_backup(tmp_path: Path) -> None:
    import sqlite3
    from datetime import date, datetime

    from coach.adapters import history as history_module

    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(history_module.MIGRATIONS[0])
    old.execute("PRAGMA user_version=1")
    old.execute("INSERT INTO checks VALUES ('2026-11-20', 'screens-off', 'done', 'x')")
    old.commit()
    old.close()
    upgraded = History(path)
    assert upgraded.night(date(2026, 11, 20)).checks == {"screens-off": "done"}
    backup = tmp_path / f"history.sqlite3.before-v{history_module.SCHEMA_VERSION}"
    assert backup.exists()
    db = sqlite3.connect(backup)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()
    upgraded.check(date(2026, 11, 21), "warm-bath", "done", datetime(2026, 11, 21, 21, 0))
    upgraded.close()


def test_a_damaged_database_is_moved_aside_and_a_new_one_started(tmp_path: Path) -> None:
    from datetime import date

    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    history = History(path)
    assert history.moved_aside is not None
    assert history.moved_aside.read_bytes().startswith(b"this is not a database")
    assert history.night(date(2026, 11, 26)).checks == {}
    history.close()


def test_a_full_or_read_only_disk_never_moves_the_record_aside(tmp_path: Path, monkeypatch) -> None:
    """The disk being full is not damage: the healthy file stays where it is."""
    import sqlite3
    from datetime import date, datetime

    import coach.adapters.history as history_module

    path = tmp_path / "history.sqlite3"
    first = history_module.History(path)
    first.check(date(2026, 11, 26), "light-meal", "done", datetime(2026, 11, 26, 20, 0))
    first.close()
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, *args, **kwargs) -> None:
            self._real = real_connect(*args, **kwargs)

        def execute(self, sql: str, *args):
            if sql.startswith("PRAGMA journal_mode"):
                raise sqlite3.OperationalError("database or disk is full")
            return self._real.execute(sql, *args)

        def close(self) -> None:
            self._real.close()

    monkeypatch.setattr(history_module.sqlite3, "connect", FullDisk)
    with pytest.raises(OSError, match="disk is full"):
        history_module.History(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]
    monkeypatch.undo()
    again = history_module.History(path)
    assert again.night(date(2026, 11, 26)).checks == {"light-meal": "done"}
    again.close()


def test_a_folder_where_the_record_should_be_is_one_clear_error(tmp_path: Path) -> None:
    import coach.adapters.history as history_module

    (tmp_path / "history.sqlite3").mkdir()
    with pytest.raises(OSError, match="cannot be used now"):
        history_module.History(tmp_path / "history.sqlite3")
