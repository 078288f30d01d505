from coach.core.pauses import split_pauses


def test_dots_ellipsis_and_line_breaks_are_pauses() -> None:
    assert split_pauses("Breathe in... and out.") == ["Breathe in.", "and out."]
    assert split_pauses("Let go…\nRest.") == ["Let go.", "Rest."]
    assert split_pauses("First line\n\nSecond line") == ["First line.", "Second line."]


def test_a_prompt_without_pauses_is_one_piece() -> None:
    assert split_pauses("Let your hands rest.") == ["Let your hands rest."]
    assert split_pauses("   ") == []
    assert split_pauses("...Begin") == ["Begin."]
