"""PySide6, imported with a lighter look at every later import.

Once PySide6.QtCore is imported, PySide6 looks at every module imported after it to see
whether it names PySide6 (for its opt-in ``__feature__`` switches), and does it with
``inspect.getsource``: each module's source is read, tokenised and kept in ``linecache``
for good — about 12 MB and a part of every start-up for this app's 160-odd modules.  The
same question is answered here by reading the module's file as bytes, once, keeping
nothing (the answer, and so PySide6's behaviour, is the same).

Import this module before the app's other modules (the entry point does).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)


def names_pyside(module: ModuleType) -> bool:
    """Whether *module*'s source names PySide6 (False for one without a source file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Answer PySide6's question for each import with :func:`names_pyside`; False when
    this PySide6 asks it some other way (then nothing is changed)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = names_pyside
    return True


lighten()
