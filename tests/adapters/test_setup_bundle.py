"""Setup bundles: a round trip, and hostile files refused with nothing written."""

from __future__ import annotations

import json
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from coach.adapters.plan_store import PlanStore
from coach.adapters.routine_library import RoutineLibrary
from coach.adapters.settings_store import SettingsStore
from coach.adapters.setup_bundle import (
    BundleError,
    Change,
    apply_import,
    export_bundle,
    plan_import,
)
from coach.cli import main
from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.core.lock import Attempts, make_record
from coach.core.routine_format import load_routine
from coach.core.settings import Settings
from coach.paths import UserDirs, assets_dir


def dirs_at(root: Path) -> UserDirs:
    return UserDirs(root / "config", root / "data", root / "cache", root / "state")


def set_up(dirs: UserDirs) -> None:
    from datetime import time

    from coach.adapters.lock_store import LockStore

    SettingsStore(dirs.settings_file).save(Settings(rate=100, person_name="Rose", simple_mode=True))
    PlanStore(dirs.plan_file).save(Bedtimes(time(21, 0)), DEFAULT_ITEMS)
    library = RoutineLibrary(assets_dir() / "routines", dirs.user_routines)
    copy = library.duplicate(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    library.save(replace(copy, name="Rose's evening"), copy.source)
    LockStore(dirs.config / "lock.toml").save(make_record("2468"), Attempts())


def everything(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def said(changes: list[Change]) -> list[str]:
    """The changes in English, a detail indented under its file (as the window lists them)."""
    return [("    " if c.detail else "") + str(c.said) for c in changes]


def test_round_trip_to_another_computer(tmp_path: Path) -> None:
    here, there = dirs_at(tmp_path / "here"), dirs_at(tmp_path / "there")
    set_up(here)
    bundle = tmp_path / "rose.coach-setup"
    names = export_bundle(here, bundle)
    assert "lock.toml" not in names  # not unless asked
    assert set(names) >= {"settings.toml", "evening.toml"}
    plan = plan_import(bundle, there)
    changes = said(plan.changes)
    assert "add your settings" in changes
    # What changes, in words, against what the other computer has now (its defaults).
    assert "    Simple mode: off → on" in changes
    assert "    Name in the greeting: none → “Rose”" in changes
    assert "    Speaking rate: 130 words a minute → 100 words a minute" in changes
    assert "    Bedtime: 22:30 → 21:00" in changes
    assert "    “Rose's evening”" in changes
    apply_import(plan, there)
    assert SettingsStore(there.settings_file).load()[0].person_name == "Rose"
    assert PlanStore(there.plan_file).load()[0].bedtime.hour == 21
    (routine,) = there.user_routines.glob("*.toml")
    assert load_routine(routine).name == "Rose's evening"
    assert not (there.config / "lock.toml").exists()
    with_lock = tmp_path / "with-lock.zip"
    assert "lock.toml" in export_bundle(here, with_lock, include_lock=True)
    again = plan_import(with_lock, there)
    assert "    (no setting changes)" in said(again.changes)  # the same settings a second time
    assert any("add the PIN lock" in c for c in said(again.changes))
    apply_import(again, there)
    assert (there.config / "lock.toml").exists()


def hostile(
    tmp_path: Path, name: str, entries: dict[str, bytes], manifest=None, links: tuple[str, ...] = ()
) -> Path:
    path = tmp_path / name
    listed = (
        manifest
        if manifest is not None
        else {
            "format": "wind-down-coach-setup",
            "version": 1,
            "entries": [{"path": n, "kind": "routine"} for n in entries],
        }
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("manifest.json", json.dumps(listed) if isinstance(listed, dict) else listed)
        for entry, data in entries.items():
            info = zipfile.ZipInfo(entry)
            if entry in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, data)
    return path


GOOD = (assets_dir() / "routines" / "four-groups.toml").read_bytes()


@pytest.mark.parametrize(
    ("case", "entries", "manifest", "links", "expected"),
    [
        ("zip-slip", {"../../evil.toml": GOOD}, None, (), "outside the app's folders"),
        ("absolute", {"/tmp/evil.toml": GOOD}, None, (), "outside the app's folders"),
        (
            "symlink",
            {"routines/link.toml": b"/etc/passwd"},
            None,
            ("routines/link.toml",),
            "is a link",
        ),
        ("bomb", {"routines/bomb.toml": b"#" * 1_500_000}, None, (), "compression bomb"),
        (
            "huge manifest",
            {"routines/a.toml": GOOD},
            "{" + " " * 70_000 + "}",
            (),
            "manifest is too large",
        ),
        ("bad toml", {"routines/a.toml": b"version = 1\nname = ["}, None, (), "invalid"),
        (
            "unknown kind",
            {"scripts/run.sh": b"rm -rf ~"},
            None,
            (),
            "listed as a routine, but a routine is routines/NAME.toml",
        ),
        (
            "newer",
            {"routines/a.toml": GOOD},
            {"format": "wind-down-coach-setup", "version": 9, "entries": []},
            (),
            "newer",
        ),
        (
            "not ours",
            {"routines/a.toml": GOOD},
            {"format": "something-else"},
            (),
            "not a Wind-Down Coach setup",
        ),
        (
            "missing entry",
            {},
            {
                "format": "wind-down-coach-setup",
                "version": 1,
                "entries": [{"path": "routines/a.toml", "kind": "routine"}],
            },
            (),
            "not in the file",
        ),
    ],
)
def test_hostile_bundles_are_refused_and_nothing_is_written(
    tmp_path: Path, case: str, entries, manifest, links, expected: str
) -> None:
    there = dirs_at(tmp_path / "there")
    set_up(there)
    before = everything(tmp_path / "there")
    bundle = hostile(tmp_path, f"{case}.zip", entries, manifest, links)
    with pytest.raises(BundleError, match=expected):
        plan_import(bundle, there)
    assert everything(tmp_path / "there") == before
    assert not (tmp_path / "evil.toml").exists()


def test_not_a_zip_and_too_many_entries(tmp_path: Path) -> None:
    there = dirs_at(tmp_path / "there")
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 nonsense")
    with pytest.raises(BundleError, match="not a Wind-Down Coach setup"):
        plan_import(junk, there)
    many = hostile(tmp_path, "many.zip", {f"routines/r{i}.toml": GOOD for i in range(400)})
    with pytest.raises(BundleError, match="entries"):
        plan_import(many, there)


def test_cli_export_and_import(tmp_path: Path, monkeypatch, capsys) -> None:
    here = tmp_path / "here"
    set_up(dirs_at(here))
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(here))
    bundle = tmp_path / "setup.zip"
    pin = tmp_path / "pin.txt"
    pin.write_text("2468\n")
    assert main(["export", str(bundle), "--pin-file", str(pin)]) == 0  # a locked setup
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(tmp_path / "there"))
    assert main(["import", str(bundle), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "will add your settings" in out
    assert "      - Simple mode: off → on" in out  # and what exactly changes
    assert not (tmp_path / "there").exists()
    assert main(["import", str(bundle)]) == 0
    assert (tmp_path / "there" / "config" / "settings.toml").exists()
    evil = hostile(tmp_path, "evil.zip", {"../x.toml": GOOD})
    assert main(["import", str(evil)]) == 2
    assert "was not imported" in capsys.readouterr().err


def test_recordings_travel_and_a_bad_wav_is_refused(tmp_path: Path) -> None:
    import numpy as np

    from coach.audio.wav import write_wav

    here, there = dirs_at(tmp_path / "here"), dirs_at(tmp_path / "there")
    set_up(here)
    (routine,) = here.user_routines.glob("*.toml")
    recording = here.recordings / routine.stem / "abc.wav"
    recording.parent.mkdir(parents=True)
    write_wav(recording, (np.ones(2205) * 1000).astype(np.int16))
    bundle = tmp_path / "with-voice.zip"
    assert f"recordings/{routine.stem}/abc.wav" in export_bundle(here, bundle)
    apply_import(plan_import(bundle, there), there)
    from coach.audio.wav import read_wav

    arrived = read_wav(there.recordings / routine.stem / "abc.wav")
    assert len(arrived) == 2205  # the same prompt (its loudness evened on import)
    bad = tmp_path / "bad-wav.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "wind-down-coach-setup",
                    "version": 1,
                    "entries": [{"path": "recordings/x/y.wav", "kind": "recording"}],
                }
            ),
        )
        archive.writestr("recordings/x/y.wav", b"RIFF not really a wav")
    with pytest.raises(BundleError, match="not a valid WAV"):
        plan_import(bad, dirs_at(tmp_path / "elsewhere"))


def test_the_lock_holds_on_the_command_line(tmp_path: Path, monkeypatch, capsys) -> None:
    """A locked setup is not changed or exported from a terminal without the PIN."""
    from coach.adapters.lock_store import LockStore
    from coach.adapters.settings_store import SettingsStore

    home = tmp_path / "home"
    dirs = dirs_at(home)
    set_up(dirs)  # simple mode on, PIN 2468
    other = tmp_path / "other"
    SettingsStore(dirs_at(other).settings_file).save(Settings(simple_mode=False))
    bundle = tmp_path / "plain.coach"
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(other))
    assert main(["export", str(bundle)]) == 0  # not locked there
    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(home))
    wrong, right = tmp_path / "wrong", tmp_path / "right"
    wrong.write_text("1111")
    right.write_text("2468")
    assert main(["import", str(bundle)]) == 2  # no terminal, no PIN file: refused
    assert "locked" in capsys.readouterr().err
    assert main(["import", str(bundle), "--pin-file", str(wrong)]) == 2
    assert "not the PIN" in capsys.readouterr().err
    assert SettingsStore(dirs.settings_file).load()[0].simple_mode  # unchanged
    assert LockStore(dirs.config / "lock.toml").load()[1].failed == 1  # the try counts
    assert main(["export", str(tmp_path / "x.coach"), "--with-lock"]) == 2
    assert not (tmp_path / "x.coach").exists()
    out = tmp_path / "with-lock.coach"
    assert main(["export", str(out), "--with-lock", "--pin-file", str(right)]) == 0
    with zipfile.ZipFile(out) as archive:
        lock_text = archive.read("lock.toml").decode()
    assert "scrypt" in lock_text and "failed" not in lock_text and "not_before" not in lock_text
    assert main(["import", str(bundle), "--pin-file", str(right)]) == 0
    assert not SettingsStore(dirs.settings_file).load()[0].simple_mode  # now it may change


def test_a_bundle_never_carries_the_wrong_try_counter(tmp_path: Path) -> None:
    from coach.adapters.lock_store import LockStore

    dirs = dirs_at(tmp_path / "a")
    set_up(dirs)
    LockStore(dirs.config / "lock.toml").save(make_record("2468"), Attempts(4, 9e9))
    out = tmp_path / "b.coach"
    export_bundle(dirs, out, include_lock=True)
    with zipfile.ZipFile(out) as archive:
        text = archive.read("lock.toml").decode()
    assert "failed" not in text and "not_before" not in text
    assert LockStore(dirs.config / "lock.toml").load()[1].failed == 4  # here it still counts
