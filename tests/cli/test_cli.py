"""Command-line subcommands: output, exit status, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.core.routine_format import load_routine
from coach.core.timeline import compile_timeline
from coach.paths import assets_dir

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_timeline_json_lists_every_cue(capsys: pytest.CaptureFixture[str], app_home: Path) -> None:
    assert main(["timeline", "body-scan", "--json"]) == 0
    cues = json.loads(capsys.readouterr().out)
    expected = compile_timeline(load_routine(assets_dir() / "routines" / "body-scan.toml"))
    assert len(cues) == len(expected.cues)
    assert set(cues[0]) == {"at", "text", "kind", "area"}
    assert cues[1]["area"] == "right_thumb" and cues[0]["kind"] == "intro"
    assert [c["at"] for c in cues] == [c.at for c in expected.cues]


def test_timeline_text_by_name_and_path(capsys: pytest.CaptureFixture[str], app_home: Path) -> None:
    assert main(["timeline", "Tense and release, 4 groups"]) == 0
    assert "Both arms" in capsys.readouterr().out
    assert main(["timeline", str(SHORT)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("00:02.500  tense") and "Make a fist." in out[1]


def test_unknown_routine_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], app_home: Path
) -> None:
    assert main(["timeline", "no-such-thing"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach timeline: no routine called “no-such-thing”; known routines:")
    assert "Traceback" not in err


def test_check_exit_codes_and_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('version = 1\nname = "x"\n[[steps]]\narea = "nek"\nsay = "a"\nrelax = 0\n')
    assert main(["check", str(SHORT)]) == 0
    assert "ok" in capsys.readouterr().out
    assert main(["check", str(SHORT), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:4: steps[1].area: “nek” is not a known body area; did you mean “neck”" in out
    assert f"{bad}:6: steps[1].relax: is 0" in out
