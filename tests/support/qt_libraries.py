"""The Qt modules and plugins the app and its tests load, and what of theirs is unresolved.

`ldd` follows every library each one needs; a line ``libXrandr.so.2 => not found``
is a Debian package missing from scripts/debian-packages.txt.  Run this file to
print the unresolved libraries (for deriving that list on a fresh machine).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Python modules of PySide6 the app imports (the QtCharts module is in PySide6-Addons).
MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtMultimedia",
    "QtSvg",
    "QtSvgWidgets",
    "QtNetwork",
    "QtCharts",
)

#: Plugins (folder/file) Qt loads for the app: the X11 and offscreen platforms and their
#: GL glue, sound (FFmpeg), images and icons (SVG), keyboard input, TLS, and the
#: portal theme.  Left out on purpose: the Wayland, eglfs, VNC and framebuffer
#: platforms (not used), the GTK 3 theme (loaded only on a GTK desktop, which has
#: GTK), SQL drivers and the other add-ons.
PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "multimedia/libffmpegmediaplugin.so",
    "imageformats/libqsvg.so",
    "imageformats/libqico.so",
    "imageformats/libqjpeg.so",
    "imageformats/libqgif.so",
    "iconengines/libqsvgicon.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platformthemes/libqxdgdesktopportal.so",
    "tls/libqopensslbackend.so",
    "tls/libqcertonlybackend.so",
)


def pyside_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None, "PySide6 is not installed"
    return Path(spec.origin).parent


def files() -> list[Path]:
    base = pyside_dir()
    found = [base / f"{name}.abi3.so" for name in MODULES]
    found += [base / "Qt" / "plugins" / plugin for plugin in PLUGINS]
    return found


NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def unresolved() -> dict[str, set[str]]:
    """Each unresolved library → the files that need it (missing files are listed too)."""
    if shutil.which("ldd") is None:
        raise RuntimeError("ldd is not installed (Debian package libc-bin)")
    missing: dict[str, set[str]] = {}
    for path in files():
        if not path.exists():
            missing.setdefault(f"(file missing) {path.name}", set()).add(str(path))
            continue
        output = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, check=False, timeout=60
        ).stdout
        for library in NOT_FOUND.findall(output):
            missing.setdefault(library, set()).add(path.name)
    return missing


if __name__ == "__main__":
    result = unresolved()
    for library, users in sorted(result.items()):
        print(f"{library}\t{', '.join(sorted(users))}")
    sys.exit(1 if result else 0)
