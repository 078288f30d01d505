"""A week of nights through the real command line, then the report for the doctor: the PDF
read back with pdftotext, the CSV and its codebook, and the doctor note only when due."""

from __future__ import annotations

import csv
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from support.cli import run_coach

WEEK = [f"2026-11-{day}" for day in range(23, 30)]


def add_night(home: Path, night: str, *extra: str, latency: int = 20) -> None:
    done = run_coach(
        home,
        "diary",
        "add",
        "--night",
        night,
        "--in-bed",
        "22:30",
        "--tried",
        "22:45",
        "--latency",
        str(latency),
        "--awakenings",
        "2",
        "--awake",
        "25",
        "--final-wake",
        "06:30",
        "--out-of-bed",
        "06:50",
        "--quality",
        "4",
        *extra,
    )
    assert done.returncode == 0, done.stderr


def startle(home: Path, night: str, *extra: str) -> None:
    done = run_coach(home, "diary", "startle", "--night", night, *extra)
    assert done.returncode == 0, done.stderr


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is missing (scripts/test installs poppler-utils)"
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    for index, night in enumerate(WEEK):
        # 22:45 → 06:30 is 465 min; TST = 465 − latency − 25; TIB 500.
        comment = ("--comment", "=1+1 tea") if index == 0 else ()
        add_night(home, night, *comment, latency=10 + 5 * index)
    startle(home, WEEK[2], "--area", "right_leg", "--situation", "falling_asleep", "--woke")
    startle(home, WEEK[2], "--area", "right_leg", "--situation", "night", "--seconds", "2")
    startle(home, WEEK[5], "--area", "arms", "--situation", "falling_asleep")
    return home


def test_a_week_entered_on_the_command_line_lists_with_its_figures(week: Path) -> None:
    done = run_coach(week, "diary", "list", "--from", WEEK[0], "--to", WEEK[-1], "--json")
    assert done.returncode == 0, done.stderr
    nights = json.loads(done.stdout)
    assert [n["night"] for n in nights] == WEEK
    first = nights[0]
    assert (first["tib_min"], first["tst_min"], first["sol_min"], first["waso_min"]) == (
        500,
        430,
        10,
        25,
    )
    assert first["se_percent"] == 86.0
    assert [n["startles"] for n in nights] == [0, 0, 2, 0, 0, 1, 0]


def test_a_bad_value_names_its_field_and_stores_nothing(tmp_path: Path) -> None:
    done = run_coach(
        tmp_path,
        "diary",
        "add",
        "--night",
        "2026-11-23",
        "--in-bed",
        "22:30",
        "--tried",
        "22:45",
        "--latency",
        "20",
        "--awakenings",
        "0",
        "--awake",
        "25",
        "--final-wake",
        "06:30",
        "--out-of-bed",
        "06:10",
        "--quality",
        "9",
    )
    assert done.returncode == 2
    assert "Quality of sleep: 9 is outside 1–5" in done.stderr
    assert "Out of bed (06:10) is before the final awakening (06:30)" in done.stderr
    assert "no time woken is given" in done.stderr
    listed = run_coach(tmp_path, "diary", "list", "--to", "2026-11-29", "--json")
    assert json.loads(listed.stdout) == []
    bad = run_coach(tmp_path, "diary", "startle", "--area", "tail", "--situation", "night")
    assert bad.returncode == 2 and "“tail” is not a body part" in bad.stderr


def test_the_report_carries_the_week(week: Path, tmp_path: Path) -> None:
    pdf, table = tmp_path / "report.pdf", tmp_path / "nights.csv"
    done = run_coach(
        week, "report", "--from", WEEK[0], "--to", WEEK[-1], "-o", str(pdf), "--csv", str(table)
    )
    assert done.returncode == 0, done.stderr
    assert f"{pdf}: the report, 1 page" in done.stdout
    for path in (pdf, table, tmp_path / "nights-codebook.csv"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not list(tmp_path.glob(".*.part"))
    text = " ".join(pdf_text(pdf).split())
    assert (
        "Nights of 23 November 2026 to 29 November 2026: 7 in all, 7 with a full check-in" in text
    )
    # Averages: SE (86.0 + 85.0 + … + 80.0) / 7 = 83.0; latency 10 … 40 → 25, so
    # TST 465 − 25 − 25 = 415 = 6 h 55.
    assert "8 h 20 6 h 55 83 % 25 2 25 4 3" in text
    assert "Mon 23 Nov 22:30 22:45 10 2 25 06:30 06:50 8 h 20 7 h 10 86 4" in text
    assert "Sun 29 Nov 22:30 22:45 40 2 25 06:30 06:50 8 h 20 6 h 40 80 4" in text
    assert "Startles: 3, on 2 of the nights. The person woke from 1 of them" in text
    assert "Right leg 2" in text and "while falling asleep 2" in text
    assert "Worth mentioning" not in text  # no warning sign in this week
    assert "nothing was sent anywhere" in text
    with table.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["night"] for r in rows] == WEEK
    assert [r["se_percent"] for r in rows] == [
        "86.0",
        "85.0",
        "84.0",
        "83.0",
        "82.0",
        "81.0",
        "80.0",
    ]
    assert rows[2]["startles"] == "2" and rows[2]["startle_parts"] == "Right leg; Right leg"
    assert rows[0]["comments"] == "'=1+1 tea"  # never run as a formula by a spreadsheet
    with (tmp_path / "nights-codebook.csv").open(newline="") as handle:
        codebook = {r["column"]: r for r in csv.DictReader(handle)}
    assert set(codebook) == set(rows[0])
    assert codebook["se_percent"]["unit"] == "percent, one decimal"
    assert "TST / TIB × 100" in codebook["se_percent"]["meaning"]


def test_the_doctor_note_appears_when_a_rule_says_so(week: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(week, home)
    startle(home, WEEK[4], "--area", "legs", "--situation", "awake", "--legs")
    pdf = tmp_path / "r.pdf"
    done = run_coach(home, "report", "--from", WEEK[0], "--to", WEEK[-1], "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(pdf).split())
    assert "Worth mentioning" in text
    assert "Startles while awake or in the daytime." in text
    assert "Uncomfortable legs before startles." in text
    assert "Startles on most nights" not in text


def test_bad_report_arguments_are_one_clear_line(tmp_path: Path) -> None:
    done = run_coach(
        tmp_path, "report", "--from", "2026-11-30", "--to", "2026-11-01", "-o", "x.pdf"
    )
    assert done.returncode == 2 and "--from 2026-11-30 is after --to 2026-11-01" in done.stderr
    done = run_coach(tmp_path, "report", "--from", "30.11.", "-o", "x.pdf")
    assert done.returncode == 2 and "--from '30.11.' is not a date" in done.stderr
    done = run_coach(tmp_path, "report", "-o", str(tmp_path / "x.txt"))
    assert done.returncode == 2 and "ending in .pdf" in done.stderr
    done = run_coach(tmp_path, "report", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert done.returncode == 2 and "cannot write" in done.stderr
