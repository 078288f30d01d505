"""What core says (:class:`~coach.core.words.Said`) and the problems it finds in files, in
words of the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.core.problems import FileProblemsError, Problem, field_words
from coach.core.words import Said, capitalised, english


def reader(context: str, text: str, count: int = -1) -> str:
    """*text* in the window's language (Qt's catalogue), ``%n`` filled by *count*; a text
    the catalogue lacks is English, its plural ``(s)`` settled as English does."""
    if count < 0:
        return QCoreApplication.translate(context, text)
    said = QCoreApplication.translate(context, text, None, count)
    return english(context, text, count) if said == text.replace("%n", str(count)) else said


def in_words(words: Said) -> str:
    """*words* in the window's language."""
    return words.render(reader)


def field_in_words(field: str) -> str:
    """A dotted field path as the person reads it, e.g. ``Шаг 9 › время``."""
    parts = field_words(field)
    first = in_words(parts[0])
    if parts[0].text != "{key}":  # a key the app does not know stays as the file has it
        first = capitalised(first)
    return " › ".join([first, *(in_words(part) for part in parts[1:])])


def problem_in_words(problem: Problem, *, where: bool = True, keys: bool = False) -> str:
    """*problem* in the window's language: the file and line (unless not *where*), the
    field (in words, or as the file's keys say it if *keys*), and what is wrong."""
    message = in_words(problem.said)
    if problem.field:
        field = problem.field if keys else field_in_words(problem.field)
        message = f"{field}: {message}"
    if not where:
        return message
    place = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    return f"{place}: {message}"


def problems_in_words(error: FileProblemsError, *, keys: bool = False) -> str:
    """Every problem of *error*, one a line, in the window's language."""
    return "\n".join(problem_in_words(p, keys=keys) for p in error.problems)


def error_in_words(error: BaseException, *, keys: bool = False) -> str:
    """An error for the person: the problems a file has, or what a lookup did not find, in
    the window's language (any other error as it says itself)."""
    if isinstance(error, FileProblemsError):
        return problems_in_words(error, keys=keys)
    words = getattr(error, "said", None)
    if isinstance(words, Said):
        return in_words(words)
    return str(error)
