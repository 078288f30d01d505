"""The diary's problems and the doctor note in words, for the window, the command line and
the report (core gives codes and values only).

Every text is marked for the catalogue (context ``DiaryText``); *say* turns a marked text
into the reader's language — ``QCoreApplication.translate`` in the window and the command
line (``coach.texts.diary``), the English itself by default.
"""

from __future__ import annotations

from collections.abc import Callable

from coach.core.diary import QUALITY, DiaryProblem
from coach.core.words import Said, marked

#: Turns (context, marked text) into the reader's words.
Say = Callable[[str, str], str]
CONTEXT = "DiaryText"


def english(context: str, text: str) -> str:
    del context
    return text


#: How each field is called where it is typed.
LABELS = {
    "in_bed": marked("DiaryText", "Into bed"),
    "tried": marked("DiaryText", "Tried to sleep"),
    "latency": marked("DiaryText", "Minutes to fall asleep"),
    "awakenings": marked("DiaryText", "Times woken"),
    "awake": marked("DiaryText", "Minutes awake in the night"),
    "final_wake": marked("DiaryText", "Final awakening"),
    "out_of_bed": marked("DiaryText", "Out of bed"),
    "quality": marked("DiaryText", "Quality of sleep"),
    "rested": marked("DiaryText", "How rested"),
    "naps": marked("DiaryText", "Naps"),
    "nap_minutes": marked("DiaryText", "Minutes napping"),
    "caffeine": marked("DiaryText", "Caffeinated drinks"),
    "caffeine_last": marked("DiaryText", "Last caffeinated drink"),
    "alcohol": marked("DiaryText", "Alcoholic drinks"),
    "alcohol_last": marked("DiaryText", "Last alcoholic drink"),
    "comments": marked("DiaryText", "Comments"),
    "area": marked("DiaryText", "Body part"),
    "situation": marked("DiaryText", "Situation"),
    "seconds": marked("DiaryText", "About how long"),
}

SITUATION_WORDS = {
    "falling_asleep": marked("DiaryText", "while falling asleep"),
    "night": marked("DiaryText", "during the night"),
    "awake": marked("DiaryText", "while awake"),
    "daytime": marked("DiaryText", "in the daytime"),
}

#: Each problem's sentence; ``{label}`` is the field's name, the rest the problem's values.
PROBLEMS = {
    "missing": marked("DiaryText", "{label}: please fill this in."),
    "not_a_time": marked(
        "DiaryText", "{label}: “{text}” is not a time; write it as HH:MM, e.g. 22:45."
    ),
    "not_a_number": marked("DiaryText", "{label}: “{text}” is not a whole number."),
    "out_of_range": marked("DiaryText", "{label}: {value} is outside {low}–{high}."),
    "out_of_range_scale": marked(
        "DiaryText", "{label}: {value} is outside {low}–{high} (1 = {worst} … 5 = {best})."
    ),
    "too_long": marked("DiaryText", "{label}: {length} characters; at most {most}."),
    "control_character": marked(
        "DiaryText", "{label}: contains a control character; please retype it."
    ),
    "tried_before_in_bed": marked(
        "DiaryText", "{label} ({tried}) is before you got into bed ({in_bed})."
    ),
    "out_of_bed_before_final_wake": marked(
        "DiaryText", "{label} ({out_of_bed}) is before the final awakening ({final_wake})."
    ),
    "final_wake_before_tried": marked(
        "DiaryText", "{label} ({final_wake}) is not after the time you tried to sleep ({tried})."
    ),
    "asleep_after_final_wake": marked(
        "DiaryText",
        "{label}: {latency} minutes would be after the final awakening; there are "
        "{available} minutes from {tried} to {final_wake}.",
    ),
    "more_awake_than_in_bed": marked(
        "DiaryText",
        "{label}: {awake} minutes is more than the {available} minutes between falling "
        "asleep and the final awakening.",
    ),
    "awake_without_awakenings": marked(
        "DiaryText", "{label}: {awake} minutes awake, but no time woken is given."
    ),
    "nap_minutes_without_naps": marked("DiaryText", "{label}: minutes are given, but no nap."),
    "unknown_area": marked("DiaryText", "{label}: “{text}” is not a body part the app knows."),
    "unknown_situation": marked("DiaryText", "{label}: “{text}” is not one of: {known}."),
}
QUALITY_WORDS = {
    QUALITY[0]: marked("DiaryText", "very poor"),
    QUALITY[-1]: marked("DiaryText", "very good"),
}


def problem_words(problem: DiaryProblem) -> Said:
    """One sentence naming the field and what is wrong, as words to say in a language."""
    label: str | Said = (
        Said(CONTEXT, LABELS[problem.field]) if problem.field in LABELS else problem.field
    )
    code = problem.code
    if code == "out_of_range" and problem.field in ("quality", "rested"):
        code = "out_of_range_scale"
    template = PROBLEMS.get(code)
    if template is None:
        return Said(CONTEXT, "{label}: {code}").using(label=label, code=problem.code)
    values: dict[str, str | int | float | Said] = {
        str(k): v if isinstance(v, str | int | float) else str(v) for k, v in problem.values.items()
    }
    values.update(
        label=label,
        worst=Said(CONTEXT, QUALITY_WORDS[QUALITY[0]]),
        best=Said(CONTEXT, QUALITY_WORDS[QUALITY[-1]]),
        known=", ".join(SITUATION_WORDS),
    )
    return Said(CONTEXT, template).using(**values)


def describe(problem: DiaryProblem, say: Say = english) -> str:
    """One sentence naming the field and what is wrong."""
    return problem_words(problem).render(lambda context, text, count: say(context, text))


def situation_words(say: Say = english) -> dict[str, str]:
    return {code: say(CONTEXT, words) for code, words in SITUATION_WORDS.items()}


#: What the history page says when the log shows one of the source's warning signs:
#: calm, never a diagnosis, no medication.
DOCTOR_NOTE_LEAD = marked(
    "DiaryText",
    "Your log shows something worth mentioning to a doctor. Startles as you fall asleep "
    "are common and usually harmless; a doctor can tell whether these need a closer look, "
    "and the report below gives them the details.",
)
DOCTOR_REASONS = {
    "most_nights": marked("DiaryText", "Startles on most nights over the last two weeks."),
    "while_awake": marked("DiaryText", "Startles while awake or in the daytime."),
    "growing": marked("DiaryText", "More startles each week, three weeks running."),
    "uncomfortable_legs": marked("DiaryText", "Uncomfortable legs before startles."),
}


def doctor_note(reasons: list[str], say: Say = english) -> str:
    """The note for *reasons* (codes from :func:`coach.core.diary.doctor_reasons`), or ""."""
    if not reasons:
        return ""
    lines = [f"• {say(CONTEXT, DOCTOR_REASONS[r])}" for r in reasons]
    return say(CONTEXT, DOCTOR_NOTE_LEAD) + "\n" + "\n".join(lines)
