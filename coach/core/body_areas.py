"""The fixed vocabulary of body areas a routine step may name.

Each area has a human label and the set of primitive *regions* it covers; the
body map draws regions, routines name areas.  Left and right are the person's
own left and right.
"""

from __future__ import annotations

from dataclasses import dataclass

SIDES = ("right", "left")
FINGERS = ("thumb", "index_finger", "middle_finger", "ring_finger", "little_finger")
ARM_PARTS = ("hand", "forearm", "upper_arm", "shoulder")
LEG_PARTS = ("toes", "foot", "calf", "thigh")
CENTRE_REGIONS = ("forehead", "eyes", "cheeks_and_jaw", "neck", "chest", "abdomen")


def _primitive_regions() -> tuple[str, ...]:
    regions: list[str] = []
    for side in SIDES:
        regions += [f"{side}_{finger}" for finger in FINGERS]
        regions += [f"{side}_{part}" for part in ARM_PARTS]
        regions += [f"{side}_{part}" for part in LEG_PARTS]
    regions += CENTRE_REGIONS
    return tuple(regions)


#: Every primitive region the body map must draw.
REGIONS: tuple[str, ...] = _primitive_regions()


@dataclass(frozen=True)
class BodyArea:
    """An area a step can relax: its id, its label and the regions it covers."""

    id: str
    label: str
    regions: frozenset[str]


def _side_areas(side: str) -> list[BodyArea]:
    s = side.capitalize()
    fingers = [f"{side}_{f}" for f in FINGERS]
    arm = [*fingers, *(f"{side}_{p}" for p in ARM_PARTS)]
    leg = [f"{side}_{p}" for p in LEG_PARTS]
    areas = [
        BodyArea(f"{side}_{f}", f"{s} {f.replace('_', ' ')}", frozenset({f"{side}_{f}"}))
        for f in FINGERS
    ]
    areas.append(BodyArea(f"{side}_hand", f"{s} hand", frozenset([*fingers, f"{side}_hand"])))
    for part in ("forearm", "upper_arm", "shoulder", "toes", "foot", "calf", "thigh"):
        label = f"{s} {part.replace('_', ' ')}"
        areas.append(BodyArea(f"{side}_{part}", label, frozenset({f"{side}_{part}"})))
    areas += [
        BodyArea(
            f"{side}_hand_and_forearm",
            f"{s} hand and forearm",
            frozenset([*fingers, f"{side}_hand", f"{side}_forearm"]),
        ),
        BodyArea(f"{side}_arm", f"{s} arm", frozenset(arm)),
        BodyArea(f"{side}_leg", f"{s} leg", frozenset(leg)),
    ]
    return areas


def _all_areas() -> dict[str, BodyArea]:
    areas = [*_side_areas("right"), *_side_areas("left")]
    both_arms = frozenset().union(*(a.regions for a in areas if a.id.endswith("_arm")))
    both_legs = frozenset().union(*(a.regions for a in areas if a.id.endswith("_leg")))
    face = frozenset({"forehead", "eyes", "cheeks_and_jaw"})
    torso = frozenset({"chest", "abdomen", "right_shoulder", "left_shoulder"})
    areas += [
        BodyArea("forehead", "Forehead", frozenset({"forehead"})),
        BodyArea("eyes_and_nose", "Eyes and nose", frozenset({"eyes"})),
        BodyArea("cheeks_and_jaw", "Cheeks and jaw", frozenset({"cheeks_and_jaw"})),
        BodyArea("face", "Face", face),
        BodyArea("neck", "Neck and throat", frozenset({"neck"})),
        BodyArea("head_and_neck", "Face and neck", face | {"neck"}),
        BodyArea(
            "chest_and_back",
            "Chest, shoulders and upper back",
            frozenset({"chest", "right_shoulder", "left_shoulder"}),
        ),
        BodyArea("abdomen", "Abdomen", frozenset({"abdomen"})),
        BodyArea("torso", "Chest, shoulders, back and abdomen", torso),
        BodyArea("arms", "Both arms", both_arms),
        BodyArea("legs", "Both legs", both_legs),
        BodyArea("whole_body", "Whole body", frozenset(REGIONS)),
    ]
    return {a.id: a for a in areas}


#: Every area id a routine may use, in a stable, documented order.
AREAS: dict[str, BodyArea] = _all_areas()


def is_area(area_id: str) -> bool:
    """Whether *area_id* is part of the vocabulary."""
    return area_id in AREAS


def label(area_id: str | None) -> str:
    """A readable label for an area id (empty for ``None``)."""
    if area_id is None:
        return ""
    area = AREAS.get(area_id)
    return area.label if area else area_id.replace("_", " ")


def area_of_region(region: str) -> str:
    """The smallest area that covers *region* (a tap on the body map names an area)."""
    covering = [a for a in AREAS.values() if region in a.regions]
    if not covering:
        return "whole_body"
    return min(covering, key=lambda a: (len(a.regions), a.id)).id
