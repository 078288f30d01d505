"""About: versions, the voice engine, the audio device and where files live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coach.core.formatting import as_text

translate = QCoreApplication.translate


class AboutDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Wind-Down Coach"))
        self.rows = rows
        form = QFormLayout(self)
        intro = QLabel(
            translate(
                "AboutDialog",
                "Spoken relaxation and an evening plan for better sleep. Habit support, "
                "not medicine: if night-time twitches go on all night, get worse, happen "
                "while awake or leave you never rested, please see a doctor.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name)
            form.addRow(name, label)
        self.copy_button = QPushButton(translate("AboutDialog", "Copy diagnostics"))
        self.copy_button.setAccessibleName(
            translate("AboutDialog", "Copy diagnostics for a support request")
        )
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(as_text(self.rows))
