"""The catalogues: every message of the source is in them (lupdate run here and compared,
and the source read on its own), Russian is complete with the same placeholders and
plural forms, the compiled files are up to date — and under a Russian locale a new
user sees Russian everywhere, the window's standard buttons too."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDoubleSpinBox, QGroupBox, QLabel, QSpinBox

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "assets" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?\}|%n")


def _catalogues_script():
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → its translation (one text, or each plural form)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished":
                forms = [""]
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[(context.findtext("name", ""), message.findtext("source", ""))] = forms
    return found


def marked_in_source() -> set[tuple[str, str]]:
    """Every literal ``translate``, ``marked`` and ``said`` (context, text) in coach/."""
    found = set()
    for path in (ROOT / "coach").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in ("translate", "marked", "said") or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((context.value, text.value))
    return found


def test_no_text_for_the_catalogue_is_built_while_the_app_runs() -> None:
    """``translate``, ``marked`` and ``said`` take the English as written: an f-string or
    a sum would never match the catalogue (values go in ``{places}`` instead)."""
    built = []
    for path in (ROOT / "coach").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("translate", "marked", "said") and isinstance(
                node.args[1], ast.JoinedStr | ast.BinOp
            ):
                built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert built == []


def test_the_catalogues_are_what_lupdate_makes_of_the_source_now(tmp_path: Path) -> None:
    """A string added, changed or removed in the source without `scripts/translations`
    fails here (the copies are brought up to date and compared with the committed ones)."""
    catalogues = _catalogues_script()
    for ts in sorted(FOLDER.glob("coach_*.ts")):
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        catalogues.update(copy, ts.stem.removeprefix("coach_"))
        assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
            f"{ts.name} is behind the source: run scripts/translations"
        )


def test_every_marked_text_of_the_source_is_in_the_russian_catalogue() -> None:
    """Read from the source by Python itself, not by lupdate (whose Python reader has
    missed calls before)."""
    catalogue = messages(FOLDER / "coach_ru.ts")
    missing = sorted(marked_in_source() - set(catalogue))
    assert missing == []


def test_russian_is_complete_with_the_same_placeholders_and_plural_forms() -> None:
    catalogue = messages(FOLDER / "coach_ru.ts")
    assert len(catalogue) > 500
    problems = []
    for (context, source), forms in catalogue.items():
        if not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        if "%n" in source and len(forms) != 3:  # Russian: one, few, many
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms, not 3")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r}: placeholders differ")
    assert problems == []


def test_english_has_both_plural_forms_of_every_plural_message() -> None:
    catalogue = messages(FOLDER / "coach_en.ts")
    plurals = {key for key in messages(FOLDER / "coach_ru.ts") if "%n" in key[1]}
    assert set(catalogue) == plurals
    for (_context, source), forms in catalogue.items():
        assert len(forms) == 2 and all("(s)" not in f for f in forms), source


def test_the_compiled_catalogues_are_up_to_date(tmp_path: Path) -> None:
    for ts in sorted(FOLDER.glob("coach_*.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [
                str(Path(sys.executable).parent / "pyside6-lrelease"),
                "-silent",
                "-removeidentical",
                str(ts),
                "-qm",
                str(qm),
            ],
            check=True,
        )
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.with_suffix('.qm').name} is older than {ts.name}: run scripts/translations"
        )


def _shown_texts(widget) -> list[str]:
    texts = []
    for kind in (QLabel, QAbstractButton, QGroupBox):
        for child in widget.findChildren(kind):
            text = child.title() if isinstance(child, QGroupBox) else child.text()
            texts += [text, child.accessibleName(), child.accessibleDescription()]
    for box in widget.findChildren(QSpinBox) + widget.findChildren(QDoubleSpinBox):
        texts += [box.suffix().strip(), box.specialValueText()]  # " s", " min", "Never"
    return [t for t in texts if re.search(r"[A-Za-z]", t or "")]


def _still_english(texts: list[str]) -> list[str]:
    """The texts that are an English message whose Russian differs."""
    catalogue = messages(FOLDER / "coach_ru.ts")
    english = {source.strip(): forms[0] for (_c, source), forms in catalogue.items()}
    return sorted({t for t in texts if t in english and english[t].strip() != t})


@pytest.fixture
def russian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "ru_RU:ru")


def test_under_a_russian_locale_the_window_is_russian(russian, make_harness, qtbot) -> None:
    h = make_harness()
    window = h.window
    window.show()
    qtbot.waitExposed(window)
    assert h.app.language == "ru"
    assert window.home.start_button.text() == "Начать"
    assert "около 15 минут" in window.home.routines.item(0).text()
    texts = _shown_texts(window)
    assert _still_english(texts) == []


def test_under_a_russian_locale_every_window_and_dialog_is_russian(
    russian, make_harness, qtbot
) -> None:
    from datetime import date

    from coach.core.evening import DEFAULT_ITEMS, Bedtimes
    from coach.core.routine_format import load_routine
    from coach.core.settings import Settings
    from coach.paths import assets_dir
    from coach.ui.checkin_dialog import CheckInDialog
    from coach.ui.plan_dialog import PlanDialog
    from coach.ui.preferences import PreferencesWindow
    from coach.ui.quick_checkin import QuickCheckInDialog
    from coach.ui.routine_editor import RoutineEditor
    from coach.ui.welcome_wizard import WelcomeWizard

    make_harness()  # installs the Russian catalogue, as the app does
    routine = load_routine(assets_dir() / "routines" / "four-groups-ru.toml")
    windows = [
        RoutineEditor(routine, lambda r: r),
        PlanDialog(Bedtimes(), DEFAULT_ITEMS, False),
        PreferencesWindow(Settings(), [], languages=("en", "ru"), system_language="ru"),
        CheckInDialog(date(2026, 11, 26), {}, lambda values: []),
        QuickCheckInDialog(date(2026, 11, 26)),
        WelcomeWizard([("body-scan-ru", "Вечернее сканирование тела")]),
    ]
    left = []
    for window in windows:
        qtbot.addWidget(window)
        left += _still_english(_shown_texts(window))
    assert left == []
    plan = windows[1]
    assert plan.table.item(0, 1).text() == "Лёгкий ужин — и больше не есть"  # the checklist
    buttons = [b.text() for b in windows[2].findChildren(QAbstractButton)]
    assert "Сохранить" in buttons and "Отмена" in buttons  # Qt's own, from qtbase_ru
    assert "ночь с 26 ноября (четверг)" in windows[3].windowTitle()
    # The rating scale: words from core (marked there), said here.
    check_in, quick = windows[3], windows[4]
    scale = [check_in.quality.itemText(i) for i in range(check_in.quality.count())]
    assert scale == ["Очень плохо", "Плохо", "Так себе", "Хорошо", "Очень хорошо"]
    assert [b.text() for b in quick.quality_buttons] == scale


def test_the_command_line_speaks_russian_under_a_russian_locale(app_home, russian) -> None:
    from support.cli import run_coach

    done = run_coach(app_home, "tonight", "--bedtime", "23:00")
    assert done.returncode == 0, done.stderr
    assert "Сегодня (" in done.stdout and "спать в 23:00" in done.stdout
    assert "Выключить экраны" in done.stdout  # the checklist
    wrong = run_coach(app_home, "tonight", "--bedtime", "nine")
    assert wrong.returncode == 2 and "это не время" in wrong.stderr
    helped = run_coach(app_home, "timeline", "--help")
    assert "название программы" in helped.stdout
    # argparse's own words too: its headings, and what it says of a missing argument.
    assert helped.stdout.startswith("использование: coach timeline")
    assert "позиционные аргументы:" in helped.stdout and "параметры:" in helped.stdout
    missing = run_coach(app_home, "timeline")
    assert missing.returncode == 2
    assert "coach timeline: ошибка: нужно указать: routine" in missing.stderr
    # The window's own arguments too, said before any window opens.
    window_help = run_coach(app_home, "--help")
    assert window_help.returncode == 0 and "Другие команды:" in window_help.stdout
    assert "показать версию и выйти" in window_help.stdout
    started = run_coach(app_home, "--start")
    assert started.returncode == 2
    assert "coach: ошибка: для --start нужна --routine ИМЯ_ИЛИ_ПУТЬ" in started.stderr


def test_a_language_chosen_in_preferences_wins_over_the_system(make_harness, monkeypatch) -> None:
    from dataclasses import replace

    from .conftest import Harness

    monkeypatch.setenv("LANGUAGE", "ru")
    first = make_harness()
    assert first.window.home.start_button.text() == "Начать"
    first.app.save_settings(replace(first.app.settings, language="en"))
    home = first.app.dirs.config.parent
    first.close()
    again = Harness(first.qtbot, home)  # the next start
    try:
        assert again.app.language == "en"
        assert again.window.home.start_button.text() == "Start"
        assert again.window.home.selected_entry().id == "body-scan"  # English routines
    finally:
        again.close()


def test_what_the_app_says_itself_is_russian_in_the_russian_voice(
    russian, make_harness, monkeypatch
) -> None:
    """The bath cue and the voice sample are in the window's language, and "the default
    voice" for them is eSpeak NG's Russian (the natural voice speaks English only)."""
    h = make_harness()
    said: list[tuple[str, str | None]] = []
    preview = h.app.voice_preview
    monkeypatch.setattr(preview, "play", lambda voice, text="": said.append((text, voice.voice)))
    h.app.evening.start_bath(1)
    h.bath.advance(60)
    assert said == [
        ("Время ванны вышло. Выходите не спеша и посидите минутку, прежде чем лечь.", "zle/ru")
    ]
    assert h.app.voice_settings(None).voice == "zle/ru"
