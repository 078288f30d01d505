"""PySide6 asks of every module imported after it whether it names PySide6; the app
answers from the file's bytes, so no module's source is read into ``linecache`` and kept
(about 12 MB for the app's modules, and time at every start)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

from coach.qt_import_hook import names_pyside

ROOT = Path(__file__).resolve().parents[2]


def test_the_whole_app_imports_without_its_sources_kept_in_memory() -> None:
    probe = (
        "import linecache, sys\n"
        "import coach.main\n"  # the entry point, as `coach` starts
        "import coach.app, coach.cli, coach.ui.preferences, coach.ui.routine_editor\n"
        "feature = sys.modules['PySide6.support.feature']\n"
        "from coach.qt_import_hook import names_pyside\n"
        "print(len(linecache.cache), feature._mod_uses_pyside is names_pyside)\n"
        "for name, flag in feature.pyside_feature_dict.items():\n"
        "    module = sys.modules.get(name)\n"
        "    if name.startswith('coach.') and module is not None:\n"
        "        print(module.__file__, flag)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    first, *modules = done.stdout.splitlines()
    cached, lightened = first.split()
    assert lightened == "True"
    assert int(cached) < 10, done.stdout  # was 165 files, 12 MB
    # PySide6's answers are what its own reading of the source gives: 0 for a module that
    # names PySide6, -1 for the others.
    assert len(modules) > 20
    for line in modules:
        path, flag = line.rsplit(" ", 1)
        assert int(flag) == (0 if "PySide6" in Path(path).read_text("utf-8") else -1), line


def test_a_module_names_pyside_when_its_file_says_so(tmp_path: Path) -> None:
    uses = tmp_path / "uses.py"
    uses.write_text("from PySide6.QtCore import QTimer\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n", encoding="utf-8")
    module = types.ModuleType("m")
    assert not names_pyside(module)  # no file (a builtin)
    module.__file__ = str(uses)
    assert names_pyside(module)
    module.__file__ = str(plain)
    assert not names_pyside(module)
    module.__file__ = str(tmp_path / "gone.py")
    assert not names_pyside(module)
    module.__file__ = "/usr/lib/x86_64-linux-gnu/libz.so"
    assert not names_pyside(module)
