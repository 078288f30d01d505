"""The version of an installed Python project, read from the folder it is installed in.

``importlib.metadata.version`` answers the same question, but it imports about thirty
modules (email, zipfile, csv…) that stay in the window's process for good — about
1.2 MB for one label.  An installed project has a ``{name}-{version}.dist-info`` folder
beside its package (the packaging standard's "recording installed projects"), so the
version is in that folder's name; only when there is none is importlib.metadata asked.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def installed_version(project: str, folder: Path) -> str | None:
    """The version of *project* installed in *folder* (a site-packages folder), or None."""
    wanted = _normalised(project)
    try:
        names = os.listdir(folder)
    except OSError:
        names = []
    for name in names:
        if not name.endswith(".dist-info"):
            continue
        parts = name.removesuffix(".dist-info").split("-")
        if len(parts) == 2 and _normalised(parts[0]) == wanted and parts[1]:
            return parts[1]
    import importlib.metadata  # an egg or another layout: the standard library knows

    try:
        return importlib.metadata.version(project)
    except importlib.metadata.PackageNotFoundError:
        return None
