"""The report for the doctor, as content: the CSV (one row per night, with its codebook)
and the PDF's document (HTML for Qt's text engine, with the charts as named pictures
the PDF writer draws).  No Qt here: :mod:`coach.adapters.report_pdf` makes the file.

Everything is written for a reader who has never seen the app: units on every column,
the scale of every rating, and where the figures come from.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from html import escape

from coach.core import body_areas
from coach.core.diary import QUALITY
from coach.core.diary_summary import RELAXATION_FINISHED, NightRow, Period
from coach.core.words import marked
from coach.services.diary_text import SITUATION_WORDS, Say, doctor_note, english

CONTEXT = "DiaryReport"


def _english_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _english_short_day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


@dataclass(frozen=True)
class ReportWords:
    """How the PDF says things: its words (marked under ``DiaryReport``, also
    ``DiaryText``), dates and body parts in the reader's language; English by default.
    (The CSV and its codebook stay English: they are data for a spreadsheet.)"""

    say: Say = english
    day: Callable[[date], str] = _english_day
    short_day: Callable[[date], str] = _english_short_day
    area: Callable[[str], str] = body_areas.label

    def __call__(self, text: str) -> str:
        """A text of the report (marked under ``DiaryReport``) in the reader's words."""
        return self.say(CONTEXT, text)

    def situation(self, code: str) -> str:
        words = SITUATION_WORDS.get(code)
        return self.say("DiaryText", words) if words else code


ENGLISH = ReportWords()


@dataclass(frozen=True)
class Chart:
    """A bar chart of one figure per night (None: no value that night)."""

    name: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    unit: str
    #: The top of the scale (the highest value when None).
    top: float | None = None


@dataclass(frozen=True)
class Report:
    html: str
    charts: tuple[Chart, ...]


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    unit: str
    value: Callable[[NightRow], object]


def _clock(row: NightRow, name: str) -> str:
    value = getattr(row.entry, name, None) if row.entry is not None else None
    return f"{value:%H:%M}" if value is not None else ""


def _entry(row: NightRow, name: str) -> object:
    return getattr(row.entry, name) if row.entry is not None else ""


def _figure(row: NightRow, name: str) -> object:
    return getattr(row.figures, name) if row.figures is not None else ""


def columns(item_label: Callable[[str], str]) -> tuple[Column, ...]:
    """The CSV's columns, each with its meaning and unit (the codebook)."""
    scale = "1 = very poor, 2 = poor, 3 = fair, 4 = good, 5 = very good"
    return (
        Column(
            "night",
            "The evening the night began (a sleep from 00:30 belongs to the evening before)",
            "date YYYY-MM-DD",
            lambda r: r.night.isoformat(),
        ),
        Column("in_bed", "Time into bed", "HH:MM", lambda r: _clock(r, "in_bed")),
        Column("tried", "Time the person tried to sleep", "HH:MM", lambda r: _clock(r, "tried")),
        Column("sol_min", "SOL: minutes to fall asleep", "minutes", lambda r: _figure(r, "sol")),
        Column(
            "awakenings",
            "Number of awakenings in the night",
            "count",
            lambda r: _figure(r, "awakenings"),
        ),
        Column(
            "waso_min",
            "WASO: minutes awake after first falling asleep",
            "minutes",
            lambda r: _figure(r, "waso"),
        ),
        Column(
            "final_wake", "Time of the final awakening", "HH:MM", lambda r: _clock(r, "final_wake")
        ),
        Column("out_of_bed", "Time out of bed", "HH:MM", lambda r: _clock(r, "out_of_bed")),
        Column(
            "tib_min",
            "TIB: time in bed = out of bed − into bed",
            "minutes",
            lambda r: _figure(r, "tib"),
        ),
        Column(
            "tst_min",
            "TST: total sleep time = (final awakening − tried to sleep) − SOL − WASO",
            "minutes",
            lambda r: _figure(r, "tst"),
        ),
        Column(
            "se_percent",
            "SE: sleep efficiency = TST / TIB × 100",
            "percent, one decimal",
            lambda r: _figure(r, "se"),
        ),
        Column(
            "quality",
            "Quality of sleep",
            scale,
            lambda r: r.quality if r.quality is not None else "",
        ),
        Column("rested", "How rested the person felt", scale, lambda r: _rested(r)),
        Column("naps", "Naps the day before", "count", lambda r: _entry(r, "naps")),
        Column(
            "nap_min",
            "Minutes napping the day before",
            "minutes",
            lambda r: _entry(r, "nap_minutes"),
        ),
        Column(
            "caffeine",
            "Caffeinated drinks the day before",
            "count",
            lambda r: _entry(r, "caffeine"),
        ),
        Column(
            "caffeine_last",
            "Time of the last caffeinated drink",
            "HH:MM",
            lambda r: _clock(r, "caffeine_last"),
        ),
        Column(
            "alcohol", "Alcoholic drinks the day before", "count", lambda r: _entry(r, "alcohol")
        ),
        Column(
            "alcohol_last",
            "Time of the last alcoholic drink",
            "HH:MM",
            lambda r: _clock(r, "alcohol_last"),
        ),
        Column("startles", "Startles logged that night", "count", lambda r: len(r.startles)),
        Column(
            "startle_parts",
            "Body parts of those startles",
            "names, separated by ;",
            lambda r: "; ".join(body_areas.label(s.area) for s in r.startles),
        ),
        Column(
            "startle_situations",
            "When each startle happened",
            "words, separated by ;",
            lambda r: "; ".join(SITUATION_WORDS.get(s.situation, s.situation) for s in r.startles),
        ),
        Column(
            "quick_check_in",
            "Only the short check-in of simple mode was filled in (no times, so no figures)",
            "yes or empty",
            lambda r: "yes" if r.quick else "",
        ),
        Column(
            "quick_startled",
            "Short check-in: startles that night",
            "yes, no or empty",
            lambda r: _yes_no(r.quick.startled) if r.quick else "",
        ),
        Column(
            "quick_woke",
            "Short check-in: woke in the night",
            "yes, no or empty",
            lambda r: _yes_no(r.quick.woke) if r.quick else "",
        ),
        Column(
            "evening_done",
            "Items of the evening plan done that evening",
            "names, separated by ;",
            lambda r: "; ".join(item_label(i) for i in r.done),
        ),
        Column(
            "relaxation",
            "The relaxation session that evening",
            "finished, stopped or empty (none)",
            lambda r: r.relaxation,
        ),
        Column(
            "filled_by",
            "Who filled the check-in in, when someone helped",
            "text",
            lambda r: _filled_by(r),
        ),
        Column("comments", "The person's comments", "text", lambda r: _entry(r, "comments")),
    )


def _rested(row: NightRow) -> object:
    if row.entry is None or row.entry.rested is None:
        return ""
    return row.entry.rested


def _filled_by(row: NightRow) -> str:
    if row.entry is not None:
        return row.entry.filled_by
    return row.quick.filled_by if row.quick is not None else ""


def _yes_no(value: bool | None) -> str:
    """``yes``, ``no``, or empty when the question was not answered."""
    return "" if value is None else ("yes" if value else "no")


def _cell(value: object) -> str:
    """A value as a CSV cell; text a spreadsheet would run as a formula is quoted."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_text(period: Period, item_label: Callable[[str], str]) -> str:
    """One row per night of the period (nights with nothing at all are left out)."""
    cols = columns(item_label)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in cols])
    for row in period.nights:
        if row.has_anything:
            writer.writerow([_cell(c.value(row)) for c in cols])
    return out.getvalue()


def codebook_text(item_label: Callable[[str], str]) -> str:
    """What each CSV column means and its unit, as a CSV of its own."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["column", "meaning", "unit"])
    for c in columns(item_label):
        writer.writerow([c.name, c.meaning, c.unit])
    return out.getvalue()


# -- the PDF's document --------------------------------------------------------------------
def charts(period: Period, words: ReportWords = ENGLISH) -> tuple[Chart, ...]:
    labels = tuple(words.short_day(n.night) for n in period.nights)
    return (
        Chart(
            "se",
            words(marked("DiaryReport", "Sleep efficiency")),
            labels,
            tuple(n.figures.se if n.figures else None for n in period.nights),
            "%",
            100,
        ),
        Chart(
            "tst",
            words(marked("DiaryReport", "Total sleep time")),
            labels,
            tuple(round(n.figures.tst / 60, 2) if n.figures else None for n in period.nights),
            words(marked("DiaryReport", "h")),
        ),
        Chart(
            "startles",
            words(marked("DiaryReport", "Startles")),
            labels,
            tuple(float(len(n.startles)) for n in period.nights),
            "",
        ),
    )


def _table(head: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    cells = "".join(
        f"<th{f' width={widths[i]}%' if widths else ''}>{escape(h)}</th>"
        for i, h in enumerate(head)
    )
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table class=grid cellspacing=0 cellpadding=3 width=100%><tr>{cells}</tr>{body}</table>"
    )


def _number(value: float | None, suffix: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text}{suffix}"


STYLE = (
    "<style>"
    "body { font-family: sans-serif; font-size: 8pt; color: #000; }"
    "h1 { font-size: 14pt; margin: 0; } h2 { font-size: 10pt; margin-top: 8px; }"
    "table.grid { border-collapse: collapse; } "
    "table.grid th { background: #e8e8e8; font-weight: bold; text-align: left; }"
    "table.grid td, table.grid th { border: 1px solid #999; font-size: 7pt; }"
    ".note { background: #f3efe4; padding: 6px; }"
    ".small { font-size: 8pt; color: #333; }"
    "</style>"
)


def report(
    period: Period,
    item_label: Callable[[str], str],
    made_on: date,
    who: str = "",
    words: ReportWords = ENGLISH,
) -> Report:
    """The report's document: the period, the note, averages, charts, the nights, the
    startles, the evening plan beside the nights, and the comments — in *words*."""
    a = period.averages
    title = (
        words(marked("DiaryReport", "Sleep diary of {who}")).format(who=escape(who))
        if who
        else words(marked("DiaryReport", "Sleep diary"))
    )
    parts = [
        STYLE,
        f"<h1>{title}</h1>",
        "<p>"
        + escape(
            words(
                marked(
                    "DiaryReport",
                    "Nights of {first} to {last}: {nights} in all, {full} with a full "
                    "check-in. Made with Wind-Down Coach on {made}, on this computer; nothing "
                    "was sent anywhere. A diary kept by the person, not a medical measurement.",
                )
            ).format(
                first=words.day(period.first),
                last=words.day(period.last),
                nights=len(period.nights),
                full=a.nights,
                made=words.day(made_on),
            )
        )
        + "</p>",
    ]
    note = doctor_note(list(period.doctor), words.say)
    if note:
        lines = note.split("\n")
        parts.append(
            "<p class=note><b>"
            + escape(words(marked("DiaryReport", "Worth mentioning:")))
            + "</b> "
            + escape(lines[0])
            + "<br>"
            + "<br>".join(escape(line) for line in lines[1:])
            + "</p>"
        )
    parts.append(_heading(words(marked("DiaryReport", "Averages"))))
    parts.append(
        _table(
            [
                words(marked("DiaryReport", "Time in bed")),
                words(marked("DiaryReport", "Total sleep")),
                words(marked("DiaryReport", "Sleep efficiency")),
                words(marked("DiaryReport", "Minutes to fall asleep")),
                words(marked("DiaryReport", "Awakenings")),
                words(marked("DiaryReport", "Minutes awake after sleep")),
                words(marked("DiaryReport", "Quality (1–5)")),
                words(marked("DiaryReport", "Startles")),
            ],
            [
                [
                    _hours(a.tib, words),
                    _hours(a.tst, words),
                    _number(a.se, " %"),
                    _number(a.sol),
                    _number(a.awakenings),
                    _number(a.waso),
                    _number(a.quality),
                    str(period.startle_count),
                ]
            ],
        )
    )
    parts.append(_heading(words(marked("DiaryReport", "Night by night"))))
    parts.append(
        "<table cellspacing=0 cellpadding=0 width=100%><tr>"
        + "".join(f"<td><img src='chart:{c.name}' width=222></td>" for c in charts(period, words))
        + "</tr></table>"
    )
    parts.append(_nights(period, item_label, words))
    parts.append(
        "<p class=small>"
        + escape(
            words(
                marked(
                    "DiaryReport",
                    "SOL: minutes to fall asleep. WASO: minutes awake after first falling "
                    "asleep. TIB: time in bed. TST: total sleep time = (final awakening − "
                    "tried to sleep) − SOL − WASO. SE: sleep efficiency = TST / TIB × 100. "
                    "Quality: {scale}.",
                )
            ).format(
                scale=", ".join(
                    f"{i} = {words.say('DiaryText', w)}" for i, w in enumerate(QUALITY, start=1)
                )
            )
        )
        + "</p>"
    )
    parts.extend(_startles(period, words))
    parts.extend(_side_by_side(period, item_label, words))
    comments = [(n.night, n.entry.comments) for n in period.nights if n.entry and n.entry.comments]
    if comments:
        parts.append(_heading(words(marked("DiaryReport", "Comments"))))
        parts.append(
            "".join(
                f"<p><b>{escape(words.short_day(night))}:</b> "
                f"{escape(text).replace(chr(10), '<br>')}</p>"
                for night, text in comments
            )
        )
    return Report("".join(parts), charts(period, words))


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _hours(minutes: float | None, words: ReportWords) -> str:
    """420 → ``7 h 00`` (the hour's sign in the reader's language); None → ``–``."""
    if minutes is None:
        return "–"
    whole = round(minutes)
    return words(marked("DiaryReport", "{hours} h {minutes}")).format(
        hours=whole // 60, minutes=f"{whole % 60:02d}"
    )


def _relaxation(value: str, words: ReportWords) -> str:
    if value == "finished":
        return words(marked("DiaryReport", "finished"))
    if value == "stopped":
        return words(marked("DiaryReport", "stopped"))
    return value


def _nights(period: Period, item_label: Callable[[str], str], words: ReportWords) -> str:
    rows = []
    for n in period.nights:
        if not n.has_anything:
            continue
        e, f = n.entry, n.figures
        quick = words(marked("DiaryReport", "short check-in")) if n.quick else ""
        woke = words(marked("DiaryReport", "woke")) if n.quick and n.quick.woke else ""
        startled = words(marked("DiaryReport", "yes")) if n.startled else ""
        rows.append(
            [
                words.short_day(n.night),
                f"{e.in_bed:%H:%M}" if e else quick,
                f"{e.tried:%H:%M}" if e else "",
                str(f.sol) if f else "",
                str(f.awakenings) if f else woke,
                str(f.waso) if f else "",
                f"{e.final_wake:%H:%M}" if e else "",
                f"{e.out_of_bed:%H:%M}" if e else "",
                _hours(f.tib, words) if f else "",
                _hours(f.tst, words) if f else "",
                _number(f.se) if f else "",
                str(n.quality) if n.quality is not None else "",
                str(len(n.startles)) if n.startles else startled,
                ", ".join(item_label(i) for i in n.done) or "",
                _relaxation(n.relaxation, words),
            ]
        )
    if not rows:
        return _paragraph(words(marked("DiaryReport", "No nights were recorded in this period.")))
    return _table(
        [
            words(marked("DiaryReport", "Night")),
            words(marked("DiaryReport", "In bed")),
            words(marked("DiaryReport", "Tried")),
            "SOL",
            words(marked("DiaryReport", "Woke")),
            "WASO",
            words(marked("DiaryReport", "Final")),
            words(marked("DiaryReport", "Up")),
            "TIB",
            "TST",
            "SE %",
            words(marked("DiaryReport", "Qual.")),
            words(marked("DiaryReport", "Startles")),
            words(marked("DiaryReport", "Evening plan done")),
            words(marked("DiaryReport", "Relaxation")),
        ],
        rows,
    )


def _startles(period: Period, words: ReportWords) -> list[str]:
    parts = [_heading(words(marked("DiaryReport", "Startles")))]
    if not period.startle_count:
        parts.append(
            _paragraph(words(marked("DiaryReport", "No startles were logged in this period.")))
        )
        return parts
    parts.append(
        _paragraph(
            words(
                marked(
                    "DiaryReport",
                    "Startles: {count}, on {nights} of the nights. The person woke from "
                    "{woke} of them; before {legs} of them the legs felt uncomfortable.",
                )
            ).format(
                count=period.startle_count,
                nights=sum(1 for n in period.nights if n.startles),
                woke=period.startles_woke,
                legs=period.startles_legs,
            )
        )
    )
    parts.append(
        "<table cellspacing=0 cellpadding=0 width=100%><tr><td width=50%>"
        + _table(
            [words(marked("DiaryReport", "Body part")), words(marked("DiaryReport", "Startles"))],
            [[words.area(k), str(v)] for k, v in period.startles_by_area],
        )
        + "</td><td width=4%></td><td width=46%>"
        + _table(
            [words(marked("DiaryReport", "Situation")), words(marked("DiaryReport", "Startles"))],
            [[words.situation(k), str(v)] for k, v in period.startles_by_situation],
        )
        + "</td></tr></table>"
    )
    return parts


def _side_by_side(
    period: Period, item_label: Callable[[str], str], words: ReportWords
) -> list[str]:
    parts = [_heading(words(marked("DiaryReport", "The evening plan beside the nights")))]
    side = [
        [
            words(marked("DiaryReport", "Relaxation finished"))
            if s.item == RELAXATION_FINISHED
            else item_label(s.item),
            str(s.nights_done),
            _number(s.se_done, " %"),
            str(s.nights_not),
            _number(s.se_not, " %"),
        ]
        for s in period.side_by_side
    ]
    if not side:
        parts.append(
            _paragraph(
                words(
                    marked(
                        "DiaryReport",
                        "Nothing from the evening plan was ticked off in this period.",
                    )
                )
            )
        )
        return parts
    efficiency = words(marked("DiaryReport", "Mean sleep efficiency"))
    parts.append(
        _table(
            [
                words(marked("DiaryReport", "Done that evening")),
                words(marked("DiaryReport", "Nights")),
                efficiency,
                words(marked("DiaryReport", "Other nights")),
                efficiency,
            ],
            side,
        )
    )
    return parts


def item_labels(titles: Mapping[str, str]) -> Callable[[str], str]:
    """How an evening-plan item id is shown: its title in the plan, else the id in words."""
    return lambda item: titles.get(item) or item.replace("_", " ")
