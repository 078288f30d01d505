"""A session's sections named in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from coach.core.routine_edit import Overrun
from coach.core.timeline import STEP_OF, Section, SectionKind
from coach.texts.areas import area_label

translate = QCoreApplication.translate


def section_title(section: Section) -> str:
    """``Step 7 of 28``, ``Settling in``, ``Resting``."""
    if section.kind is SectionKind.STEP and section.count:
        return translate("Sections", STEP_OF).format(number=section.number, count=section.count)
    return translate("Sections", section.title)


def overrun_in_words(overrun: Overrun) -> str:
    """``Step 1 of 2 (Right hand): “Make a fist.” is still being said 2.5 s after …``."""
    title = section_title(overrun.part)
    if overrun.part.area:
        title += f" ({area_label(overrun.part.area)})"
    return translate(
        "Sections", "{title}: “{words}” is still being said {seconds} s after the next cue is due"
    ).format(
        title=title,
        words=overrun.short_text,
        seconds=QLocale().toString(overrun.seconds, "f", 1),
    )
