"""Every label in the app shows plain text: names, routine words and notices come from
people and files, and Qt's rich-text guess would render them as HTML (an
``<img src='/dev/zero'>`` in a name aborted the app on every start).

One event filter on the application sets each label (message boxes' too) to plain
text when it is first polished, before it is ever shown.  The home page is painted
before that filter is installed (it costs PySide6 a tenth of a second), so its labels
are set directly (:func:`make_plain`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class PlainTextLabels(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def install(app: QApplication) -> None:
    """Install the filter once for the application's life (later calls do nothing)."""
    if app.findChild(PlainTextLabels) is None:
        app.installEventFilter(PlainTextLabels(app))


def make_plain(widget: QWidget) -> None:
    """Set every label *widget* already holds to plain text (those made before the
    filter was installed: the home page is painted before it)."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
