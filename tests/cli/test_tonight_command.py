from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main


def test_coach_tonight_json(
    capsys: pytest.CaptureFixture[str], app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert main(["tonight", "--bedtime", "23:00", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bedtime"].endswith("23:00+01:00")
    assert [i["id"] for i in data["items"]] == ["light-meal", "warm-bath", "screens-off"]
    assert [i["due"][11:16] for i in data["items"]] == ["20:30", "21:30", "22:00"]
    assert {i["state"] for i in data["items"]} <= {"due", "later"}
    assert data["sleep_hours"] == 7.5 and data["enough_sleep"] is True
    assert main(["tonight", "--bedtime", "nine"]) == 2
    assert "is not a time" in capsys.readouterr().err
