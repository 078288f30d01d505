"""Command line: ``coach`` opens the window; subcommands work without a display.

``coach timeline ROUTINE [--json]``, ``coach voices``, ``coach check FILE...``
and ``coach render ROUTINE -o FILE.wav``.  Errors are one clear line on stderr
and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication

from coach import __version__
from coach.core import body_areas
from coach.core.formatting import wall_time
from coach.core.library import UnknownRoutine, resolve
from coach.core.routine import Routine
from coach.core.routine_format import RoutineError, load_routine
from coach.core.text_rules import LINE_BREAKS, for_terminal
from coach.core.timeline import compile_timeline
from coach.core.words import marked
from coach.paths import UserDirs, assets_dir, make_private
from coach.texts.areas import area_label
from coach.texts.dates import day_name
from coach.texts.evening import item_reason, item_title
from coach.texts.said import error_in_words, in_words, problem_in_words

translate = QCoreApplication.translate
#: A checklist item's state, as `coach tonight` prints it.
STATE_WORDS = {
    "done": marked("cli", "done"),
    "skipped": marked("cli", "skipped"),
    "due": marked("cli", "due"),
    "later": marked("cli", "later"),
}

if TYPE_CHECKING:
    from coach.adapters.history import DiaryRecord
    from coach.audio.mixer import SessionMixer


def _routine(name: str) -> Routine:
    dirs = UserDirs.default()
    return resolve(name, assets_dir() / "routines", dirs.user_routines)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes):02d}:{secs:06.3f}"


def cmd_timeline(args: argparse.Namespace) -> int:
    timeline = compile_timeline(_routine(args.routine))
    if args.json:
        print(json.dumps([cue.to_json() for cue in timeline.cues], indent=2, ensure_ascii=False))
        return 0
    for cue in timeline.cues:
        area = area_label(cue.area)
        print(f"{_clock(cue.at)}  {cue.kind.value:<8} {area:<24} {cue.text}")
    print(f"{_clock(timeline.duration)}  " + translate("cli", "end"))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    bad = 0
    for name in args.files:
        try:
            routine = load_routine(Path(name))
        except RoutineError as exc:
            bad += 1
            for problem in exc.problems:
                print(problem_in_words(problem, keys=True))
            continue
        steps = len(routine.steps)
        print(
            translate(
                "cli", "{file}: ok — “{name}”, %n step(s), {minutes} minutes", None, steps
            ).format(file=name, name=routine.name, minutes=f"{routine.duration / 60:.1f}")
        )
    return 1 if bad else 0


def cmd_voices(args: argparse.Namespace) -> int:
    from coach.adapters.speech.chain import BACKENDS
    from coach.adapters.speech.protocol import find_backend

    choice = find_backend(BACKENDS)
    if choice.backend is None:
        print(translate("cli", "No voice engine is available:"), file=sys.stderr)
        for reason in choice.reasons:
            print(f"  - {reason}", file=sys.stderr)
        if choice.notice is not None:
            print(in_words(choice.notice), file=sys.stderr)
        return 1
    from coach.adapters.speech.chain import VoiceChain

    backend = choice.backend
    print(translate("cli", "Voice engines: {name}").format(name=backend.name))
    if isinstance(backend, VoiceChain) and backend.natural_missing:
        print(
            translate("cli", "The natural voice is not available: {natural_missing}").format(
                natural_missing=backend.natural_missing
            )
        )
    voices = backend.voices()
    if voices:
        print(
            translate("cli", "Default voice: {name} ({id})").format(
                name=translate("Voices", voices[0].name), id=voices[0].id
            )
        )
    print(f"{'id':<20} {'engine':<8} {'name':<40} languages")
    for voice in voices:
        engine = "natural" if voice.id.startswith("hibari:") else "eSpeak"
        languages = ", ".join(voice.languages)
        name = translate("Voices", voice.name)  # the natural voice's; eSpeak's as it says
        print(f"{voice.id:<20} {engine:<8} {name:<40} {languages}")
    backend.close()
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from coach.adapters.recordings import Recordings
    from coach.adapters.settings_store import SettingsStore
    from coach.adapters.speech.chain import BACKENDS
    from coach.adapters.speech.protocol import find_backend
    from coach.adapters.voice_cache import VoiceCache
    from coach.services.session_audio import assemble_session_audio, sounds_for
    from coach.services.voice import voice_for

    routine = _routine(args.routine)
    timeline = compile_timeline(routine)
    dirs = UserDirs.default()
    settings, _problems = SettingsStore(dirs.settings_file).load()
    if args.background is not None:
        settings = replace(settings, background=args.background)
    night = _night_hours(args.night, settings.background)
    choice = find_backend(BACKENDS)
    if choice.backend is None:
        raise CliError(
            translate("cli", "no voice engine is available, so there is nothing to render: ")
            + "; ".join(choice.reasons)
        )
    voice = voice_for(settings, routine)  # the same rule as a session's
    cache = VoiceCache(dirs.voice_cache, choice.backend)
    output = Path(args.output)
    try:
        result = cache.render_all(timeline.texts(), voice)
        for notice in result.notices:
            print(
                translate("cli", "note: {notice}").format(notice=in_words(notice)),
                file=sys.stderr,
            )
        audio = assemble_session_audio(  # the same sound as the session and the window's export
            timeline,
            result.files,
            Recordings(dirs.recordings).existing(routine.source, timeline.texts()),
            replace(sounds_for(settings, routine, assets_dir() / "sounds"), night=night * 3600),
            result.failures,
        )
        failures = audio.failures
        _write_session(audio.mixer, output)
    finally:
        cache.close()
        choice.backend.close()
    for text, why in failures.items():
        print(
            translate("cli", "warning: “{text}” could not be spoken: {why}").format(
                text=text[:50], why=why
            ),
            file=sys.stderr,
        )
    night_words = (
        translate("cli", ", then {hours} hours of background").format(hours=f"{night:g}")
        if night
        else ""
    )
    print(
        translate(
            "cli", "{output}: {minutes} minutes, {prompts} prompts{night}; voice {voice}"
        ).format(
            output=output,
            minutes=f"{timeline.duration / 60:.1f}",
            prompts=len(timeline.cues),
            night=night_words,
            voice=voice.voice or translate("cli", "the default"),
        )
    )
    return 0


def _night_hours(hours: float | None, background: str) -> float:
    """The hours of background after the closing words ``--night`` asks for (checked)."""
    from coach.core.night import MAX_NIGHT_HOURS

    if hours is None or hours == 0:
        return 0.0
    if not 0 < hours <= MAX_NIGHT_HOURS:
        raise CliError(
            translate("cli", "--night is {hours}; it must be from 0 to {most} hours").format(
                hours=f"{hours:g}", most=MAX_NIGHT_HOURS
            )
        )
    if background == "off":
        raise CliError(
            translate(
                "cli",
                "--night needs a background sound to play on: add --background brown (or pink), "
                "or choose one in Preferences → Screen and sound",
            )
        )
    return hours


def _write_session(mixer: SessionMixer, output: Path) -> None:
    """The whole session into *output* (WAV, FLAC, Ogg Vorbis or Opus by its extension),
    atomically; a full disk is one clear line."""
    from coach.audio.encoded import AudioWriter, UnknownFormat, open_writer

    writer: AudioWriter | None = None
    try:
        writer = open_writer(output, mixer.rate)
        mixer.write_wav(writer)
        writer.close()
    except UnknownFormat as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        if writer is not None:
            with contextlib.suppress(OSError):
                writer.abort()
        raise CliError(
            translate("cli", "cannot write {output}: {exc}").format(
                output=output, exc=exc.strerror or exc
            )
        ) from None


def cmd_tonight(args: argparse.Namespace) -> int:
    from datetime import datetime

    from coach.adapters.history import History
    from coach.adapters.local_zone import local_zone
    from coach.adapters.plan_store import PlanStore
    from coach.core.checklist_format import parse_clock
    from coach.core.evening import plan_for, plan_night, sleep_check
    from coach.texts.evening import sleep_words

    dirs = UserDirs.default()
    bedtimes, items, problems = PlanStore(dirs.plan_file).load(move_aside=False)
    for problem in problems:
        print(
            translate("cli", "warning: {problem}").format(
                problem=problem_in_words(problem, keys=True)
            ),
            file=sys.stderr,
        )
    if args.bedtime:
        at = parse_clock(args.bedtime)
        if at is None:
            raise CliError(
                translate(
                    "cli", "--bedtime {bedtime!r} is not a time; write HH:MM, e.g. 22:30"
                ).format(bedtime=args.bedtime)
            )
        bedtimes = replace(bedtimes, bedtime=at, per_weekday={})
    zone = local_zone()
    now = datetime.now(zone)
    night = plan_night(now, bedtimes.wake)
    plan = plan_for(night, bedtimes, items, zone)
    states, unread = History.checks_read_only(dirs.history_file, night)
    if unread:
        print(translate("cli", "warning: {problem}").format(problem=unread), file=sys.stderr)
    rows = []
    for planned in plan.items:
        state = states.get(planned.item.id) or ("due" if planned.due <= now else "later")
        rows.append(
            {
                "id": planned.item.id,
                "title": planned.item.title,
                "due": planned.due.isoformat(timespec="minutes"),
                "state": state,
                "reason": planned.item.reason,
            }
        )
    if args.json:
        print(
            json.dumps(
                {
                    "night": night.isoformat(),
                    "bedtime": plan.bedtime.isoformat(timespec="minutes"),
                    "sleep_hours": round(plan.sleep_hours, 2),
                    "enough_sleep": plan.enough_sleep,
                    "items": rows,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    said = translate("cli", "Tonight ({night}): bed at {bedtime}, {hours} hours until you get up")
    short = translate("cli", " (less than the {needed} recommended)")
    print(
        said.format(
            night=day_name(night), bedtime=wall_time(plan.bedtime), hours=f"{plan.sleep_hours:g}"
        )
        + ("" if plan.enough_sleep else short.format(needed=f"{plan.needed_hours:g}"))
    )
    if sleep_check(plan) is not None:
        print(sleep_words(plan))
    for row, planned in zip(rows, plan.items, strict=True):
        state = translate("cli", STATE_WORDS.get(str(row["state"]), str(row["state"])))
        title, reason = item_title(planned.item), item_reason(planned.item)
        print(f"  {wall_time(planned.due)}  {state:<7} {title} — {reason}")
    return 0


def _command_log() -> logging.Logger:
    from coach.adapters.logs import setup_logging

    setup_logging(UserDirs.default().state, "CRITICAL")
    return logging.getLogger("coach.cli")


def _unlock(dirs: UserDirs, args: argparse.Namespace, doing: str) -> None:
    """On a locked setup, the PIN first (from --pin-file, or asked on the terminal).

    Wrong tries count and slow down exactly as in the window.
    """
    import time

    from coach.adapters.lock_store import LockStore
    from coach.core.lock import SettingsLock

    store = LockStore(dirs.config / "lock.toml")
    record, attempts = store.load()
    if record is None:
        return
    lock = SettingsLock(record, attempts, time.time, lambda a: store.save(record, a))
    if args.pin_file:
        try:
            pin = Path(args.pin_file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise CliError(
                translate("cli", "cannot read the PIN from {pin_file}: {exc}").format(
                    pin_file=args.pin_file, exc=exc
                )
            ) from None
    elif sys.stdin.isatty():
        import getpass

        pin = getpass.getpass(
            translate("cli", "This setup is locked. PIN to {doing}: ").format(doing=doing)
        )
    else:
        raise CliError(
            translate(
                "cli", "this setup is locked: give the PIN with --pin-file FILE to {doing}"
            ).format(doing=doing)
        )
    verdict = lock.try_pin(pin)
    if not verdict.ok:
        raise CliError(in_words(verdict.said) if verdict.said is not None else "")


def cmd_export(args: argparse.Namespace) -> int:
    from coach.adapters.setup_bundle import export_bundle

    _unlock(UserDirs.default(), args, translate("cli", "export it"))
    try:
        names = export_bundle(UserDirs.default(), Path(args.file), args.with_lock, args.with_diary)
    except OSError as exc:
        raise CliError(
            translate("cli", "cannot write {file}: {exc}").format(
                file=args.file, exc=exc.strerror or exc
            )
        ) from None
    count = len(names)
    print(
        translate("cli", "{file}: %n file(s) ({names})", None, count).format(
            file=args.file, names=", ".join(names) or translate("cli", "nothing set up yet")
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from coach.adapters.setup_bundle import BundleError, apply_import, plan_import

    dirs = UserDirs.default()
    try:
        plan = plan_import(Path(args.file), dirs)
    except BundleError as exc:
        raise CliError(
            translate("cli", "{file} was not imported: {exc}").format(
                file=args.file, exc=in_words(exc.said)
            )
        ) from None
    for change in plan.changes:
        words = in_words(change.said)
        print(
            f"      - {words}"
            if change.detail
            else translate("cli", "  will {change}").format(change=words)
        )
    if args.dry_run:
        return 0
    _unlock(dirs, args, translate("cli", "change it"))
    try:
        apply_import(plan, dirs)
    except BundleError as exc:
        raise CliError(
            translate("cli", "{file} was not imported: {exc}").format(
                file=args.file, exc=in_words(exc.said)
            )
        ) from None
    print(translate("cli", "{file}: imported").format(file=args.file))
    return 0


def cmd_diary(args: argparse.Namespace) -> int:
    from datetime import datetime

    from coach.adapters.history import DiaryRecord, History
    from coach.adapters.local_zone import local_zone
    from coach.core.diary import last_night
    from coach.core.evening import night_of

    dirs = UserDirs.default()
    now = datetime.now(local_zone())
    if getattr(args, "night", None):
        night = _night(args.night)
    elif args.action == "add":  # a check-in is about last night
        night = last_night(now.date())
    else:  # a startle belongs to the night under way
        night = night_of(now)
    history = History(dirs.history_file)
    try:
        record = DiaryRecord(history)
        if args.action == "add":
            return _diary_add(record, night, args, now)
        if args.action == "startle":
            return _diary_startle(record, night, args, now)
        return _diary_list(record, args, night_of(now))
    finally:
        history.close()


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import datetime

    from coach.adapters.history import DiaryRecord, History
    from coach.adapters.local_zone import local_zone
    from coach.adapters.plan_store import PlanStore
    from coach.core.diary import last_night
    from coach.services.diary_report import item_labels

    dirs = UserDirs.default()
    now = datetime.now(local_zone())
    last = _night(args.to, "--to") if args.to else last_night(now.date())
    first = _night(args.since, "--from") if args.since else last - _days(13)
    if first > last:
        raise CliError(
            translate("cli", "--from {first} is after --to {last}").format(first=first, last=last)
        )
    if (last - first).days > 366:
        raise CliError(
            translate(
                "cli", "{first} to {last} is more than a year; a report covers at most 367 nights"
            ).format(first=first, last=last)
        )
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CliError(
            translate("cli", "-o {output}: the report is a PDF; give a name ending in .pdf").format(
                output=args.output
            )
        )
    _bedtimes, items, _problems = PlanStore(dirs.plan_file).load(move_aside=False)
    labels = item_labels({item.id: item_title(item) for item in items})
    history = History(dirs.history_file)
    try:
        period = DiaryRecord(history).period(first, last)
    finally:
        history.close()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from coach.adapters.report_pdf import write_report_files

    # The PDF writer needs a QGuiApplication: an offscreen one, kept until it is written.
    gui = QCoreApplication.instance() or QGuiApplication(["coach", "-platform", "offscreen"])
    table = Path(args.csv) if args.csv else None
    try:
        written = write_report_files(period, labels, now.date(), output, table)
    except OSError as exc:
        where = exc.filename or output
        raise CliError(
            translate("cli", "cannot write {where}: {exc}").format(
                where=where, exc=exc.strerror or exc
            )
        ) from None
    finally:
        del gui
    pages, rows = written.pages, written.rows
    print(translate("cli", "{output}: the report, %n page(s)", None, pages).format(output=output))
    if written.table is not None and written.codebook is not None:
        print(
            translate("cli", "{table}: %n night(s), one per row", None, rows).format(
                table=written.table
            )
        )
        print(
            translate("cli", "{codebook}: what each column means").format(codebook=written.codebook)
        )
    return 0


def _days(count: int) -> timedelta:
    return timedelta(days=count)


def _night(text: str, flag: str = "--night") -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(
            translate(
                "cli", "{flag} {text!r} is not a date; write YYYY-MM-DD, e.g. 2026-11-30"
            ).format(flag=flag, text=text)
        ) from None


def _diary_add(record: DiaryRecord, night: date, args: argparse.Namespace, now: datetime) -> int:
    from coach.core.diary import check_entry
    from coach.services.diary_text import describe

    raw = {
        name: getattr(args, name)
        for name in (
            "in_bed",
            "tried",
            "latency",
            "awakenings",
            "awake",
            "final_wake",
            "out_of_bed",
            "quality",
            "rested",
            "naps",
            "nap_minutes",
            "caffeine",
            "caffeine_last",
            "alcohol",
            "alcohol_last",
            "comments",
            "filled_by",
        )
    }
    entry, problems = check_entry(night, raw)
    if entry is None:
        raise CliError(
            translate("cli", "the night of {night} was not saved: ").format(night=night)
            + " ".join(map(describe, problems))
        )
    record.save(entry, now)
    print(translate("cli", "{night}: saved").format(night=night))
    return 0


def _diary_startle(
    record: DiaryRecord, night: date, args: argparse.Namespace, now: datetime
) -> int:
    from coach.core.diary import Startle, check_startle
    from coach.services.diary_text import describe

    problems = check_startle(night, args.area, args.situation, args.seconds, body_areas.AREAS)
    if problems:
        raise CliError(
            translate("cli", "the startle was not saved: ") + " ".join(map(describe, problems))
        )
    record.add_startle(
        Startle(night, args.area, args.situation, args.seconds, args.woke, args.legs), now
    )
    print(translate("cli", "{night}: startle saved").format(night=night))
    return 0


def _diary_list(record: DiaryRecord, args: argparse.Namespace, last_night: date) -> int:
    from coach.core.diary import figures

    last = _night(args.to, "--to") if args.to else last_night
    first = _night(args.since, "--from") if args.since else last - _days(13)
    entries = {e.night: e for e in record.entries(first, last)}
    startles: dict[date, int] = {}
    for startle in record.startles(first, last):
        startles[startle.night] = startles.get(startle.night, 0) + 1
    rows = []
    for night in sorted(set(entries) | set(startles)):
        row: dict[str, object] = {"night": night.isoformat()}
        entry = entries.get(night)
        if entry is not None:
            for key, value in asdict(entry).items():
                if key != "night":
                    row[key] = f"{value:%H:%M}" if isinstance(value, dt_time) else value
            f = figures(entry)
            row.update(
                tib_min=f.tib, tst_min=f.tst, se_percent=f.se, sol_min=f.sol, waso_min=f.waso
            )
        row["startles"] = startles.get(night, 0)
        rows.append(row)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(
            translate("cli", "Nothing in the diary from {first} to {last}.").format(
                first=first, last=last
            )
        )
        return 0
    heads = [translate("cli", "night"), translate("cli", "in bed"), translate("cli", "asleep")]
    print(
        f"{heads[0]:<10}  {heads[1]:<6}  {heads[2]:<6}  {'TST':<6}  {'SE %':<5}  "
        + translate("cli", "startles")
    )
    for row in rows:
        tst = row.get("tst_min")
        shown = f"{int(tst) // 60}:{int(tst) % 60:02d}" if isinstance(tst, int) else "–"
        print(
            f"{row['night']}  {row.get('in_bed', '–'):<6}  {row.get('tried', '–'):<6}  "
            f"{shown:<6}  {row.get('se_percent', '–')!s:<5}  {row['startles']}"
        )
    return 0


class CliError(Exception):
    """A command-line error reported as one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description=translate("cli", "Wind-Down Coach: spoken relaxation for bedtime."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("timeline", help=translate("cli", "print every cue of a routine"))
    p.add_argument("routine", help=translate("cli", "a routine name, id or .toml file"))
    p.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON (at, text, kind, area)")
    )
    p.set_defaults(func=cmd_timeline)
    p = sub.add_parser("voices", help=translate("cli", "list the installed voices"))
    p.set_defaults(func=cmd_voices)
    p = sub.add_parser("check", help=translate("cli", "validate routine files"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("render", help=translate("cli", "render a whole session to a WAV file"))
    p.add_argument("routine")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("cli", "FILE.wav, .flac, .ogg or .opus"),
    )
    p.add_argument(
        "--night",
        type=float,
        metavar="HOURS",
        help="the background plays on this many hours after the closing words, fading out "
        "at the end (at most 10; a night is best written as .flac, .ogg or .opus)",
    )
    p.add_argument(
        "--background",
        choices=("brown", "pink"),
        help=translate("cli", "the background sound (else the settings')"),
    )
    p.set_defaults(func=cmd_render)
    p = sub.add_parser("export", help=translate("cli", "write the whole setup to one file"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--with-lock", action="store_true", help=translate("cli", "include the settings lock")
    )
    p.add_argument(
        "--with-diary",
        action="store_true",
        help=translate("cli", "include the sleep diary and startle log (health information)"),
    )
    p.add_argument(
        "--pin-file", metavar="FILE", help=translate("cli", "on a locked setup: the PIN's file")
    )
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", help=translate("cli", "install a setup file (checked first)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "only show what would change")
    )
    p.add_argument(
        "--pin-file", metavar="FILE", help=translate("cli", "on a locked setup: the PIN's file")
    )
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("diary", help=translate("cli", "the night diary and the startle log"))
    actions = p.add_subparsers(dest="action", required=True)
    add = actions.add_parser(
        "add", help=translate("cli", "save a night's check-in (every value is checked)")
    )
    add.add_argument(
        "--night", metavar="YYYY-MM-DD", help=translate("cli", "the evening the night began")
    )
    for flag, dest, meta in (
        ("--in-bed", "in_bed", "HH:MM"),
        ("--tried", "tried", "HH:MM"),
        ("--latency", "latency", "MIN"),
        ("--awakenings", "awakenings", "N"),
        ("--awake", "awake", "MIN"),
        ("--final-wake", "final_wake", "HH:MM"),
        ("--out-of-bed", "out_of_bed", "HH:MM"),
        ("--quality", "quality", "1-5"),
    ):
        add.add_argument(flag, dest=dest, metavar=meta, required=True)
    for flag, dest, meta in (
        ("--rested", "rested", "1-5"),
        ("--naps", "naps", "N"),
        ("--nap-minutes", "nap_minutes", "MIN"),
        ("--caffeine", "caffeine", "N"),
        ("--caffeine-last", "caffeine_last", "HH:MM"),
        ("--alcohol", "alcohol", "N"),
        ("--alcohol-last", "alcohol_last", "HH:MM"),
        ("--comment", "comments", "TEXT"),
        ("--filled-by", "filled_by", "NAME"),
    ):
        add.add_argument(flag, dest=dest, metavar=meta)
    startle = actions.add_parser("startle", help=translate("cli", "log a startle"))
    startle.add_argument(
        "--night", metavar="YYYY-MM-DD", help=translate("cli", "the evening the night began")
    )
    startle.add_argument(
        "--area", required=True, help=translate("cli", "a body area, e.g. right_leg")
    )
    startle.add_argument(
        "--situation",
        required=True,
        help=translate("cli", "falling_asleep, night, awake or daytime"),
    )
    startle.add_argument("--seconds", type=float, help=translate("cli", "about how long"))
    startle.add_argument("--woke", action="store_true", help=translate("cli", "it woke you"))
    startle.add_argument(
        "--legs",
        action="store_true",
        help=translate("cli", "the legs felt uncomfortable before it"),
    )
    listing = actions.add_parser(
        "list", help=translate("cli", "the nights in the diary, with their figures")
    )
    listing.add_argument("--from", dest="since", metavar="YYYY-MM-DD")
    listing.add_argument("--to", metavar="YYYY-MM-DD")
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=cmd_diary)
    p = sub.add_parser(
        "report", help=translate("cli", "write the sleep diary as a PDF for the doctor")
    )
    p.add_argument(
        "--from", dest="since", metavar="YYYY-MM-DD", help=translate("cli", "first night (14 back)")
    )
    p.add_argument(
        "--to", metavar="YYYY-MM-DD", help=translate("cli", "last night (by default last night)")
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--csv", metavar="FILE.csv", help=translate("cli", "also one row per night, and a codebook")
    )
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("tonight", help=translate("cli", "print tonight's evening plan"))
    p.add_argument(
        "--bedtime", metavar="HH:MM", help=translate("cli", "plan for this bedtime instead")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=cmd_tonight)
    return parser


def speak_the_readers_language(argv: list[str]) -> QCoreApplication:
    """A Qt application object (the PDF report needs a GUI one, offscreen) with the
    catalogue of the language chosen in Preferences, else the system's."""
    from coach.adapters.translations import install, window_language
    from coach.core.files import read_small_file
    from coach.core.settings import parse_settings

    app = QCoreApplication.instance()
    if app is None:
        if argv[:1] == ["report"]:
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication(["coach", "-platform", "offscreen"])
        else:
            app = QCoreApplication(["coach"])
    chosen = ""
    with contextlib.suppress(OSError, UnicodeDecodeError):  # a FIFO or a device is refused
        text = read_small_file(UserDirs.default().settings_file).decode("utf-8")
        chosen = parse_settings(text)[0].language
    install(app, window_language(chosen, os.environ))
    argparse._ = _argparse_words  # type: ignore[attr-defined]  # argparse looks its words up via gettext
    return app


#: The words argparse itself prints (it looks each up with gettext as it goes, so they
#: come from our catalogue once its lookup is ours); any other stays English.
ARGPARSE_WORDS = (
    marked("argparse", "usage: "),
    marked("argparse", "positional arguments"),
    marked("argparse", "options"),
    marked("argparse", "show this help message and exit"),
    marked("argparse", "argument %(argument_name)s: %(message)s"),
    marked("argparse", "the following arguments are required: %s"),
    marked("argparse", "unrecognized arguments: %s"),
    marked("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    marked("argparse", "invalid %(type)s value: %(value)r"),
    marked("argparse", "expected one argument"),
    marked("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    marked("argparse", "not allowed with argument %s"),
    marked("argparse", "one of the arguments %s is required"),
    marked("argparse", "%(prog)s: error: %(message)s\n"),
)


def _argparse_words(text: str) -> str:
    return translate("argparse", text)


def _command(argv: list[str]) -> int:
    """Run one subcommand; every failure becomes one line and an exit status."""
    app = speak_the_readers_language(argv)
    try:
        return _run(argv)
    finally:
        del app


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (RoutineError, UnknownRoutine, CliError) as exc:
        message = error_in_words(exc, keys=True).strip().replace("\n", "\n  ")
        print(f"coach {args.command}: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one line here; the whole story in the log
        log = _command_log()
        log.exception("coach %s failed", args.command)
        print(
            f"coach {args.command}: {type(exc).__name__}: {exc} "
            + translate("cli", "(details in the log in {folder})").format(
                folder=UserDirs.default().state
            ),
            file=sys.stderr,
        )
        return 3


class _Terminal:
    """A stream that shows control characters as escapes (lines and tabs stay): file
    names and words printed by a command can never drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(for_terminal(text, LINE_BREAKS))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand (``coach timeline …``, ``coach import …``); returns its status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    make_private(UserDirs.default())
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Terminal(sys.stdout), _Terminal(sys.stderr)
    try:
        return _command(argv)
    finally:
        sys.stdout, sys.stderr = streams
