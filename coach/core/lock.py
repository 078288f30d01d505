"""The caregiver's settings lock: a PIN or passphrase kept only as a slow, salted hash.

The PIN itself is never stored or logged.  Checking compares in constant time,
and wrong attempts slow down: after three, each further try must wait longer
(doubling, up to five minutes).  An unlock lasts ten minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

from coach.core.words import Said, said

#: scrypt cost: about 0.1 s on a laptop, 32 MiB of memory.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
UNLOCK_SECONDS = 10 * 60
FREE_ATTEMPTS = 3
MAX_WAIT = 300.0
MIN_LENGTH = 4


@dataclass(frozen=True)
class LockRecord:
    salt: bytes
    digest: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=128 * 1024 * 1024
    )


def make_record(pin: str) -> LockRecord:
    if len(pin) < MIN_LENGTH:
        raise ValueError(f"a PIN needs at least {MIN_LENGTH} characters")
    salt = os.urandom(16)
    return LockRecord(salt, _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))


def matches(record: LockRecord, pin: str) -> bool:
    candidate = _derive(pin, record.salt, record.n, record.r, record.p)
    return hmac.compare_digest(candidate, record.digest)


@dataclass
class Attempts:
    """Wrong tries so far and when the next try is allowed (wall-clock seconds)."""

    failed: int = 0
    not_before: float = 0.0


@dataclass(frozen=True)
class Verdict:
    ok: bool
    wait: float = 0.0  # seconds to wait before the next try
    #: Why the door stays shut (None when it opens).
    said: Said | None = None

    @property
    def message(self) -> str:
        """Why, in English (empty when it opens)."""
        return "" if self.said is None else self.said.render()


class SettingsLock:
    """Unlocks for ten minutes with the right PIN; slows down wrong guesses."""

    def __init__(
        self,
        record: LockRecord | None,
        attempts: Attempts,
        now: Callable[[], float],
        save_attempts: Callable[[Attempts], None] = lambda a: None,
    ) -> None:
        self.record = record
        self.attempts = attempts
        self._now = now
        self._save = save_attempts
        self._unlocked_until = 0.0

    @property
    def enabled(self) -> bool:
        return self.record is not None

    def is_open(self) -> bool:
        return self.record is None or self._now() < self._unlocked_until

    def lock(self) -> None:
        self._unlocked_until = 0.0

    def try_pin(self, pin: str) -> Verdict:
        if self.record is None:
            return Verdict(True)
        wait = self.attempts.not_before - self._now()
        if wait > 0:
            return Verdict(
                False,
                wait,
                said("Lock", "Too many wrong tries; please wait %n second(s).").counting(
                    round(wait)
                ),
            )
        if matches(self.record, pin):
            self.attempts = Attempts()
            self._save(self.attempts)
            self._unlocked_until = self._now() + UNLOCK_SECONDS
            return Verdict(True)
        self.attempts.failed += 1
        extra = self.attempts.failed - FREE_ATTEMPTS
        delay = min(MAX_WAIT, 2.0**extra * 5) if extra >= 0 else 0.0
        self.attempts.not_before = self._now() + delay
        self._save(self.attempts)
        if delay:
            why = said(
                "Lock", "That is not the PIN. Please wait %n second(s) before trying again."
            ).counting(round(delay))
        else:
            why = said("Lock", "That is not the PIN.")
        return Verdict(False, delay, why)
