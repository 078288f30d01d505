from __future__ import annotations

from pathlib import Path

import pytest

from coach.core import body_areas
from coach.core.routine_format import (
    FORMAT_VERSION,
    RoutineError,
    dump_routine,
    load_routine,
    parse_routine,
)
from coach.paths import assets_dir

BUILTINS = sorted((assets_dir() / "routines").glob("*.toml"))

GOOD = """\
version = 1
name = "Test"

[intro]
say = "Hello."
seconds = 5

[[steps]]
area = "right_hand"
say = "Make a fist. Now."
tense = 7
release = "Let go."
relax = 20
[[steps.prompts]]
at = 10
say = "Heavy."

[[steps]]
area = "neck"
say = "Rest."
relax = 15
"""


def problems(text: str) -> list[str]:
    with pytest.raises(RoutineError) as info:
        parse_routine(text, "r.toml")
    return [str(p) for p in info.value.problems]


def test_good_routine_reads_every_field() -> None:
    routine = parse_routine(GOOD)
    assert routine.name == "Test"
    assert routine.intro is not None and routine.intro.seconds == 5
    first, second = routine.steps
    assert (first.area, first.tense, first.release, first.relax) == ("right_hand", 7, "Let go.", 20)
    assert first.prompts[0].at == 10 and first.prompts[0].say == "Heavy."
    assert second.tense == 0 and second.prompts == ()
    assert routine.duration == 5 + 27 + 15


def test_dump_reads_back_equal() -> None:
    routine = parse_routine(GOOD)
    assert parse_routine(dump_routine(routine)) == routine


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.stem)
def test_builtins_load_and_use_known_areas(path: Path) -> None:
    routine = load_routine(path)
    assert routine.steps
    assert all(body_areas.is_area(step.area) for step in routine.steps)


def test_builtin_lengths_match_their_promise() -> None:
    minutes = {p.stem: load_routine(p).duration / 60 for p in BUILTINS}
    assert 12 <= minutes["body-scan"] <= 15
    assert minutes["four-groups"] < minutes["seven-groups"] < minutes["classic-16"]


def test_body_scan_is_release_only_and_in_source_order() -> None:
    routine = load_routine(assets_dir() / "routines" / "body-scan.toml")
    assert all(step.tense == 0 for step in routine.steps)
    areas = [step.area for step in routine.steps]
    assert areas[:9] == [
        "right_thumb",
        "right_index_finger",
        "right_middle_finger",
        "right_ring_finger",
        "right_little_finger",
        "right_hand",
        "right_forearm",
        "right_upper_arm",
        "right_shoulder",
    ]
    assert areas[9] == "left_thumb" and areas[17] == "left_shoulder"
    assert areas[18:22] == ["right_toes", "right_foot", "right_calf", "right_thigh"]
    assert areas[-2:] == ["neck", "face"]


def test_classic_has_sixteen_tense_groups() -> None:
    routine = load_routine(assets_dir() / "routines" / "classic-16.toml")
    assert len(routine.steps) == 16
    assert all(step.tense > 0 and 30 <= step.relax <= 40 for step in routine.steps)


def test_every_problem_is_reported_at_once_with_line_and_field() -> None:
    text = (
        GOOD.replace('name = "Test"', 'name = ""')
        .replace('area = "neck"', 'area = "nekc"')
        .replace("relax = 20", "relax = -3")
        .replace("tense = 7", "tnse = 7")
    )
    found = problems(text)
    assert "r.toml:2: name: is empty; it needs at least one word" in found
    assert any(
        p.startswith(
            "r.toml:19: steps[2].area: “nekc” is not a known body area; did you mean “neck”"
        )
        for p in found
    )
    assert any("r.toml:13: steps[1].relax: is -3" in p for p in found)
    assert any("steps[1].tnse: unknown key; did you mean “tense”?" in p for p in found)
    assert len(found) >= 4


def test_newer_version_is_refused_clearly() -> None:
    found = problems(GOOD.replace("version = 1", f"version = {FORMAT_VERSION + 1}"))
    assert len(found) == 1
    assert "newer Wind-Down Coach" in found[0] and "update the app" in found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("version = 1\nname = [", "not valid TOML"),
        ('version = 1\nname = "x"\n', "steps: missing"),
        ('version = 1\nname = "x"\nsteps = []\n', "steps: is empty"),
        ('version = 1\nname = "x"\nsteps = 3\n', "must be a list of [[steps]] tables"),
        (
            'version = "1"\nname = "x"\n[[steps]]\narea="neck"\nsay="a"\nrelax=5\n',
            "version: must be a whole number",
        ),
        (
            'version = 1\nname = "x"\n[[steps]]\narea="neck"\nsay="a"\nrelax=true\n',
            "relax: must be a number of seconds, not true/false",
        ),
        (
            'version = 1\nname = "x"\n[[steps]]\narea="neck"\nsay="a"\nrelax=nan\n',
            "must be a finite number",
        ),
        ('version = 1\nname = "x"\n[[steps]]\narea="neck"\nsay="  "\nrelax=5\n', "say: is empty"),
        (
            'version = 1\nname = "x"\n[[steps]]\narea="neck"\nsay="a"\nrelax=5000\n',
            "relax: is 5000",
        ),
        (
            'version = 1\nname = "x"\n[[steps]]\narea="neck"\nsay="a"\ntense=90\nrelax=5\n',
            "tense: is 90",
        ),
        (
            'version = 1\nname = "x"\n[[steps]]\narea="neck"\nsay="a"\nrelax=5\n'
            '[[steps.prompts]]\nat=2\nsay="b"\n[[steps.prompts]]\nat=2\nsay="c"\n',
            "two prompts share the same time",
        ),
        (
            "version = 1\nname = 'x'\nnmae = 'y'\n[[steps]]\narea='neck'\nsay='a'\nrelax=5\n",
            "nmae: unknown key; did you mean “name”?",
        ),
        ("a = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
    ],
)
def test_bad_routines_get_clear_messages(text: str, expected: str) -> None:
    assert any(expected in p for p in problems(text)), problems(text)


def test_too_long_in_total_is_refused() -> None:
    steps = "".join(f'[[steps]]\narea="neck"\nsay="s{i}"\nrelax=600\n' for i in range(20))
    found = problems(f'version = 1\nname = "x"\n{steps}')
    assert any("at most 3 are allowed" in p and "lasts 3.3 hours" in p for p in found)


def test_too_many_steps_is_refused() -> None:
    steps = "".join(f'[[steps]]\narea="neck"\nsay="s{i}"\nrelax=1\n' for i in range(101))
    assert any("101 steps; at most 100" in p for p in problems(f'version = 1\nname = "x"\n{steps}'))


def test_file_level_problems(tmp_path: Path) -> None:
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.toml"
    latin.write_bytes('version = 1\nname = "Caf\xe9"\n'.encode("latin-1"))
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * 2_000_000)
    missing = tmp_path / "missing.toml"
    for path, expected in (
        (binary, "binary file"),
        (latin, "not UTF-8"),
        (huge, "at most 1000 kB"),
        (missing, "cannot be read"),
    ):
        with pytest.raises(RoutineError) as info:
            load_routine(path)
        assert expected in str(info.value)
        assert str(path) in str(info.value)
    with pytest.raises(RoutineError, match=":2: not UTF-8"):
        load_routine(latin)


def test_load_remembers_its_source(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_routine(path).source == path


def test_options_and_voice_round_trip() -> None:
    text = GOOD + (
        "\n[options]\nrepeat = 2\npause_between = 2.5\nchime = true\n"
        '\n[voice]\nid = "gmw/en"\nrate = 110\nvolume = 0.7\n'
    )
    routine = parse_routine(text)
    assert routine.voice is not None and routine.voice.rate == 110
    assert parse_routine(dump_routine(routine)) == routine


def test_bad_options_and_voice() -> None:
    text = GOOD + (
        '\n[options]\nrepeat = 9\npause_between = -1\nchime = "yes"\nrepat = 1\n'
        "\n[voice]\nrate = 1000\nvolume = 2\n"
    )
    found = "\n".join(problems(text))
    for expected in (
        "options.repeat: must be a whole number from 1 to 3",
        "options.pause_between: is -1",
        "options.chime: must be true or false",
        "options.repat: unknown key; did you mean “repeat”?",
        "voice.rate: must be a whole number",
        "voice.volume: must be a number",
    ):
        assert expected in found


def test_duplicated_keys_are_explained() -> None:
    found = problems(GOOD.replace("relax = 20", "relax = 20\nrelax = 30"))
    assert "not valid TOML" in found[0] and ":14" in found[0]
    assert "written twice" in found[0]
