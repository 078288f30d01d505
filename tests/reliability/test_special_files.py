"""FIFOs, devices and huge files where the app's files belong: refused with a reason,
never a hang or a full memory (the window's start-up and the command line)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.cli import run_coach

from coach.core.files import NotReadable, read_small_file


def test_read_small_file_refuses_fifos_devices_folders_and_huge_files(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    zero = tmp_path / "zero"
    zero.symlink_to("/dev/zero")
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2000)
    for path, why in (
        (fifo, "not a regular file"),
        (zero, "not a regular file"),
        (tmp_path, "a folder"),
        (big, "at most 1 kB"),
    ):
        with pytest.raises(NotReadable, match=why):
            read_small_file(path, limit=1000)
    with pytest.raises(FileNotFoundError):
        read_small_file(tmp_path / "missing")
    assert read_small_file(big, limit=5000) == b"x" * 2000


def test_the_command_line_and_the_plan_never_hang_on_a_fifo(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = home / "config"
    config.mkdir(parents=True)
    for name in ("settings.toml", "evening.toml", "lock.toml"):
        os.mkfifo(config / name)
    routines = home / "data" / "routines"
    routines.mkdir(parents=True)
    os.mkfifo(routines / "fifo.toml")
    (routines / "zero.toml").symlink_to("/dev/zero")
    for name in ("fifo.toml", "zero.toml"):  # `coach check` says what is wrong, at once
        checked = run_coach(home, "check", str(routines / name))
        assert checked.returncode == 1
        assert f"{name}: cannot be read: it is not a regular file" in checked.stdout
    tonight = run_coach(home, "tonight")
    assert tonight.returncode == 0, tonight.stderr  # the default plan, said so


def test_coach_tonight_only_reads_even_when_files_are_damaged(tmp_path: Path) -> None:
    """A print command says what is wrong and changes nothing: the damaged plan and
    night record stay where they are (the window keeps copies when it opens them)."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "data").mkdir()
    (home / "config" / "evening.toml").write_text("version = 1\nbedtime = [\n")
    (home / "data" / "history.sqlite3").write_bytes(b"not a database at all" * 100)
    before = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    tonight = run_coach(home, "tonight")
    assert tonight.returncode == 0, tonight.stderr
    assert "bed at 22:30" in tonight.stdout  # the default plan
    assert "evening.toml: the default plan is used until the file is mended" in tonight.stderr
    assert "history.sqlite3 cannot be read (file is not a database)" in tonight.stderr
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == before
