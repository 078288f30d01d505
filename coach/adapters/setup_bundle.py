"""One file to carry a whole setup to another computer: a zip with a manifest.

Export writes the profile and settings, the evening plan, the user's routines
(and the lock's hash only when asked).  Import treats the file as hostile:
every entry is checked — names, kinds, sizes, compression ratio, contents — and
nothing is written unless all of it is good; then each file is written
atomically inside the app's own folders.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from coach.adapters.atomic import stage_private_bytes, sync_folder, write_private_bytes
from coach.adapters.history import (
    DiaryData,
    DiaryFileError,
    History,
    diary_export_text,
    keep_imported_diary,
    parse_diary,
)
from coach.core.checklist_format import PlanFileError, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.core.files import NotReadable, read_small_file
from coach.core.problems import FileProblemsError, Problem
from coach.core.routine_format import RoutineError, parse_routine
from coach.core.settings import Settings, parse_settings
from coach.core.setup_changes import plan_changes, settings_changes
from coach.core.words import Said, joined, said
from coach.paths import UserDirs

FORMAT = "wind-down-coach-setup"
VERSION = 1
MAX_BUNDLE_BYTES = 50_000_000
MAX_ENTRIES = 300
MAX_ENTRY_BYTES = 2_000_000
MAX_TOTAL_BYTES = 60_000_000
MAX_RATIO = 50  # uncompressed / compressed: more than this is a compression bomb
MAX_MANIFEST_BYTES = 65_536
#: Longest file or folder name inside a setup (bytes): room left for the temporary name.
MAX_NAME_CHARS = 120


#: Where each kind of entry lives inside a setup file (said when one is elsewhere).
PLACES = {
    "settings": said("SetupFile", "the settings are always settings.toml"),
    "plan": said("SetupFile", "the evening plan is always evening.toml"),
    "lock": said("SetupFile", "the lock is always lock.toml"),
    "routine": said(
        "SetupFile", "a routine is routines/NAME.toml (NAME not starting with “.” or “-”)"
    ),
    "recording": said("SetupFile", "a recording is recordings/ROUTINE/NAME.wav"),
    "diary": said("SetupFile", "the sleep diary is always diary.json"),
}


class BundleError(ValueError):
    """The bundle was refused; nothing was written.  ``said`` tells why, in words."""

    def __init__(self, words: Said) -> None:
        self.said = words
        super().__init__(words.render())


#: Refusals said in more than one place.
TWICE = said("SetupFile", "the manifest lists “{name}” twice")
NOT_UTF8 = said("SetupFile", "the entry “{name}” is not UTF-8 text")
NESTED = said("SetupFile", "the entry “{name}” is nested too deeply")
INVALID = said("SetupFile", "the entry “{name}” is invalid: {reason}")


def _invalid(name: str, problems: list[Problem]) -> Said:
    """An entry that breaks its file's rules, with each problem (as ``field: what``)."""
    listed = [
        Said("SetupFile", "{field}: {what}").using(field=p.field, what=p.said)
        if p.field
        else p.said
        for p in problems
    ]
    return INVALID.using(name=_shown(name), reason=joined(listed, "; "))


@dataclass(frozen=True)
class Change:
    """One thing an import would do; a *detail* says more about the change above it."""

    said: Said
    detail: bool = False


@dataclass
class ImportPlan:
    """What an import would write, checked and ready: ``(target, text)`` pairs."""

    writes: list[tuple[Path, bytes]] = field(default_factory=list)
    #: What the import would do, file by file (``detail``: a line about the one above).
    changes: list[Change] = field(default_factory=list)
    #: The sleep diary, when the file carries one (kept in the nights' record).
    diary: DiaryData | None = None


def export_bundle(
    dirs: UserDirs,
    destination: Path,
    include_lock: bool = False,
    include_diary: bool = False,
) -> list[str]:
    """Write the setup to *destination*; returns the names of what went in.

    The sleep diary goes in only when asked (it is health information)."""
    entries: list[tuple[str, str, Path]] = []
    for kind, name, path in (
        ("settings", "settings.toml", dirs.settings_file),
        ("plan", "evening.toml", dirs.plan_file),
    ):
        if path.exists():
            entries.append((kind, name, path))
    for routine in sorted(dirs.user_routines.glob("*.toml")):
        entries.append(("routine", f"routines/{routine.name}", routine))
    for recording in sorted(dirs.recordings.glob("*/*.wav")):
        entries.append(
            ("recording", f"recordings/{recording.parent.name}/{recording.name}", recording)
        )
    lock = dirs.config / "lock.toml"
    if include_lock and lock.exists():
        entries.append(("lock", "lock.toml", lock))
    diary = diary_export_text(dirs.history_file) if include_diary else None
    if diary is not None:
        entries.append(("diary", "diary.json", dirs.history_file))
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "entries": [{"path": name, "kind": kind} for kind, name, _ in entries],
    }
    tmp = destination.with_name(f".{destination.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as bundle:
                bundle.writestr("manifest.json", json.dumps(manifest, indent=2))
                for kind, name, path in entries:
                    if kind == "lock":
                        bundle.writestr(name, _lock_without_attempts(path))
                    elif kind == "diary" and diary is not None:
                        bundle.writestr(name, diary)
                    else:
                        bundle.write(path, name)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, destination)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written setup behind
        raise
    return [name for _k, name, _p in entries]


def _lock_without_attempts(path: Path) -> str:
    """The lock as it travels: the salted hash only, never this computer's wrong-try count."""
    from coach.adapters.lock_store import DAMAGED, LockStore

    record, _attempts = LockStore(path).load()
    if record is None:
        raise OSError(0, "the lock file has just gone", str(path))
    if record == DAMAGED:  # travels as "locked": nobody's PIN opens it
        raise OSError(0, "the lock file is damaged; reset the lock before exporting it", str(path))
    return LockStore.travelling_text(read_small_file(path).decode("utf-8"))


def _allowed(kind: str, name: str) -> bool:
    path = PurePosixPath(name)
    if kind == "settings":
        return name == "settings.toml"
    if kind == "plan":
        return name == "evening.toml"
    if kind == "lock":
        return name == "lock.toml"
    if kind == "diary":
        return name == "diary.json"
    if kind == "routine":
        return (
            len(path.parts) == 2
            and path.parts[0] == "routines"
            and path.suffix == ".toml"
            and path.name[:1] not in (".", "-")
        )
    if kind == "recording":
        return (
            len(path.parts) == 3
            and path.parts[0] == "recordings"
            and path.suffix == ".wav"
            and all(p[:1] not in (".", "-") for p in path.parts[1:])
        )
    return False


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        bool(name)
        and not name.startswith(("/", "\\"))
        and ".." not in path.parts
        and "\\" not in name
        and ":" not in name
        and "\0" not in name
    )


def plan_import(bundle_path: Path, dirs: UserDirs) -> ImportPlan:
    """Check *bundle_path* completely; raise :class:`BundleError` on anything wrong."""
    with _open_bundle(bundle_path) as archive:
        by_name = _checked_infos(archive, bundle_path.name)
        manifest_info = by_name.get("manifest.json")
        if manifest_info is None:
            raise BundleError(said("SetupFile", "the setup has no manifest.json"))
        if manifest_info.file_size > MAX_MANIFEST_BYTES:
            raise BundleError(said("SetupFile", "the manifest is too large"))
        plan = ImportPlan()
        targets: set[Path] = set()
        for kind, name in _manifest_entries(_read_entry(archive, manifest_info)):
            if name not in by_name:
                raise BundleError(
                    said(
                        "SetupFile", "the manifest lists “{name}”, which is not in the file"
                    ).using(name=name)
                )
            data = _read_entry(archive, by_name[name])
            if kind == "diary":
                if plan.diary is not None:
                    raise BundleError(TWICE.using(name=name))
                plan.diary = _checked_diary(name, data)
                plan.changes.append(Change(_diary_change(plan.diary)))
                continue
            if kind == "recording":
                target, content = _checked_wav(name, data, dirs)
                details: list[Said] = []
            else:
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    raise BundleError(NOT_UTF8.using(name=name)) from None
                target, content = _checked(kind, name, text, dirs), data
                if kind == "lock":  # only the hash travels, never a try counter
                    content = _travelling_lock(name, text)
                details = _details(kind, text, dirs)
            if target in targets:
                raise BundleError(TWICE.using(name=name))
            targets.add(target)
            plan.writes.append((target, content))
            plan.changes.append(Change(_describe(kind, target)))
            plan.changes.extend(Change(line, detail=True) for line in details)
        return plan


def _open_bundle(bundle_path: Path) -> zipfile.ZipFile:
    """The bundle as a zip held in memory (a FIFO or a device is refused, never waited on)."""
    try:
        data = read_small_file(bundle_path, MAX_BUNDLE_BYTES)
    except NotReadable as exc:
        raise BundleError(
            said("SetupFile", "{file} cannot be imported: {reason}").using(
                file=bundle_path.name, reason=exc.strerror or str(exc)
            )
        ) from None
    except OSError as exc:
        raise BundleError(
            said("SetupFile", "{file} cannot be read: {reason}").using(
                file=str(bundle_path), reason=exc.strerror or str(exc)
            )
        ) from None
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(
            said("SetupFile", "{file} is not a Wind-Down Coach setup file ({reason})").using(
                file=bundle_path.name,
                reason=said("SetupFile", "it is not a zip file")
                if isinstance(exc, zipfile.BadZipFile) or not str(exc)
                else str(exc),
            )
        ) from None


def _checked_infos(archive: zipfile.ZipFile, bundle_name: str) -> dict[str, zipfile.ZipInfo]:
    """The archive's files by name, after the checks that need no decompression."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError(
            said("SetupFile", "{file} has {count} entries; at most {most} are allowed").using(
                file=bundle_name, count=len(infos), most=MAX_ENTRIES
            )
        )
    total = 0
    by_name = {}
    for info in infos:
        name = _shown(info.filename)
        if not _safe_name(info.filename):
            raise BundleError(
                said("SetupFile", "the entry “{name}” points outside the app's folders").using(
                    name=name
                )
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(
                said("SetupFile", "the entry “{name}” is a link; links are not accepted").using(
                    name=name
                )
            )
        if info.is_dir():
            continue
        if _too_long(info.filename):
            raise BundleError(
                said(
                    "SetupFile", "the entry “{name}” has a name longer than {most} characters"
                ).using(name=name, most=MAX_NAME_CHARS)
            )
        if info.filename in by_name:
            raise BundleError(said("SetupFile", "the file holds “{name}” twice").using(name=name))
        if info.file_size > MAX_ENTRY_BYTES and info.filename != "manifest.json":
            raise BundleError(
                said("SetupFile", "the entry “{name}” is too large ({size} bytes)").using(
                    name=name, size=info.file_size
                )
            )
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 100_000
        ):
            raise BundleError(
                said(
                    "SetupFile", "the entry “{name}” expands suspiciously (a compression bomb?)"
                ).using(name=name)
            )
        total += info.file_size
        by_name[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise BundleError(
            said("SetupFile", "the setup expands to more than {most} MB").using(
                most=MAX_TOTAL_BYTES // 1_000_000
            )
        )
    return by_name


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """One entry's bytes; a damaged, encrypted or oddly compressed entry is one clear error."""
    name = _shown(info.filename)
    if info.flag_bits & 0x1:
        raise BundleError(
            said("SetupFile", "the entry “{name}” is encrypted; setup files never are").using(
                name=name
            )
        )
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(
            said(
                "SetupFile",
                "the entry “{name}” is compressed in a way this app does not read "
                "(method {method}); setups use deflate",
            ).using(name=name, method=info.compress_type)
        )
    try:
        with archive.open(info) as entry:
            data = entry.read(MAX_ENTRY_BYTES + 1)
    except zipfile.BadZipFile as exc:
        reason = (
            said("SetupFile", "its checksum does not match")
            if "CRC" in str(exc)
            else str(exc) or said("SetupFile", "unreadable")
        )
        raise BundleError(
            said("SetupFile", "the entry “{name}” is damaged ({reason})").using(
                name=name, reason=reason
            )
        ) from None
    except (zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError):
        raise BundleError(
            said(
                "SetupFile", "the entry “{name}” is damaged (its compressed data is broken)"
            ).using(name=name)
        ) from None
    if len(data) > max(MAX_ENTRY_BYTES, MAX_MANIFEST_BYTES):
        raise BundleError(
            said("SetupFile", "the entry “{name}” is larger than its header says").using(name=name)
        )
    return data


def _manifest_entries(raw: bytes) -> list[tuple[str, str]]:
    """``(kind, path)`` for each entry the manifest lists, each checked."""
    try:
        manifest = json.loads(raw)
    except RecursionError:
        raise BundleError(
            said("SetupFile", "the manifest is nested too deeply to be a setup manifest")
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise BundleError(said("SetupFile", "the manifest is not valid JSON")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(said("SetupFile", "this is not a Wind-Down Coach setup file"))
    version = manifest.get("version")
    if type(version) is not int or version < 1:
        raise BundleError(
            said(
                "SetupFile", "the manifest's version must be a whole number from 1, not {value}"
            ).using(value=_shown(repr(version)))
        )
    if version > VERSION:
        raise BundleError(
            said(
                "SetupFile",
                "this setup was made by a newer Wind-Down Coach (format {version}); "
                "update the app to import it",
            ).using(version=version)
        )
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise BundleError(said("SetupFile", "the manifest lists no entries"))
    listed = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise BundleError(said("SetupFile", "the manifest has an entry that is not a table"))
        name, kind = entry.get("path"), entry.get("kind")
        if not isinstance(name, str) or not isinstance(kind, str) or not _safe_name(name):
            raise BundleError(
                said("SetupFile", "the manifest names an unsafe entry: {name}").using(
                    name=_shown(repr(name))
                )
            )
        if kind not in PLACES:
            raise BundleError(
                said("SetupFile", "the entry “{name}” is of an unknown kind (“{kind}”)").using(
                    name=_shown(name), kind=_shown(kind)
                )
            )
        if not _allowed(kind, name):
            raise BundleError(
                said("SetupFile", "the entry “{name}” is listed as a {kind}, but {rule}").using(
                    name=_shown(name), kind=kind, rule=PLACES[kind]
                )
            )
        listed.append((kind, name))
    return listed


def _shown(name: str) -> str:
    """*name* short enough to quote in a message."""
    return name if len(name) <= 80 else name[:77] + "…"


def _too_long(name: str) -> bool:
    return any(len(part.encode("utf-8")) > MAX_NAME_CHARS for part in PurePosixPath(name).parts)


def _checked(kind: str, name: str, text: str, dirs: UserDirs) -> Path:
    """Where the checked entry goes; raises :class:`BundleError` when it breaks a rule."""
    try:
        if kind == "routine":
            parse_routine(text, name)
            return dirs.user_routines / PurePosixPath(name).name
        if kind == "settings":
            _settings, problems = parse_settings(text, name)
            if problems:
                raise BundleError(_invalid(name, problems))
            return dirs.settings_file
        if kind == "plan":
            parse_plan(text, name)
            return dirs.plan_file
        if kind == "lock":
            return dirs.config / "lock.toml"
    except RecursionError:
        raise BundleError(NESTED.using(name=_shown(name))) from None
    except (RoutineError, PlanFileError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, BundleError):
            raise
        if isinstance(exc, FileProblemsError):
            raise BundleError(_invalid(name, exc.problems)) from None
        raise BundleError(INVALID.using(name=_shown(name), reason=str(exc))) from None
    raise BundleError(
        said("SetupFile", "the entry “{name}” is of an unknown kind").using(name=_shown(name))
    )


def _travelling_lock(name: str, text: str) -> bytes:
    from coach.adapters.lock_store import LockStore

    try:
        return LockStore.travelling_text(text).encode("utf-8")
    except RecursionError:
        raise BundleError(NESTED.using(name=_shown(name))) from None
    except (ValueError, TypeError) as exc:
        raise BundleError(INVALID.using(name=_shown(name), reason=str(exc))) from None


def _checked_wav(name: str, data: bytes, dirs: UserDirs) -> tuple[Path, bytes]:
    """A recording checked to the app's rules and brought to the prompts' loudness."""
    from coach.audio.loudness import normalise
    from coach.audio.wav import RATE, WavError, decode_recording, encode_wav

    try:
        samples = decode_recording(data)
    except WavError as exc:
        raise BundleError(
            said("SetupFile", "the recording “{name}” {reason}").using(
                name=_shown(name), reason=str(exc)
            )
        ) from None
    parts = PurePosixPath(name).parts
    return dirs.recordings / parts[1] / parts[2], encode_wav(normalise(samples, RATE))


def _checked_diary(name: str, data: bytes) -> DiaryData:
    from coach.core import body_areas

    try:
        return parse_diary(data.decode("utf-8"), set(body_areas.AREAS))
    except UnicodeDecodeError:
        raise BundleError(NOT_UTF8.using(name=name)) from None
    except RecursionError:
        raise BundleError(NESTED.using(name=name)) from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise BundleError(
            said("SetupFile", "the sleep diary “{name}” is invalid: {reason}").using(
                name=name, reason=exc.said if isinstance(exc, DiaryFileError) else str(exc)
            )
        ) from None


def _diary_change(diary: DiaryData) -> Said:
    nights = len(diary.entries) + len(diary.quick)
    return said(
        "SetupChanges",
        "add the sleep diary: {nights} and {startles} (health information; "
        "a night already here is replaced by the file's)",
    ).using(
        nights=said("SetupChanges", "%n night(s)").counting(nights),
        startles=said("SetupChanges", "%n startle(s)").counting(len(diary.startles)),
    )


def _describe(kind: str, target: Path) -> Said:
    """What an entry does: adds a file or replaces the one here."""
    adds = not target.exists()
    if kind == "routine":
        words = (
            said("SetupChanges", "add the routine file {file}")
            if adds
            else said("SetupChanges", "replace the routine file {file}")
        )
        return words.using(file=target.name)
    if kind == "recording":
        words = (
            said("SetupChanges", "add a recorded prompt for {routine}")
            if adds
            else said("SetupChanges", "replace a recorded prompt for {routine}")
        )
        return words.using(routine=target.parent.name)
    return {
        ("settings", True): said("SetupChanges", "add your settings"),
        ("settings", False): said("SetupChanges", "replace your settings"),
        ("plan", True): said("SetupChanges", "add your bedtime and checklist"),
        ("plan", False): said("SetupChanges", "replace your bedtime and checklist"),
        ("lock", True): said(
            "SetupChanges",
            "add the PIN lock (the PIN chosen on the computer this setup came from)",
        ),
        ("lock", False): said(
            "SetupChanges",
            "replace the PIN lock (the PIN chosen on the computer this setup came from)",
        ),
    }[(kind, adds)]


def _details(kind: str, text: str, dirs: UserDirs) -> list[Said]:
    """What exactly an entry changes compared with what is here (checked text only)."""
    if kind == "settings":
        new, _problems = parse_settings(text)
        if dirs.settings_file.exists():
            now, _p = parse_settings(dirs.settings_file.read_text("utf-8", "replace"))
        else:
            now = Settings()
        return settings_changes(now, new) or [said("SetupChanges", "(no setting changes)")]
    if kind == "plan":
        new_plan = parse_plan(text)
        try:
            here = parse_plan(dirs.plan_file.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, PlanFileError):
            here = (Bedtimes(), DEFAULT_ITEMS)
        return plan_changes(here, new_plan) or [said("SetupChanges", "(no changes to the plan)")]
    if kind == "routine":
        routine = parse_routine(text)
        return [Said("SetupChanges", "“{name}”").using(name=routine.name)]
    return []


def apply_import(plan: ImportPlan, dirs: UserDirs) -> None:
    """Write the checked files, all or nothing, only inside the app's folders.

    Every file is first written in full beside its target (so a full disk or a
    name the file system refuses stops the import before anything changed); then
    each is moved into place, and should a move fail the old files are put back.
    Raises :class:`BundleError` naming the file that could not be written.
    """
    roots = (dirs.config.absolute(), dirs.data.absolute())
    for target, _text in plan.writes:
        if not any(target.absolute().is_relative_to(root) for root in roots):
            raise BundleError(
                said("SetupFile", "refusing to write outside the app's folders: {file}").using(
                    file=str(target)
                )
            )
    staged: list[tuple[Path, Path]] = []
    try:
        for target, content in plan.writes:
            staged.append((stage_private_bytes(target, content), target))
    except OSError as exc:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        raise BundleError(
            said("SetupFile", "nothing was imported: {file} could not be written ({reason})").using(
                file=str(target), reason=exc.strerror or str(exc)
            )
        ) from None

    def move_in() -> None:
        _move_in(staged)

    if plan.diary is None:
        move_in()
    else:
        try:
            history = History(dirs.history_file)
        except (OSError, RuntimeError, sqlite3.Error) as exc:
            _unstage(staged)
            raise BundleError(
                said(
                    "SetupFile", "nothing was imported: the sleep diary cannot be opened ({reason})"
                ).using(reason=str(exc))
            ) from None
        try:
            keep_imported_diary(history, plan.diary, datetime.now(UTC), move_in)
        except sqlite3.Error as exc:
            _unstage(staged)
            raise BundleError(
                said(
                    "SetupFile",
                    "nothing was imported: the sleep diary could not be written ({reason})",
                ).using(reason=str(exc))
            ) from None
        finally:
            history.close()
    for folder in {target.parent for _tmp, target in staged}:
        sync_folder(folder)


def _unstage(staged: list[tuple[Path, Path]]) -> None:
    for tmp, _target in staged:
        tmp.unlink(missing_ok=True)


def _move_in(staged: list[tuple[Path, Path]]) -> None:
    """Move each staged file into place; should one move fail, put the old ones back."""
    replaced: list[tuple[Path, bytes | None]] = []
    try:
        for tmp, target in staged:
            old = target.read_bytes() if target.is_file() else None
            os.replace(tmp, target)
            replaced.append((target, old))
    except OSError as exc:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        for done, before in reversed(replaced):
            if before is None:
                done.unlink(missing_ok=True)
            else:
                write_private_bytes(done, before)
        raise BundleError(
            said(
                "SetupFile", "nothing was imported: {file} could not be replaced ({reason})"
            ).using(file=str(target), reason=exc.strerror or str(exc))
        ) from None
