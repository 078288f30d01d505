"""Set the app up for someone else: their name, simple mode, easier reading, the lock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coach.core.lock import MIN_LENGTH

#: Dialog results besides accepted/rejected.
EXPORT = 2
IMPORT = 3


class CaregiverDialog(QDialog):
    def __init__(
        self,
        name: str,
        simple: bool,
        high_contrast: bool,
        large_text: bool,
        locked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up for someone else")
        self.name = QLineEdit(name)
        self.name.setAccessibleName("The person's name, used in the greeting")
        self.simple = QCheckBox("Simple mode: one big button and tonight's list")
        self.simple.setChecked(simple)
        self.high_contrast = QCheckBox("High contrast")
        self.high_contrast.setChecked(high_contrast)
        self.large_text = QCheckBox("Large text")
        self.large_text.setChecked(large_text)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName("New PIN or passphrase")
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setAccessibleName("The same PIN again")
        self.remove_lock = QCheckBox("Remove the lock")
        self.remove_lock.setEnabled(locked)
        for box in (self.simple, self.high_contrast, self.large_text, self.remove_lock):
            box.setAccessibleName(box.text())
        self.problem = QLabel()
        self.problem.setObjectName("notice")
        self.problem.hide()
        self.export_button = QPushButton("Export setup…")
        self.export_button.setAccessibleName("Export the whole setup to one file")
        self.import_button = QPushButton("Import setup…")
        self.import_button.setAccessibleName("Import a setup file from another computer")
        self.export_button.clicked.connect(lambda: self.done(EXPORT))
        self.import_button.clicked.connect(lambda: self.done(IMPORT))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Name", self.name)
        form.addRow(self.simple)
        form.addRow(self.high_contrast)
        form.addRow(self.large_text)
        lock_note = QLabel(
            "A PIN protects the routines, the checklist, reminders, the voice "
            "and leaving simple mode." + (" A lock is set." if locked else "")
        )
        lock_note.setWordWrap(True)
        form.addRow(lock_note)
        form.addRow("New PIN", self.pin)
        form.addRow("Again", self.pin_again)
        form.addRow(self.remove_lock)
        form.addRow(self.problem)
        form.addRow(buttons)

    def new_pin(self) -> str | None:
        return self.pin.text() or None

    def _accept(self) -> None:
        pin = self.pin.text()
        if pin and len(pin) < MIN_LENGTH:
            self.problem.setText(f"The PIN needs at least {MIN_LENGTH} characters.")
        elif pin != self.pin_again.text():
            self.problem.setText("The two PINs are not the same.")
        else:
            self.accept()
            return
        self.problem.show()
