"""Text from people and files is never rendered as HTML: every label is plain text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from coach.ui.plain_text import PlainTextLabels

# (The attack used /dev/zero, which fills the memory when rendered: not here.)
HOSTILE = "<img src='/nonexistent/rose.png'><b>Rose</b>"


def _labels() -> list[QLabel]:
    labels = [w for w in QApplication.allWidgets() if isinstance(w, QLabel)]
    for label in labels:
        label.ensurePolished()
    return labels


def test_every_label_in_every_window_is_plain_text(harness, qtbot) -> None:
    app = harness.app
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    for page in (window.home, window.tonight, window.session, window.simple):
        window.pages.setCurrentWidget(page)
    harness.window.home.edit_button.click()  # the routine editor
    editor = app.routines.editor
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: "discard"
    box = QMessageBox(QMessageBox.Icon.Information, "Not saved", HOSTILE, parent=window)
    qtbot.addWidget(box)
    box.show()
    labels = _labels()
    assert len(labels) > 30
    rich = [label for label in labels if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == [], [label.text()[:40] for label in rich]
    box.close()
    editor.close()


def test_a_name_written_as_markup_is_shown_as_written(harness, qtbot) -> None:
    app = harness.app
    app.save_settings(replace(app.settings, person_name=HOSTILE))
    app.care.configure(HOSTILE, True, False, False, None, False)
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    greeting = window.simple.greeting
    assert HOSTILE in greeting.text()
    assert greeting.textFormat() == Qt.TextFormat.PlainText
    window.add_notice(f"Routine “{HOSTILE}” was imported.")
    window.notice.repaint()  # painted as text: no image is loaded, nothing aborts
    assert window.notice.textFormat() == Qt.TextFormat.PlainText


def test_the_home_page_painted_first_is_plain_text_before_it_is_shown(tmp_path, qtbot) -> None:
    """The home page is built and painted before the application's label filter is
    there; a routine whose description is markup is still shown as written."""
    from coach.first_paint import open_home
    from coach.paths import UserDirs

    dirs = UserDirs(tmp_path / "c", tmp_path / "d", tmp_path / "k", tmp_path / "s")
    dirs.user_routines.mkdir(parents=True)
    (dirs.user_routines / "rose.toml").write_text(
        'version = 1\nname = "Rose"\n'
        f'description = "{HOSTILE}"\n'
        '[[steps]]\narea = "right_hand"\nsay = "Right hand."\nrelax = 3\n',
        encoding="utf-8",
    )
    qt_app = QApplication.instance()
    earlier = qt_app.findChild(PlainTextLabels)  # from an earlier test: not there yet
    if earlier is not None:
        qt_app.removeEventFilter(earlier)
    try:
        first = open_home(dirs)
        window = first.window
        qtbot.addWidget(window)
        home = window.home
        home.routines.setCurrentRow(
            next(i for i in range(home.routines.count()) if "Rose" in home.routines.item(i).text())
        )
        assert HOSTILE in home.description.text()
        window.show()
        qtbot.waitExposed(window)
    finally:
        if earlier is not None:
            qt_app.installEventFilter(earlier)
    labels = window.findChildren(QLabel)
    rich = [label for label in labels if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == [], [label.text()[:40] for label in rich]
