"""The app shown in another language for a test: Russian from its catalogue, or a
pseudo-language whose every text is 40 % longer (to find what would clip or overflow)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QTranslator

#: How much longer the pseudo-language makes every text.
LONGER = 0.4


class PseudoTranslator(QTranslator):
    """Every text 40 % longer, its placeholders kept: ``Start`` → ``Start ~~~``."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or context == "Dates":  # a date format is not words
            return ""
        # Words of filler ("~~~ ~~~"), so that text which wraps can still wrap.
        words = max(1, math.ceil(LONGER * len(source) / 4))
        return source + " " + " ".join(["~~~"] * words)

    def isEmpty(self) -> bool:
        return False


def show_pseudo(app: QCoreApplication) -> PseudoTranslator:
    """Install the pseudo-language (remove it with ``app.removeTranslator``)."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator
