"""The log file on a full disk, or something else in its place: one line, never a flood."""

from __future__ import annotations

import errno
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.adapters.logs import QuietFileHandler, setup_logging


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        yield root
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


class FullDisk(io.StringIO):
    """A log stream on a disk with no room left (as /dev/full is; a chroot may lack it)."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_stops_the_log_with_one_line(
    tmp_path: Path, root_logger: logging.Logger, capsys
) -> None:
    assert setup_logging(tmp_path / "state", "CRITICAL") is not None
    (handler,) = [h for h in root_logger.handlers if isinstance(h, QuietFileHandler)]
    assert handler.stream is not None
    handler.stream.close()
    handler.stream = FullDisk()
    for n in range(40):  # `coach render` onto a full disk logs about this many
        logging.getLogger("coach.test").warning("prompt %d could not be saved", n)
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert "coach.log cannot be written (No space left on device)" in err


def test_a_link_in_place_of_the_log_is_not_followed(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("theirs")
    elsewhere.chmod(0o644)
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "coach.log").symlink_to(elsewhere)
    assert setup_logging(tmp_path / "state", "CRITICAL") is None
    logging.getLogger("coach.test").warning("not for that file")
    assert elsewhere.read_text() == "theirs" and elsewhere.stat().st_mode & 0o777 == 0o644
