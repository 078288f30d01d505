"""The diary's problems and the doctor note in plain English, for the window and the
command line (core gives codes and values only)."""

from __future__ import annotations

from coach.core.diary import QUALITY, DiaryProblem

#: How each field is called where it is typed.
LABELS = {
    "in_bed": "Into bed",
    "tried": "Tried to sleep",
    "latency": "Minutes to fall asleep",
    "awakenings": "Times woken",
    "awake": "Minutes awake in the night",
    "final_wake": "Final awakening",
    "out_of_bed": "Out of bed",
    "quality": "Quality of sleep",
    "rested": "How rested",
    "naps": "Naps",
    "nap_minutes": "Minutes napping",
    "caffeine": "Caffeinated drinks",
    "caffeine_last": "Last caffeinated drink",
    "alcohol": "Alcoholic drinks",
    "alcohol_last": "Last alcoholic drink",
    "comments": "Comments",
    "area": "Body part",
    "situation": "Situation",
    "seconds": "About how long",
}

SITUATION_WORDS = {
    "falling_asleep": "while falling asleep",
    "night": "during the night",
    "awake": "while awake",
    "daytime": "in the daytime",
}


def describe(problem: DiaryProblem) -> str:
    """One sentence naming the field and what is wrong."""
    v = problem.values
    label = LABELS.get(problem.field, problem.field)
    scale = (
        f" (1 = {QUALITY[0]} … 5 = {QUALITY[-1]})" if problem.field in ("quality", "rested") else ""
    )
    low, high = v.get("low"), v.get("high")
    text = {
        "missing": f"{label}: please fill this in.",
        "not_a_time": f"{label}: “{v.get('text')}” is not a time; write it as HH:MM, e.g. 22:45.",
        "not_a_number": f"{label}: “{v.get('text')}” is not a whole number.",
        "out_of_range": f"{label}: {v.get('value')} is outside {low}–{high}{scale}.",
        "too_long": f"{label}: {v.get('length')} characters; at most {v.get('most')}.",
        "control_character": f"{label}: contains a control character; please retype it.",
        "tried_before_in_bed": (
            f"{label} ({v.get('tried')}) is before you got into bed ({v.get('in_bed')})."
        ),
        "out_of_bed_before_final_wake": (
            f"{label} ({v.get('out_of_bed')}) is before the final awakening "
            f"({v.get('final_wake')})."
        ),
        "final_wake_before_tried": (
            f"{label} ({v.get('final_wake')}) is not after the time you tried to sleep "
            f"({v.get('tried')})."
        ),
        "asleep_after_final_wake": (
            f"{label}: {v.get('latency')} minutes would be after the final awakening; there are "
            f"{v.get('available')} minutes from {v.get('tried')} to {v.get('final_wake')}."
        ),
        "more_awake_than_in_bed": (
            f"{label}: {v.get('awake')} minutes is more than the {v.get('available')} minutes "
            "between falling asleep and the final awakening."
        ),
        "awake_without_awakenings": (
            f"{label}: {v.get('awake')} minutes awake, but no time woken is given."
        ),
        "nap_minutes_without_naps": f"{label}: minutes are given, but no nap.",
        "unknown_area": f"{label}: “{v.get('text')}” is not a body part the app knows.",
        "unknown_situation": (
            f"{label}: “{v.get('text')}” is not one of: " + ", ".join(SITUATION_WORDS) + "."
        ),
    }.get(problem.code, f"{label}: {problem.code}")
    return text


#: What the history page says when the log shows one of the source's warning signs:
#: calm, never a diagnosis, no medication.
DOCTOR_NOTE_LEAD = (
    "Your log shows something worth mentioning to a doctor. Startles as you fall asleep "
    "are common and usually harmless; a doctor can tell whether these need a closer look, "
    "and the report below gives them the details."
)
DOCTOR_REASONS = {
    "most_nights": "Startles on most nights over the last two weeks.",
    "while_awake": "Startles while awake or in the daytime.",
    "growing": "More startles each week, three weeks running.",
    "uncomfortable_legs": "Uncomfortable legs before startles.",
}


def doctor_note(reasons: list[str]) -> str:
    """The note for *reasons* (codes from :func:`coach.core.diary.doctor_reasons`), or ""."""
    if not reasons:
        return ""
    return DOCTOR_NOTE_LEAD + "\n" + "\n".join(f"• {DOCTOR_REASONS[r]}" for r in reasons)
