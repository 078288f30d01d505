"""Routines in other languages: the routine says its language, the voice follows it, the
list offers the person's language first, and the system's locale says which that is."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.language import preferred_language
from coach.core.library import list_routines, offered, resolve
from coach.core.routine_format import RoutineError, dump_routine, parse_routine
from coach.core.settings import Settings
from coach.paths import assets_dir
from coach.services.voice import voice_for

RUSSIAN = """version = 1
language = "ru"
name = "Короткая"

[[steps]]
area = "arms"
say = "Сожмите кулаки. Сейчас."
tense = 5
relax = 10
"""


def test_a_routine_says_its_language_and_uses_that_languages_words_by_default() -> None:
    routine = parse_routine(RUSSIAN)
    assert routine.language == "ru"
    assert routine.steps[0].release == "И отпустите."  # not the English default
    assert parse_routine(dump_routine(routine)) == routine
    english = parse_routine(RUSSIAN.replace('language = "ru"\n', ""))
    assert english.language == "en" and english.steps[0].release == "And let go."
    assert "language" not in dump_routine(english)


@pytest.mark.parametrize("value", ['"Russian"', '"RU"', '"r"', "7"])
def test_a_language_that_is_not_a_code_is_named_with_its_line(value: str) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(RUSSIAN.replace('"ru"', value))
    (problem,) = caught.value.problems
    assert problem.field == "language" and problem.line == 2
    assert "two or three lower-case letters" in problem.message


def test_the_voice_follows_the_routines_language() -> None:
    russian = parse_routine(RUSSIAN)
    assert voice_for(Settings(), russian).voice == "zle/ru"
    # The voice chosen in Preferences speaks English routines, not this one.
    assert voice_for(Settings(voice="gmw/en-gb"), russian).voice == "zle/ru"
    assert (
        voice_for(Settings(voice="gmw/en-gb"), parse_routine(RUSSIAN.replace("ru", "en", 1))).voice
        == "gmw/en-gb"
    )
    assert voice_for(Settings(rate=110), russian).rate == 110  # the bedtime pace as set
    own = parse_routine(RUSSIAN + '\n[voice]\nid = "zle/ru-cl"\n')
    assert voice_for(Settings(), own).voice == "zle/ru-cl"  # a routine's own voice wins


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANGUAGE": "ru:en_GB", "LANG": "en_GB.UTF-8"}, "ru"),
        ({"LC_ALL": "ru_UA.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_MESSAGES": "de_DE@euro", "LANG": "ru_RU.UTF-8"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "POSIX"}, "en"),
        ({}, "en"),
    ],
)
def test_the_persons_language_comes_from_the_locale(environ: dict[str, str], language: str) -> None:
    assert preferred_language(environ) == language


def test_the_list_offers_the_built_in_routines_of_the_persons_language(tmp_path: Path) -> None:
    builtin = assets_dir() / "routines"
    order = ["body-scan", "classic-16", "seven-groups", "four-groups"]
    (tmp_path / "mine.toml").write_text(RUSSIAN, encoding="utf-8")
    english = [e.id for e in list_routines(builtin, tmp_path)]
    assert english == [*order, "user:mine"]  # one's own routines in any language
    russian = [e.id for e in list_routines(builtin, tmp_path, "ru")]
    assert russian == [*(f"{i}-ru" for i in order), "user:mine"]
    german = [e.id for e in list_routines(builtin, tmp_path, "de")]
    assert german == english  # none in German yet: the English ones
    every = [e.id for e in list_routines(builtin, tmp_path, None)]
    assert every == [*(x for i in order for x in (i, f"{i}-ru")), "user:mine"]  # twins together


def test_only_the_built_in_routines_of_the_language_shown_are_read(tmp_path: Path) -> None:
    """Reading a routine costs the start-up time: the list in Russian never reads the
    English files (one that is broken is not even noticed), nor the other way round."""
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "calm.toml").write_text("version = 1\nname = [broken", encoding="utf-8")
    (builtin / "calm-ru.toml").write_text(RUSSIAN, encoding="utf-8")
    assert [e.id for e in list_routines(builtin, None, "ru")] == ["calm-ru"]
    english = list_routines(builtin, None, "en")
    assert [(e.id, e.routine) for e in english] == [("calm", None)]  # listed, with its error
    assert len(list_routines(builtin, None, None)) == 2  # every language: both


def test_the_routine_selected_is_offered_in_the_persons_language(tmp_path: Path) -> None:
    builtin = assets_dir() / "routines"
    russian = list_routines(builtin, tmp_path, "ru")
    english = list_routines(builtin, tmp_path, "en")
    assert offered("body-scan", russian, "ru") == "body-scan-ru"  # a new user's default
    assert offered("four-groups", russian, "ru") == "four-groups-ru"  # not listed: its twin
    assert offered("four-groups-ru", english, "en") == "four-groups"
    assert offered("seven-groups", english, "en") == "seven-groups"
    assert offered("user:mine", russian, "ru") == "user:mine"


def test_a_routine_of_another_language_is_still_found_by_its_id(tmp_path: Path) -> None:
    assert resolve("body-scan-ru", assets_dir() / "routines", tmp_path).language == "ru"


def test_every_built_in_routine_has_its_russian_twin_with_the_same_steps() -> None:
    """The Russian routines keep their English twins' order of body areas and timing
    (the body scan from the source; the classic groups of Bernstein and Borkovec)."""
    from coach.core.routine_format import load_routine

    builtin = assets_dir() / "routines"
    for english in ("body-scan", "classic-16", "seven-groups", "four-groups"):
        en = load_routine(builtin / f"{english}.toml")
        ru = load_routine(builtin / f"{english}-ru.toml")
        assert (en.language, ru.language) == ("en", "ru")
        assert [(s.area, s.tense, s.relax) for s in en.steps] == [
            (s.area, s.tense, s.relax) for s in ru.steps
        ]
        assert [[p.at for p in s.prompts] for s in en.steps] == [
            [p.at for p in s.prompts] for s in ru.steps
        ]
        assert en.duration == ru.duration
        cyrillic = [t for t in _texts(ru) if any("а" <= c.lower() <= "я" for c in t)]
        assert cyrillic == _texts(ru), english  # every word said is Russian


def _texts(routine: object) -> list[str]:
    from coach.core.timeline import compile_timeline

    return compile_timeline(routine).texts()  # type: ignore[arg-type]


def test_each_spoken_language_is_a_table_of_data_with_a_voice_and_its_words() -> None:
    """A new language needs no code: its voice and default words are a table in
    coach/core/languages.toml, and every built-in routine's language has one."""
    import tomllib

    from coach.core.language import CODE, RELEASE_WORDS, TABLE_FILE, VOICES, release_words

    table = tomllib.loads(TABLE_FILE.read_text(encoding="utf-8"))
    assert all(CODE.fullmatch(code) for code in table)
    assert set(RELEASE_WORDS) == set(table) and all(RELEASE_WORDS.values())
    assert set(VOICES) == set(table) - {"en"}  # English: the natural voice
    routines = Path(__file__).resolve().parents[2] / "assets" / "routines"
    spoken = {
        tomllib.loads(p.read_text("utf-8")).get("language", "en") for p in routines.glob("*.toml")
    }
    assert spoken <= set(table)
    assert release_words("ru") == "И отпустите." and release_words("xx") == "And let go."
