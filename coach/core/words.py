"""Text marked for translation without Qt: the catalogue tools find ``marked(context,
text)`` (``pyside6-lupdate -tr-function-alias QT_TRANSLATE_NOOP+=marked``), and the
window shows it through ``QCoreApplication.translate(context, text)``."""

from __future__ import annotations


def marked(context: str, text: str) -> str:
    """*text* itself; the mark tells the catalogue tools to collect it under *context*."""
    del context
    return text
