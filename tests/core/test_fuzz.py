"""Property-based tests: parsers return a result or their own error, never anything else."""

from __future__ import annotations

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.routine_format import RoutineError, dump_routine, parse_routine
from coach.core.settings import Settings, parse_settings

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)
keys = st.sampled_from(
    [
        "version",
        "name",
        "description",
        "intro",
        "closing",
        "steps",
        "say",
        "seconds",
        "area",
        "tense",
        "relax",
        "release",
        "prompts",
        "at",
        "options",
        "repeat",
        "pause_between",
        "chime",
        "voice",
        "id",
        "rate",
        "volume",
        "neck",
        "xyz",
    ]
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=25,
)
documents = st.dictionaries(keys, values, max_size=8)


def _toml(doc: dict) -> str | None:
    try:
        return tomli_w.dumps(_drop_none(doc))
    except (TypeError, ValueError):
        return None


def _drop_none(value):
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value if v is not None]
    return value


@FUZZ
@given(st.text(max_size=400))
def test_any_text_gives_a_routine_or_a_routine_error(text: str) -> None:
    try:
        parse_routine(text, "fuzz.toml")
    except RoutineError as exc:
        assert exc.problems and all(p.file == "fuzz.toml" for p in exc.problems)


@FUZZ
@given(documents)
def test_any_toml_document_gives_a_routine_or_a_routine_error(doc: dict) -> None:
    text = _toml({"version": 1, **doc})
    if text is None:
        return
    try:
        routine = parse_routine(text)
    except RoutineError as exc:
        assert exc.problems
    else:
        assert parse_routine(dump_routine(routine)) == routine


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "version",
                "rate",
                "volume",
                "voice",
                "captions",
                "background",
                "text_size",
                "chime",
                "other",
            ]
        ),
        scalars,
        max_size=6,
    )
)
def test_settings_never_fail(doc: dict) -> None:
    text = _toml(doc)
    if text is None:
        return
    settings_, problems = parse_settings(text)
    assert isinstance(settings_, Settings)
    assert isinstance(problems, list)
