"""Each night's record in SQLite: what was ticked off, and whether relaxation ran."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path

from coach.core.diary import DiaryEntry, QuickCheckIn, Startle, check_entry, check_quick
from coach.core.diary_summary import Period, rules_first_night, summarise
from coach.core.words import Said, said

log = logging.getLogger(__name__)

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS checks (
    night TEXT NOT NULL,
    item TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'skipped')),
    at TEXT NOT NULL,
    PRIMARY KEY (night, item)
);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    night TEXT NOT NULL,
    routine TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    outcome TEXT
);
"""


#: Numbered upgrade steps: MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS = (
    SCHEMA_V1,
    "CREATE INDEX IF NOT EXISTS sessions_by_night ON sessions(night);",
    # Reminders already given, and when the app last ran each evening.
    """
    CREATE TABLE IF NOT EXISTS reminders (
        night TEXT NOT NULL,
        item TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (night, item)
    );
    CREATE TABLE IF NOT EXISTS evenings_seen (
        night TEXT PRIMARY KEY,
        last TEXT NOT NULL
    );
    """,
    # The night diary (one check-in per night) and the startle log.
    """
    CREATE TABLE IF NOT EXISTS diary (
        night TEXT PRIMARY KEY,
        entry TEXT NOT NULL,
        saved TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS startles (
        id INTEGER PRIMARY KEY,
        night TEXT NOT NULL,
        area TEXT NOT NULL,
        situation TEXT NOT NULL,
        seconds REAL,
        woke INTEGER NOT NULL DEFAULT 0,
        legs_uncomfortable INTEGER NOT NULL DEFAULT 0,
        saved TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS startles_by_night ON startles(night);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class Night:
    night: date
    checks: dict[str, str]  # item id → done / skipped
    sessions: list[tuple[str, str | None]]  # routine, outcome (finished / stopped / None)


class History:
    """A small SQLite file in the user data folder (WAL mode, readable only by the user).

    It is also the reminders' :class:`~coach.core.reminders.ReminderMemory`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        #: Set when a damaged file had to be moved aside: where it is kept.
        self.moved_aside: Path | None = None
        memory = str(path) == ":memory:"
        if not memory:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            self._open(memory)
        except sqlite3.OperationalError as exc:
            # The disk is full, read-only or gone: the file may be fine. Never move it
            # aside for that; say what is wrong with the disk instead.
            self._close_quietly()
            raise OSError(
                f"{path} cannot be used now: {exc} (is the disk full or read-only?)"
            ) from None
        except sqlite3.DatabaseError:
            if memory:
                raise
            # Damaged: keep it for the user (and for a rescue), start a fresh record.
            self._close_quietly()
            self.moved_aside = path.with_name(
                f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
            )
            os.replace(path, self.moved_aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self._open(memory)

    def _close_quietly(self) -> None:
        db = self.__dict__.get("_db")
        if db is not None:
            db.close()

    def _open(self, memory: bool) -> None:
        path = self.path
        if not memory and not path.exists():
            path.touch(mode=0o600)
            path.chmod(0o600)
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the database failed its integrity check")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self._db.close()
            raise RuntimeError(
                f"{path} was written by a newer Wind-Down Coach "
                f"(schema {version}); this version reads {SCHEMA_VERSION}"
            )
        if 0 < version < SCHEMA_VERSION and not memory:
            # Back the file up before changing its layout (Picard's rule).
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(path, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}"))
        for step in range(version, SCHEMA_VERSION):
            with self._db:
                self._db.executescript(MIGRATIONS[step])
                self._db.execute(f"PRAGMA user_version={step + 1}")

    def close(self) -> None:
        self._db.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open database (for :class:`DiaryRecord`, which keeps the diary in it)."""
        return self._db

    @staticmethod
    def checks_read_only(path: Path, night: date) -> tuple[dict[str, str], str | None]:
        """The night's ticked items, read without changing anything (for print commands):
        no migration, nothing moved aside.  Returns the checks and, if the record could
        not be read, why."""
        if not path.is_file():
            return {}, None
        try:
            db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            return {}, f"{path} cannot be read ({exc})"
        try:
            rows = db.execute("SELECT item, state FROM checks WHERE night=?", (night.isoformat(),))
            return {str(item): str(state) for item, state in rows}, None
        except sqlite3.Error as exc:
            return {}, f"{path} cannot be read ({exc}), so nothing shows as done"
        finally:
            db.close()

    def check(self, night: date, item: str, state: str | None, at: datetime) -> None:
        """Record *item* as done or skipped tonight (``None`` clears it)."""
        with self._db:
            if state is None:
                self._db.execute(
                    "DELETE FROM checks WHERE night=? AND item=?", (night.isoformat(), item)
                )
            else:
                self._db.execute(
                    "INSERT INTO checks(night, item, state, at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(night, item) DO UPDATE SET state=excluded.state, at=excluded.at",
                    (night.isoformat(), item, state, at.isoformat()),
                )

    def session_started(self, night: date, routine: str, at: datetime) -> int:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO sessions(night, routine, started) VALUES (?, ?, ?)",
                (night.isoformat(), routine, at.isoformat()),
            )
        return int(cursor.lastrowid or 0)

    def session_ended(self, session: int, outcome: str, at: datetime) -> None:
        with self._db:
            self._db.execute(
                "UPDATE sessions SET finished=?, outcome=? WHERE id=?",
                (at.isoformat(), outcome, session),
            )

    def night(self, night: date) -> Night:
        key = night.isoformat()
        checks = dict(self._db.execute("SELECT item, state FROM checks WHERE night=?", (key,)))
        sessions = list(
            self._db.execute(
                "SELECT routine, outcome FROM sessions WHERE night=? ORDER BY id", (key,)
            )
        )
        return Night(night, checks, sessions)

    def session_starts(self, night: date) -> list[datetime]:
        """When each relaxation session of *night* began (the check-in's first guess)."""
        rows = self._db.execute(
            "SELECT started FROM sessions WHERE night=? ORDER BY id", (night.isoformat(),)
        )
        found = []
        for (started,) in rows:
            try:
                found.append(datetime.fromisoformat(started))
            except (TypeError, ValueError):
                continue
        return found

    def evenings(
        self, first: date, last: date
    ) -> tuple[dict[date, list[str]], dict[date, list[str | None]]]:
        """For the nights *first*..*last*: the items done each evening, and the outcome
        of each relaxation session (``finished``, ``stopped`` or None while running)."""
        span = (first.isoformat(), last.isoformat())
        done: dict[date, list[str]] = {}
        outcomes: dict[date, list[str | None]] = {}
        for night, item in self._db.execute(
            "SELECT night, item FROM checks WHERE state='done' AND night BETWEEN ? AND ? "
            "ORDER BY night, item",
            span,
        ):
            day = _day(night)
            if day is not None:
                done.setdefault(day, []).append(str(item))
        for night, outcome in self._db.execute(
            "SELECT night, outcome FROM sessions WHERE night BETWEEN ? AND ? ORDER BY id", span
        ):
            day = _day(night)
            if day is not None:
                outcomes.setdefault(day, []).append(None if outcome is None else str(outcome))
        return done, outcomes

    def nights(self, limit: int = 14) -> list[date]:
        rows = self._db.execute(
            "SELECT night FROM checks UNION SELECT night FROM sessions ORDER BY night DESC LIMIT ?",
            (limit,),
        )
        return [date.fromisoformat(r[0]) for r in rows]

    # -- ReminderMemory ---------------------------------------------------------------
    def fired(self, night: date) -> set[str]:
        rows = self._db.execute("SELECT item FROM reminders WHERE night=?", (night.isoformat(),))
        return {r[0] for r in rows}

    def remember_fired(self, night: date, items: set[str], at: datetime) -> None:
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR IGNORE INTO reminders(night, item, at) VALUES (?, ?, ?)",
                    [(night.isoformat(), item, at.isoformat()) for item in sorted(items)],
                )
        except sqlite3.Error as exc:  # the reminders go on; only a restart may repeat them
            log.warning("could not keep the reminders given tonight: %s", exc)

    def last_seen(self, night: date) -> datetime | None:
        row = self._db.execute(
            "SELECT last FROM evenings_seen WHERE night=?", (night.isoformat(),)
        ).fetchone()
        if row is None:
            return None
        try:
            seen = datetime.fromisoformat(row[0])
        except ValueError:
            return None  # an unreadable time counts as never seen
        return seen if seen.tzinfo is not None else None

    def seen(self, night: date, at: datetime) -> None:
        try:
            with self._db:
                self._db.execute(
                    "INSERT INTO evenings_seen(night, last) VALUES (?, ?) "
                    "ON CONFLICT(night) DO UPDATE SET last=excluded.last",
                    (night.isoformat(), at.isoformat()),
                )
        except sqlite3.Error as exc:
            log.warning("could not note that the app ran this evening: %s", exc)


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


# -- the night diary ---------------------------------------------------------------------
def _entry_json(entry: DiaryEntry) -> str:
    doc = {}
    for name, value in asdict(entry).items():
        if name == "night":
            continue
        doc[name] = value.strftime("%H:%M") if isinstance(value, dt_time) else value
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def _entry_from(night: str, text: str) -> DiaryEntry | None:
    """The stored entry, checked again by the diary's rules (a damaged row is skipped)."""
    try:
        doc = json.loads(text)
        day = date.fromisoformat(night)
    except (ValueError, TypeError):
        return None
    if not isinstance(doc, dict) or "kind" in doc:
        return None
    entry, _problems = check_entry(day, doc)
    return entry


def _quick_json(quick: QuickCheckIn) -> str:
    doc = {
        "kind": "quick",
        "quality": quick.quality,
        "startled": quick.startled,
        "woke": quick.woke,
        "filled_by": quick.filled_by,
    }
    return json.dumps(doc, sort_keys=True)


def _put_night(db: sqlite3.Connection, night: date, text: str, at: datetime) -> None:
    """Keep *text* as *night*'s check-in (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO diary(night, entry, saved) VALUES (?, ?, ?) "
        "ON CONFLICT(night) DO UPDATE SET entry=excluded.entry, saved=excluded.saved",
        (night.isoformat(), text, at.isoformat()),
    )


def _put_startle(db: sqlite3.Connection, startle: Startle, at: datetime) -> None:
    db.execute(
        "INSERT INTO startles(night, area, situation, seconds, woke, "
        "legs_uncomfortable, saved) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            startle.night.isoformat(),
            startle.area,
            startle.situation,
            startle.seconds,
            int(startle.woke),
            int(startle.legs_uncomfortable),
            at.isoformat(),
        ),
    )


def _said(value: object) -> bool | None:
    """A yes/no answer as kept: True, False, or None when it was not given."""
    return value if isinstance(value, bool) else None


def _quick_from(night: str, text: str) -> QuickCheckIn | None:
    try:
        doc = json.loads(text)
        day = date.fromisoformat(night)
    except (ValueError, TypeError):
        return None
    if not isinstance(doc, dict) or doc.get("kind") != "quick":
        return None
    if check_quick(day, doc.get("quality")):
        return None
    return QuickCheckIn(
        day,
        int(doc["quality"]),
        _said(doc.get("startled")),
        _said(doc.get("woke")),
        str(doc.get("filled_by") or ""),
    )


class DiaryRecord:
    """The diary and the startle log, in the nights' SQLite file."""

    def __init__(self, history: History) -> None:
        self._db = history.connection
        self._history = history

    def period(self, first: date, last: date) -> Period:
        """The nights *first*..*last* side by side (see :mod:`coach.core.diary_summary`)."""
        first, last = min(first, last), max(first, last)
        done, outcomes = self._history.evenings(first, last)
        return summarise(
            first,
            last,
            self.entries(first, last),
            self.quick_entries(first, last),
            self.startles(min(first, rules_first_night(last)), last),
            done,
            outcomes,
        )

    def save(self, entry: DiaryEntry, at: datetime) -> None:
        """Keep *entry* as its night's check-in (replacing one saved before)."""
        with self._db:
            _put_night(self._db, entry.night, _entry_json(entry), at)

    def entry(self, night: date) -> DiaryEntry | None:
        row = self._db.execute(
            "SELECT night, entry FROM diary WHERE night=?", (night.isoformat(),)
        ).fetchone()
        return _entry_from(*row) if row else None

    def save_quick(self, quick: QuickCheckIn, at: datetime) -> None:
        """Keep simple mode's check-in as its night's (replacing one saved before)."""
        with self._db:
            _put_night(self._db, quick.night, _quick_json(quick), at)

    def has_checkin(self, night: date) -> bool:
        """Whether *night* has a check-in of either kind."""
        row = self._db.execute("SELECT 1 FROM diary WHERE night=?", (night.isoformat(),)).fetchone()
        return row is not None

    def quick_entries(self, first: date, last: date) -> list[QuickCheckIn]:
        rows = self._db.execute(
            "SELECT night, entry FROM diary WHERE night BETWEEN ? AND ? ORDER BY night",
            (first.isoformat(), last.isoformat()),
        )
        return [q for q in (_quick_from(n, t) for n, t in rows) if q is not None]

    def entries(self, first: date, last: date) -> list[DiaryEntry]:
        rows = self._db.execute(
            "SELECT night, entry FROM diary WHERE night BETWEEN ? AND ? ORDER BY night",
            (first.isoformat(), last.isoformat()),
        )
        return [e for e in (_entry_from(n, t) for n, t in rows) if e is not None]

    def add_startle(self, startle: Startle, at: datetime) -> None:
        with self._db:
            _put_startle(self._db, startle, at)

    def startles(self, first: date, last: date) -> list[Startle]:
        rows = self._db.execute(
            "SELECT night, area, situation, seconds, woke, legs_uncomfortable FROM startles "
            "WHERE night BETWEEN ? AND ? ORDER BY night, id",
            (first.isoformat(), last.isoformat()),
        )
        found = []
        for night, area, situation, seconds, woke, legs in rows:
            try:
                day = date.fromisoformat(night)
            except (TypeError, ValueError):
                continue
            found.append(Startle(day, str(area), str(situation), seconds, bool(woke), bool(legs)))
        return found


# -- the diary in a setup file (only when asked: it is health data) ----------------------
DIARY_FORMAT = "wind-down-coach-diary"
DIARY_VERSION = 1
MAX_DIARY_NIGHTS = 5000
MAX_DIARY_STARTLES = 50_000


@dataclass(frozen=True)
class DiaryData:
    """Nights (full and quick check-ins) and startles, checked, ready to be kept."""

    entries: tuple[DiaryEntry, ...]
    quick: tuple[QuickCheckIn, ...]
    startles: tuple[Startle, ...]

    def __len__(self) -> int:
        return len(self.entries) + len(self.quick) + len(self.startles)


def diary_export_text(path: Path) -> str | None:
    """The whole diary as JSON, read without changing the file (None: no diary yet)."""
    if not path.is_file():
        return None
    try:
        return _diary_export_text(path)
    except sqlite3.Error as exc:
        raise OSError(0, f"the sleep diary cannot be read ({exc})", str(path)) from None


def _diary_export_text(path: Path) -> str | None:
    db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "diary" not in tables:
            return None
        nights = []
        for night, text in db.execute("SELECT night, entry FROM diary ORDER BY night"):
            if _entry_from(night, text) is None and _quick_from(night, text) is None:
                continue  # a damaged row stays behind
            nights.append({"night": night, "entry": json.loads(text)})
        startles = [
            {
                "night": night,
                "area": area,
                "situation": situation,
                "seconds": seconds,
                "woke": bool(woke),
                "legs_uncomfortable": bool(legs),
            }
            for night, area, situation, seconds, woke, legs in db.execute(
                "SELECT night, area, situation, seconds, woke, legs_uncomfortable "
                "FROM startles ORDER BY night, id"
            )
        ]
    finally:
        db.close()
    if not nights and not startles:
        return None
    doc = {
        "format": DIARY_FORMAT,
        "version": DIARY_VERSION,
        "nights": nights,
        "startles": startles,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


#: A night of a diary file that breaks a rule, with the first rule it breaks.
NIGHT_PROBLEM = said("DiaryFile", "the night of {night}: {problem}")


class DiaryFileError(ValueError):
    """A diary from a setup file breaks a rule; ``said`` names the night and field."""

    def __init__(self, words: Said) -> None:
        self.said = words
        super().__init__(words.render())


def parse_diary(text: str, areas: set[str]) -> DiaryData:
    """Check a diary from a setup file; raises :class:`DiaryFileError` naming the first
    night and field that breaks a rule (every night and startle is checked as if typed),
    ValueError when it is not JSON."""
    from coach.core.diary import check_startle
    from coach.services.diary_text import problem_words

    doc = json.loads(text)
    if not isinstance(doc, dict) or doc.get("format") != DIARY_FORMAT:
        raise DiaryFileError(said("DiaryFile", "it is not a Wind-Down Coach diary"))
    if type(doc.get("version")) is not int or doc["version"] != DIARY_VERSION:
        raise DiaryFileError(
            said("DiaryFile", "its version {version} is not {known}").using(
                version=repr(doc.get("version"))[:40], known=DIARY_VERSION
            )
        )
    nights, startles = doc.get("nights"), doc.get("startles")
    if not isinstance(nights, list) or not isinstance(startles, list):
        raise DiaryFileError(said("DiaryFile", "it has no list of nights and startles"))
    if len(nights) > MAX_DIARY_NIGHTS or len(startles) > MAX_DIARY_STARTLES:
        raise DiaryFileError(
            said("DiaryFile", "it has more nights or startles than a diary can hold")
        )
    entries: list[DiaryEntry] = []
    quick: list[QuickCheckIn] = []
    seen: set[date] = set()
    for item in nights:
        if not isinstance(item, dict) or not isinstance(item.get("entry"), dict):
            raise DiaryFileError(said("DiaryFile", "a night is not a table of values"))
        day = _day(item.get("night"))
        if day is None:
            raise DiaryFileError(
                said("DiaryFile", "the night {night} is not a date").using(
                    night=repr(item.get("night"))[:40]
                )
            )
        if day in seen:
            raise DiaryFileError(
                said("DiaryFile", "the night of {night} is there twice").using(night=str(day))
            )
        seen.add(day)
        raw = item["entry"]
        if raw.get("kind") == "quick":
            problems = check_quick(day, raw.get("quality"))
            if problems:
                raise DiaryFileError(
                    NIGHT_PROBLEM.using(night=str(day), problem=problem_words(problems[0]))
                )
            found = _quick_from(day.isoformat(), json.dumps(raw))
            if found is None:
                raise DiaryFileError(
                    said("DiaryFile", "the night of {night}: its short check-in is damaged").using(
                        night=str(day)
                    )
                )
            quick.append(found)
            continue
        entry, problems = check_entry(day, raw)
        if entry is None:
            raise DiaryFileError(
                NIGHT_PROBLEM.using(night=str(day), problem=problem_words(problems[0]))
            )
        entries.append(entry)
    kept: list[Startle] = []
    for item in startles:
        if not isinstance(item, dict):
            raise DiaryFileError(said("DiaryFile", "a startle is not a table of values"))
        day = _day(item.get("night"))
        if day is None:
            raise DiaryFileError(
                said("DiaryFile", "a startle's night {night} is not a date").using(
                    night=repr(item.get("night"))[:40]
                )
            )
        seconds = item.get("seconds")
        if seconds is not None and (type(seconds) not in (int, float)):
            raise DiaryFileError(
                said("DiaryFile", "a startle on {night}: its seconds are not a number").using(
                    night=str(day)
                )
            )
        area, situation = item.get("area"), item.get("situation")
        problems = check_startle(day, str(area), str(situation), seconds, areas)
        if problems:
            raise DiaryFileError(
                said("DiaryFile", "a startle on {night}: {problem}").using(
                    night=str(day), problem=problem_words(problems[0])
                )
            )
        kept.append(
            Startle(
                day,
                str(area),
                str(situation),
                None if seconds is None else float(seconds),
                item.get("woke") is True,
                item.get("legs_uncomfortable") is True,
            )
        )
    return DiaryData(tuple(entries), tuple(quick), tuple(kept))


def keep_imported_diary(
    history: History, data: DiaryData, at: datetime, before_commit: Callable[[], None]
) -> None:
    """Keep *data* in one transaction: its nights replace those here, its startles are
    added (one already here is not added twice).  *before_commit* runs inside it (the
    import's file moves): when it raises, nothing of the diary is kept either."""
    db = history.connection
    record = DiaryRecord(history)
    with db:  # one transaction: committed only when all went well
        for entry in data.entries:
            _put_night(db, entry.night, _entry_json(entry), at)
        for quick in data.quick:
            _put_night(db, quick.night, _quick_json(quick), at)
        if data.startles:
            first = min(s.night for s in data.startles)
            last = max(s.night for s in data.startles)
            here = Counter(record.startles(first, last))
            for startle in data.startles:
                if here[startle] > 0:
                    here[startle] -= 1
                    continue
                _put_startle(db, startle, at)
        before_commit()
