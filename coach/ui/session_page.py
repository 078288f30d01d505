"""The calm session view: the words, where in the body, how far along, and controls."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core import body_areas
from coach.core.formatting import clock
from coach.core.session import State
from coach.core.timeline import Cue, Section

#: How long new words take to fade in (ms): no sudden brightness.
FADE_MS = 700
KEYS_HINT = "Space pause · ← → previous / next step · Esc stop"
PAUSED_HINT = "Paused — press Space to go on"


class SessionPage(QWidget):
    pause_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    stop_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_title = QLabel()
        self.section_title.setObjectName("sectionTitle")
        self.section_title.setAccessibleName("Current step")
        self.area = QLabel()
        self.area.setObjectName("sectionTitle")
        self.area.setAccessibleName("Body area")
        self.words = QLabel()
        self.words.setObjectName("words")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setAccessibleName("Spoken words")
        self.words.setMinimumHeight(160)
        self._opacity = QGraphicsOpacityEffect(self.words)
        self._opacity.setOpacity(1.0)
        self.words.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(0.15)
        self._fade.setEndValue(1.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.time_left = QLabel()
        self.time_left.setObjectName("timeLeft")
        self.time_left.setAccessibleName("Time left")

        self.hint = QLabel(KEYS_HINT)
        self.hint.setObjectName("timeLeft")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAccessibleName("Keyboard help")

        self.previous_button = QPushButton("◀ Previous")
        self.previous_button.setAccessibleName("Previous step")
        self.previous_button.setAccessibleDescription("Go back to the previous step (Left arrow).")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setAccessibleName("Pause")
        self.pause_button.setAccessibleDescription("Pause or resume the session (Space).")
        self.next_button = QPushButton("Next ▶")
        self.next_button.setAccessibleName("Next step")
        self.next_button.setAccessibleDescription("Skip to the next step (Right arrow).")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop the session")
        self.stop_button.setAccessibleDescription("End the session with a gentle fade (Escape).")
        self.back_button = QPushButton("Back to routines")
        self.back_button.setAccessibleName("Back to routines")
        self.back_button.hide()
        self._controls = (
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.stop_button,
        )
        for button in (*self._controls, self.back_button):
            # Space and the arrows belong to the session shortcuts, not to a focused button.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.stop_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.time_left)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addWidget(self.section_title)
        layout.addWidget(self.area)
        layout.addStretch(1)
        layout.addWidget(self.words)
        layout.addStretch(1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

        self.previous_button.clicked.connect(self.previous_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.back_button.clicked.connect(self.back_requested)

    def show_words(self, text: str) -> None:
        if text == self.words.text():
            return
        self.words.setText(text)
        self.words.setAccessibleName(text or "Spoken words")
        QAccessible.updateAccessibility(QAccessibleEvent(self.words, QAccessible.Event.NameChanged))
        self._fade.stop()
        self._fade.start()

    def show_cue(self, cue: Cue) -> None:
        self.show_words(cue.text)

    def show_section(self, section: Section) -> None:
        self.section_title.setText(section.title)
        self.area.setText(body_areas.label(section.area))

    def show_preparing(self, done: int, total: int) -> None:
        self.section_title.setText("Getting ready")
        self.area.setText("")
        self.show_words("Preparing the voice…")
        self.progress.setValue(round(1000 * done / total) if total else 0)
        self.time_left.setText(f"{done} of {total} prompts")

    def show_time(self, position: float, duration: float) -> None:
        self.progress.setValue(round(1000 * position / duration) if duration else 0)
        self.time_left.setText(f"{clock(duration - position)} left")

    def show_state(self, state: State) -> None:
        running = state in (State.RUNNING, State.PAUSED)
        self.pause_button.setText("Resume" if state is State.PAUSED else "Pause")
        self.pause_button.setAccessibleName("Resume" if state is State.PAUSED else "Pause")
        self.previous_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        self.next_button.setEnabled(running)
        self.stop_button.setVisible(state not in (State.FINISHED, State.STOPPED))
        self.hint.setText(PAUSED_HINT if state is State.PAUSED else KEYS_HINT)
        self.hint.setVisible(running)
        self._fade.stop()
        self._opacity.setOpacity(0.55 if state is State.PAUSED else 1.0)
        self.back_button.setVisible(state is State.FINISHED)
        if state is State.PREPARING:
            self.stop_button.setText("Cancel")
        else:
            self.stop_button.setText("Stop")
        if state is State.FINISHED:
            self.section_title.setText("Finished")
            self.area.setText("")
            self.show_words("Sleep well.")
