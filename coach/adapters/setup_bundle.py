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
    History,
    diary_export_text,
    keep_imported_diary,
    parse_diary,
)
from coach.core.checklist_format import PlanFileError, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.core.files import NotReadable, read_small_file
from coach.core.routine_format import RoutineError, parse_routine
from coach.core.settings import Settings, parse_settings
from coach.core.setup_changes import plan_changes, settings_changes
from coach.core.words import Said, said
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
    "settings": "the settings are always settings.toml",
    "plan": "the evening plan is always evening.toml",
    "lock": "the lock is always lock.toml",
    "routine": "a routine is routines/NAME.toml (NAME not starting with “.” or “-”)",
    "recording": "a recording is recordings/ROUTINE/NAME.wav",
    "diary": "the sleep diary is always diary.json",
}


class BundleError(ValueError):
    """The bundle was refused; nothing was written."""


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
            raise BundleError("the setup has no manifest.json")
        if manifest_info.file_size > MAX_MANIFEST_BYTES:
            raise BundleError("the manifest is too large")
        plan = ImportPlan()
        targets: set[Path] = set()
        for kind, name in _manifest_entries(_read_entry(archive, manifest_info)):
            if name not in by_name:
                raise BundleError(f"the manifest lists “{name}”, which is not in the file")
            data = _read_entry(archive, by_name[name])
            if kind == "diary":
                if plan.diary is not None:
                    raise BundleError(f"the manifest lists “{name}” twice")
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
                    raise BundleError(f"the entry “{name}” is not UTF-8 text") from None
                target, content = _checked(kind, name, text, dirs), data
                if kind == "lock":  # only the hash travels, never a try counter
                    content = _travelling_lock(name, text)
                details = _details(kind, text, dirs)
            if target in targets:
                raise BundleError(f"the manifest lists “{name}” twice")
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
        raise BundleError(f"{bundle_path.name} cannot be imported: {exc.strerror}") from None
    except OSError as exc:
        raise BundleError(f"{bundle_path} cannot be read: {exc.strerror or exc}") from None
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(
            f"{bundle_path.name} is not a Wind-Down Coach setup file ({exc or 'not a zip file'})"
        ) from None


def _checked_infos(archive: zipfile.ZipFile, bundle_name: str) -> dict[str, zipfile.ZipInfo]:
    """The archive's files by name, after the checks that need no decompression."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError(
            f"{bundle_name} has {len(infos)} entries; at most {MAX_ENTRIES} are allowed"
        )
    total = 0
    by_name = {}
    for info in infos:
        name = _shown(info.filename)
        if not _safe_name(info.filename):
            raise BundleError(f"the entry “{name}” points outside the app's folders")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(f"the entry “{name}” is a link; links are not accepted")
        if info.is_dir():
            continue
        if _too_long(info.filename):
            raise BundleError(
                f"the entry “{name}” has a name longer than {MAX_NAME_CHARS} characters"
            )
        if info.filename in by_name:
            raise BundleError(f"the file holds “{name}” twice")
        if info.file_size > MAX_ENTRY_BYTES and info.filename != "manifest.json":
            raise BundleError(f"the entry “{name}” is too large ({info.file_size} bytes)")
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 100_000
        ):
            raise BundleError(f"the entry “{name}” expands suspiciously (a compression bomb?)")
        total += info.file_size
        by_name[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise BundleError(f"the setup expands to more than {MAX_TOTAL_BYTES // 1_000_000} MB")
    return by_name


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """One entry's bytes; a damaged, encrypted or oddly compressed entry is one clear error."""
    name = _shown(info.filename)
    if info.flag_bits & 0x1:
        raise BundleError(f"the entry “{name}” is encrypted; setup files never are")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(
            f"the entry “{name}” is compressed in a way this app does not read "
            f"(method {info.compress_type}); setups use deflate"
        )
    try:
        with archive.open(info) as entry:
            data = entry.read(MAX_ENTRY_BYTES + 1)
    except zipfile.BadZipFile as exc:
        reason = "its checksum does not match" if "CRC" in str(exc) else str(exc) or "unreadable"
        raise BundleError(f"the entry “{name}” is damaged ({reason})") from None
    except (zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError):
        raise BundleError(
            f"the entry “{name}” is damaged (its compressed data is broken)"
        ) from None
    if len(data) > max(MAX_ENTRY_BYTES, MAX_MANIFEST_BYTES):
        raise BundleError(f"the entry “{name}” is larger than its header says")
    return data


def _manifest_entries(raw: bytes) -> list[tuple[str, str]]:
    """``(kind, path)`` for each entry the manifest lists, each checked."""
    try:
        manifest = json.loads(raw)
    except RecursionError:
        raise BundleError("the manifest is nested too deeply to be a setup manifest") from None
    except (ValueError, UnicodeDecodeError):
        raise BundleError("the manifest is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("this is not a Wind-Down Coach setup file")
    version = manifest.get("version")
    if type(version) is not int or version < 1:
        raise BundleError(
            f"the manifest's version must be a whole number from 1, not {_shown(repr(version))}"
        )
    if version > VERSION:
        raise BundleError(
            f"this setup was made by a newer Wind-Down Coach (format "
            f"{version}); update the app to import it"
        )
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise BundleError("the manifest lists no entries")
    listed = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise BundleError("the manifest has an entry that is not a table")
        name, kind = entry.get("path"), entry.get("kind")
        if not isinstance(name, str) or not isinstance(kind, str) or not _safe_name(name):
            raise BundleError(f"the manifest names an unsafe entry: {_shown(repr(name))}")
        if kind not in PLACES:
            raise BundleError(
                f"the entry “{_shown(name)}” is of an unknown kind ({_shown(kind)!r})"
            )
        if not _allowed(kind, name):
            raise BundleError(
                f"the entry “{_shown(name)}” is listed as a {kind}, but {PLACES[kind]}"
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
                raise BundleError(f"{name}: " + "; ".join(str(p) for p in problems))
            return dirs.settings_file
        if kind == "plan":
            parse_plan(text, name)
            return dirs.plan_file
        if kind == "lock":
            return dirs.config / "lock.toml"
    except RecursionError:
        raise BundleError(f"the entry “{_shown(name)}” is nested too deeply") from None
    except (RoutineError, PlanFileError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, BundleError):
            raise
        raise BundleError(f"the entry “{_shown(name)}” is invalid: {exc}") from None
    raise BundleError(f"the entry “{_shown(name)}” is of an unknown kind")


def _travelling_lock(name: str, text: str) -> bytes:
    from coach.adapters.lock_store import LockStore

    try:
        return LockStore.travelling_text(text).encode("utf-8")
    except RecursionError:
        raise BundleError(f"the entry “{_shown(name)}” is nested too deeply") from None
    except (ValueError, TypeError) as exc:
        raise BundleError(f"the entry “{_shown(name)}” is invalid: {exc}") from None


def _checked_wav(name: str, data: bytes, dirs: UserDirs) -> tuple[Path, bytes]:
    """A recording checked to the app's rules and brought to the prompts' loudness."""
    from coach.audio.loudness import normalise
    from coach.audio.wav import RATE, WavError, decode_recording, encode_wav

    try:
        samples = decode_recording(data)
    except WavError as exc:
        raise BundleError(f"the recording “{_shown(name)}” {exc}") from None
    parts = PurePosixPath(name).parts
    return dirs.recordings / parts[1] / parts[2], encode_wav(normalise(samples, RATE))


def _checked_diary(name: str, data: bytes) -> DiaryData:
    from coach.core import body_areas

    try:
        return parse_diary(data.decode("utf-8"), set(body_areas.AREAS))
    except UnicodeDecodeError:
        raise BundleError(f"the entry “{name}” is not UTF-8 text") from None
    except RecursionError:
        raise BundleError(f"the entry “{name}” is nested too deeply") from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise BundleError(f"the sleep diary “{name}” is invalid: {exc}") from None


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
            raise BundleError(f"refusing to write outside the app's folders: {target}")
    staged: list[tuple[Path, Path]] = []
    try:
        for target, content in plan.writes:
            staged.append((stage_private_bytes(target, content), target))
    except OSError as exc:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        raise BundleError(
            f"nothing was imported: {target} could not be written ({exc.strerror or exc})"
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
                f"nothing was imported: the sleep diary cannot be opened ({exc})"
            ) from None
        try:
            keep_imported_diary(history, plan.diary, datetime.now(UTC), move_in)
        except sqlite3.Error as exc:
            _unstage(staged)
            raise BundleError(
                f"nothing was imported: the sleep diary could not be written ({exc})"
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
            f"nothing was imported: {target} could not be replaced ({exc.strerror or exc})"
        ) from None
