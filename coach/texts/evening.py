"""The evening plan in words, for the window and the command line alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.core.evening import Item, Plan, sleep_check

translate = QCoreApplication.translate


def sleep_words(plan: Plan) -> str:
    """How long the night is, in words: a gentle word when the two times look mistyped,
    or when the night is short for the person."""
    odd = sleep_check(plan)
    if odd == "long":
        return translate(
            "TonightPage",
            "That is {hours} hours between bedtime and getting up — please check the two "
            "times (is one of them AM instead of PM?).",
        ).format(hours=f"{plan.sleep_hours:g}")
    if odd == "short":
        return translate(
            "TonightPage",
            "That leaves only {hours} hours between bedtime and getting up — please check "
            "the two times.",
        ).format(hours=f"{plan.sleep_hours:g}")
    if plan.enough_sleep:
        return translate("TonightPage", "{hours} hours of sleep before you get up").format(
            hours=f"{plan.sleep_hours:g}"
        )
    return translate(
        "TonightPage",
        "{hours} hours of sleep before you get up — less than the {needed} hours recommended. "
        "An earlier bedtime would help.",
    ).format(hours=f"{plan.sleep_hours:g}", needed=f"{plan.needed_hours:g}")


def item_title(item: Item) -> str:
    """An item's name: the built-in ones in the window's language, one's own as written."""
    return translate("Checklist", item.title) if item.title else ""


def item_reason(item: Item) -> str:
    """Why the item helps, as :func:`item_title` says its name."""
    return translate("Checklist", item.reason) if item.reason else ""
