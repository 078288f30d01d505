"""The window's command-line arguments (``coach --routine NAME --start``), read by the
entry point and by a second launch handing its arguments to the running app."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from coach import __version__

translate = QCoreApplication.translate

#: The words that make ``coach`` a command-line tool instead of opening the window.
SUBCOMMANDS = (
    "timeline",
    "voices",
    "check",
    "render",
    "tonight",
    "export",
    "import",
    "diary",
    "report",
)


def window_defaults() -> argparse.Namespace:
    """The window's arguments when none are given: ``build_gui_parser().parse_args([])``
    without building a parser (about 7 ms of every plain launch, before the first paint)."""
    return argparse.Namespace(routine=None, start=False, quit_when_done=False)


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description=translate("gui_arguments", "Wind-Down Coach: spoken relaxation for bedtime."),
        epilog=translate(
            "gui_arguments", "Other commands: {commands} (coach COMMAND --help)."
        ).format(commands=", ".join(SUBCOMMANDS)),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("gui_arguments", "show the version and exit"),
    )
    parser.add_argument(
        "--routine",
        metavar="NAME_OR_PATH",
        help=translate("gui_arguments", "the routine to select"),
    )
    parser.add_argument(
        "--start", action="store_true", help=translate("gui_arguments", "start the session at once")
    )
    parser.add_argument(
        "--quit-when-done",
        action="store_true",
        help=translate("gui_arguments", "close the app when the session has ended"),
    )
    return parser
