"""Everything the app writes is the user's alone: files 0600, folders 0700, whatever
the umask (exports, recordings, the voice cache, logs)."""

from __future__ import annotations

import stat
from pathlib import Path

from support.cli import run_coach

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_exports_renders_and_logs_are_private_under_an_open_umask(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True, mode=0o755)  # made open by an older version
    (home / "config").chmod(0o755)
    assert (
        run_coach(
            home, "render", str(SHORT), "-o", str(tmp_path / "out.wav"), umask=0o022
        ).returncode
        == 0
    )
    result = run_coach(home, "export", str(tmp_path / "setup.coach"), umask=0o022)
    assert result.returncode == 0, result.stderr
    written = [tmp_path / "setup.coach", tmp_path / "out.wav"]
    written += [p for p in home.rglob("*")]
    open_ones = [
        f"{p}: {stat.S_IMODE(p.stat().st_mode):o}"
        for p in written
        if p.exists() and stat.S_IMODE(p.stat().st_mode) & 0o077  # readable by group or others
    ]
    assert open_ones == []
    assert any(p.suffix == ".wav" for p in home.rglob("*"))  # the voice cache was written
