"""What core says: words with places and values, put in a language only where shown."""

from __future__ import annotations

from coach.core.words import capitalised, english, said


def russian(context: str, text: str, count: int = -1) -> str:
    """A stand-in catalogue of two messages (Russian forms chosen as Qt would)."""
    if text == "has %n step(s); at most {most}":
        form = "шаг" if count % 10 == 1 and count % 100 != 11 else "шагов"
        return f"в ней %n {form}; можно не больше {{most}}".replace("%n", str(count))
    if text == "{reason}; using {default} instead":
        return "{reason}; вместо этого {default}"
    if text == "broken {place}":
        return "сломано {другое}"  # a translation whose places do not fit
    return text


def test_words_are_filled_and_said_in_english_by_default() -> None:
    words = said("FileProblem", "is {value}; it must be from {low} to {high}").using(
        value="9", low=1, high=3
    )
    assert str(words) == "is 9; it must be from 1 to 3"
    assert words.text == "is {value}; it must be from {low} to {high}"  # the catalogue's key


def test_a_count_chooses_the_english_plural_and_fills_n() -> None:
    steps = said("FileProblem", "has %n step(s); at most {most}").using(most=100)
    assert str(steps.counting(1)) == "has 1 step; at most 100"
    assert str(steps.counting(101)) == "has 101 steps; at most 100"
    assert steps.counting(21).render(russian) == "в ней 21 шаг; можно не больше 100"
    assert english("x", "%n box(es)", 2) == "2 boxes"


def test_words_inside_words_are_said_in_the_same_language() -> None:
    inner = said("FileProblem", "has %n step(s); at most {most}").counting(5).using(most=3)
    outer = said("FileProblem", "{reason}; using {default} instead").using(
        reason=inner, default="3"
    )
    assert outer.render(russian) == "в ней 5 шагов; можно не больше 3; вместо этого 3"
    assert str(outer) == "has 5 steps; at most 3; using 3 instead"


def test_a_translation_whose_places_do_not_fit_falls_back_to_english() -> None:
    assert said("X", "broken {place}").using(place="here").render(russian) == "broken here"


def test_a_capital_first_letter_keeps_the_rest_as_written() -> None:
    assert capitalised("очень плохо") == "Очень плохо"
    assert capitalised("name in the greeting of Rose") == "Name in the greeting of Rose"
    assert capitalised("") == ""


def test_words_joined_are_each_said_in_the_same_language() -> None:
    from coach.core.words import joined

    parts = [
        said("FileProblem", "{reason}; using {default} instead").using(reason="a", default="b"),
        said("X", "plain"),
    ]
    assert joined(parts, "; ").render(russian) == "a; вместо этого b; plain"
    assert str(joined(parts)) == "a; using b instead, plain"
    assert str(joined([])) == ""
