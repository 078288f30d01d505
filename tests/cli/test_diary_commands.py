"""The night diary's figures, checks and warning signs, on nights worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta


def test_a_week_of_nights_on_the_command_line(tmp_path, monkeypatch, capsys) -> None:
    """`coach diary add / startle / list`: checked, kept in the nights' record, listed
    with their figures; a bad value exits 2 naming the field and keeps nothing."""
    import json

    from coach.cli import main

    monkeypatch.setenv("WIND_DOWN_COACH_HOME", str(tmp_path / "home"))
    for day in range(7):
        night = (date(2026, 11, 23) + timedelta(days=day)).isoformat()
        args = [
            "diary",
            "add",
            "--night",
            night,
            "--in-bed",
            "22:30",
            "--tried",
            "22:45",
            "--latency",
            "20",
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
        ]
        assert main(args) == 0, capsys.readouterr().err
    assert (
        main(
            [
                "diary",
                "startle",
                "--night",
                "2026-11-29",
                "--area",
                "right_leg",
                "--situation",
                "falling_asleep",
                "--seconds",
                "1",
                "--woke",
            ]
        )
        == 0
    )
    capsys.readouterr()
    bad = [
        "diary",
        "add",
        "--night",
        "2026-11-30",
        "--in-bed",
        "22:30",
        "--tried",
        "22:45",
        "--latency",
        "20",
        "--awakenings",
        "2",
        "--awake",
        "25",
        "--final-wake",
        "06:30",
        "--out-of-bed",
        "06:10",
        "--quality",
        "9",
    ]
    assert main(bad) == 2
    err = capsys.readouterr().err
    assert "Out of bed (06:10) is before the final awakening (06:30)." in err
    assert "Quality of sleep: 9 is outside 1–5" in err
    assert main(["diary", "startle", "--area", "tail", "--situation", "night"]) == 2
    assert "Body part: “tail” is not a body part the app knows." in capsys.readouterr().err
    assert main(["diary", "list", "--from", "2026-11-23", "--to", "2026-11-30", "--json"]) == 0
    nights = json.loads(capsys.readouterr().out)
    assert [n["night"] for n in nights] == [f"2026-11-{d}" for d in range(23, 30)]  # not the bad
    first = nights[0]
    assert (first["tib_min"], first["tst_min"], first["se_percent"]) == (500, 420, 84.0)
    assert (first["sol_min"], first["waso_min"], first["in_bed"]) == (20, 25, "22:30")
    assert [n["startles"] for n in nights] == [0, 0, 0, 0, 0, 0, 1]
    assert (tmp_path / "home" / "data" / "history.sqlite3").stat().st_mode & 0o777 == 0o600
