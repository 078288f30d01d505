"""The lock file: the salted hash, its parameters and the wrong-try count (never the PIN)."""

from __future__ import annotations

import contextlib
import math
import shutil
import time
import tomllib
from pathlib import Path

import tomli_w

from coach.adapters.atomic import write_private_text
from coach.core.files import read_small_file
from coach.core.lock import FREE_ATTEMPTS, MAX_WAIT, Attempts, LockRecord

VERSION = 1
#: What a damaged lock file locks with: a PIN nobody knows. It is never written back.
DAMAGED = LockRecord(b"damaged", b"\0" * 32)


def _whole(doc: dict[str, object], key: str, low: int, high: int) -> int:
    value = doc[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{key} must be a whole number from {low} to {high}")
    return value


def _parse(text: str) -> tuple[LockRecord, Attempts]:
    """The record and tries in a lock file; ValueError (or KeyError) when damaged."""
    doc = tomllib.loads(text.removeprefix("\ufeff"))
    salt, digest = doc["salt"], doc["scrypt"]
    if not isinstance(salt, str) or not isinstance(digest, str):
        raise ValueError("salt and scrypt must be hex text")
    n = _whole(doc, "n", 2, 2**20)
    if n & (n - 1):
        raise ValueError("n must be a power of two")
    record = LockRecord(
        bytes.fromhex(salt),
        bytes.fromhex(digest),
        n,
        _whole(doc, "r", 1, 64),
        _whole(doc, "p", 1, 16),
    )
    if len(record.salt) < 8 or len(record.digest) < 16:
        raise ValueError("the salt or the hash is too short")
    return record, _attempts(doc)


def _attempts(doc: dict[str, object]) -> Attempts:
    """The wrong-try count and the wait, made sane: text, a negative count, ``inf`` or a
    wait beyond the longest one the lock imposes are never trusted (nor fatal)."""
    failed = doc.get("failed", 0)
    if isinstance(failed, bool) or not isinstance(failed, int) or not 0 <= failed <= 10**6:
        failed = FREE_ATTEMPTS  # unknown: the next wrong try waits
    not_before = doc.get("not_before", 0.0)
    latest = time.time() + MAX_WAIT
    if isinstance(not_before, bool) or not isinstance(not_before, int | float):
        not_before = 0.0
    elif not math.isfinite(not_before) or not_before > latest:
        not_before = latest
    return Attempts(failed, max(0.0, float(not_before)))


class LockStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        #: Set when a damaged file was found: the copy kept for a rescue.
        self.kept_aside: Path | None = None

    def load(self) -> tuple[LockRecord | None, Attempts]:
        try:
            return _parse(read_small_file(self.path).decode("utf-8"))
        except FileNotFoundError:
            return None, Attempts()
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            # A damaged lock file must not unlock anything: it locks with an unknown PIN
            # and stays as it is (docs/caregivers tell how to reset it); a copy is kept.
            self._keep_a_copy()
            return DAMAGED, Attempts()

    def _keep_a_copy(self) -> None:
        if self.kept_aside is not None or not self.path.is_file():
            return
        copy = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        with contextlib.suppress(OSError):
            shutil.copy2(self.path, copy)
            copy.chmod(0o600)
            self.kept_aside = copy

    @staticmethod
    def travelling_text(text: str) -> str:
        """*text* checked to the app's rules (ValueError when it breaks one) and written
        as a lock travels to another computer: the salted hash and its parameters, never
        this computer's wrong-try count or wait."""
        try:
            record, _attempts = _parse(text)
        except KeyError as exc:
            raise ValueError(f"{exc.args[0]} is missing") from None
        return _dump(record, None)

    def save(self, record: LockRecord | None, attempts: Attempts) -> None:
        if record is DAMAGED or record == DAMAGED:
            return  # never overwrite a damaged file with a made-up hash
        if record is None:
            self.path.unlink(missing_ok=True)
            return
        write_private_text(self.path, _dump(record, attempts))


def _dump(record: LockRecord, attempts: Attempts | None) -> str:
    doc: dict[str, object] = {
        "version": VERSION,
        "salt": record.salt.hex(),
        "scrypt": record.digest.hex(),
        "n": record.n,
        "r": record.r,
        "p": record.p,
    }
    if attempts is not None:
        doc["failed"] = attempts.failed
        doc["not_before"] = attempts.not_before
    return tomli_w.dumps(doc)
