"""Start at login: a freedesktop autostart entry on Linux; elsewhere, not supported (yet)."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

ENTRY = """[Desktop Entry]
Type=Application
Name=Wind-Down Coach
Comment=Evening reminders and bedtime relaxation
Comment[ru]=Вечерние напоминания и расслабление перед сном
Exec={command}
Icon=wind-down-coach
Terminal=false
X-GNOME-Autostart-enabled=true
"""


def entry_path() -> Path | None:
    """Where the autostart entry goes, or ``None`` where this is not supported."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / "wind-down-coach.desktop"


def is_enabled() -> bool | None:
    path = entry_path()
    return None if path is None else path.exists()


def set_enabled(enabled: bool) -> bool | None:
    """Create or remove the entry; ``None`` when this system is not supported."""
    path = entry_path()
    if path is None:
        return None
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        command = " ".join(shlex.quote(part) for part in (sys.executable, "-m", "coach"))
        path.write_text(ENTRY.format(command=command), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return enabled
