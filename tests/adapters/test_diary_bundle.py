"""The sleep diary travels in a setup file only when asked (it is health information),
arrives checked night by night, and never doubles a startle."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from support.cli import run_coach


def ok(home: Path, *args: str) -> str:
    done = run_coach(home, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def keep_a_diary(home: Path) -> None:
    for night, latency in (("2026-11-25", 15), ("2026-11-26", 30)):
        ok(home, "diary", "add", "--night", night, "--in-bed", "22:30", "--tried", "22:45",
           "--latency", str(latency), "--awakenings", "1", "--awake", "10",
           "--final-wake", "06:30", "--out-of-bed", "06:45", "--quality", "3",
           "--comment", "tea at 21:00")  # fmt: skip
    ok(home, "diary", "startle", "--night", "2026-11-26", "--area", "right_leg",
       "--situation", "falling_asleep", "--woke")  # fmt: skip


def listed(home: Path) -> list[dict[str, object]]:
    rows = json.loads(ok(home, "diary", "list", "--from", "2026-11-20", "--to", "2026-11-30",
                         "--json"))  # fmt: skip
    assert isinstance(rows, list)
    return rows


def test_the_diary_stays_home_unless_asked(tmp_path: Path) -> None:
    here = tmp_path / "here"
    keep_a_diary(here)
    plain = tmp_path / "plain.coach"
    ok(here, "export", str(plain))
    assert "diary.json" not in zipfile.ZipFile(plain).namelist()
    with_diary = tmp_path / "with-diary.coach"
    out = ok(here, "export", str(with_diary), "--with-diary")
    assert "diary.json" in out
    there = tmp_path / "there"
    preview = ok(there, "import", str(with_diary), "--dry-run")
    assert "add the sleep diary: 2 nights and 1 startle (health information" in preview
    assert listed(there) == []  # a dry run keeps nothing
    ok(there, "import", str(with_diary))
    assert listed(there) == listed(here)
    ok(there, "import", str(with_diary))  # again: the same startle is not added twice
    assert [r["startles"] for r in listed(there)] == [0, 1]


def test_a_broken_night_in_the_diary_names_it_and_nothing_is_imported(tmp_path: Path) -> None:
    here = tmp_path / "here"
    keep_a_diary(here)
    good = tmp_path / "good.coach"
    ok(here, "export", str(good), "--with-diary")
    bad = tmp_path / "bad.coach"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "diary.json":
                doc = json.loads(data)
                doc["nights"][1]["entry"]["out_of_bed"] = "05:00"  # before the final awakening
                data = json.dumps(doc).encode()
            target.writestr(name, data)
    there = tmp_path / "there"
    done = run_coach(there, "import", str(bad))
    assert done.returncode == 2
    assert "the night of 2026-11-26: Out of bed (05:00) is before the final awakening" in (
        done.stderr
    )
    assert listed(there) == []
    assert not (there / "config" / "settings.toml").exists()
