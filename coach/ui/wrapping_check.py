"""A check box whose words wrap onto more lines when the window is narrow (Qt's own
check box keeps its text on one line, so a long label in another language or at a large
text size would make the window wider than the screen)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

#: Below this many characters' width the words wrap rather than the box growing wider.
WRAP_AT_CHARACTERS = 40
#: It may be squeezed to about this many characters a line, not fewer.
MINIMUM_CHARACTERS = 24


class WrappingCheckBox(QCheckBox):
    """A :class:`QCheckBox` (text, ticks, keys and screen readers as usual) drawn with its
    text wrapped to the width it is given."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _indicator(self) -> tuple[int, int]:
        style = self.style()
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return width, gap

    def _text_rect(self, width: int) -> QRect:
        box, gap = self._indicator()
        room = max(1, width - box - gap - 4)
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
        return self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), flags, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(box, self._text_rect(width).height()) + 4

    def sizeHint(self) -> QSize:
        full = super().sizeHint()
        most = self.fontMetrics().averageCharWidth() * WRAP_AT_CHARACTERS
        width = min(full.width(), most)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough to wrap (about 24 characters), never narrower than its widest word."""
        box, gap = self._indicator()
        words = self.text().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        least = self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS
        width = min(self.sizeHint().width(), max(least, box + gap + widest + 4))
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box, gap = self._indicator()
        text = option.text
        option.text = ""
        height = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        option.rect = QRect(0, 2, box, height)
        self.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter, self
        )
        area = QRect(box + gap, 0, max(1, self.width() - box - gap), self.height())
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.style().drawItemText(
            painter, area, flags, self.palette(), self.isEnabled(), text, self.foregroundRole()
        )
        if self.hasFocus():
            focus = QStyleOptionButton(option)
            focus.rect = area.adjusted(-1, 0, 1, 0)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self
            )
        painter.end()
