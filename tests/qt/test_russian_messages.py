"""What core finds and says — a file's problems, a wrong PIN, words that run into the next
cue, what an import would change — comes out as words and values, never an English
sentence, so a Russian reader gets it in Russian: in the window, on the command line and in
the doctor's report."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from support.cli import run_coach

from coach.adapters.translations import install as install_translations
from coach.core.checklist_format import PlanFileError, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes, Item
from coach.core.lock import Attempts, SettingsLock, make_record
from coach.core.problems import Problem
from coach.core.routine_edit import spoken_overruns
from coach.core.routine_format import RoutineError, parse_routine
from coach.core.settings import Settings, parse_settings
from coach.core.setup_changes import plan_changes, settings_changes
from coach.core.timeline import compile_timeline
from coach.core.words import Said
from coach.texts.said import in_words, problem_in_words
from coach.texts.sections import overrun_in_words

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile(r"[А-Яа-яЁё]")

#: A routine with a problem of nearly every kind the file rules know.
BAD_ROUTINE = """\
version = 1
nmae = "x"
language = "Russian"
[options]
repeat = 9
chime = "yes"
[voice]
rate = 1000
volume = 2
[[steps]]
area = "elbow"
say = ""
tense = "long"
relax = 0
[[steps]]
area = 5
say = "Rest."
relax = 700
[[steps.prompts]]
at = 2
say = "a"
[[steps.prompts]]
at = 2
say = "b"
[[steps]]
say = "Rest \\u001b[2J"
relax = 5
release = ""
"""
BAD_SETTINGS = (
    'version = 2\nrate = 999\nvolum = 0.3\nvoice = 5\ncaptions = "yes"\n'
    'background = "rain"\nbackground_until = "morning"\nlanguage = "Russian"\n'
)
BAD_PLAN = (
    'bedtime = "25:00"\nsleeper = "cat"\n[bedtimes]\nfridya = "21:00"\n'
    '[[items]]\nid = "a"\ntitle = "A"\nminutes_before = -5\n'
    '[[items]]\nid = "a"\ntitle = ""\nminutes_before = 5\nenabled = "yes"\n'
)


@pytest.fixture
def russian(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "ru")
    install_translations(qapp, "ru")


def _every_problem() -> list[Problem]:
    with pytest.raises(RoutineError) as routine:
        parse_routine(BAD_ROUTINE, "r.toml")
    with pytest.raises(PlanFileError) as plan:
        parse_plan(BAD_PLAN, "p.toml")
    _settings, settings = parse_settings(BAD_SETTINGS, "s.toml")
    return [*routine.value.problems, *plan.value.problems, *settings]


#: Two English words in a row, outside «quoted values» (keys and names are single words).
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")


def _said_in_english(words: list[str]) -> list[str]:
    """The lines with no Russian word in them, or with English words left in the Russian
    (a value written in the file, in «quotes», is shown as written; so is the app's name)."""
    return [
        line
        for line in words
        if not CYRILLIC.search(line)
        or ENGLISH_WORDS.search(re.sub(r"«[^»]*»|Wind-Down Coach", "", line))
    ]


def test_every_problem_in_a_file_is_said_in_russian(russian) -> None:
    problems = _every_problem()
    assert len(problems) >= 25  # the files above break that many rules
    lines = [problem_in_words(p) for p in problems]
    assert _said_in_english(lines) == []
    assert all(in_words(p.said) != p.message for p in problems)  # none left as English
    shown = "\n".join(lines)
    # The fields in words, the values as written, the file and line kept.
    assert "r.toml:11: Шаг 1 › часть тела: «elbow» — незнакомая часть тела" in shown
    assert "Шаг 2 › дополнительные слова: у двух фраз одно и то же время" in shown
    assert "p.toml:1: Время сна: «25:00» — это не время; напишите его как ЧЧ:ММ" in shown
    assert "s.toml:2: Скорость: указано 999; допустимо от 60 до 260 (скорость речи" in shown
    assert "«rain»; допустимо одно из: off, brown, pink; вместо этого используется «off»" in shown
    english = "\n".join(str(p) for p in problems)  # logs and tests still read English
    assert "r.toml:11: steps[1].area: “elbow” is not a known body area" in english


def test_a_wrong_pin_words_that_run_on_and_an_import_are_said_in_russian(russian) -> None:
    lock = SettingsLock(make_record("2468"), Attempts(), now=lambda: 1000.0)
    refusals = [lock.try_pin("0000") for _ in range(4)]
    assert [r.said is not None and in_words(r.said) for r in refusals] == [
        "Это не тот PIN.",
        "Это не тот PIN.",
        "Это не тот PIN. Подождите 5 секунд и попробуйте снова.",
        "Слишком много неверных попыток; подождите 5 секунд.",
    ]
    routine = parse_routine(
        'version = 1\nname = "x"\n[[steps]]\narea = "right_hand"\nsay = "Сожмите кулак."\n'
        "tense = 5\nrelax = 10\n"
    )
    (overrun,) = spoken_overruns(compile_timeline(routine), {"Сожмите кулак.": 9.5})
    assert overrun_in_words(overrun) == (
        "Шаг 1 из 1 (Правая кисть): «Сожмите кулак.» ещё звучит через 4,5 с после того, "
        "как пора начинать следующее"
    )
    meal, screens, *_ = DEFAULT_ITEMS
    changes: list[Said] = [
        *settings_changes(Settings(), replace(Settings(), simple_mode=True, quit_after_minutes=5)),
        *plan_changes(
            (Bedtimes(), DEFAULT_ITEMS),
            (Bedtimes(time(21, 0)), (replace(meal, enabled=False), Item("tea", "Чай", 45))),
        ),
    ]
    lines = [in_words(c) for c in changes]
    assert _said_in_english(lines) == []
    assert "Простой режим: выкл. → вкл." in lines
    assert "Закрывать приложение после сеанса: никогда → через 5 минут" in lines
    assert f"Список дел: убер\u0451тся «{in_words(Said('Checklist', screens.title))}»" in lines


def test_the_command_line_says_a_file_s_problems_in_russian(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_ROUTINE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "coach", "check", str(bad)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "ru", "WIND_DOWN_COACH_HOME": str(tmp_path / "home")},
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) >= 15 and _said_in_english(lines) == []
    # The keys as the file writes them, for the person mending it.
    assert f"{bad}:11: steps[1].area: «elbow» — незнакомая часть тела" in done.stdout


def test_the_report_for_the_doctor_is_russian(tmp_path: Path, monkeypatch) -> None:
    from tests.adapters.test_diary_report import add_night, pdf_text, startle

    home = tmp_path / "home"
    add_night(home, "2026-11-23")
    startle(home, "2026-11-23", "--area", "right_leg", "--situation", "falling_asleep")
    monkeypatch.setenv("LANGUAGE", "ru")
    pdf = tmp_path / "r.pdf"
    done = run_coach(home, "report", "--from", "2026-11-23", "--to", "2026-11-24", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(pdf).split())
    for words in (
        "Дневник сна",
        "Ночи с 23 ноября 2026 по 24 ноября 2026: всего 2, с полной отметкой — 1",
        "Средние значения",
        "Ночь за ночью",
        "Правая нога 1",
        "при засыпании 1",
        "Вечерний план рядом с ночами",
    ):
        assert words in text, text
    assert "Sleep diary" not in text and "Averages" not in text


def test_the_app_s_own_notices_and_a_refused_setup_are_said_in_russian(
    russian, tmp_path: Path
) -> None:
    import json
    import zipfile

    from coach.adapters.history import DIARY_FORMAT, DIARY_VERSION
    from coach.adapters.setup_bundle import FORMAT, VERSION, BundleError, plan_import
    from coach.adapters.speech.protocol import BackendChoice
    from coach.audio.player import SOUND_SYSTEM_LOST_NOTICE
    from coach.paths import UserDirs

    no_voice = BackendChoice(None, ()).notice
    assert no_voice is not None
    assert in_words(no_voice).startswith("Голоса нет, поэтому сеанс показывает слова")
    assert in_words(SOUND_SYSTEM_LOST_NOTICE).startswith("Звуковая система")
    dirs = UserDirs(*(tmp_path / part for part in ("config", "data", "cache", "state")))
    not_a_setup = tmp_path / "photo.coach"
    not_a_setup.write_bytes(b"\xff\xd8\xff not a zip")
    bad_night = tmp_path / "diary.coach"
    with zipfile.ZipFile(bad_night, "w") as bundle:
        bundle.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": FORMAT,
                    "version": VERSION,
                    "entries": [{"path": "diary.json", "kind": "diary"}],
                }
            ),
        )
        bundle.writestr(
            "diary.json",
            json.dumps(
                {
                    "format": DIARY_FORMAT,
                    "version": DIARY_VERSION,
                    "nights": [{"night": "2026-11-23", "entry": {"kind": "quick", "quality": 9}}],
                    "startles": [],
                }
            ),
        )
    refusals = []
    for path in (not_a_setup, bad_night):
        with pytest.raises(BundleError) as refused:
            plan_import(path, dirs)
        refusals.append(in_words(refused.value.said))
    assert _said_in_english(refusals) == []
    assert refusals[0].startswith("photo.coach — не файл настройки Wind-Down Coach")
    assert refusals[1].startswith("дневник сна «diary.json» не годится: ночь 2026-11-23: ")
    assert "Качество сна: 9" in refusals[1]
    assert "night of 2026-11-23" in str(refused.value)  # the log's English


def test_the_natural_voice_is_named_in_russian_in_the_voice_list(russian, qtbot) -> None:
    from coach.adapters.speech.natural import NATURAL_NAME, NATURAL_VOICE
    from coach.core.voice import VoiceInfo
    from coach.ui.preferences import PreferencesWindow

    voices = [
        VoiceInfo(NATURAL_VOICE, NATURAL_NAME, ("en-us",)),
        VoiceInfo("zle/ru", "Russian", ("ru",)),
    ]
    window = PreferencesWindow(Settings(), voices, languages=("en", "ru"), system_language="ru")
    qtbot.addWidget(window)
    voice = window.voice_page.voice
    items = [voice.itemText(i) for i in range(voice.count())]
    assert items == [
        "Естественный голос (Heart, американский английский) — по умолчанию",
        "Russian (eSpeak, zle/ru)",  # eSpeak's own name for its voice
    ]
