"""Control characters are refused in every text field and never reach a terminal raw."""

from __future__ import annotations

import pytest

from coach.core.checklist_format import PlanFileError, parse_plan
from coach.core.routine_format import RoutineError, parse_routine
from coach.core.settings import parse_settings

ESCAPE = "\x1b[2J\x1b]0;pwned\x07"
IN_TOML = "\\u001b[2J\\u001b]0;pwned\\u0007"  # as a file writes it (TOML escapes)
GOOD = """version = 1
name = "Evening"
[intro]
say = "Close your eyes.\\nBreathe."
seconds = 5
[[steps]]
area = "right_hand"
say = "Make a fist."
tense = 5
release = "Let go."
relax = 10
"""


def test_a_routine_with_control_characters_is_refused_with_where() -> None:
    with pytest.raises(RoutineError) as error:
        parse_routine(GOOD.replace('"Evening"', f'"Eve{IN_TOML}"'))
    assert "has a control character (U+001B) after “Eve”" in str(error.value)
    assert ESCAPE not in str(error.value)
    routine = parse_routine(GOOD)  # a line break in the words is a pause: fine
    assert routine.intro is not None and "\n" in routine.intro.say
    with pytest.raises(RoutineError, match=r"U\+000A"):
        parse_routine(GOOD.replace('"Evening"', '"Eve\\nning"'))  # not in a name


def test_settings_and_checklist_refuse_them_too() -> None:
    settings, problems = parse_settings(f'person_name = "Rose{IN_TOML}"\n')
    assert settings.person_name == "" and "control character" in str(problems[0])
    plan = '[[items]]\nid = "x"\ntitle = "Tea\\u0007"\nminutes_before = 30\n'
    with pytest.raises(PlanFileError, match="control character"):
        parse_plan(plan)
