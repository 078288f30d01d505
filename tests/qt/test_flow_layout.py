"""The wrapping row of buttons: its height follows its items, also once asked before."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from coach.ui.flow_layout import FlowLayout


def test_the_height_for_a_width_follows_a_button_that_grows_or_hides(qtbot) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    layout = FlowLayout(row)
    first, second = QPushButton("One"), QPushButton("Two")
    layout.addWidget(first)
    layout.addWidget(second)
    width = first.sizeHint().width() + second.sizeHint().width() + 40
    one_line = layout.heightForWidth(width)
    assert layout.heightForWidth(width) == one_line  # asked again: the same
    second.setText("A much longer label that cannot share the line any more")
    two_lines = layout.heightForWidth(width)
    assert two_lines > one_line  # not the height it gave before the text changed
    second.hide()
    assert layout.heightForWidth(width) == first.sizeHint().height()
