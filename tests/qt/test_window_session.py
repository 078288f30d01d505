"""The real window through whole sessions, driven by a fake clock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from support.fakes import BrokenBackend

from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.core.timeline import compile_timeline

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_home_lists_builtin_routines_default_first(harness) -> None:
    home = harness.window.home
    names = [home.routines.item(i).text().split("\n")[0] for i in range(home.routines.count())]
    assert names[0] == "Evening body scan"
    assert len(names) == 4
    assert home.selected_entry().id == "body-scan"
    assert "about 15 minutes" in home.routines.item(0).text()
    assert home.description.text().startswith("Release-only relaxation")


def test_under_a_russian_locale_the_russian_routines_are_offered(make_harness, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "ru_RU:ru")
    home = make_harness().window.home
    first = home.routines.item(0).text().split("\n")[0]
    assert first == "Вечернее сканирование тела"
    assert home.routines.count() == 4
    assert home.selected_entry().id == "body-scan-ru"  # a new user's default, in Russian


def test_a_whole_short_session_in_the_window(harness, qtbot) -> None:
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    routine = load_routine(SHORT)
    timeline = compile_timeline(routine)
    harness.app.controller.start(routine)
    assert window.pages.currentWidget() is window.session
    harness.wait_running()
    page = window.session
    assert page.words.text() == "Close your eyes."
    assert page.section_title.text() == "Settling in"
    assert page.time_left.text() == "1 min left"

    seen = [page.words.text()]
    harness.advance(2.5)
    assert page.words.text() == "Make a fist."
    assert page.section_title.text() == "Step 1 of 2"
    assert page.area.text() == "Right hand"
    harness.advance(2.0)
    seen.append(page.words.text())
    harness.advance(0.5)
    window._show_time()
    assert page.time_left.text() == "1 min left"
    assert page.progress.value() == round(page.progress.maximum() * 5 / 12)
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED
    assert page.words.text() == "Sleep well."
    assert page.back_button.isVisible()
    assert seen == ["Close your eyes.", "Let go."]
    assert timeline.duration == 12.0
    assert page.progress.value() == page.progress.maximum()
    assert page.time_left.text() == "0 min left"
    page.back_button.click()
    assert window.pages.currentWidget() is window.home


def test_keyboard_controls_the_session(harness, qtbot) -> None:
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    engine = harness.app.controller.engine
    # Even with a button focused, Space pauses rather than clicking the button.
    window.session.stop_button.setFocus()
    qtbot.keyClick(window.session.stop_button, Qt.Key.Key_Space)
    assert engine.state is State.PAUSED
    assert window.session.pause_button.text() == "Resume"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert engine.state is State.RUNNING
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.session.words.text() == "Make a fist."
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.session.words.text() == "Rest your neck."
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.session.words.text() == "Make a fist."
    qtbot.keyClick(window.session.stop_button, Qt.Key.Key_Right)
    assert window.session.words.text() == "Rest your neck."
    # Enter activates the focused button.
    qtbot.keyClick(window.session.previous_button, Qt.Key.Key_Return)
    assert window.session.words.text() == "Make a fist."
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert engine.state is State.STOPPED
    assert window.pages.currentWidget() is window.home
    # Outside a session the keys do nothing.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert engine.state is State.STOPPED


def test_buttons_control_the_session(harness) -> None:
    page = harness.window.session
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    page.pause_button.click()
    assert harness.app.controller.state is State.PAUSED
    harness.advance(60)
    assert page.words.text() == "Close your eyes."
    page.pause_button.click()
    page.next_button.click()
    assert page.words.text() == "Make a fist."
    page.stop_button.click()
    assert harness.app.controller.state is State.STOPPED


def test_start_from_the_home_page_remembers_the_routine(harness) -> None:
    home = harness.window.home
    home.routines.setCurrentRow(3)
    home.start_button.click()
    harness.wait_running()
    assert harness.app.controller.routine.name == "Tense and release, 4 groups"
    assert harness.app.settings.routine == "four-groups"
    assert "four-groups" in harness.app.settings_store.path.read_text()


def test_no_audio_device_says_so_and_runs_on_captions(harness) -> None:
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    notice = harness.window.notice
    assert not notice.isHidden()
    assert "No sound output was found" in notice.text()
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED


def test_no_voice_engine_says_what_to_install_and_runs(make_harness) -> None:
    h = make_harness(backends=(BrokenBackend,))
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    text = h.window.notice.text()
    assert "No voice is available" in text and "espeak-ng" in text
    assert h.window.session.words.text() == "Close your eyes."
    h.advance(2.5)
    assert h.window.session.words.text() == "Make a fist."
    h.scheduler.run_until_idle()
    assert h.app.controller.state is State.FINISHED


def test_preparing_shows_progress_and_can_be_cancelled(harness, qtbot) -> None:
    controller = harness.app.controller
    # The render that finishes after the cancel must not start the cancelled session.
    with qtbot.waitSignal(harness.app.worker.finished, timeout=10_000):
        controller.start(load_routine(SHORT))
        assert controller.state is State.PREPARING
        assert harness.window.session.stop_button.text() == "Cancel"
        controller.stop()
        assert controller.state is State.STOPPED
    assert controller.state is State.STOPPED


def test_every_control_has_an_accessible_name(harness) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QListWidget,
        QProgressBar,
        QScrollBar,
    )

    window = harness.window
    for kind in (QAbstractButton, QListWidget, QProgressBar, QAbstractSlider):
        for widget in window.findChildren(kind):
            if not isinstance(widget, QScrollBar):  # part of the list, named by it
                assert widget.accessibleName(), widget


def test_the_app_quits_the_set_time_after_a_session(harness) -> None:
    from dataclasses import replace

    h = harness
    h.app.save_settings(replace(h.app.settings, quit_after_minutes=20))
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    h.scheduler.run_until_idle()
    assert h.app.controller.state is State.FINISHED
    h.later.advance(19 * 60 + 59)
    assert h.quits == []
    h.later.advance(1)
    assert len(h.quits) == 1


def test_a_new_session_before_the_quit_time_keeps_the_app_open(harness) -> None:
    from dataclasses import replace

    h = harness
    h.app.save_settings(replace(h.app.settings, quit_after_minutes=5))
    h.app.controller.start(load_routine(SHORT))
    h.wait_running()
    h.scheduler.run_until_idle()
    h.later.advance(60)
    h.app.controller.start(load_routine(SHORT))  # awake again: another session
    h.wait_running()
    h.later.advance(10 * 60)
    assert h.quits == []
    h.app.controller.stop()
    h.later.advance(10 * 60)
    assert h.quits == []  # stopped by hand, not finished in sleep: the app stays


def test_session_keys_work_whatever_has_focus_and_a_hidden_button_takes_none(
    harness, qtbot
) -> None:
    """Finish a session, go back, click Start with the mouse, press Space: it pauses."""
    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED
    window.dimmer.lift()
    window.dimmer._animation.setCurrentTime(window.dimmer._animation.duration())
    qtbot.mouseClick(window.session.back_button, Qt.MouseButton.LeftButton)
    home = window.home
    home.routines.setCurrentRow(3)
    qtbot.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    harness.wait_running()
    engine = harness.app.controller.engine
    from PySide6.QtWidgets import QApplication

    for key, expected in (
        (Qt.Key.Key_Space, State.PAUSED),
        (Qt.Key.Key_Space, State.RUNNING),
    ):
        focused = QApplication.focusWidget() or window
        assert focused.isVisible(), focused  # the focus is never left on a hidden page
        qtbot.keyClick(focused, key)
        assert harness.app.controller.engine is engine  # not started again
        assert harness.app.controller.state is expected
    # Even if something on the hidden home page still had the focus, a key is not a click.
    home.start_button.setFocus()
    qtbot.keyClick(home.start_button, Qt.Key.Key_Space)
    assert harness.app.controller.engine is engine
    assert harness.app.controller.state is State.PAUSED
    qtbot.keyClick(home.start_button, Qt.Key.Key_Escape)
    assert harness.app.controller.state is State.STOPPED


def test_quit_quits_in_one_step_and_says_first_what_it_would_stop(harness, qtbot) -> None:
    app, window = harness.app, harness.window
    asked: list[str] = []
    answer = [False]

    def confirm(question: str) -> bool:
        asked.append(question)
        return answer[0]

    harness.dialogs.on_confirm = lambda title, question: confirm(question)
    app.controller.start(load_routine(SHORT))
    harness.wait_running()
    app.request_quit()
    assert "stops the relaxation session" in asked[-1] and harness.quits == []
    answer[0] = True
    app.request_quit()
    assert len(harness.quits) == 1
    # Quitting closes for real, even where closing normally goes to the tray.
    window.close_requested_to_tray = lambda: True
    window.show()
    qtbot.waitExposed(window)
    assert window.close()  # accepted, not turned into "hide to the tray"


def test_quit_with_nothing_running_asks_nothing(harness) -> None:
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return False

    harness.dialogs.on_confirm = lambda title, question: confirm(question)
    harness.app.request_quit()
    assert asked == [] and len(harness.quits) == 1


def test_an_unwritable_voice_cache_still_speaks_and_says_so(make_harness, tmp_path, monkeypatch):
    """A file where the voice cache folder belongs (as a read-only or full disk would):
    the session starts with its voice at once, and the window says why nothing is kept."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    home = tmp_path / "h0"
    (home / "cache").mkdir(parents=True)
    (home / "cache" / "voice").write_text("")
    harness = make_harness()
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    notice = harness.window.notice
    assert not notice.isHidden()
    assert "could not be saved in" in notice.text() and "temporary folder" in notice.text()
    assert "could not be spoken" not in notice.text()  # every prompt has its voice


def test_the_time_is_shown_again_only_when_it_changes_and_is_seen(harness, qtbot) -> None:
    from dataclasses import replace

    from coach.core.formatting import bar_steps, next_change

    window = harness.window
    window.show()
    qtbot.waitExposed(window)
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    harness.advance(3.0)
    window._show_time()
    timer = window._refresh
    assert timer.isActive() and timer.isSingleShot()
    # The bar has a step for each pixel of its width (a finer one could not be seen), or
    # for every few seconds when that is coarser.
    duration = harness.app.controller.progress()[1]
    steps = bar_steps(window.session.progress.width(), duration)
    assert window.session.progress.maximum() == steps < 1000
    wait = next_change(*harness.app.controller.progress(), steps)
    assert wait is not None
    assert timer.interval() == max(250, int(wait * 1000 + 0.999) + 5)  # not a 1 s tick
    harness.app.save_settings(replace(harness.app.settings, screen_dark=True))
    assert not timer.isActive()  # nothing of the time is seen on a dark screen
    harness.app.save_settings(replace(harness.app.settings, screen_dark=False))
    assert timer.isActive()
    window.showMinimized()
    qtbot.waitUntil(lambda: not timer.isActive())
    window.showNormal()
    qtbot.waitUntil(timer.isActive)
    harness.app.controller.toggle_pause()
    assert not timer.isActive()  # paused: the time stands still
    harness.app.controller.stop()


def test_the_sessions_sound_is_assembled_off_the_event_loop(harness, monkeypatch) -> None:
    import threading

    from coach.services import session_audio

    where: list[str] = []
    real = session_audio.assemble_session_audio

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        where.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(session_audio, "assemble_session_audio", spy)
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    assert where == ["coach-assemble"]  # not the GUI thread: the window keeps answering
    harness.app.controller.stop()
