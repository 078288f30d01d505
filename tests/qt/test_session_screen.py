"""The session screen in the dark: body map, breathing guide, dark mode, dimming."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from coach.core import body_areas
from coach.core.body_progress import Role, region_roles, section_for_region
from coach.core.formatting import bar_value
from coach.core.routine_format import load_routine
from coach.core.session import State
from coach.core.timeline import CueKind, compile_timeline
from coach.paths import assets_dir
from coach.texts.durations import left
from coach.ui.body_map import ROLE_COLOURS, BodyMap
from coach.ui.breathing_guide import breath_scale
from coach.ui.dim_overlay import DimOverlay

SVG = assets_dir() / "body" / "body-map.svg"
ROUTINES = sorted((assets_dir() / "routines").glob("*.toml"))
SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def test_every_body_area_has_regions_on_the_map(qtbot) -> None:
    body_map = BodyMap(SVG)  # refuses an SVG that lacks a region
    qtbot.addWidget(body_map)
    for area in body_areas.AREAS.values():
        assert area.regions, area.id
        assert area.regions <= set(body_areas.REGIONS), area.id
    for side in ("right", "left"):
        assert body_areas.AREAS[f"{side}_hand"].regions >= {f"{side}_thumb", f"{side}_hand"}


@pytest.mark.parametrize("path", ROUTINES, ids=lambda p: p.stem)
def test_builtin_routines_use_only_known_areas(path: Path) -> None:
    assert all(body_areas.is_area(step.area) for step in load_routine(path).steps)


def test_map_follows_every_cue_of_a_session(harness) -> None:
    routine = load_routine(assets_dir() / "routines" / "four-groups.toml")
    timeline = compile_timeline(routine)
    harness.app.controller.start(routine)
    harness.wait_running()
    body_map = harness.window.session.body_map
    for cue in timeline.cues:
        harness.advance(cue.at - harness.app.controller.engine.position)
        assert harness.app.controller.engine.current_cue == cue
        expected = region_roles(timeline, cue.section, cue.kind)
        assert body_map.roles == expected
        section = timeline.sections[cue.section]
        if section.area is not None:
            active = body_areas.AREAS[section.area].regions
            wanted = Role.TENSE if cue.kind is CueKind.TENSE else Role.RELAX
            assert {body_map.roles[r] for r in active} == {wanted}
        # Everything relaxed in earlier steps stays softly tinted.
        for earlier in timeline.sections[: cue.section]:
            if earlier.area is not None:
                for region in body_areas.AREAS[earlier.area].regions:
                    assert body_map.roles.get(region) in (Role.DONE, Role.TENSE, Role.RELAX)
    # By the closing words every region used is tinted as done.
    assert set(body_map.roles.values()) == {Role.DONE}


def test_colours_blend_and_stop_animating(harness, qtbot) -> None:
    harness.window.show()
    body_map = harness.window.session.body_map
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    harness.advance(2.5)  # "Make a fist": the right hand glows warm
    qtbot.waitUntil(lambda: not body_map.animating, timeout=5000)
    assert body_map.colours["right_hand"] == ROLE_COLOURS[Role.TENSE]
    harness.advance(2.0)  # "Let go": it cools
    qtbot.waitUntil(lambda: not body_map.animating, timeout=5000)
    assert body_map.colours["right_hand"] == ROLE_COLOURS[Role.RELAX]
    assert body_map.colours["neck"] != ROLE_COLOURS[Role.RELAX]


def test_the_map_draws_its_colours_and_draws_again_only_when_they_change(
    qtbot, monkeypatch
) -> None:
    from PySide6.QtSvg import QSvgRenderer

    renders: list[int] = []
    original = QSvgRenderer.render

    def counted(self, *args):  # type: ignore[no-untyped-def]
        renders.append(1)
        return original(self, *args)

    monkeypatch.setattr(QSvgRenderer, "render", counted)
    body_map = BodyMap(SVG)
    qtbot.addWidget(body_map)
    body_map.resize(220, 470)

    def colour_at(region: str) -> str:
        point = body_map.region_centre(region).toPoint()
        return body_map.grab().toImage().pixelColor(point).name()

    body_map.set_roles({"right_hand": Role.TENSE}, animate=False)
    assert colour_at("right_hand") == ROLE_COLOURS[Role.TENSE].name()
    drawn = len(renders)
    body_map.grab()
    body_map.set_roles({"right_hand": Role.TENSE}, animate=False)  # the same again
    body_map.grab()
    assert len(renders) == drawn  # repainted from what was drawn, not drawn again
    body_map.set_roles({"right_hand": Role.RELAX}, animate=False)
    assert colour_at("right_hand") == ROLE_COLOURS[Role.RELAX].name()
    body_map.resize(300, 640)  # a larger figure, drawn again at its new size
    assert colour_at("left_calf") != colour_at("right_hand")
    assert colour_at("right_hand") == ROLE_COLOURS[Role.RELAX].name()


def test_clicking_a_region_while_paused_jumps_to_its_step(harness, qtbot) -> None:
    harness.window.show()
    qtbot.waitExposed(harness.window)
    routine = load_routine(assets_dir() / "routines" / "body-scan.toml")
    timeline = compile_timeline(routine)
    controller = harness.app.controller
    controller.start(routine)
    harness.wait_running()
    body_map = harness.window.session.body_map
    point = body_map.region_centre("left_calf").toPoint()
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
    assert controller.engine.current_section.index == 0  # not while running
    controller.toggle_pause()
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
    target = section_for_region(timeline, "left_calf")
    assert timeline.sections[target].area == "left_calf"
    assert controller.engine.position == pytest.approx(timeline.sections[target].start)
    assert controller.state is State.PAUSED
    assert harness.window.session.area.text() == "Left calf"
    # The bar and the time left follow at once, not only after resuming.
    page = harness.window.session
    start = timeline.sections[target].start
    assert page.progress.value() == round(page.progress.maximum() * start / timeline.duration)
    assert page.time_left.text() == left(timeline.duration - start)
    # The most specific step wins: a thumb is its own step, not the whole hand.
    assert body_map.region_at(body_map.region_centre("right_thumb")) == "right_thumb"
    assert timeline.sections[section_for_region(timeline, "right_thumb")].area == "right_thumb"
    assert body_map.region_at(QPointF(1, 1)) is None


def test_breathing_guide_follows_its_period(harness) -> None:
    page = harness.window.session
    guide = page.breathing
    harness.app.save_settings(replace(harness.app.settings, breathing=True, breaths_per_minute=5.0))
    assert guide.period_ms == 12_000
    assert breath_scale(0.0) < breath_scale(0.25) < breath_scale(0.5)
    assert breath_scale(0.5) == pytest.approx(1.0) and breath_scale(1.0) == pytest.approx(
        breath_scale(0.0)
    )
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    assert not guide.running  # the intro is not a relax phase
    harness.advance(2.5)
    assert not guide.running  # tensing: no pacing
    harness.advance(2.0)  # released: breathe with the guide
    assert guide.running
    guide._animation.setCurrentTime(3000)
    assert guide.phase() == pytest.approx(0.25)
    assert guide.scale() == pytest.approx(breath_scale(0.25))
    harness.app.controller.toggle_pause()
    assert not guide.running
    image = guide.grab().toImage()  # a still guide draws nothing
    corner = image.pixelColor(0, 0)
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre == corner
    harness.app.controller.toggle_pause()
    assert guide.running
    harness.app.controller.stop()
    assert not guide.running


def test_breathing_guide_off_by_default_and_nothing_animates_at_rest(harness, qtbot) -> None:
    page = harness.window.session
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    harness.advance(4.6)  # relaxing
    qtbot.waitUntil(
        lambda: not page.body_map.animating and not page._fade.state().value, timeout=5000
    )
    assert not page.breathing.running and page.breathing.isHidden()
    assert not harness.window.dimmer.animating


def test_dark_screen_shows_only_faint_captions(harness, qtbot) -> None:
    page = harness.window.session
    harness.window.show()
    harness.app.save_settings(replace(harness.app.settings, screen_dark=True, text_size=40))
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    assert page.words.isVisible()
    assert "#4a3b2f" in page.words.styleSheet() and "40px" in page.words.styleSheet()
    for widget in (
        page.body_map,
        page.progress,
        page.pause_button,
        page.section_title,
        page.hint,
        page.stop_button,
    ):
        assert not widget.isVisible(), widget
    harness.app.save_settings(replace(harness.app.settings, captions=False))
    assert not page.words.isVisible()
    # Keys still work in the dark, pressed on whatever has the focus.
    target = harness.window.focusWidget() or harness.window
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert harness.app.controller.state is State.PAUSED
    qtbot.keyClick(harness.window.focusWidget() or harness.window, Qt.Key.Key_Space)
    assert harness.app.controller.state is State.RUNNING
    qtbot.keyClick(harness.window.focusWidget() or harness.window, Qt.Key.Key_Escape)
    assert harness.app.controller.state is State.STOPPED


def test_after_the_closing_words_the_screen_dims_to_black(harness, qtbot) -> None:
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    dimmer = harness.window.dimmer
    assert not dimmer.isVisible()
    harness.scheduler.run_until_idle()
    assert harness.app.controller.state is State.FINISHED
    assert dimmer.isVisible() and dimmer.animating
    dimmer._animation.setCurrentTime(dimmer._animation.duration() // 2)
    assert 0.3 < dimmer.level < 0.7  # a slow, even fade: no jump
    dimmer._animation.setCurrentTime(dimmer._animation.duration())
    assert dimmer.level == pytest.approx(1.0)
    assert harness.window.isFullScreen()  # black from edge to edge, not just the window
    assert dimmer.geometry() == dimmer.parentWidget().rect()
    qtbot.keyClick(harness.window, Qt.Key.Key_Space)  # a touch lifts it, gently
    assert dimmer.animating
    assert not harness.window.isFullScreen()  # back to the window as it was
    dimmer._animation.setCurrentTime(dimmer._animation.duration())
    assert not dimmer.isVisible()
    assert harness.window.pages.currentWidget() is harness.window.session  # the key did no more
    focused = harness.window.focusWidget()
    assert focused is harness.window.session.back_button
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Back to routines has the focus
    assert harness.window.pages.currentWidget() is harness.window.home


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_veil_is_painted_again_only_when_it_looks_darker(qtbot) -> None:
    # Each paint of the veil blends the whole full-screen window: a frame that shows no
    # change (most of the slow fade's first seconds) must cost nothing.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    dimmer = DimOverlay(window)
    window.show()
    qtbot.waitExposed(window)
    dimmer.dim()
    dimmer._animation.pause()  # the test steps its frames
    qtbot.wait(50)
    counter = _PaintCounter()
    dimmer.installEventFilter(counter)
    shades = []
    for ms in range(0, 3000, 5):  # the first three seconds, a frame every 5 ms
        dimmer._animation.setCurrentTime(ms)
        shade = round(255 * dimmer.level)
        if not shades or shade != shades[-1]:
            shades.append(shade)
        QApplication.processEvents()
    dimmer.removeEventFilter(counter)
    assert len(shades) > 5  # it does darken meanwhile
    assert counter.paints == len(shades) - 1  # 600 frames, a paint for each new shade
    grabbed = window.grab().toImage()
    assert grabbed.pixelColor(200, 150).alpha() == 255  # the veil is drawn
    assert QColor(grabbed.pixelColor(200, 150)).value() < 255 - shades[-1] + 3


def test_a_click_on_the_dark_screen_brings_the_window_back(harness, qtbot) -> None:
    harness.window.show()
    harness.app.controller.start(load_routine(SHORT))
    harness.wait_running()
    harness.scheduler.run_until_idle()
    dimmer = harness.window.dimmer
    dimmer._animation.setCurrentTime(dimmer._animation.duration())
    assert harness.window.isFullScreen()
    qtbot.mouseClick(dimmer, Qt.MouseButton.LeftButton)
    assert not harness.window.isFullScreen()
    assert dimmer.animating  # lifting, gently


class _Paints(QObject):
    """Counts the paints a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_bar_moves_on_in_the_windows_next_paint_not_inside_the_call(qtbot) -> None:
    """QProgressBar.setValue repaints at once, inside whatever the window thread is
    doing (a few milliseconds under the style sheet, once for every prompt prepared):
    the session bar is painted with the rest of the window instead."""
    from coach.ui.session_page import SessionPage

    page = SessionPage(SVG)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    paints = _Paints()
    page.progress.installEventFilter(paints)
    qtbot.waitUntil(lambda: page.progress.isVisible())
    QApplication.processEvents()
    paints.count = 0
    page.show_preparing(3, 10)
    assert paints.count == 0  # not painted inside the call ...
    qtbot.waitUntil(lambda: paints.count >= 1)  # ... but in the next paint
    assert page.progress.value() == page.progress.maximum() * 3 // 10
    paints.count = 0
    page.show_time(30.0, 60.0)
    assert paints.count == 0
    qtbot.waitUntil(lambda: paints.count >= 1)
    assert page.progress.value() == bar_value(30.0, 60.0, page.progress.maximum())
