"""Editing routines in the app: edits, reorder, scaling, undo, checks, saving, sharing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.paths import assets_dir
from coach.ui.routine_editor import INVALID_STYLE, RoutineEditor

BUILTIN = assets_dir() / "routines"


def select(harness, routine_id: str) -> None:
    home = harness.window.home
    for row in range(home.routines.count()):
        if home.routines.item(row).data(Qt.ItemDataRole.UserRole).id == routine_id:
            home.routines.setCurrentRow(row)
            return
    raise AssertionError(f"{routine_id} not listed")


@pytest.fixture
def editor(harness, qtbot) -> RoutineEditor:
    select(harness, "four-groups")
    assert harness.window.home.edit_button.text() == "Duplicate to edit…"
    harness.window.home.edit_button.click()
    editor = harness.app.routines.editor
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: "discard"
    editor.refused: list[str] = []
    editor.refuse = editor.refused.append
    return editor


def test_duplicate_to_edit_leaves_the_builtin_alone(harness, editor) -> None:
    assert editor.draft.source.parent == harness.app.dirs.user_routines
    assert editor.name.text() == "Tense and release, 4 groups (my copy)"
    assert harness.window.home.selected_entry().id.startswith("user:")
    assert load_routine(BUILTIN / "four-groups.toml").name == "Tense and release, 4 groups"


def test_edit_words_and_timings_then_save(harness, editor) -> None:
    editor.steps.setCurrentRow(1)
    editor.say.setPlainText("Scrunch up your whole face. Now.")
    editor.relax.setValue(50)
    editor.tense.setValue(12)
    assert editor.total.text() == "Total 4:47"  # 4:40, +10 s rest, -3 s tension: live
    assert editor.save()
    saved = load_routine(editor.draft.source)
    assert saved.steps[1].say == "Scrunch up your whole face. Now."
    assert (saved.steps[1].tense, saved.steps[1].relax) == (12, 50)
    assert not editor.draft.dirty
    listed = harness.window.home.selected_entry()
    assert listed.routine == saved


def test_voice_rate_and_volume_for_this_routine(editor) -> None:
    editor.rate.setValue(105)
    editor.volume.setValue(70)
    editor.voice_id.setText("gmw/en-gb")
    assert editor.save()
    voice = load_routine(editor.draft.source).voice
    assert (voice.voice, voice.rate, voice.volume) == ("gmw/en-gb", 105, 0.7)
    editor.volume.setValue(150)
    assert editor.volume.styleSheet() == INVALID_STYLE


def test_invalid_value_is_marked_and_save_refused(editor) -> None:
    editor.steps.setCurrentRow(0)
    editor.relax.setValue(-5)
    assert editor.relax.styleSheet() == INVALID_STYLE
    assert "is -5" in editor.relax.toolTip()
    assert "Step 1 › rest: is -5" in editor.problems.text()
    assert editor.steps.item(0).text().startswith("⚠")
    assert editor.strip.blocks()  # the timeline stays in view while a value is wrong
    assert not editor.save()
    assert "cannot be saved yet" in editor.refused[0] and "Step 1 › rest" in editor.refused[0]
    editor.relax.setValue(30)
    assert editor.relax.styleSheet() == "" and editor.problems.isHidden()
    editor.name.setText("")
    assert editor.name.styleSheet() == INVALID_STYLE


def test_bad_prompt_lines_are_explained(editor) -> None:
    editor.prompts.setPlainText("10: Heavier now\nsoon: nope")
    assert "Step 1 › extra words: line 2 is not “seconds: words”" in editor.problems.text()
    assert editor.prompts.styleSheet() == INVALID_STYLE
    editor.prompts.setPlainText("10: Heavier now\n25: Warmer")
    assert editor.draft.doc["steps"][0]["prompts"] == [
        {"at": 10.0, "say": "Heavier now"},
        {"at": 25.0, "say": "Warmer"},
    ]
    assert editor.problems.isHidden()


def test_reorder_with_buttons_keys_and_undo(editor, qtbot) -> None:
    areas = lambda: [s["area"] for s in editor.draft.steps]  # noqa: E731
    assert areas() == ["arms", "head_and_neck", "torso", "legs"]
    editor.steps.setCurrentRow(3)
    editor.up_button.click()
    assert areas() == ["arms", "head_and_neck", "legs", "torso"]
    assert editor.steps.currentRow() == 2
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert areas() == ["arms", "legs", "head_and_neck", "torso"]
    editor.duplicate_button.click()
    editor.remove_button.click()
    editor.add_button.click()
    assert len(areas()) == 5
    for _ in range(5):
        editor.undo_button.click()
    assert areas() == ["arms", "head_and_neck", "torso", "legs"]
    editor.redo_button.click()
    assert areas() == ["arms", "head_and_neck", "legs", "torso"]


def test_drag_and_drop_reorders(editor) -> None:
    model = editor.steps.model()
    # Move row 0 below row 2, as a drag in the list does.
    assert model.moveRow(editor.steps.rootIndex(), 0, editor.steps.rootIndex(), 3)
    assert [s["area"] for s in editor.draft.steps] == ["head_and_neck", "torso", "arms", "legs"]


def test_scale_to_a_target_length_and_undo(editor) -> None:
    editor.target.setValue(10)
    editor.scale_button.click()
    assert abs(editor.draft.duration - 600) <= 6
    assert editor.total.text().startswith("Total 10:") or editor.total.text().startswith(
        "Total 9:5"
    )
    assert editor.draft.problems == []
    editor.undo_button.click()
    assert abs(editor.draft.duration - 280) < 1


def test_unsaved_changes_are_never_lost_silently(editor) -> None:
    editor.name.setText("Renamed in the editor")
    answers = ["cancel"]
    editor.ask_unsaved = lambda: answers.pop(0)
    editor.close()
    assert editor.isVisible() or editor.draft.dirty  # cancel: still open, still dirty
    assert editor.draft.dirty
    answers.append("save")
    editor.close()
    assert load_routine(editor.draft.source).name == "Renamed in the editor"


def test_spoken_length_warning_names_the_step(harness, editor, qtbot) -> None:
    editor.set_spoken_lengths({"Both arms. Make two fists and tighten both arms. Now.": 16.0})
    assert "Step 1 of 4 (Both arms)" in editor.warnings.text()
    assert "2.0 s after the next cue" in editor.warnings.text()
    # The app measures the real rendered prompts too.
    qtbot.waitUntil(lambda: bool(editor.spoken), timeout=10_000)


def test_play_from_a_step_starts_the_session_there(harness, editor) -> None:
    editor.steps.setCurrentRow(2)
    editor.play_from_button.click()
    harness.wait_running()
    engine = harness.app.controller.engine
    assert engine.current_section.step == 2
    assert harness.window.session.area.text() == "Chest, shoulders, back and abdomen"
    harness.app.controller.stop()
    editor.play_step_button.click()
    harness.wait_running()
    assert harness.app.controller.engine.timeline.step_count == 1


def test_a_preview_is_never_the_nights_relaxation_and_does_not_end_the_evening(
    harness, editor
) -> None:
    from dataclasses import replace

    from coach.core.session import State

    harness.app.save_settings(replace(harness.app.settings, quit_after_minutes=5))
    editor.steps.setCurrentRow(1)
    editor.play_step_button.click()
    harness.wait_running()
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED
    night = harness.app.evening.plan.night
    assert harness.app.history.night(night).sessions == []  # not recorded
    assert not harness.window.dimmer.isVisible()  # no fade to black
    assert editor.preview_status.text() == "End of the preview."
    harness.later.advance(10 * 60)
    assert harness.quits == []  # "quit after a session" is for real sessions


def test_a_preview_plays_inside_the_editor_with_its_own_stop(harness, editor, qtbot) -> None:
    from coach.core.session import State

    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    editor.show()
    qtbot.waitExposed(editor)
    assert window.pages.currentWidget() is window.home
    assert not editor.stop_preview_button.isVisible()
    editor.steps.setCurrentRow(1)
    qtbot.mouseClick(editor.play_step_button, Qt.MouseButton.LeftButton)
    harness.wait_running()
    assert window.pages.currentWidget() is window.home  # the main window stays put
    assert editor.stop_preview_button.isVisible()
    assert editor.preview_status.text().startswith("Playing: ")
    qtbot.mouseClick(editor.stop_preview_button, Qt.MouseButton.LeftButton)
    assert harness.app.controller.state is State.STOPPED
    assert editor.preview_status.text() == "Preview stopped."
    assert not editor.stop_preview_button.isVisible()
    # Closing the editor stops a preview that is still playing.
    editor.play_from_button.click()
    harness.wait_running()
    editor.close()
    assert harness.app.controller.state is State.STOPPED


def test_rename_delete_undo_import_export_in_the_window(harness, qtbot, tmp_path: Path) -> None:
    actions = harness.app.routines
    home = harness.window.home
    harness.window.show()
    qtbot.waitExposed(harness.window)
    select(harness, "seven-groups")
    assert not home.delete_button.isEnabled()  # built-ins are read-only
    copy = actions.library.duplicate(load_routine(BUILTIN / "seven-groups.toml"))
    harness.app.reload_routines(copy)
    harness.dialogs.on_text = lambda *a: "Travel nights"
    home.rename_button.click()
    assert home.selected_entry().routine.name == "Travel nights"
    exported = tmp_path / "travel.toml"
    harness.dialogs.on_save_path = lambda title: exported
    home.export_button.click()
    assert load_routine(exported).name == "Travel nights"
    home.delete_button.click()
    names = [home.routines.item(i).text() for i in range(home.routines.count())]
    assert not any("Travel nights" in n for n in names)
    assert home.undo_delete_button.isVisible()
    home.undo_delete_button.click()
    names = [home.routines.item(i).text() for i in range(home.routines.count())]
    assert any("Travel nights" in n for n in names)
    # Import the exported file as a second copy, and refuse a bad one with its reason.
    harness.dialogs.on_open_path = lambda title: exported
    home.import_button.click()
    assert (
        sum("Travel nights" in home.routines.item(i).text() for i in range(home.routines.count()))
        == 2
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("version = 99\n")
    told = harness.dialogs.told
    told.clear()
    harness.dialogs.on_open_path = lambda title: bad
    home.import_button.click()
    assert "newer Wind-Down Coach" in told[0]


def test_export_as_audio_from_the_window(harness, qtbot, tmp_path: Path) -> None:
    select(harness, "four-groups")
    target = tmp_path / "four.wav"
    harness.dialogs.on_save_path = lambda title: target
    harness.window.home.export_audio_button.click()
    qtbot.waitUntil(target.exists, timeout=20_000)
    import wave

    with wave.open(str(target)) as wav:
        assert wav.getnframes() / wav.getframerate() == pytest.approx(280, abs=0.01)
    assert harness.app.controller.state is State.IDLE


def test_saving_over_an_unwritable_file_keeps_the_changes(editor, monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("coach.adapters.routine_library.write_private_text", fail)
    editor.name.setText("Still here")
    assert not editor.save()
    assert "Permission denied" in editor.refused[-1]
    assert editor.draft.dirty and editor.name.text() == "Still here"


def test_ctrl_z_and_ctrl_shift_z_undo_the_routine_whatever_has_the_focus(editor, qtbot) -> None:
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    areas = lambda: [s["area"] for s in editor.draft.steps]  # noqa: E731
    editor.steps.setFocus()
    editor.steps.setCurrentRow(3)
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert areas() == ["arms", "head_and_neck", "legs", "torso"]
    undo = Qt.KeyboardModifier.ControlModifier
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.steps, Qt.Key.Key_Z, undo)
    assert areas() == ["arms", "head_and_neck", "torso", "legs"]
    qtbot.keyClick(editor.steps, Qt.Key.Key_Z, redo)
    assert areas() == ["arms", "head_and_neck", "legs", "torso"]
    # Type a name, Tab on: Ctrl+Z in the next text field still undoes the routine's edit.
    before = editor.draft.doc["name"]
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Quick one")
    assert editor.draft.doc["name"] == "Quick one"
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.name
    for _ in range(12):  # typing may have made a few steps to undo
        if editor.draft.doc["name"] == before:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, undo)
    assert editor.draft.doc["name"] == before
    assert editor.name.text() == before
    assert areas() == ["arms", "head_and_neck", "legs", "torso"]  # only the name went back


def test_fit_keeps_the_holds_and_says_when_the_length_cannot_be_met(editor) -> None:
    told: list[str] = []
    editor.inform = told.append
    holds = [s.get("tense") for s in editor.draft.steps]
    editor.target.setValue(10)
    editor.scale_button.click()
    assert [s.get("tense") for s in editor.draft.steps] == holds
    assert told == []
    editor.target.setValue(0.5)  # shorter than the holds alone (a minute of tension)
    editor.scale_button.click()
    assert [s.get("tense") for s in editor.draft.steps] == holds
    assert len(told) == 1 and "tension holds stay as they are" in told[0]


def test_the_editor_keeps_its_size_when_errors_or_counts_appear(harness, editor, qtbot) -> None:
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()  # the layouts settle
    size, record = editor.size(), editor.record_button.geometry()
    save = editor.save_button.geometry()
    editor.name.setText("")  # a routine needs a name: an error shows
    QApplication.processEvents()  # the layouts settle
    assert editor.problems.text()
    editor.set_recorded(1, 10)
    editor.set_spoken_lengths({text: 60.0 for text in ("Close your eyes.",)})
    QApplication.processEvents()  # the layouts settle
    assert editor.record_button.text() == "Record my voice… (1 of 10)"
    assert editor.size() == size
    assert editor.record_button.geometry() == record  # nothing moves under the pointer
    assert editor.save_button.geometry() == save


def test_the_editor_fits_a_1280_by_800_screen(language, harness, qapp, qtbot, large_text) -> None:
    select(harness, "classic-16-ru" if language == "ru" else "classic-16")
    harness.window.home.edit_button.click()
    editor = harness.app.routines.editor
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: "discard"
    editor.set_recorded(3, 40)
    editor.show_preview("Playing: Now let go, and notice the warmth.", True)
    qtbot.waitExposed(editor)
    # Room to spare on a 1280×800 screen for the frame (and a panel at the top).
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1200 and hint.height() <= 740, hint
    assert editor.width() <= 1200 and editor.height() <= 740, editor.size()
    editor.close()
