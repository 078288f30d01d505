"""Every Qt module and plugin the app loads finds all its libraries on this machine.

A library `ldd` reports as "not found" is a Debian package missing from
scripts/debian-packages.txt: the FFmpeg sound plugin once failed this way
(libXrandr.so.2), and the app fell silent on fresh machines.
"""

from __future__ import annotations

from support import qt_libraries


def test_no_qt_plugin_has_an_unresolved_library() -> None:
    missing = qt_libraries.unresolved()
    assert missing == {}, "\n".join(
        f"{library} (needed by {', '.join(sorted(users))})" for library, users in missing.items()
    )


def test_the_check_sees_every_listed_file() -> None:
    files = qt_libraries.files()
    assert len(files) == len(qt_libraries.MODULES) + len(qt_libraries.PLUGINS)
    assert all(path.is_file() for path in files)
    assert any(path.name == "libffmpegmediaplugin.so" for path in files)


def test_the_packages_list_names_the_library_that_was_missing() -> None:
    from pathlib import Path

    listed = (Path(__file__).parents[2] / "scripts" / "debian-packages.txt").read_text()
    assert "libxrandr2" in listed.split()
