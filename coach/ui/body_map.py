"""The body map: a front-view figure whose regions show the session's progress.

The active region glows warm while tensing, then cools while relaxing; regions
already relaxed stay softly tinted.  Colour changes are short animations that
stop when done, so nothing repaints while the session rests.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.body_areas import REGIONS
from coach.core.body_progress import Role

translate = QCoreApplication.translate

BASE = QColor("#3b2d23")
ROLE_COLOURS = {
    Role.TENSE: QColor("#d9893e"),  # warm amber glow
    Role.RELAX: QColor("#7d8f8c"),  # cool, soft sage
    Role.DONE: QColor("#7b6149"),  # a soft warm tint
}
TRANSITION_MS = 1400

_FILL = re.compile(r'(<(?:path|rect|ellipse|polygon) id="([a-z_]+)")')


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class BodyMap(QWidget):
    """Draws ``assets/body/body-map.svg`` with each region coloured by its role."""

    region_clicked = Signal(str)

    def __init__(self, svg_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = svg_path.read_text(encoding="utf-8")
        self._renderer = QSvgRenderer(self)
        self._renderer.load(self._template.encode())
        missing = [r for r in REGIONS if not self._renderer.elementExists(r)]
        if missing:
            raise ValueError(f"{svg_path} has no shape for: {', '.join(missing)}")
        self.roles: dict[str, Role] = {}
        self._from: dict[str, QColor] = {}
        self._to: dict[str, QColor] = {}
        self.colours: dict[str, QColor] = {}
        # The figure as last drawn (drawn again only when a colour or the size changes:
        # a repaint of the page around it, e.g. the bar, is then a copy).
        self._drawn: QPixmap | None = None
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(TRANSITION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._blend)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 240)
        self.setAccessibleName(translate("BodyMap", "Body map"))
        self.setAccessibleDescription(
            translate("BodyMap", "Shows which part of the body is relaxing now.")
        )

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def sizeHint(self) -> QSize:
        return QSize(220, 470)

    def set_roles(self, roles: dict[str, Role], animate: bool = True) -> None:
        """Show *roles*; changed regions blend to their new colour."""
        self.roles = dict(roles)
        target = {r: ROLE_COLOURS.get(roles[r], BASE) if r in roles else BASE for r in REGIONS}
        if target == self._to and not self.animating:
            return  # already shown: nothing to draw again
        self._from = {r: self.colours.get(r, BASE) for r in REGIONS}
        self._to = target
        self._animation.stop()
        if animate and self.isVisible():
            self._animation.start()
        else:
            self._blend(1.0)

    def _blend(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        self.colours = {r: _mix(self._from[r], self._to[r], t) for r in REGIONS}
        svg = _FILL.sub(self._with_fill, self._template)
        self._renderer.load(svg.encode())
        self._drawn = None
        self.update()

    def _with_fill(self, match: re.Match[str]) -> str:
        colour = self.colours.get(match.group(2))
        if colour is None:
            return match.group(1)
        return f'{match.group(1)} fill="{colour.name()}"'

    def _figure_rect(self) -> QRectF:
        view = self._renderer.viewBoxF()
        scale = min(self.width() / view.width(), self.height() / view.height())
        w, h = view.width() * scale, view.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        drawn = self._drawn
        size = self.size() * ratio
        if drawn is None or drawn.size() != size or drawn.devicePixelRatioF() != ratio:
            drawn = QPixmap(size)
            drawn.setDevicePixelRatio(ratio)
            drawn.fill(Qt.GlobalColor.transparent)
            figure = QPainter(drawn)
            figure.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(figure, self._figure_rect())
            figure.end()
            self._drawn = drawn
        painter = QPainter(self)
        painter.drawPixmap(0, 0, drawn)
        painter.end()

    def region_at(self, point: QPointF) -> str | None:
        """The smallest region whose outline box holds *point* (widget coordinates)."""
        rect = self._figure_rect()
        view = self._renderer.viewBoxF()
        x = view.x() + (point.x() - rect.x()) * view.width() / rect.width()
        y = view.y() + (point.y() - rect.y()) * view.height() / rect.height()
        hits = []
        for region in REGIONS:
            bounds = self._renderer.boundsOnElement(region)
            if bounds.contains(QPointF(x, y)):
                hits.append((bounds.width() * bounds.height(), region))
        return min(hits)[1] if hits else None

    def region_centre(self, region: str) -> QPointF:
        """Where *region* is drawn, in widget coordinates (for tests and tooltips)."""
        rect = self._figure_rect()
        view = self._renderer.viewBoxF()
        c = self._renderer.boundsOnElement(region).center()
        return QPointF(
            rect.x() + (c.x() - view.x()) * rect.width() / view.width(),
            rect.y() + (c.y() - view.y()) * rect.height() / view.height(),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            region = self.region_at(event.position())
            if region is not None:
                self.region_clicked.emit(region)
        super().mousePressEvent(event)
