"""A row of buttons that wraps onto the next line when the window is too narrow for it
(Qt's Flow Layout example): longer words in another language or at a larger text size
never make a window wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

#: The space between two buttons (px): the layout spacing of Qt's own styles.  Not asked
#: of the style: the first call makes PySide6 build its QStyle classes (~10 ms at start).
DEFAULT_GAP = 6


class FlowLayout(QLayout):
    """Items left to right, wrapping; an item added with :meth:`add_right` goes to the end
    of the last line (the row's main button)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()
        self._spacing = spacing
        #: The width it was last laid out at (its lines, and so its height, follow it).
        self._width = 0
        # Heights for widths asked since the items last changed: Qt asks the same ones
        # again and again in one layout pass (200 times when the session page shows).
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def invalidate(self) -> None:
        """An item changed (its size, shown or hidden): the heights are asked anew."""
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def add_right(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._right.add(id(self._items[-1]))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._right.discard(id(item))
            self._heights.clear()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)
        if rect.width() != self._width:
            # Another width, other lines: the layouts above ask the height again (their
            # own minimum heights do not ask a layout's height for its width).
            self._width = rect.width()
            self.invalidate()
            # The window's minimum size follows, once this layout pass is over.
            QTimer.singleShot(0, self, self._refresh_window)  # (not after it is gone)

    def _refresh_window(self) -> None:
        widget = self.parentWidget()
        while widget is not None:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                if widget.isWindow():
                    layout.activate()
            if widget.isWindow():
                break
            widget = widget.parentWidget()

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gap() * max(
            0, len(self._visible()) - 1
        )
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """As wide as its widest item; as tall as its lines at the width it has."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        parent = self.parentWidget()
        if self._width > 0 and parent is not None and parent.isVisible():
            # (Not before it shows: a window is laid out at a guessed width first.)
            size.setHeight(max(size.height(), self.heightForWidth(self._width)))
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        return self._spacing if self._spacing >= 0 else DEFAULT_GAP

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in *rect* (when *move*); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            if move:
                left = [i for i in line if id(i) not in self._right]
                right = [i for i in line if id(i) in self._right]
                x = area.x()
                for item in left:
                    item.setGeometry(QRect(QPoint(x, y), QSize(item.sizeHint().width(), height)))
                    x += item.sizeHint().width() + gap
                x = area.right() + 1
                for item in reversed(right):
                    x -= item.sizeHint().width()
                    item.setGeometry(QRect(QPoint(x, y), QSize(item.sizeHint().width(), height)))
                    x -= gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if lines[0] else 0
