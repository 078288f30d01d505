"""The ``coach`` program: a subcommand runs on the command line, anything else opens the
window.  The only module that knows both (so neither imports the other)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

import coach.qt_import_hook  # noqa: F401  (before the rest: no source read at each import)
from coach.gui_arguments import SUBCOMMANDS, build_gui_parser, window_defaults
from coach.paths import UserDirs, make_private

translate = QCoreApplication.translate


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        from coach.cli import main as command_line

        return command_line(argv)
    # The window's start-up makes tens of thousands of objects that live as long as the
    # app: no collection looks at them before the window is up (coach.launch collects
    # once then, sets them aside for good and turns collecting on again).
    gc.disable()
    make_private(UserDirs.default())
    args = _window_arguments(argv)
    from coach.launch import run

    return run(args)


def _window_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's arguments; help, the version or a mistake is said (in the reader's
    language) and the program ends there, before any window."""
    if not argv:
        return window_defaults()
    quiet = io.StringIO()
    try:
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            args = build_gui_parser().parse_args(argv)
        if not args.start or args.routine:
            return args
    except SystemExit:
        pass
    from coach.cli import speak_the_readers_language  # a QCoreApplication, never a window

    _app = speak_the_readers_language([])  # held until the program ends, just below
    parser = build_gui_parser()
    parser.parse_args(argv)  # says the help, the version or the mistake, and ends here
    parser.error(translate("gui_arguments", "--start needs --routine NAME_OR_PATH"))
