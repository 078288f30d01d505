"""The lock file: the salted hash, its parameters and the wrong-try count (never the PIN)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w

from coach.adapters.atomic import write_private_text
from coach.core.files import read_small_file
from coach.core.lock import Attempts, LockRecord

VERSION = 1


class LockStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[LockRecord | None, Attempts]:
        try:
            doc = tomllib.loads(read_small_file(self.path).decode("utf-8"))
            record = LockRecord(
                bytes.fromhex(doc["salt"]),
                bytes.fromhex(doc["scrypt"]),
                int(doc["n"]),
                int(doc["r"]),
                int(doc["p"]),
            )
        except FileNotFoundError:
            return None, Attempts()
        except (OSError, ValueError, KeyError, TypeError, tomllib.TOMLDecodeError):
            # A damaged lock file must not unlock anything: it locks with an unknown PIN,
            # and docs/caregivers tell how to reset it.
            return LockRecord(b"damaged", b"\0" * 32), Attempts()
        attempts = Attempts(int(doc.get("failed", 0)), float(doc.get("not_before", 0.0)))
        return record, attempts

    @staticmethod
    def check_text(text: str) -> None:
        """Raise ValueError unless *text* is a well-formed lock file."""
        doc = tomllib.loads(text)
        bytes.fromhex(doc["salt"])
        bytes.fromhex(doc["scrypt"])
        for key in ("n", "r", "p"):
            if not isinstance(doc[key], int):
                raise ValueError(f"{key} must be a whole number")

    def save(self, record: LockRecord | None, attempts: Attempts) -> None:
        if record is None:
            self.path.unlink(missing_ok=True)
            return
        doc = {
            "version": VERSION,
            "salt": record.salt.hex(),
            "scrypt": record.digest.hex(),
            "n": record.n,
            "r": record.r,
            "p": record.p,
            "failed": attempts.failed,
            "not_before": attempts.not_before,
        }
        write_private_text(self.path, tomli_w.dumps(doc))
