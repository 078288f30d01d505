"""What the window does not load until it is needed: numpy and the mixer come with the
first session, the PDF writer with the first report (start-up time and memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_opening_the_app_loads_neither_numpy_nor_the_pdf_writer() -> None:
    probe = (
        "import json, sys; import coach.app; "
        "print(json.dumps([m for m in ('numpy', 'scipy', 'coach.audio.mixer', "
        "'coach.adapters.report_pdf', 'coach.services.diary_report') if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout) == []


def _probed_start(home) -> subprocess.CompletedProcess[str]:
    """The real app started with the benchmarks' start-up probe (it leaves once up)."""
    env = {
        **os.environ,
        "WIND_DOWN_COACH_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "COACH_STARTUP_PROBE": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "coach"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def _probe_line(done: subprocess.CompletedProcess[str], name: str) -> dict[str, str]:
    line = next(x for x in done.stdout.splitlines() if x.startswith(name + " "))
    return dict(part.split("=", 1) for part in line.split()[1:])


def test_the_window_is_painted_before_the_rest_of_the_app_is_loaded(tmp_path) -> None:
    """The real app, with the benchmarks' start-up probe: at the first paint none of
    the modules that come after it (multimedia, network, the session, the log file)
    has been loaded."""
    done = _probed_start(tmp_path)
    assert _probe_line(done, "coach-startup")["loaded_too_soon"] == "-"
    # Python's collector, off while the window starts, is on again once it is complete,
    # with what start-up made set aside (no later collection walks it).
    fields = _probe_line(done, "coach-complete")
    assert fields["collecting"] == "1"
    assert int(fields["set_aside"]) > 20_000


def test_what_is_logged_before_the_first_paint_reaches_the_log_file(tmp_path) -> None:
    """The log file opens after the first paint; a message from before (a window
    place that cannot be read) is written to it then."""
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    (state / "window.ini").write_text("[main_window]\ngeometry=not a geometry\n")
    _probed_start(tmp_path)
    assert "no usable window geometry" in (state / "coach.log").read_text()


def test_a_launch_without_arguments_gets_what_the_parser_would_give() -> None:
    """A plain launch skips building the parser (before the first paint): its arguments
    are the parser's own defaults, whatever arguments are added later."""
    from coach.gui_arguments import build_gui_parser, window_defaults

    assert window_defaults() == build_gui_parser().parse_args([])
