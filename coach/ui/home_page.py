"""Choose a routine and start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.library import Entry
from coach.core.routine import Routine
from coach.texts.durations import about
from coach.texts.said import error_in_words
from coach.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

translate = QCoreApplication.translate

#: The routine list shows this many rows without scrolling; more scroll.
LIST_ROWS_SHOWN = 5


class HomePage(QWidget):
    start_requested = Signal(object)  # Routine
    preferences_requested = Signal()
    #: The morning check-in about last night.
    diary_requested = Signal()
    history_requested = Signal()
    edit_requested = Signal(object)  # Entry: edit a user routine, or a copy of a built-in
    rename_requested = Signal(object)
    delete_requested = Signal(object)
    undo_delete_requested = Signal()
    import_requested = Signal()
    tonight_requested = Signal()
    about_requested = Signal()
    caregiver_requested = Signal()
    export_requested = Signal(object)
    export_audio_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(translate("HomePage", "Choose tonight’s relaxation"))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.routines = QListWidget()
        self.routines.setAccessibleName(translate("HomePage", "Routines"))
        self.routines.setAccessibleDescription(
            translate("HomePage", "Choose a relaxation routine, then press Start.")
        )
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(translate("HomePage", "Routine description"))
        self.start_button = QPushButton(translate("HomePage", "Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(translate("HomePage", "Start the session"))
        self.start_button.setDefault(True)
        self.preferences_button = QPushButton(translate("HomePage", "Preferences…"))
        self.preferences_button.setAccessibleName(translate("HomePage", "Preferences"))
        self.preferences_button.setAccessibleDescription(
            translate("HomePage", "The voice, the screen and sounds, the evening's reminders.")
        )

        self.edit_button = QPushButton(translate("HomePage", "Edit…"))
        self.rename_button = QPushButton(translate("HomePage", "Rename…"))
        self.delete_button = QPushButton(translate("HomePage", "Delete"))
        self.undo_delete_button = QPushButton(translate("HomePage", "Undo delete"))
        self.undo_delete_button.hide()
        self.import_button = QPushButton(translate("HomePage", "Import…"))
        self.export_button = QPushButton(translate("HomePage", "Export…"))
        self.export_audio_button = QPushButton(translate("HomePage", "Export as audio…"))
        for button, name in (
            (
                self.edit_button,
                translate("HomePage", "Edit the routine (a built-in one is copied first)"),
            ),
            (self.rename_button, translate("HomePage", "Rename the routine")),
            (self.delete_button, translate("HomePage", "Delete the routine")),
            (self.undo_delete_button, translate("HomePage", "Undo the delete")),
            (self.import_button, translate("HomePage", "Import a routine file")),
            (self.export_button, translate("HomePage", "Export the routine as a file")),
            (
                self.export_audio_button,
                translate("HomePage", "Export the session as an audio file"),
            ),
        ):
            button.setAccessibleName(name)
        # Rows that wrap when the words are long (another language, large text): the window
        # always fits 1280×800.
        manage = FlowLayout()
        for button in (
            self.edit_button,
            self.rename_button,
            self.delete_button,
            self.undo_delete_button,
        ):
            manage.addWidget(button)
        # Sharing follows in the same flow (one row fewer when the words are long).
        share = []
        for button in (self.import_button, self.export_button, self.export_audio_button):
            share.append(button)
        self._manage = manage

        self.diary_button = QPushButton(translate("HomePage", "How did you sleep?…"))
        self.diary_button.setAccessibleName(
            translate("HomePage", "Morning check-in: how last night went")
        )
        self.diary_button.clicked.connect(self.diary_requested)
        self.history_button = QPushButton(translate("HomePage", "Sleep history…"))
        self.history_button.setAccessibleName(
            translate("HomePage", "Sleep history: the last nights, and a report")
        )
        self.history_button.clicked.connect(self.history_requested)

        self.tonight_button = QPushButton(translate("HomePage", "Tonight’s plan"))
        self.tonight_button.setAccessibleName(translate("HomePage", "Tonight's plan and checklist"))
        self.tonight_button.clicked.connect(self.tonight_requested)

        buttons = FlowLayout()
        buttons.addWidget(self.tonight_button)
        buttons.addWidget(self.diary_button)
        buttons.addWidget(self.history_button)
        self.caregiver_button = QPushButton(translate("HomePage", "For someone else…"))
        self.caregiver_button.setAccessibleName(
            translate("HomePage", "Set up for someone else: simple mode and lock")
        )
        self.caregiver_button.clicked.connect(self.caregiver_requested)
        manage.addWidget(self.preferences_button)
        manage.addWidget(self.caregiver_button)
        for button in share:
            manage.addWidget(button)
        self.about_button = QPushButton(translate("HomePage", "About"))
        self.about_button.setAccessibleName(
            translate("HomePage", "About Wind-Down Coach and diagnostics")
        )
        self.about_button.clicked.connect(self.about_requested)
        manage.addWidget(self.about_button)
        buttons.add_right(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 10, 32, 10)
        layout.setSpacing(5)
        layout.addWidget(heading)
        layout.addWidget(self.routines, 1)
        layout.addWidget(self.description)
        layout.addLayout(manage)
        layout.addLayout(buttons)

        self.routines.currentItemChanged.connect(self._show_selected)
        self.routines.itemActivated.connect(lambda _item: self._start())
        self.start_button.clicked.connect(self._start)
        self.preferences_button.clicked.connect(self.preferences_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.rename_button.clicked.connect(lambda: self._emit(self.rename_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.export_audio_button.clicked.connect(lambda: self._emit(self.export_audio_requested))
        self.undo_delete_button.clicked.connect(self.undo_delete_requested)
        self.import_button.clicked.connect(self.import_requested)

    def _emit(self, signal: SignalInstance) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.routine is not None:
            signal.emit(entry)

    def set_entries(self, entries: list[Entry], selected: str | None = None) -> None:
        self.routines.clear()
        for entry in entries:
            if entry.routine is not None:
                text = f"{entry.routine.name}\n{about(entry.routine.duration)}"
            else:
                text = translate("HomePage", "{file} — cannot be used").format(file=entry.path.name)
                text += "\n" + (error_in_words(entry.error) if entry.error else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            if entry.routine is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.routines.addItem(item)
            if entry.id == selected and entry.routine is not None:
                self.routines.setCurrentItem(item)
        if self.routines.currentItem() is None and self.routines.count():
            self.routines.setCurrentRow(0)
        self._fit_list_when_shown()

    def _fit_list(self) -> None:
        """Tall enough for every routine (up to a handful) without a scroll bar."""
        rows = min(max(self.routines.count(), 3), LIST_ROWS_SHOWN)
        row = max(self.routines.sizeHintForRow(0), self.fontMetrics().lineSpacing() * 2 + 6)
        frame = self.routines.frameWidth() * 2 + self.routines.spacing() * rows * 2
        self.routines.setMinimumHeight(row * rows + frame)
        # Room for a description of two lines: a wrapped label's height is not part of the
        # window's minimum, so without it the list would be squeezed under it.
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 2 + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list_when_shown()  # the text size changed

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_list()  # what changed while hidden (the style sheet's fonts at start-up)
        super().showEvent(event)

    def _fit_list_when_shown(self) -> None:
        """Fit the list now if the page is shown, else when it is (:meth:`showEvent`):
        the style sheet changes a new page's fonts a dozen times before its first paint,
        and measuring each font costs a few tenths of a millisecond."""
        if self.isVisible():
            self._fit_list()

    def selected_entry(self) -> Entry | None:
        item = self.routines.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_selected(self) -> None:
        entry = self.selected_entry()
        routine = entry.routine if entry else None
        self.description.setText(routine.description if routine else "")
        self.start_button.setEnabled(routine is not None)
        own = entry is not None and not entry.builtin and routine is not None
        self.edit_button.setText(
            translate("HomePage", "Edit…")
            if own or routine is None
            else translate("HomePage", "Duplicate to edit…")
        )
        for button in (self.edit_button, self.export_button, self.export_audio_button):
            button.setEnabled(routine is not None)
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def _start(self) -> None:
        entry = self.selected_entry()
        if entry is not None and isinstance(entry.routine, Routine):
            self.start_requested.emit(entry.routine)
