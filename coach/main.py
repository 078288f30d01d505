"""The ``coach`` program: a subcommand runs on the command line, anything else opens the
window.  The only module that knows both (so neither imports the other)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from coach.gui_arguments import SUBCOMMANDS, build_gui_parser
from coach.paths import UserDirs, make_private


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        from coach.cli import main as command_line

        return command_line(argv)
    make_private(UserDirs.default())
    args = build_gui_parser().parse_args(argv)
    if args.start and not args.routine:
        build_gui_parser().error("--start needs --routine NAME_OR_PATH")
    from coach.app import run

    return run(args)
