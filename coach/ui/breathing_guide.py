"""A slow breathing pacer: a soft shape that grows (breathe in) and shrinks (out)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

translate = QCoreApplication.translate

SMALLEST = 0.35  # the shape's size at the end of a breath out, relative to the widget


def breath_scale(phase: float) -> float:
    """Size at *phase* (0..1 through one breath): smallest at 0, largest at 0.5."""
    return SMALLEST + (1 - SMALLEST) * (1 - math.cos(2 * math.pi * phase)) / 2


class BreathingGuide(QWidget):
    """Animates only while running; no text needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setLoopCount(-1)
        self._animation.valueChanged.connect(lambda _value: self.update())
        self.set_breaths_per_minute(6.0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(80, 80)
        self.setAccessibleName(translate("BreathingGuide", "Breathing guide"))
        self.setAccessibleDescription(
            translate("BreathingGuide", "Breathe in as the circle grows and out as it shrinks.")
        )

    def sizeHint(self) -> QSize:
        return QSize(140, 140)

    @property
    def period_ms(self) -> int:
        return self._animation.duration()

    def set_breaths_per_minute(self, rate: float) -> None:
        self._animation.setDuration(round(60_000 / rate))

    @property
    def running(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def start(self) -> None:
        if not self.running:
            self._animation.start()

    def stop(self) -> None:
        self._animation.stop()
        self.update()

    def phase(self) -> float:
        return self._animation.currentTime() / max(1, self._animation.duration())

    def scale(self) -> float:
        return breath_scale(self.phase())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.running:
            return  # nothing to follow while tensing or paused
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side / 2 * self.scale()
        centre = QPointF(self.width() / 2, self.height() / 2)
        gradient = QRadialGradient(centre, max(1.0, radius))
        gradient.setColorAt(0.0, QColor(201, 138, 75, 110))
        gradient.setColorAt(1.0, QColor(201, 138, 75, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
