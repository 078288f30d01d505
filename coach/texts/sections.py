"""A session's sections named in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.core.timeline import STEP_OF, Section, SectionKind

translate = QCoreApplication.translate


def section_title(section: Section) -> str:
    """``Step 7 of 28``, ``Settling in``, ``Resting``."""
    if section.kind is SectionKind.STEP and section.count:
        return translate("Sections", STEP_OF).format(number=section.number, count=section.count)
    return translate("Sections", section.title)
