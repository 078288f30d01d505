"""An installed project's version, read from its ``.dist-info`` folder's name."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from coach.adapters.installed_version import installed_version


def test_the_version_comes_from_the_dist_info_folder_of_that_project(tmp_path: Path) -> None:
    # Projects that are not installed here: only the folder's names can answer.
    for name in (
        "sleepy_thing",
        "sleepy_thing_extras-9.9.dist-info",  # another project whose name begins the same
        "Sleepy_Thing-1.2.3.dist-info",
        "quiet.lamp-2.0.0.dist-info",
    ):
        (tmp_path / name).mkdir()
    assert installed_version("sleepy-thing", tmp_path) == "1.2.3"
    assert installed_version("Sleepy.Thing", tmp_path) == "1.2.3"
    assert installed_version("quiet-lamp", tmp_path) == "2.0.0"
    assert installed_version("sleepy-thing", tmp_path / "missing") is None


def test_without_a_dist_info_folder_the_standard_library_is_asked(tmp_path: Path) -> None:
    assert installed_version("pytest", tmp_path) == importlib.metadata.version("pytest")
    assert installed_version("no-such-project-here", tmp_path / "missing") is None


def test_it_agrees_with_importlib_metadata_for_what_is_installed() -> None:
    for project, package in (("pytest", "pytest"), ("hibari-tts", "hibari")):
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        folder = Path(spec.origin).parent.parent
        assert installed_version(project, folder) == importlib.metadata.version(project)


def test_naming_the_natural_voice_imports_no_package_metadata_machinery() -> None:
    if importlib.util.find_spec("hibari") is None:  # found, never imported (its model)
        pytest.skip("the natural voice is not installed")
    code = (
        "import sys\n"
        "from coach.adapters.speech.client import NaturalProcessBackend\n"
        "from coach.adapters.speech.protocol import SpeechUnavailable\n"
        "try:\n"
        "    name = NaturalProcessBackend().name\n"
        "except SpeechUnavailable:\n"
        "    name = 'unavailable'\n"
        "print(name, 'importlib.metadata' in sys.modules, 'email' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout.split()
    if out[0] == "unavailable":
        pytest.skip("the natural voice's model is not here")
    assert out[:2] == ["hibari", importlib.metadata.version("hibari-tts")]
    assert out[-2:] == ["False", "False"]
