"""A black veil that slowly darkens the window after a session, and lifts on a touch."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QObject,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate

DIM_MS = 10_000
LIFT_MS = 1_500


class DimOverlay(QWidget):
    #: A click on the dark screen: the window lifts it (and leaves full screen).
    touched = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.level = 0.0
        self._alpha = 0  # the veil's opacity as painted, 0-255
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._set_level)
        self._animation.finished.connect(self._finished)
        self.setAccessibleName(translate("DimOverlay", "Screen dimmed"))
        self.hide()
        parent.installEventFilter(self)

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def dim(self) -> None:
        """Fade to black, slowly."""
        self._run(1.0, DIM_MS)
        self._cover_parent()
        self.show()
        self.raise_()

    def lift(self) -> None:
        """Fade back in, gently (never a jump in brightness)."""
        if self.isVisible():
            self._run(0.0, LIFT_MS)

    def _run(self, target: float, ms: int) -> None:
        self._animation.stop()
        self._animation.setStartValue(self.level)
        self._animation.setEndValue(target)
        self._animation.setDuration(ms)
        self._animation.start()

    def _set_level(self, value: object) -> None:
        self.level = float(value)  # type: ignore[arg-type]
        alpha = round(255 * self.level)
        if alpha != self._alpha:
            # Painting the whole (full-screen) window again costs a frame's worth of
            # blending: only when the veil looks different (255 steps in ten seconds).
            self._alpha = alpha
            self.update()

    def _finished(self) -> None:
        if self.level <= 0.0:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._cover_parent()
        return False

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, self._alpha))
        painter.end()
