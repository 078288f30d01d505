"""Body areas in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.core import body_areas
from coach.core.words import marked

#: Every area's label, marked for the catalogue (core builds the same labels in English).
LABELS = {
    "right_thumb": marked("BodyAreas", "Right thumb"),
    "right_index_finger": marked("BodyAreas", "Right index finger"),
    "right_middle_finger": marked("BodyAreas", "Right middle finger"),
    "right_ring_finger": marked("BodyAreas", "Right ring finger"),
    "right_little_finger": marked("BodyAreas", "Right little finger"),
    "right_hand": marked("BodyAreas", "Right hand"),
    "right_forearm": marked("BodyAreas", "Right forearm"),
    "right_upper_arm": marked("BodyAreas", "Right upper arm"),
    "right_shoulder": marked("BodyAreas", "Right shoulder"),
    "right_toes": marked("BodyAreas", "Right toes"),
    "right_foot": marked("BodyAreas", "Right foot"),
    "right_calf": marked("BodyAreas", "Right calf"),
    "right_thigh": marked("BodyAreas", "Right thigh"),
    "right_hand_and_forearm": marked("BodyAreas", "Right hand and forearm"),
    "right_arm": marked("BodyAreas", "Right arm"),
    "right_leg": marked("BodyAreas", "Right leg"),
    "left_thumb": marked("BodyAreas", "Left thumb"),
    "left_index_finger": marked("BodyAreas", "Left index finger"),
    "left_middle_finger": marked("BodyAreas", "Left middle finger"),
    "left_ring_finger": marked("BodyAreas", "Left ring finger"),
    "left_little_finger": marked("BodyAreas", "Left little finger"),
    "left_hand": marked("BodyAreas", "Left hand"),
    "left_forearm": marked("BodyAreas", "Left forearm"),
    "left_upper_arm": marked("BodyAreas", "Left upper arm"),
    "left_shoulder": marked("BodyAreas", "Left shoulder"),
    "left_toes": marked("BodyAreas", "Left toes"),
    "left_foot": marked("BodyAreas", "Left foot"),
    "left_calf": marked("BodyAreas", "Left calf"),
    "left_thigh": marked("BodyAreas", "Left thigh"),
    "left_hand_and_forearm": marked("BodyAreas", "Left hand and forearm"),
    "left_arm": marked("BodyAreas", "Left arm"),
    "left_leg": marked("BodyAreas", "Left leg"),
    "forehead": marked("BodyAreas", "Forehead"),
    "eyes_and_nose": marked("BodyAreas", "Eyes and nose"),
    "cheeks_and_jaw": marked("BodyAreas", "Cheeks and jaw"),
    "face": marked("BodyAreas", "Face"),
    "neck": marked("BodyAreas", "Neck and throat"),
    "head_and_neck": marked("BodyAreas", "Face and neck"),
    "chest_and_back": marked("BodyAreas", "Chest, shoulders and upper back"),
    "abdomen": marked("BodyAreas", "Abdomen"),
    "torso": marked("BodyAreas", "Chest, shoulders, back and abdomen"),
    "arms": marked("BodyAreas", "Both arms"),
    "legs": marked("BodyAreas", "Both legs"),
    "whole_body": marked("BodyAreas", "Whole body"),
}


def area_label(area_id: str | None) -> str:
    """The area's label in the window's language (empty for ``None``)."""
    english = body_areas.label(area_id)
    return QCoreApplication.translate("BodyAreas", english) if english else ""
