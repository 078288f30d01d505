from __future__ import annotations

from pathlib import Path

import pytest

from coach.adapters.routine_library import RoutineLibrary
from coach.core.routine_format import RoutineError, load_routine
from coach.paths import assets_dir

BUILTIN = assets_dir() / "routines"


@pytest.fixture
def library(tmp_path: Path) -> RoutineLibrary:
    return RoutineLibrary(BUILTIN, tmp_path / "data" / "routines")


def builtin(name: str = "four-groups"):
    return load_routine(BUILTIN / f"{name}.toml")


def test_duplicate_makes_a_private_user_copy(library: RoutineLibrary) -> None:
    before = (BUILTIN / "four-groups.toml").read_bytes()
    copy = library.duplicate(builtin())
    assert copy.name == "Tense and release, 4 groups (my copy)"
    assert copy.source.parent == library.user_dir
    assert (copy.source.stat().st_mode & 0o777) == 0o600
    assert load_routine(copy.source) == copy
    assert (BUILTIN / "four-groups.toml").read_bytes() == before
    again = library.duplicate(copy)
    assert again.source != copy.source and again.name == copy.name
    ids = [e.id for e in library.entries()]
    assert ids[:4] == ["body-scan", "classic-16", "seven-groups", "four-groups"]
    assert len(ids) == 6


def test_builtins_are_read_only(library: RoutineLibrary) -> None:
    with pytest.raises(PermissionError):
        library.rename(builtin(), "Mine")
    with pytest.raises(PermissionError):
        library.delete(builtin())
    saved = library.save(builtin())  # saving a built-in writes a new user file instead
    assert saved.source.parent == library.user_dir


def test_rename_delete_and_undo(library: RoutineLibrary) -> None:
    copy = library.duplicate(builtin())
    renamed = library.rename(copy, "Short nights")
    assert renamed.source == copy.source and load_routine(copy.source).name == "Short nights"
    deleted = library.delete(renamed)
    assert not copy.source.exists()
    assert [e.id for e in library.entries() if not e.builtin] == []
    restored = library.undo_delete(deleted)
    assert restored == copy.source and load_routine(restored).name == "Short nights"


def test_broken_files_are_listed_and_never_overwritten(library: RoutineLibrary) -> None:
    library.user_dir.mkdir(parents=True)
    broken = library.user_dir / "tense-and-release-4-groups-my-copy.toml"
    broken.write_text("version = 1\nname = [", encoding="utf-8")
    entries = {e.id: e for e in library.entries()}
    entry = entries["user:tense-and-release-4-groups-my-copy"]
    assert entry.routine is None and "not valid TOML" in str(entry.error)
    copy = library.duplicate(builtin())
    assert copy.source != broken
    assert broken.read_text(encoding="utf-8") == "version = 1\nname = ["


def test_import_and_export_round_trip(library: RoutineLibrary, tmp_path: Path) -> None:
    copy = library.rename(library.duplicate(builtin("seven-groups")), "Travel")
    exported = tmp_path / "elsewhere" / "travel.toml"
    exported.parent.mkdir()
    library.export(copy, exported)
    other = RoutineLibrary(BUILTIN, tmp_path / "other" / "routines")
    imported = other.import_file(exported)
    assert imported == copy
    assert imported.source.parent == other.user_dir


def test_importing_a_bad_file_changes_nothing(library: RoutineLibrary, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('version = 1\nname = "x"\n[[steps]]\narea = "elbow"\nsay = "a"\nrelax = 5\n')
    with pytest.raises(RoutineError, match="“elbow” is not a known body area"):
        library.import_file(bad)
    assert not library.user_dir.exists() or not list(library.user_dir.iterdir())


def test_export_to_an_unwritable_place(library: RoutineLibrary, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(RoutineError, match="cannot be written"):
        library.export(builtin(), blocker / "x.toml")
