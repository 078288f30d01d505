"""Control characters are refused in every text field and never reach a terminal raw."""

from __future__ import annotations

from pathlib import Path

from core.test_control_characters import ESCAPE, GOOD  # the same hostile file name

from coach.cli import main
from coach.core.text_rules import for_terminal


def test_nothing_printed_by_a_command_drives_the_terminal(tmp_path: Path, capsys) -> None:
    odd = tmp_path / f"odd{ESCAPE}.toml"
    odd.write_text(GOOD)
    main(["check", str(odd)])
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out  # shown, escaped
    assert for_terminal("a\tb\nc\x1b", "\n\t") == "a\tb\nc\\x1b"
