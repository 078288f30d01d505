"""A strip that shows a whole routine at a glance: phases as blocks, cues as ticks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.timeline import SectionKind, Timeline

translate = QCoreApplication.translate

COLOURS = {
    "intro": QColor("#4a3a2c"),
    "tense": QColor("#b9733a"),
    "relax": QColor("#5f706c"),
    "closing": QColor("#4a3a2c"),
}
TICK = QColor("#e6cfae")
CURRENT = QColor("#c98a4b")


class TimelineStrip(QWidget):
    section_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.current: int | None = None
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("TimelineStrip", "Routine timeline"))
        self.setAccessibleDescription(
            translate(
                "TimelineStrip",
                "Each step as a block; tension warm, rest cool; "
                "ticks where words are said. Click a step to select it.",
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(600, 34)

    def show_timeline(self, timeline: Timeline | None, current: int | None = None) -> None:
        self.timeline = timeline
        self.current = current
        self.update()

    def blocks(self) -> list[tuple[str, float, float, int]]:
        """(kind, start, end, section) for every coloured block."""
        if self.timeline is None:
            return []
        out = []
        for section in self.timeline.sections:
            if section.kind is SectionKind.STEP:
                relax_from = section.start + (section.tense_until or 0.0)
                if section.tense_until:
                    out.append(("tense", section.start, relax_from, section.index))
                out.append(("relax", relax_from, section.end, section.index))
            else:
                out.append((section.kind.value, section.start, section.end, section.index))
        return out

    def _x(self, seconds: float) -> float:
        duration = self.timeline.duration if self.timeline else 1.0
        return 2 + (self.width() - 4) * seconds / max(duration, 1e-9)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.timeline is None:
            painter.end()
            return
        h = self.height()
        for kind, start, end, index in self.blocks():
            rect = QRectF(self._x(start), 6, max(1.0, self._x(end) - self._x(start) - 1), h - 12)
            painter.fillRect(rect, COLOURS[kind])
            if index == self.current:
                painter.setPen(QPen(CURRENT, 2))
                painter.drawRect(rect)
        painter.setPen(QPen(TICK, 1))
        for cue in self.timeline.cues:
            x = self._x(cue.at)
            painter.drawLine(int(x), 2, int(x), 10)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.timeline is None or event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        for _kind, start, end, index in self.blocks():
            if self._x(start) <= x <= self._x(end):
                self.section_clicked.emit(index)
                return
