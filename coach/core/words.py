"""Text marked for translation without Qt.

The catalogue tools find ``marked(context, text)`` and ``said(context, text)``
(``pyside6-lupdate -tr-function-alias QT_TRANSLATE_NOOP+=marked,QT_TRANSLATE_NOOP+=said``);
the window and the command line show them through ``QCoreApplication.translate``.
Core says what it found as :class:`Said` — the English words with ``{name}`` places and
their values — and never builds a sentence: whoever shows it puts it in the reader's
language (``coach/texts/said.py``); ``str()`` gives the English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from string import Formatter

_PLURAL = re.compile(r"\((s|es)\)")

#: Turns (context, English text, count) into the reader's language, the count (-1: none)
#: choosing the plural form and filling ``%n``; :func:`english` keeps the English.
Say = Callable[[str, str, int], str]


def marked(context: str, text: str) -> str:
    """*text* itself; the mark tells the catalogue tools to collect it under *context*."""
    del context
    return text


def capitalised(words: str) -> str:
    """*words* with a capital first letter, the rest as written (``str.capitalize`` would
    lower the rest, names and all)."""
    return words[:1].upper() + words[1:]


def english(context: str, text: str, count: int = -1) -> str:
    """The English *text* (a :data:`Say` for logs, tests and a window without a catalogue),
    its ``%n`` filled and a plural ``(s)`` kept or dropped as *count* needs."""
    del context
    if count < 0:
        return text
    return _PLURAL.sub("" if count == 1 else r"\1", text).replace("%n", str(count))


@dataclass(frozen=True)
class Said:
    """Words with ``{name}`` places and the values that fill them, not yet in a language."""

    context: str
    text: str
    values: tuple[tuple[str, str | int | float | Said], ...] = ()
    #: The number that chooses the plural form and fills ``%n`` (-1: none).
    count: int = -1

    def using(self, **values: str | int | float | Said) -> Said:
        """These words with *values* for their places."""
        return Said(self.context, self.text, tuple(values.items()), self.count)

    def counting(self, count: int) -> Said:
        """These words with *count* for ``%n`` (and the plural form it needs)."""
        return Said(self.context, self.text, self.values, count)

    def render(self, say: Say = english) -> str:
        """The words in the language *say* gives (English if its wording does not fit)."""
        values = {
            name: value.render(say) if isinstance(value, Said) else value
            for name, value in self.values
        }
        words = say(self.context, self.text, self.count)
        try:
            if _places(words) <= set(values):
                return words.format_map(values)
        except (KeyError, IndexError, ValueError):
            pass  # a translation whose places do not fit the English: say it in English
        try:
            return english(self.context, self.text, self.count).format_map(_Values(values))
        except (IndexError, ValueError):
            return self.text

    def __str__(self) -> str:
        return self.render()


def _places(text: str) -> set[str]:
    """The names of the ``{places}`` in *text*."""
    return {name for _literal, name, _spec, _conv in Formatter().parse(text) if name is not None}


class _Values(dict[str, object]):
    """A Said's values; a place it has no value for reads as empty (never an error)."""

    def __missing__(self, key: str) -> str:
        return ""


def joined(parts: list[Said], separator: str = ", ") -> Said:
    """*parts* one after the other, each said in the reader's language."""
    text = separator.join(f"{{part{i}}}" for i in range(len(parts)))
    return Said("", text).using(**{f"part{i}": part for i, part in enumerate(parts)})


def said(context: str, text: str) -> Said:
    """*text* under *context*, to be shown in the reader's language (add values with
    :meth:`Said.using`; the catalogue tools collect it as they do ``marked``)."""
    return Said(context, text)
