"""Hostile and damaged setup files, through the command line: one clear line, nothing written.

Each case in :data:`tests.support.bundles.HOSTILE` once reached the command line's
"unexpected error" (or a 2.96 GiB allocation, or a silent half-import).
"""

from __future__ import annotations

import errno
import os
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from support.bundles import GOOD_ROUTINE, HOSTILE, noise, wav_bytes, zipped
from support.cli import run_coach

from coach.adapters.settings_store import SettingsStore
from coach.adapters.setup_bundle import BundleError, apply_import, export_bundle, plan_import
from coach.audio.loudness import TARGET_LUFS, loudness, true_peak_db
from coach.audio.wav import read_wav
from coach.cli import main
from coach.core.settings import Settings
from coach.paths import UserDirs


def dirs_at(root: Path) -> UserDirs:
    return UserDirs(root / "config", root / "data", root / "cache", root / "state")


def everything(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_bundle_gets_one_clear_line_and_changes_nothing(
    case: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    make, expected = HOSTILE[case]
    home = tmp_path / "home"
    SettingsStore(dirs_at(home).settings_file).save(Settings(person_name="Rose"))
    before = everything(home)
    bundle = tmp_path / "setup.coach"
    bundle.write_bytes(make())
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(home))
    assert main(["import", str(bundle)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"coach import: {bundle} was not imported: "), err
    assert expected in err and err.count("\n") == 1, err
    assert everything(home) == before


def test_a_fifo_given_as_the_bundle_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "setup.coach"
    os.mkfifo(fifo)
    done = run_coach(tmp_path / "home", "import", str(fifo))  # a hang fails on its time limit
    assert done.returncode == 2
    assert "cannot be imported: it is not a regular file" in done.stderr


def test_an_imported_recording_is_brought_to_the_prompts_loudness(tmp_path: Path) -> None:
    there = dirs_at(tmp_path / "there")
    loud = wav_bytes(np.repeat(noise(3, rate=48000), 2), rate=48000, channels=2)  # 0 dBFS
    bundle = tmp_path / "loud.coach"
    bundle.write_bytes(zipped({"recordings/a/b.wav": loud}))
    apply_import(plan_import(bundle, there), there)
    samples = read_wav(there.recordings / "a" / "b.wav")
    assert abs(len(samples) / 22050 - 3) < 0.01  # mono at the session's rate
    assert abs(loudness(samples, 22050) - TARGET_LUFS) < 0.5
    assert true_peak_db(samples) <= -0.9


def test_import_is_all_or_nothing_when_a_file_cannot_be_staged(tmp_path: Path) -> None:
    """The recordings folder cannot be made (a file is in its place): settings stay as
    they were, and no temporary file is left beside them."""
    there = dirs_at(tmp_path / "there")
    SettingsStore(there.settings_file).save(Settings(person_name="Rose"))
    there.recordings.parent.mkdir(parents=True, exist_ok=True)
    there.recordings.write_text("in the way")
    before = everything(tmp_path / "there")
    bundle = tmp_path / "b.coach"
    settings_text = (there.settings_file.read_text()).replace("Rose", "Ann")
    bundle.write_bytes(
        zipped(
            {
                "settings.toml": settings_text.encode(),
                "routines/a.toml": GOOD_ROUTINE,
                "recordings/a/b.wav": wav_bytes(noise(1, level=0.1)),
            }
        )
    )
    plan = plan_import(bundle, there)
    with pytest.raises(BundleError, match=r"nothing was imported: .*b\.wav could not be written"):
        apply_import(plan, there)
    assert everything(tmp_path / "there") == before


def test_import_puts_back_what_it_replaced_when_a_move_fails(tmp_path: Path) -> None:
    """A folder where the routine goes: every file is staged, the settings moved in, then
    the routine's move fails — and the old settings are back."""
    there = dirs_at(tmp_path / "there")
    SettingsStore(there.settings_file).save(Settings(person_name="Rose"))
    (there.user_routines / "a.toml").mkdir(parents=True)
    before = everything(tmp_path / "there")
    bundle = tmp_path / "b.coach"
    settings_text = there.settings_file.read_text().replace("Rose", "Ann")
    bundle.write_bytes(
        zipped({"settings.toml": settings_text.encode(), "routines/a.toml": GOOD_ROUTINE})
    )
    plan = plan_import(bundle, there)
    with pytest.raises(BundleError, match=r"nothing was imported: .*a\.toml could not be replaced"):
        apply_import(plan, there)
    assert everything(tmp_path / "there") == before
    assert SettingsStore(there.settings_file).load()[0].person_name == "Rose"


def test_a_failed_export_leaves_no_part_file(tmp_path: Path, monkeypatch) -> None:
    here = dirs_at(tmp_path / "here")
    SettingsStore(here.settings_file).save(Settings())
    out = tmp_path / "out"
    out.mkdir()

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", disk_full)
    with pytest.raises(OSError, match="No space"):
        export_bundle(here, out / "setup.coach")
    assert list(out.iterdir()) == []


def test_an_export_is_private(tmp_path: Path) -> None:
    here = dirs_at(tmp_path / "here")
    SettingsStore(here.settings_file).save(Settings())
    old = os.umask(0o022)
    try:
        export_bundle(here, tmp_path / "setup.coach")
    finally:
        os.umask(old)
    assert (tmp_path / "setup.coach").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("tries", ['failed = "x"', "not_before = inf", "failed = -3"])
def test_an_imported_lock_keeps_its_hash_and_never_its_try_counter(
    tries: str, tmp_path: Path
) -> None:
    from coach.adapters.lock_store import LockStore
    from coach.core.lock import SettingsLock, make_record

    record = make_record("2468")
    lock_text = (
        f'version = 1\nsalt = "{record.salt.hex()}"\nscrypt = "{record.digest.hex()}"\n'
        f"n = {record.n}\nr = {record.r}\np = {record.p}\n{tries}\n"
    )
    there = dirs_at(tmp_path / "there")
    bundle = tmp_path / "b.coach"
    bundle.write_bytes(zipped({"lock.toml": lock_text.encode()}))
    apply_import(plan_import(bundle, there), there)
    written = (there.config / "lock.toml").read_text()
    assert "failed" not in written and "not_before" not in written
    loaded, attempts = LockStore(there.config / "lock.toml").load()
    assert loaded == record and attempts.failed == 0 and attempts.not_before == 0
    assert SettingsLock(loaded, attempts, time.time).try_pin("2468").ok
