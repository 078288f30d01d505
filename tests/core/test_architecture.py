"""The house rules, read from the source: no import cycle (lazy imports and those only
for type checking included), and each layer imports only the layers below it.

    core → texts → audio → services → adapters → controllers and wiring → ui → composition

``coach/texts`` says core's values in the window's language (QtCore's translations
only).  ``coach/ui`` holds widgets: they show state and forward intent, so they import
only ``coach.core``, ``coach.texts``, ``coach.ui`` and ``coach.paths``.
"""

from __future__ import annotations

from support.imports import cycles, graph

#: What each layer may import (by the second part of the module name).
ALLOWED = {
    "core": {"core"},
    "texts": {"core", "texts"},
    "audio": {"core", "audio"},
    "services": {"core", "audio", "services"},
    "adapters": {"core", "texts", "audio", "services", "adapters", "coach.paths", "coach"},
    "ui": {"core", "texts", "ui", "coach.paths"},
}

#: Imports that break the rule; none today.  Should one have to stay for a while, list it
#: here as (module, imported module) with the reason: the test then fails when it is gone.
KNOWN_DEBT: set[tuple[str, str]] = set()


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in ALLOWED else module


def test_no_import_cycle_lazy_or_not() -> None:
    assert cycles(graph()) == []


def test_each_layer_imports_only_what_is_below_it() -> None:
    found = set()
    where = {}
    for module, targets in graph().items():
        allowed = ALLOWED.get(_layer(module))
        if allowed is None:
            continue
        for target, line in targets.items():
            if _layer(target) not in allowed:
                found.add((module, target))
                where[(module, target)] = line
    new = sorted(found - KNOWN_DEBT)
    assert not new, "\n".join(f"{m} (line {where[m, t]}) imports {t}" for m, t in new)
    assert not KNOWN_DEBT - found, f"paid off, remove from KNOWN_DEBT: {KNOWN_DEBT - found}"


def test_the_checker_sees_lazy_and_type_only_imports(tmp_path) -> None:
    """The rules above would pass vacuously if the reader missed imports inside functions
    or under TYPE_CHECKING; the session controller has both kinds."""
    targets = graph()["coach.session_controller"]
    assert "coach.audio.player" in targets  # imported inside a method
    assert "coach.audio.mixer" in targets  # imported only for type checking
