"""The calm session view: the words, where in the body, how far along, and controls."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.body_progress import Role
from coach.core.formatting import BAR_STEPS, bar_steps, bar_value
from coach.core.session import State
from coach.core.timeline import Cue, CueKind, Section
from coach.core.words import marked
from coach.texts.areas import area_label
from coach.texts.durations import left
from coach.texts.sections import section_title
from coach.ui import theme
from coach.ui.body_map import BodyMap
from coach.ui.breathing_guide import BreathingGuide
from coach.ui.flow_layout import FlowLayout
from coach.ui.quiet_progress import QuietProgressBar

translate = QCoreApplication.translate

#: How long new words take to fade in (ms): no sudden brightness.
FADE_MS = 700
KEYS_HINT = marked(
    "SessionPage", "Space pause · ← → previous / next step · S I startled · Esc stop"
)
PAUSED_HINT = marked(
    "SessionPage", "Paused — press Space to go on, or click the figure to go to a part of the body"
)
#: Caption colour on the black "screen dark" page: just readable in a dark room.
FAINT_TEXT = "#4a3b2f"
BREATHING_KINDS = (CueKind.RELEASE, CueKind.RELAX, CueKind.CLOSING)


@dataclass(frozen=True)
class Display:
    """How the session screen looks (from the settings)."""

    captions: bool = True
    screen_dark: bool = False
    text_size: int = 30
    body_map: bool = True
    breathing: bool = False
    breaths_per_minute: float = 6.0


class SessionPage(QWidget):
    pause_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    stop_requested = Signal()
    back_requested = Signal()
    startle_requested = Signal()
    #: The display options changed (the window then knows whether the time is seen).
    display_changed = Signal()

    def __init__(self, body_svg: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = Display()
        self.state = State.IDLE
        self._cue_kind: CueKind | None = None
        self.section_title = QLabel()
        self.section_title.setObjectName("sectionTitle")
        self.section_title.setAccessibleName(translate("SessionPage", "Current step"))
        self.area = QLabel()
        self.area.setObjectName("sectionTitle")
        self.area.setAccessibleName(translate("SessionPage", "Body area"))
        self.words = QLabel()
        self.words.setObjectName("words")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setAccessibleName(translate("SessionPage", "Spoken words"))
        self.words.setMinimumHeight(120)
        self._opacity = QGraphicsOpacityEffect(self.words)
        self._opacity.setOpacity(1.0)
        self.words.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(0.15)
        self._fade.setEndValue(1.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.body_map = BodyMap(body_svg)
        self.breathing = BreathingGuide()

        self.progress = QuietProgressBar()
        self.progress.setRange(0, BAR_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("SessionPage", "Session progress"))
        self.time_left = QLabel()
        self.time_left.setObjectName("timeLeft")
        self.time_left.setAccessibleName(translate("SessionPage", "Time left"))
        self.hint = QLabel(translate("SessionPage", KEYS_HINT))
        self.hint.setObjectName("timeLeft")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("SessionPage", "Keyboard help"))

        self.previous_button = QPushButton(translate("SessionPage", "◀ Previous"))
        self.previous_button.setAccessibleName(translate("SessionPage", "Previous step"))
        self.previous_button.setAccessibleDescription(
            translate("SessionPage", "Go back to the previous step (Left arrow).")
        )
        self.pause_button = QPushButton(translate("SessionPage", "Pause"))
        self.pause_button.setAccessibleName(translate("SessionPage", "Pause"))
        self.pause_button.setAccessibleDescription(
            translate("SessionPage", "Pause or resume the session (Space).")
        )
        self.next_button = QPushButton(translate("SessionPage", "Next ▶"))
        self.next_button.setAccessibleName(translate("SessionPage", "Next step"))
        self.next_button.setAccessibleDescription(
            translate("SessionPage", "Skip to the next step (Right arrow).")
        )
        self.stop_button = QPushButton(translate("SessionPage", "Stop"))
        self.stop_button.setAccessibleName(translate("SessionPage", "Stop the session"))
        self.stop_button.setAccessibleDescription(
            translate("SessionPage", "End the session with a gentle fade (Escape).")
        )
        self.startle_button = QPushButton(translate("SessionPage", "I startled"))
        self.startle_button.setAccessibleName(translate("SessionPage", "I startled"))
        self.startle_button.setAccessibleDescription(
            translate("SessionPage", "Note a startle for the diary; the session goes on (S).")
        )
        self.back_button = QPushButton(translate("SessionPage", "Back to routines"))
        self.back_button.setAccessibleName(translate("SessionPage", "Back to routines"))
        self.back_button.hide()
        self._controls = (
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.stop_button,
        )
        for button in (*self._controls, self.back_button, self.startle_button):
            # Space and the arrows belong to the session keys, not to a focused button.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        buttons = FlowLayout()  # wraps when the words are long: the window fits 1280×800
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.add_right(self.startle_button)
        buttons.add_right(self.back_button)
        buttons.add_right(self.stop_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.time_left)

        text_column = QVBoxLayout()
        text_column.addWidget(self.section_title)
        text_column.addWidget(self.area)
        text_column.addStretch(1)
        text_column.addWidget(self.words)
        text_column.addSpacing(12)
        text_column.addWidget(self.breathing, 0, Qt.AlignmentFlag.AlignHCenter)
        text_column.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(text_column, 3)
        middle.addWidget(self.body_map, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._chrome = (
            self.section_title,
            self.area,
            self.progress,
            self.time_left,
            self.hint,
            *self._controls,
            self.startle_button,
        )

        self.previous_button.clicked.connect(self.previous_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.back_button.clicked.connect(self.back_requested)
        #: The background playing on after the session, in words ("" when it is not).
        self._night = ""
        self.startle_button.clicked.connect(self.startle_requested)
        self.apply_display(self.display)

    # -- display options ---------------------------------------------------------
    def apply_display(self, display: Display) -> None:
        self.display = display
        dark = display.screen_dark
        colour = FAINT_TEXT if dark else theme.TEXT
        background = "#000000" if dark else theme.BACKGROUND
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"SessionPage {{ background: {background}; }}")
        self.words.setStyleSheet(
            f"background: transparent; color: {colour}; font-size: {display.text_size}px;"
        )
        self.words.setVisible(display.captions)
        self.body_map.setVisible(display.body_map and not dark)
        self.breathing.set_breaths_per_minute(display.breaths_per_minute)
        self._show_chrome()
        self._update_breathing()
        self.display_changed.emit()

    @property
    def night_shown(self) -> bool:
        """Whether the page says the background plays on after the session."""
        return self.state is State.FINISHED and bool(self._night)

    def show_night(self, text: str) -> None:
        """The background playing on after the session, in words (empty: it has ended)."""
        self._night = text
        if self.state is State.FINISHED:
            self.area.setText(text)
        night = bool(text)
        self.stop_button.setText(
            translate("SessionPage", "Stop the background")
            if night
            else translate("SessionPage", "Stop")
        )
        self.stop_button.setAccessibleName(
            translate("SessionPage", "Stop the background")
            if night
            else translate("SessionPage", "Stop the session")
        )
        self._show_chrome()

    def _show_chrome(self) -> None:
        dark = self.display.screen_dark
        running = self.state in (State.RUNNING, State.PAUSED)
        for widget in self._chrome:
            widget.setVisible(not dark)
        self.hint.setVisible(running and not dark)
        night = self.night_shown
        self.stop_button.setVisible(
            not dark and (night or self.state not in (State.FINISHED, State.STOPPED))
        )
        self.back_button.setVisible(self.state is State.FINISHED)

    def _update_breathing(self) -> None:
        wanted = (
            self.display.breathing
            and self.state is State.RUNNING
            and self._cue_kind in BREATHING_KINDS
        )
        self.breathing.setVisible(
            self.display.breathing and self.state in (State.RUNNING, State.PAUSED)
        )
        if wanted:
            self.breathing.start()
        else:
            self.breathing.stop()

    # -- what the session shows --------------------------------------------------
    def show_words(self, text: str) -> None:
        if text == self.words.text():
            return
        self.words.setText(text)
        self.words.setAccessibleName(text or translate("SessionPage", "Spoken words"))
        QAccessible.updateAccessibility(QAccessibleEvent(self.words, QAccessible.Event.NameChanged))
        if text:  # a screen reader says the new words without taking the focus
            announcement = QAccessibleAnnouncementEvent(self.words, text)
            announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(announcement)
        self._fade.stop()
        self._fade.start()

    def show_cue(self, cue: Cue) -> None:
        self._cue_kind = cue.kind
        self.show_words(cue.text)
        self._update_breathing()

    def show_section(self, section: Section) -> None:
        self.section_title.setText(section_title(section))
        self.area.setText(area_label(section.area))

    def show_body(self, roles: dict[str, Role]) -> None:
        self.body_map.set_roles(roles)

    def show_preparing(self, done: int, total: int) -> None:
        self.section_title.setText(translate("SessionPage", "Getting ready"))
        self.area.setText("")
        self.show_words(translate("SessionPage", "Preparing the voice…"))
        self.progress.show_steps(BAR_STEPS)
        self.progress.show_value(round(BAR_STEPS * done / total) if total else 0)
        self.time_left.setText(
            translate("SessionPage", "{done} of %n prompt(s)", None, total).format(done=done)
        )
        self.body_map.set_roles({}, animate=False)

    def bar_steps(self, duration: float) -> int:
        """How many steps the bar shows for a session of *duration* seconds."""
        return bar_steps(self.progress.width(), duration)

    def show_time(self, position: float, duration: float) -> None:
        """The bar and the minutes left (each repainted only when it changes)."""
        steps = self.bar_steps(duration)
        self.progress.show_steps(steps)
        self.progress.show_value(bar_value(position, duration, steps))
        words = left(duration - position)
        if words != self.time_left.text():  # once a minute: no new layout in between
            self.time_left.setText(words)

    def show_state(self, state: State) -> None:
        self.state = state
        running = state in (State.RUNNING, State.PAUSED)
        self.pause_button.setText(
            translate("SessionPage", "Resume")
            if state is State.PAUSED
            else translate("SessionPage", "Pause")
        )
        self.pause_button.setAccessibleName(
            translate("SessionPage", "Resume")
            if state is State.PAUSED
            else translate("SessionPage", "Pause")
        )
        self.previous_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        self.next_button.setEnabled(running)
        self.hint.setText(
            translate("SessionPage", PAUSED_HINT if state is State.PAUSED else KEYS_HINT)
        )
        self.stop_button.setText(
            translate("SessionPage", "Cancel")
            if state is State.PREPARING
            else translate("SessionPage", "Stop")
        )
        self._fade.stop()
        self._opacity.setOpacity(0.55 if state is State.PAUSED else 1.0)
        if state is State.FINISHED:
            self.section_title.setText(translate("SessionPage", "Finished"))
            self.area.setText("")
            self.show_words(translate("SessionPage", "Sleep well."))
        self._show_chrome()
        self._update_breathing()
