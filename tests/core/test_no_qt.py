import subprocess
import sys


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, coach.core, coach.core.session, coach.core.timeline, coach.core.clock, "
        "coach.core.routine_format, coach.core.settings, coach.core.library, "
        "coach.core.formatting; "
        "bad = [m for m in sys.modules if m.startswith('PySide6')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
