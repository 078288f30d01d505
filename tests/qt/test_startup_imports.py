"""What the window does not load until it is needed: numpy and the mixer come with the
first session, the PDF writer with the first report (start-up time and memory)."""

from __future__ import annotations

import json
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
