from __future__ import annotations

from coach.core.routine_draft import RoutineDraft
from coach.core.routine_format import parse_routine

from .test_routine_format import GOOD


def draft() -> RoutineDraft:
    return RoutineDraft(parse_routine(GOOD))


def test_edits_are_checked_and_undone() -> None:
    d = draft()
    assert not d.dirty and d.problems == [] and not d.can_undo()
    d.set(("steps", 0, "relax"), -1)
    assert d.dirty and d.routine is None
    assert [p.field for p in d.problems_for("steps[1]")] == ["steps[1].relax"]
    assert d.problems_for("steps[2]") == []
    d.set(("steps", 0, "relax"), 25)
    assert d.problems == [] and d.routine.steps[0].relax == 25
    assert d.undo()  # typing in one field coalesces into one undo step
    assert d.doc["steps"][0]["relax"] == 20 and not d.dirty
    assert d.redo() and d.doc["steps"][0]["relax"] == 25


def test_step_operations_and_history() -> None:
    d = draft()
    d.duplicate_step(0)
    assert [s["area"] for s in d.steps] == ["right_hand", "right_hand", "neck"]
    d.move_step(2, 0)
    assert [s["area"] for s in d.steps] == ["neck", "right_hand", "right_hand"]
    d.remove_step(1)
    d.insert_step(99)
    assert len(d.steps) == 3 and d.steps[-1]["area"] == "right_hand"
    for _ in range(4):
        assert d.undo()
    assert d.doc == draft().doc and not d.can_undo()


def test_scale_and_remove_everything() -> None:
    d = draft()
    d.scale_to(94)
    assert abs(d.duration - 94) <= 2 and d.problems == []
    d.remove_step(0)
    d.remove_step(0)
    assert any(p.field == "steps" for p in d.problems)
    d.set(("name",), "")
    assert {p.field for p in d.problems} >= {"name", "steps"}
    d.set(("options", "repeat"), 2)
    assert d.doc["options"] == {"repeat": 2}
    d.set(("options", "repeat"), None)
    assert d.doc["options"] == {}
