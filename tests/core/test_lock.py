from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from support.clocks import FakeClock

from coach.adapters.lock_store import LockStore
from coach.core.lock import UNLOCK_SECONDS, Attempts, SettingsLock, make_record, matches


def test_only_a_salted_slow_hash_is_kept(tmp_path: Path) -> None:
    record = make_record("4721")
    assert matches(record, "4721") and not matches(record, "4722")
    assert make_record("4721").salt != record.salt  # salted
    store = LockStore(tmp_path / "lock.toml")
    store.save(record, Attempts())
    text = (tmp_path / "lock.toml").read_text()
    assert "scrypt" in text and "n = 32768" in text
    # The PIN is nowhere but inside the salt and hash, whose hex may hold those digits by
    # chance (about one file in 700): everything else is looked at as written.
    kept = tomllib.loads(text)
    assert all(len(kept[k]) in (32, 64) and int(kept[k], 16) >= 0 for k in ("salt", "scrypt"))
    rest = [line for line in text.splitlines() if not line.startswith(("salt", "scrypt"))]
    assert "4721" not in "\n".join(rest)
    assert ((tmp_path / "lock.toml").stat().st_mode & 0o777) == 0o600
    loaded, attempts = store.load()
    assert loaded == record and attempts == Attempts()
    with pytest.raises(ValueError, match="at least 4"):
        make_record("12")


def test_wrong_pins_slow_down_and_the_right_one_opens_for_ten_minutes(tmp_path: Path) -> None:
    clock = FakeClock(1_000_000.0)
    store = LockStore(tmp_path / "lock.toml")
    record = make_record("sunflower")
    store.save(record, Attempts())
    lock = SettingsLock(record, Attempts(), clock.now, lambda a: store.save(record, a))
    assert lock.enabled and not lock.is_open()
    for _ in range(2):
        assert lock.try_pin("wrong").wait == 0
    third = lock.try_pin("wrong")
    assert not third.ok and third.wait == 5
    refused = lock.try_pin("sunflower")  # even the right PIN must wait
    assert not refused.ok and "wait" in refused.message
    # The slow-down survives a restart.
    _record, attempts = store.load()
    assert attempts.failed == 3
    clock.advance(5)
    assert lock.try_pin("wrong").wait == 10  # doubling
    clock.advance(10)
    assert lock.try_pin("sunflower").ok
    assert lock.is_open() and store.load()[1] == Attempts()
    clock.advance(UNLOCK_SECONDS + 1)
    assert not lock.is_open()


def test_no_lock_is_always_open_and_a_damaged_file_stays_locked(tmp_path: Path) -> None:
    assert SettingsLock(None, Attempts(), FakeClock().now).is_open()
    path = tmp_path / "lock.toml"
    path.write_text("scrypt = [")
    record, _ = LockStore(path).load()
    lock = SettingsLock(record, Attempts(), FakeClock().now)
    assert lock.enabled and not lock.try_pin("1234").ok


def test_damaged_lock_files_stay_locked_are_kept_and_never_overwritten(tmp_path) -> None:
    """Text in the counters, n = 0, a BOM, garbage, inf: never a crash, never unlocked."""
    import time

    from coach.adapters.lock_store import DAMAGED, LockStore
    from coach.core.lock import MAX_WAIT, Attempts, make_record

    path = tmp_path / "lock.toml"
    good = make_record("2468")
    store = LockStore(path)
    store.save(good, Attempts())
    text = path.read_text()
    path.write_text("\ufeff" + text)  # a valid lock saved with a BOM by an editor
    assert LockStore(path).load()[0] == good
    path.write_text(text.replace("failed = 0", 'failed = "x"'))  # crashed every start
    record, attempts = LockStore(path).load()
    assert record == good and attempts.failed >= 0
    path.write_text(text.replace("not_before = 0.0", "not_before = inf"))
    assert LockStore(path).load()[1].not_before <= time.time() + MAX_WAIT + 1
    for damaged in (text.replace("n = 32768", "n = 0"), "garbage = [", ""):
        path.write_text(damaged)
        store = LockStore(path)
        record, _attempts = store.load()
        assert record == DAMAGED  # locked, with a PIN nobody knows
        store.save(record, Attempts(1, 0.0))  # a wrong try
        assert path.read_text() == damaged  # the file is never overwritten
        assert store.kept_aside is not None and store.kept_aside.read_text() == damaged
        store.kept_aside.unlink()
