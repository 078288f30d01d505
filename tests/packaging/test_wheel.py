"""An installed wheel (not an editable checkout) finds its assets and runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_installed_wheel_finds_its_routines(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("wind_down_coach-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "coach/assets/routines/body-scan.toml" in names
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    env = {**os.environ, "PYTHONPATH": str(target), "WIND_DOWN_COACH_HOME": str(tmp_path / "h")}
    code = "import coach, coach.paths; print(coach.__file__); print(coach.paths.assets_dir())"
    where = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=tmp_path,
    ).stdout.split()
    assert all(line.startswith(str(target)) for line in where), where
    timeline = subprocess.run(
        [sys.executable, "-m", "coach", "timeline", "four-groups"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert timeline.returncode == 0, timeline.stderr
    assert "Both arms" in timeline.stdout
    assert (target / "bin" / "coach").exists()
