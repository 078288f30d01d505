"""One file to carry a whole setup to another computer: a zip with a manifest.

Export writes the profile and settings, the evening plan, the user's routines
(and the lock's hash only when asked).  Import treats the file as hostile:
every entry is checked — names, kinds, sizes, compression ratio, contents — and
nothing is written unless all of it is good; then each file is written
atomically inside the app's own folders.
"""

from __future__ import annotations

import json
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from coach.adapters.atomic import write_private_bytes, write_private_text
from coach.core.checklist_format import PlanFileError, parse_plan
from coach.core.evening import DEFAULT_ITEMS, Bedtimes
from coach.core.routine_format import RoutineError, parse_routine
from coach.core.settings import Settings, parse_settings
from coach.core.setup_changes import plan_changes, settings_changes
from coach.paths import UserDirs

FORMAT = "wind-down-coach-setup"
VERSION = 1
MAX_BUNDLE_BYTES = 50_000_000
MAX_ENTRIES = 300
MAX_ENTRY_BYTES = 2_000_000
MAX_TOTAL_BYTES = 60_000_000
MAX_RATIO = 50  # uncompressed / compressed: more than this is a compression bomb
MAX_MANIFEST_BYTES = 65_536


class BundleError(ValueError):
    """The bundle was refused; nothing was written."""


@dataclass
class ImportPlan:
    """What an import would write, checked and ready: ``(target, text)`` pairs."""

    writes: list[tuple[Path, str | bytes]] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


def export_bundle(dirs: UserDirs, destination: Path, include_lock: bool = False) -> list[str]:
    """Write the setup to *destination*; returns the names of what went in."""
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
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "entries": [{"path": name, "kind": kind} for kind, name, _ in entries],
    }
    tmp = destination.with_name(f".{destination.name}.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("manifest.json", json.dumps(manifest, indent=2))
        for kind, name, path in entries:
            if kind == "lock":
                bundle.writestr(name, _lock_without_attempts(path))
            else:
                bundle.write(path, name)
    tmp.replace(destination)
    return [name for _k, name, _p in entries]


def _lock_without_attempts(path: Path) -> str:
    """The lock as it travels: the salted hash only, never this computer's wrong-try count."""
    import tomllib

    import tomli_w

    from coach.adapters.lock_store import LockStore
    from coach.core.lock import Attempts

    record, _attempts = LockStore(path).load()  # a damaged file travels as "locked"
    scratch = path.with_name(f".{path.name}.export")
    try:
        LockStore(scratch).save(record, Attempts())
        doc = tomllib.loads(scratch.read_text(encoding="utf-8"))
    finally:
        scratch.unlink(missing_ok=True)
    for key in ("failed", "not_before"):
        doc.pop(key, None)
    return tomli_w.dumps(doc)


def _allowed(kind: str, name: str) -> bool:
    path = PurePosixPath(name)
    if kind == "settings":
        return name == "settings.toml"
    if kind == "plan":
        return name == "evening.toml"
    if kind == "lock":
        return name == "lock.toml"
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
    try:
        size = bundle_path.stat().st_size
    except OSError as exc:
        raise BundleError(f"{bundle_path} cannot be read: {exc.strerror or exc}") from None
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(
            f"{bundle_path.name} is {size // 1_000_000} MB; a setup is at most "
            f"{MAX_BUNDLE_BYTES // 1_000_000} MB"
        )
    try:
        archive = zipfile.ZipFile(bundle_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(
            f"{bundle_path.name} is not a Wind-Down Coach setup file ({exc})"
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(
                f"{bundle_path.name} has {len(infos)} entries; at most {MAX_ENTRIES} are allowed"
            )
        total = 0
        by_name = {}
        for info in infos:
            name = info.filename
            if not _safe_name(name):
                raise BundleError(f"the entry “{name}” points outside the app's folders")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise BundleError(f"the entry “{name}” is a link; links are not accepted")
            if info.is_dir():
                continue
            if info.file_size > MAX_ENTRY_BYTES and name != "manifest.json":
                raise BundleError(f"the entry “{name}” is too large ({info.file_size} bytes)")
            if (
                info.compress_size
                and info.file_size / info.compress_size > MAX_RATIO
                and info.file_size > 100_000
            ):
                raise BundleError(f"the entry “{name}” expands suspiciously (a compression bomb?)")
            total += info.file_size
            by_name[name] = info
        if total > MAX_TOTAL_BYTES:
            raise BundleError(f"the setup expands to more than {MAX_TOTAL_BYTES // 1_000_000} MB")
        manifest_info = by_name.get("manifest.json")
        if manifest_info is None:
            raise BundleError("the setup has no manifest.json")
        if manifest_info.file_size > MAX_MANIFEST_BYTES:
            raise BundleError("the manifest is too large")
        try:
            manifest = json.loads(archive.read(manifest_info))
        except (ValueError, UnicodeDecodeError):
            raise BundleError("the manifest is not valid JSON") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError("this is not a Wind-Down Coach setup file")
        version = manifest.get("version")
        if not isinstance(version, int) or version > VERSION:
            raise BundleError(
                f"this setup was made by a newer Wind-Down Coach (format "
                f"{version}); update the app to import it"
            )
        entries = manifest.get("entries")
        if not isinstance(entries, list):
            raise BundleError("the manifest lists no entries")
        plan = ImportPlan()
        for entry in entries:
            if not isinstance(entry, dict):
                raise BundleError("the manifest has an entry that is not a table")
            raw_name, kind = entry.get("path"), entry.get("kind")
            if not isinstance(raw_name, str) or not isinstance(kind, str):
                raise BundleError(f"the manifest names an unsafe entry: {raw_name!r}")
            name = raw_name
            if not _safe_name(name):
                raise BundleError(f"the manifest names an unsafe entry: {name!r}")
            if not _allowed(kind, name):
                raise BundleError(f"the entry “{name}” is of an unknown kind ({kind!r})")
            if name not in by_name:
                raise BundleError(f"the manifest lists “{name}”, which is not in the file")
            data = archive.read(by_name[name])
            if kind == "recording":
                plan.writes.append(_checked_wav(name, data, dirs))
                plan.changes.append(_describe(kind, name, plan.writes[-1][0]))
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise BundleError(f"the entry “{name}” is not UTF-8 text") from None
            plan.writes.append(_checked(kind, name, text, dirs))
            plan.changes.append(_describe(kind, name, plan.writes[-1][0]))
            plan.changes.extend(f"    {line}" for line in _details(kind, text, dirs))
        return plan


def _checked(kind: str, name: str, text: str, dirs: UserDirs) -> tuple[Path, str]:
    try:
        if kind == "routine":
            parse_routine(text, name)
            return dirs.user_routines / PurePosixPath(name).name, text
        if kind == "settings":
            _settings, problems = parse_settings(text, name)
            if problems:
                raise BundleError(f"{name}: " + "; ".join(str(p) for p in problems))
            return dirs.settings_file, text
        if kind == "plan":
            parse_plan(text, name)
            return dirs.plan_file, text
        if kind == "lock":
            from coach.adapters.lock_store import LockStore

            LockStore.check_text(text)
            return dirs.config / "lock.toml", text
    except (RoutineError, PlanFileError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, BundleError):
            raise
        raise BundleError(f"the entry “{name}” is invalid: {exc}") from None
    raise BundleError(f"the entry “{name}” is of an unknown kind")


def _checked_wav(name: str, data: bytes, dirs: UserDirs) -> tuple[Path, bytes]:
    import io
    import wave

    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            if wav.getsampwidth() != 2 or wav.getnchannels() not in (1, 2):
                raise BundleError(f"the recording “{name}” is not 16-bit mono or stereo audio")
            wav.readframes(wav.getnframes())
    except (wave.Error, EOFError):
        raise BundleError(f"the recording “{name}” is not a valid WAV file") from None
    parts = PurePosixPath(name).parts
    return dirs.recordings / parts[1] / parts[2], data


def _describe(kind: str, name: str, target: Path) -> str:
    verb = "replace" if target.exists() else "add"
    what = {
        "routine": f"the routine file {target.name}",
        "recording": f"a recorded prompt for {target.parent.name}",
        "settings": "your settings",
        "plan": "your bedtime and checklist",
        "lock": "the PIN lock (the PIN chosen on the computer this setup came from)",
    }[kind]
    return f"{verb} {what}"


def _details(kind: str, text: str, dirs: UserDirs) -> list[str]:
    """What exactly an entry changes compared with what is here (checked text only)."""
    if kind == "settings":
        new, _problems = parse_settings(text)
        if dirs.settings_file.exists():
            now, _p = parse_settings(dirs.settings_file.read_text("utf-8", "replace"))
        else:
            now = Settings()
        return settings_changes(now, new) or ["(no setting changes)"]
    if kind == "plan":
        new_plan = parse_plan(text)
        try:
            here = parse_plan(dirs.plan_file.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, PlanFileError):
            here = (Bedtimes(), DEFAULT_ITEMS)
        return plan_changes(here, new_plan) or ["(no changes to the plan)"]
    if kind == "routine":
        routine = parse_routine(text)
        return [f"“{routine.name}”"]
    return []


def apply_import(plan: ImportPlan, dirs: UserDirs) -> None:
    """Write the checked files (each atomically, only inside the app's folders)."""
    roots = (dirs.config.absolute(), dirs.data.absolute())
    for target, _text in plan.writes:
        if not any(target.absolute().is_relative_to(root) for root in roots):
            raise BundleError(f"refusing to write outside the app's folders: {target}")
    for target, content in plan.writes:
        if isinstance(content, bytes):
            write_private_bytes(target, content)
        else:
            write_private_text(target, content)
