"""The main window opens where and as large as it was left, and never larger than the screen."""

from __future__ import annotations

import stat

from PySide6.QtWidgets import QWidget

from coach.adapters.window_geometry import WindowGeometry

from .conftest import Harness


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_window_comes_back_at_its_size_and_place(qtbot, tmp_path) -> None:
    kept = WindowGeometry(tmp_path / "state" / "window.ini")
    first = _shown(qtbot, QWidget())
    first.setGeometry(120, 80, 420, 300)
    kept.save(first)
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
    second = QWidget()
    assert kept.restore(second)
    _shown(qtbot, second)
    assert second.geometry().getRect() == (120, 80, 420, 300)


def test_a_kept_size_larger_than_the_screen_is_shrunk_to_fit(qtbot, tmp_path) -> None:
    kept = WindowGeometry(tmp_path / "window.ini")
    first = _shown(qtbot, QWidget())
    screen = first.screen().availableGeometry()
    first.resize(screen.width() + 600, screen.height() + 400)
    kept.save(first)
    second = QWidget()
    assert kept.restore(second)
    _shown(qtbot, second)
    assert second.width() <= screen.width() and second.height() <= screen.height()


def test_a_damaged_or_missing_file_leaves_the_default_size(qtbot, tmp_path) -> None:
    assert not WindowGeometry(tmp_path / "none.ini").restore(QWidget())
    junk = tmp_path / "window.ini"
    junk.write_text("[main_window]\ngeometry=@ByteArray(junk)\n")
    widget = QWidget()
    widget.resize(333, 222)
    assert not WindowGeometry(junk).restore(widget)
    assert (widget.width(), widget.height()) == (333, 222)


def test_the_app_keeps_its_window_place_between_runs(qtbot, tmp_path) -> None:
    home = tmp_path / "home"
    first = Harness(qtbot, home)
    try:
        first.window.show()
        qtbot.waitExposed(first.window)
        # Laid out at its width (rows of buttons that wrap set the minimum height).
        qtbot.waitUntil(lambda: first.window.minimumSize().height() < 600)
        first.window.resize(first.window.width(), 600)
        qtbot.waitUntil(lambda: first.window.height() == 600)
    finally:
        first.close()  # quitting keeps the place
    second = Harness(qtbot, home)
    try:
        second.window.show()
        qtbot.waitExposed(second.window)
        assert second.window.height() == 600
    finally:
        second.close()
