"""The evening plan at work: tonight's list, ticks kept in SQLite, reminders, the bath timer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from coach.adapters.history import History
from coach.adapters.plan_store import PlanStore
from coach.core.clock import Scheduler
from coach.core.evening import Bedtimes, Item, Plan, night_of, plan_for, plan_night
from coach.core.reminders import Reminder, ReminderPlanner
from coach.core.session import State
from coach.core.words import marked

translate = QCoreApplication.translate


def bath_done() -> Reminder:
    """The note when the bath timer ends."""
    return Reminder(
        translate("evening_controller", "Bath time is over"),
        translate(
            "evening_controller", "Get out slowly, and sit for a minute before you lie down."
        ),
        ("warm-bath",),
    )


BATH_WORDS = marked(
    "evening_controller",
    "Your bath time is over. Get out slowly, and sit down for a minute before lying down.",
)


class EveningController(QObject):
    plan_changed = Signal(object, object)  # Plan, states
    bath_finished = Signal()
    #: The bath timer started, ended or was cancelled.
    bath_changed = Signal()

    def __init__(
        self,
        history: History,
        store: PlanStore,
        now: Callable[[], datetime],
        zone: tzinfo,
        scheduler: Scheduler,
        notify: Callable[[Reminder], None],
        bath_scheduler: Scheduler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.store = store
        self._now = now
        self.zone = zone
        self._notify = notify
        self.bedtimes, self.items, self.problems = store.load()
        self.planner = ReminderPlanner(now, scheduler, notify, history)
        self.plan: Plan | None = None
        self.states: dict[str, str] = {}
        self._session: int | None = None
        self._bath = bath_scheduler
        self._bath_due: float | None = None  # minutes, while the timer runs
        self._bath_started: datetime | None = None

    def local_now(self) -> datetime:
        return self._now().astimezone(self.zone)

    def refresh(self) -> Plan:
        """Tonight's plan: after the get-up time, the coming evening's (not last night's)."""
        night = plan_night(self.local_now(), self.bedtimes.wake)
        self.plan = plan_for(night, self.bedtimes, self.items, self.zone)
        self.states = self.history.night(night).checks
        self.planner.set_plan(self.plan, set(self.states))
        self.plan_changed.emit(self.plan, self.states)
        return self.plan

    def check(self, item_id: str, state: str) -> None:
        if self.plan is None:
            self.refresh()
        assert self.plan is not None
        try:
            self.history.check(self.plan.night, item_id, state or None, self._now())
        except sqlite3.Error as exc:
            self._notify(
                Reminder(
                    translate("EveningController", "Not kept"),
                    translate(
                        "EveningController", "Tonight's ticks could not be saved ({exc})."
                    ).format(exc=exc),
                    (item_id,),
                )
            )
        if state:
            self.planner.mark_done(item_id)
        self.refresh()

    def set_plan(self, bedtimes: Bedtimes, items: tuple[Item, ...]) -> None:
        self.store.save(bedtimes, items)
        self.bedtimes, self.items = bedtimes, items
        self.refresh()

    # -- relaxation sessions in the night's record --------------------------------------
    def session_state(self, state: State, routine_name: str) -> None:
        night = night_of(self._now().astimezone(self.zone))
        if state is State.RUNNING and self._session is None:
            self._session = self.history.session_started(night, routine_name, self._now())
        elif state in (State.FINISHED, State.STOPPED) and self._session is not None:
            self.history.session_ended(self._session, state.value, self._now())
            self._session = None

    # -- the bath timer ---------------------------------------------------------------
    def start_bath(self, minutes: int) -> None:
        self._bath_due = float(minutes)
        self._bath_started = self._now()
        self._bath.call_later(minutes * 60.0, self._bath_over)
        self.bath_changed.emit()

    def cancel_bath(self) -> None:
        self._bath.cancel()
        self._bath_due = None
        self.bath_changed.emit()

    def bath_minutes_left(self) -> int | None:
        """Whole minutes left on the bath timer (rounded up), or None when none runs."""
        if self._bath_due is None or self._bath_started is None:
            return None
        passed = (self._now() - self._bath_started).total_seconds() / 60
        import math

        return max(1, math.ceil(self._bath_due - passed - 1e-9))

    @property
    def bath_running(self) -> bool:
        return self._bath_due is not None

    @property
    def bath_minutes(self) -> float | None:
        """The length of the running bath timer, in minutes."""
        return self._bath_due

    def _bath_over(self) -> None:
        self._bath_due = None
        self.bath_changed.emit()
        self._notify(bath_done())
        self.bath_finished.emit()
