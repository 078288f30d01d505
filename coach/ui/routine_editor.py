"""Edit a routine in the app: steps, words, timings and options, checked as you type.

The editor only shows a :class:`~coach.core.routine_draft.RoutineDraft` and
forwards edits to it; the draft checks them with the same rules as the file
loader, keeps the undo history and knows whether anything is unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core import body_areas
from coach.core.formatting import clock
from coach.core.prompt_lines import format_prompt_lines, parse_prompt_lines
from coach.core.routine import Routine
from coach.core.routine_draft import RoutineDraft
from coach.core.routine_edit import spoken_overruns
from coach.core.timeline import SectionKind, compile_timeline
from coach.texts.areas import area_label
from coach.texts.said import in_words, problem_in_words
from coach.texts.sections import overrun_in_words
from coach.ui.flow_layout import FlowLayout
from coach.ui.timeline_strip import TimelineStrip

translate = QCoreApplication.translate

INVALID_STYLE = "border: 2px solid #d0674a;"

#: A field's place in the routine document; ("step", key) is a key of the step shown.
Path = tuple[str, ...]


def _same(value: Any) -> Any:
    return value


class _Field:
    """One field of the editor, declared once: the widget, its accessible name, where its
    value lives in the routine, and how the value is shown and stored."""

    def __init__(
        self,
        widget: QWidget,
        name: str,
        path: Path,
        to_doc: Callable[[Any], Any] = _same,
        from_doc: Callable[[Any], Any] = _same,
    ) -> None:
        self.widget, self.name, self.path = widget, name, path
        self.to_doc, self.from_doc = to_doc, from_doc

    @property
    def in_step(self) -> bool:
        return self.path[0] == "step"

    def problem_field(self, step: int) -> str:
        """How the routine's checks name this field (``steps[2].tense``, ``intro.say``)."""
        if self.in_step:
            return f"steps[{step + 1}].{self.path[1]}"
        return ".".join(self.path)

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return self.to_doc(widget.text())
        if isinstance(widget, QPlainTextEdit):
            return self.to_doc(widget.toPlainText())
        if isinstance(widget, QComboBox):
            return self.to_doc(widget.currentData())
        assert isinstance(widget, QSpinBox | QDoubleSpinBox)
        return self.to_doc(widget.value())

    def show(self, value: Any) -> None:
        widget, shown = self.widget, self.from_doc(value)
        if isinstance(widget, QLineEdit):
            widget.setText(str(shown))
            widget.setCursorPosition(0)  # show the start, not the end
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != str(shown):  # keeps the cursor while typing
                widget.setPlainText(str(shown))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(shown)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(shown))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(shown))

    def connect(self, edited: Callable[[_Field], None]) -> None:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _v: edited(self))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: edited(self))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: edited(self))
        else:
            assert isinstance(widget, QSpinBox | QDoubleSpinBox)
            widget.valueChanged.connect(lambda _v: edited(self))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _or_none(value: Any) -> Any:
    """An empty or zero value means "not set" (the routine's default applies)."""
    if isinstance(value, str):
        value = value.strip()
    return value or None


def _spin(low: float, high: float, suffix: str | None = None, step: float = 1.0) -> QDoubleSpinBox:
    # Wider than what is valid, so a wrong value can be typed, seen and explained.
    if suffix is None:
        suffix = translate("RoutineEditor", " s")
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setKeyboardTracking(True)
    return box


#: Lines of problems and warnings shown at once (more scroll).
MESSAGE_LINES = 3


class RoutineEditor(QDialog):
    """Edit *routine*; ``save`` stores a valid routine and returns it with its file."""

    saved = Signal(object)  # Routine
    play_requested = Signal(object, int)  # routine, section index to start from
    export_requested = Signal(object)  # routine
    record_requested = Signal(object)  # routine
    #: The preview's own Stop (a preview plays here, not in the main window).
    preview_stop_requested = Signal()

    def __init__(
        self, routine: Routine, save: Callable[[Routine], Routine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("RoutineEditor", "Edit routine — {name}").format(name=routine.name)
        )
        self.resize(1000, 740)
        self.draft = RoutineDraft(routine)
        self._save = save
        self._loading = False
        self.spoken: dict[str, float] = {}
        self._step = 0

        # -- whole routine -----------------------------------------------------
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.intro_say = QPlainTextEdit()
        self.intro_seconds = _spin(-100, 10_000)
        self.closing_say = QPlainTextEdit()
        self.closing_seconds = _spin(-100, 10_000)
        for box in (self.intro_say, self.closing_say):
            box.setFixedHeight(52)
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 9)
        self.pause_between = _spin(-100, 10_000)
        self.chime = QComboBox()
        for label, value in (
            (translate("RoutineEditor", "As in Screen and sound"), None),
            (translate("RoutineEditor", "On"), True),
            (translate("RoutineEditor", "Off"), False),
        ):
            self.chime.addItem(label, value)
        self.rate = QSpinBox()
        self.rate.setRange(0, 400)
        self.rate.setSpecialValueText(translate("RoutineEditor", "As in Voice settings"))
        self.rate.setSuffix(translate("RoutineEditor", " words a minute"))
        self.volume = QSpinBox()
        self.volume.setRange(-1, 200)
        self.volume.setSpecialValueText(translate("RoutineEditor", "As in Voice settings"))
        self.volume.setSuffix(" %")
        self.voice_id = QLineEdit()
        self.voice_id.setPlaceholderText(
            translate("RoutineEditor", "As in Voice settings (or a voice id from coach voices)")
        )
        self.target = _spin(0.5, 180, translate("RoutineEditor", " min"), 0.5)
        self.scale_button = QPushButton(translate("RoutineEditor", "Fit to this length"))
        self.total = QLabel()
        self.total.setObjectName("timeLeft")

        whole = QFormLayout()
        whole.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        whole.addRow(translate("RoutineEditor", "Name"), self.name)
        whole.addRow(translate("RoutineEditor", "Description"), self.description)
        intro = QHBoxLayout()
        intro.addWidget(self.intro_say, 1)
        intro.addWidget(self.intro_seconds)
        whole.addRow(translate("RoutineEditor", "Opening words"), intro)
        closing = QHBoxLayout()
        closing.addWidget(self.closing_say, 1)
        closing.addWidget(self.closing_seconds)
        whole.addRow(translate("RoutineEditor", "Closing words"), closing)
        # Rows that wrap when the words are long: the editor fits 1280×800 in any language.
        options = FlowLayout()
        options.addWidget(QLabel(translate("RoutineEditor", "Do each group")))
        options.addWidget(self.repeat)
        options.addWidget(QLabel(translate("RoutineEditor", "times; pause between groups")))
        options.addWidget(self.pause_between)
        whole.addRow(translate("RoutineEditor", "Options"), options)
        whole.addRow(translate("RoutineEditor", "Chime"), self.chime)
        voice = FlowLayout()
        voice.addWidget(self.rate)
        voice.addWidget(QLabel(translate("RoutineEditor", "Volume")))
        voice.addWidget(self.volume)
        whole.addRow(translate("RoutineEditor", "Speed"), voice)
        whole.addRow(translate("RoutineEditor", "Voice"), self.voice_id)
        length = FlowLayout()
        length.addWidget(self.total)
        length.add_right(self.target)
        length.add_right(self.scale_button)
        whole.addRow(translate("RoutineEditor", "Length"), length)

        # -- steps ---------------------------------------------------------------
        self.steps = QListWidget()
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.add_button = QPushButton(translate("RoutineEditor", "Add"))
        self.duplicate_button = QPushButton(translate("RoutineEditor", "Duplicate"))
        self.remove_button = QPushButton(translate("RoutineEditor", "Remove"))
        self.up_button = QPushButton(translate("RoutineEditor", "Up"))
        self.down_button = QPushButton(translate("RoutineEditor", "Down"))
        list_buttons = FlowLayout()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            list_buttons.addWidget(button)

        self.area = QComboBox()
        for area in body_areas.AREAS.values():
            self.area.addItem(area_label(area.id), area.id)
        for combo in (self.area, self.chime):  # long names are elided, not a wide window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.say = QPlainTextEdit()
        self.say.setFixedHeight(64)
        self.tense = _spin(-100, 10_000)
        self.tense.setSpecialValueText(translate("RoutineEditor", "none (release only)"))
        self.tense.setMinimum(-100)
        self.release = QLineEdit()
        self.relax = _spin(-100, 10_000)
        self.prompts = QPlainTextEdit()
        self.prompts.setPlaceholderText(
            translate(
                "RoutineEditor",
                "One per line: seconds into the rest, a colon, the words\n"
                "15: Notice how heavy your hand feels.",
            )
        )
        self.prompts.setFixedHeight(70)
        step_form = QFormLayout()
        step_form.addRow(translate("RoutineEditor", "Body area"), self.area)
        step_form.addRow(translate("RoutineEditor", "Words"), self.say)
        step_form.addRow(translate("RoutineEditor", "Tension (from the words)"), self.tense)
        step_form.addRow(translate("RoutineEditor", "Release words"), self.release)
        step_form.addRow(translate("RoutineEditor", "Rest"), self.relax)
        step_form.addRow(translate("RoutineEditor", "Extra words while resting"), self.prompts)
        self.step_box = QGroupBox(translate("RoutineEditor", "Step"))
        self.step_box.setLayout(step_form)

        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addLayout(list_buttons)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(self.step_box, 3)

        # -- preview, problems, actions ---------------------------------------------
        self.strip = TimelineStrip()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("notice")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("timeLeft")
        self.undo_button = QPushButton(translate("RoutineEditor", "Undo"))
        self.redo_button = QPushButton(translate("RoutineEditor", "Redo"))
        self.play_step_button = QPushButton(translate("RoutineEditor", "Play this step"))
        self.play_from_button = QPushButton(translate("RoutineEditor", "Play from this step"))
        self.export_button = QPushButton(translate("RoutineEditor", "Export audio…"))
        self.export_button.setAccessibleName(
            translate("RoutineEditor", "Export the session as an audio file")
        )
        self.record_button = QPushButton(translate("RoutineEditor", "Record my voice…"))
        self.record_button.setAccessibleName(
            translate("RoutineEditor", "Record the prompts in your own voice")
        )
        self.record_button.clicked.connect(
            lambda: (
                self.record_requested.emit(self.draft.routine)
                if self.draft.routine is not None
                else None
            )
        )
        self._reserve_record_width(20)
        self.save_button = QPushButton(translate("RoutineEditor", "Save"))
        self.save_button.setObjectName("primary")
        self.close_button = QPushButton(translate("RoutineEditor", "Close"))
        # The preview plays here: what it says, and its own Stop.
        self.preview_status = QLabel()
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        # One line that takes the room there is (long words are cut at the edge; the
        # whole text is its tooltip and what a screen reader says).
        self.preview_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview_status.setAccessibleName(translate("RoutineEditor", "Preview"))
        self.stop_preview_button = QPushButton(translate("RoutineEditor", "Stop the preview"))
        self.stop_preview_button.clicked.connect(self.preview_stop_requested)
        self.stop_preview_button.hide()
        # A row that keeps its height whether or not anything is said in it.
        self.preview_status.setMinimumHeight(self.stop_preview_button.sizeHint().height())
        preview_row = QHBoxLayout()
        # Hearing it on one row, keeping it on the next: fits 1280 px at every text size.
        for button in (self.play_step_button, self.play_from_button, self.stop_preview_button):
            preview_row.addWidget(button)
        preview_row.addWidget(self.preview_status, 1)
        actions = FlowLayout()
        for button in (
            self.undo_button,
            self.redo_button,
            self.export_button,
            self.record_button,
        ):
            actions.addWidget(button)
        actions.add_right(self.close_button)
        actions.add_right(self.save_button)

        # The fields scroll if the screen is small or the text large; the strip, the
        # messages and the buttons below them always show.
        # Never squeezed below what the step needs: the area scrolls instead.
        self.step_box.setMinimumHeight(self.step_box.sizeHint().height())
        self.steps.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        fields = QWidget()
        field_layout = QVBoxLayout(fields)
        field_layout.setContentsMargins(0, 0, 0, 0)
        field_layout.addLayout(whole)
        field_layout.addLayout(middle, 1)
        self.fields = QScrollArea()
        self.fields.setWidget(fields)
        self.fields.setWidgetResizable(True)
        self.fields.setFrameShape(QFrame.Shape.NoFrame)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.strip)
        # Problems and warnings in a space of their own that never changes size (they
        # scroll when long), so the window and its buttons stay put while you type.
        messages = QWidget()
        column = QVBoxLayout(messages)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.problems)
        column.addWidget(self.warnings)
        column.addStretch(1)
        self.messages = QScrollArea()
        self.messages.setWidget(messages)
        self.messages.setWidgetResizable(True)
        self.messages.setFrameShape(QFrame.Shape.NoFrame)
        self.messages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.messages.setFixedHeight(self.fontMetrics().lineSpacing() * MESSAGE_LINES + 12)
        layout.addWidget(self.messages)
        layout.addLayout(preview_row)
        layout.addLayout(actions)
        # Wide enough for every field (it scrolls up and down only, never sideways).
        scrollbar = self.fields.verticalScrollBar().sizeHint().width()
        self.fields.setMinimumWidth(fields.minimumSizeHint().width() + scrollbar + 4)
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())
        #: Every field of the routine, declared once (name, place, how it is shown/stored).
        self._fields = [
            _Field(
                self.name, translate("RoutineEditor", "Routine name"), ("name",), from_doc=_text
            ),
            _Field(
                self.description,
                translate("RoutineEditor", "Description"),
                ("description",),
                from_doc=_text,
            ),
            _Field(
                self.intro_say,
                translate("RoutineEditor", "Opening words"),
                ("intro", "say"),
                from_doc=_text,
            ),
            _Field(
                self.intro_seconds,
                translate("RoutineEditor", "Opening length"),
                ("intro", "seconds"),
                from_doc=_num,
            ),
            _Field(
                self.closing_say,
                translate("RoutineEditor", "Closing words"),
                ("closing", "say"),
                from_doc=_text,
            ),
            _Field(
                self.closing_seconds,
                translate("RoutineEditor", "Closing length"),
                ("closing", "seconds"),
                from_doc=_num,
            ),
            _Field(
                self.repeat,
                translate("RoutineEditor", "Times each group is done"),
                ("options", "repeat"),
                to_doc=lambda v: None if v == 1 else v,
                from_doc=lambda v: int(_num(v, 1)),
            ),
            _Field(
                self.pause_between,
                translate("RoutineEditor", "Pause between groups"),
                ("options", "pause_between"),
                to_doc=_or_none,
                from_doc=_num,
            ),
            _Field(
                self.chime,
                translate("RoutineEditor", "Chime before each step"),
                ("options", "chime"),
            ),
            _Field(
                self.rate,
                translate("RoutineEditor", "Speaking rate for this routine"),
                ("voice", "rate"),
                to_doc=_or_none,
                from_doc=lambda v: int(_num(v)),
            ),
            _Field(
                self.volume,
                translate("RoutineEditor", "Voice volume for this routine"),
                ("voice", "volume"),
                to_doc=lambda v: None if v < 0 else v / 100,
                from_doc=lambda v: -1 if v is None else round(_num(v) * 100),
            ),
            _Field(
                self.voice_id,
                translate("RoutineEditor", "Voice for this routine"),
                ("voice", "id"),
                to_doc=_or_none,
                from_doc=_text,
            ),
            _Field(self.area, translate("RoutineEditor", "Body area"), ("step", "area")),
            _Field(
                self.say,
                translate("RoutineEditor", "Words for the step"),
                ("step", "say"),
                from_doc=_text,
            ),
            _Field(
                self.tense,
                translate("RoutineEditor", "Seconds of tension"),
                ("step", "tense"),
                to_doc=_or_none,
                from_doc=_num,
            ),
            _Field(
                self.release,
                translate("RoutineEditor", "Words when letting go"),
                ("step", "release"),
                to_doc=_or_none,
                from_doc=_text,
            ),
            _Field(
                self.relax,
                translate("RoutineEditor", "Seconds of rest"),
                ("step", "relax"),
                from_doc=_num,
            ),
        ]
        self._name_widgets()
        self._connect()
        self._refresh(select=0)

    # -- wiring -------------------------------------------------------------------
    def _name_widgets(self) -> None:
        names = {
            self.target: translate("RoutineEditor", "Target length in minutes"),
            self.scale_button: translate("RoutineEditor", "Fit to this length"),
            self.steps: translate("RoutineEditor", "Steps"),
            self.add_button: translate("RoutineEditor", "Add a step"),
            self.duplicate_button: translate("RoutineEditor", "Duplicate the step"),
            self.remove_button: translate("RoutineEditor", "Remove the step"),
            self.up_button: translate("RoutineEditor", "Move the step up"),
            self.down_button: translate("RoutineEditor", "Move the step down"),
            self.prompts: translate("RoutineEditor", "Extra words while resting"),
            self.strip: translate("RoutineEditor", "Routine timeline"),
            self.undo_button: translate("RoutineEditor", "Undo"),
            self.redo_button: translate("RoutineEditor", "Redo"),
            self.play_step_button: translate("RoutineEditor", "Play this step"),
            self.play_from_button: translate("RoutineEditor", "Play the routine from this step"),
            self.export_button: translate("RoutineEditor", "Export as audio"),
            self.save_button: translate("RoutineEditor", "Save the routine"),
            self.close_button: translate("RoutineEditor", "Close the editor"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for field in self._fields:
            field.widget.setAccessibleName(field.name)
        self.steps.setAccessibleDescription(
            translate("RoutineEditor", "Drag to reorder, or Alt+Up and Alt+Down.")
        )

    def _connect(self) -> None:
        d = self.draft
        for field in self._fields:
            field.connect(self._edited)
        self.scale_button.clicked.connect(self._scale)
        self.prompts.textChanged.connect(self._edit_prompts)
        self.steps.currentRowChanged.connect(self._select)
        self.steps.model().rowsMoved.connect(self._dropped)
        self.add_button.clicked.connect(lambda: self._refresh(d.insert_step(self._step + 1)))
        self.duplicate_button.clicked.connect(
            lambda: self._refresh(d.duplicate_step(self._step)) if d.steps else None
        )
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        QShortcut(QKeySequence("Alt+Up"), self.steps, lambda: self.move_step(-1))
        QShortcut(QKeySequence("Alt+Down"), self.steps, lambda: self.move_step(1))
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo)
        # Undo and redo act on the routine, whatever has the focus: text fields would
        # otherwise take Ctrl+Z for their own (empty) history.
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox):
                child.installEventFilter(self)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.strip.section_clicked.connect(self._strip_clicked)
        self.play_step_button.clicked.connect(self._play_step)
        self.play_from_button.clicked.connect(self._play_from)
        self.export_button.clicked.connect(self._export)

    # -- edits ----------------------------------------------------------------------
    def _edited(self, field: _Field) -> None:
        if field.in_step:
            self._edit_step(field.path[1], field.value())
        else:
            self._edit(field.path, field.value())

    def _edit(self, path: tuple[str | int, ...], value: Any) -> None:
        if self._loading:
            return
        self.draft.set(path, value)
        self._show_state()

    def _edit_step(self, key: str, value: Any) -> None:
        if self._loading or not self.draft.steps:
            return
        self.draft.set(("steps", self._step, key), value)
        self._show_state()
        item = self.steps.item(self._step)
        if item is not None:
            item.setText(self._step_label(self._step))

    def _edit_prompts(self) -> None:
        if self._loading or not self.draft.steps:
            return
        prompts, bad = parse_prompt_lines(self.prompts.toPlainText())
        self._prompt_lines_bad: list[int] = bad
        self.draft.set(("steps", self._step, "prompts"), prompts or None)
        self._show_state()

    def _remove(self) -> None:
        if self.draft.steps:
            self.draft.remove_step(self._step)
            self._refresh(min(self._step, len(self.draft.steps) - 1))

    def move_step(self, delta: int) -> None:
        to = self._step + delta
        if 0 <= to < len(self.draft.steps):
            self.draft.move_step(self._step, to)
            self._refresh(to)

    def _dropped(self, _parent: object, start: int, _end: int, _dest: object, row: int) -> None:
        to = row - 1 if row > start else row
        self.draft.move_step(start, to)
        self._refresh(to)

    def _scale(self) -> None:
        target = self.target.value() * 60
        reached = self.draft.scale_to(target)
        self._refresh(self._step)
        if abs(reached - target) > max(5.0, 0.02 * target):
            self.inform(
                translate(
                    "RoutineEditor",
                    "The routine cannot be made {target} long: the tension holds stay as they "
                    "are and rests have their limits, so it now lasts {reached}.",
                ).format(target=clock(target), reached=clock(reached))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            return True  # not taken by the field: the editor's shortcut runs
        return super().eventFilter(watched, event)

    def undo(self) -> None:
        if self.draft.undo():
            self._refresh(min(self._step, max(0, len(self.draft.steps) - 1)))

    def redo(self) -> None:
        if self.draft.redo():
            self._refresh(min(self._step, max(0, len(self.draft.steps) - 1)))

    # -- showing the draft ------------------------------------------------------------
    def _step_label(self, index: int) -> str:
        step = self.draft.steps[index]
        area = area_label(step.get("area")) if isinstance(step.get("area"), str) else "?"
        mark = "⚠ " if self.draft.problems_for(f"steps[{index + 1}]") else ""
        kind = (
            translate("RoutineEditor", "tense and release")
            if step.get("tense")
            else translate("RoutineEditor", "release only")
        )
        return f"{mark}{index + 1}. {area} — {kind}"

    def _refresh(self, select: int | None = None) -> None:
        """Load every widget from the draft (after undo, reorder, scaling...)."""
        self._loading = True
        try:
            doc = self.draft.doc
            for field in self._fields:
                if not field.in_step:
                    field.show(_lookup(doc, field.path))
            self.steps.clear()
            for index in range(len(self.draft.steps)):
                self.steps.addItem(QListWidgetItem(self._step_label(index)))
            if select is not None and self.draft.steps:
                self._step = max(0, min(select, len(self.draft.steps) - 1))
            self.steps.setCurrentRow(self._step if self.draft.steps else -1)
            self._load_step()
        finally:
            self._loading = False
        self._show_state()

    def _select(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self._step = row
        self._loading = True
        try:
            self._load_step()
        finally:
            self._loading = False
        self._show_state()

    def _load_step(self) -> None:
        has = bool(self.draft.steps)
        self.step_box.setEnabled(has)
        if not has:
            return
        step = self.draft.steps[self._step]
        self.step_box.setTitle(
            translate("RoutineEditor", "Step {number}").format(number=self._step + 1)
        )
        for field in self._fields:
            if field.in_step:
                field.show(step.get(field.path[1]))
        text = format_prompt_lines(step.get("prompts", []) or [])
        if self.prompts.toPlainText() != text:
            self.prompts.setPlainText(text)
        self._prompt_lines_bad = []

    def _show_state(self) -> None:
        d = self.draft
        self.total.setText(
            translate("RoutineEditor", "Total {length}").format(length=clock(d.duration))
        )
        self.target.blockSignals(True)
        if not self.target.hasFocus():
            self.target.setValue(max(0.5, round(d.duration / 30) / 2))
        self.target.blockSignals(False)
        self.undo_button.setEnabled(d.can_undo())
        self.redo_button.setEnabled(d.can_redo())
        title = translate("RoutineEditor", "Edit routine — {name}")
        self.setWindowTitle(("• " if d.dirty else "") + title.format(name=d.doc.get("name", "")))
        self._mark_fields()
        messages = [problem_in_words(p, where=False) for p in d.problems]
        if getattr(self, "_prompt_lines_bad", None):
            lines = ", ".join(str(n) for n in self._prompt_lines_bad)
            messages.append(
                translate(
                    "RoutineEditor",
                    "Step {number} › extra words: line {lines} is not “seconds: words”",
                ).format(number=self._step + 1, lines=lines)
            )
        self.problems.setText("\n".join(messages))
        self.problems.setVisible(bool(messages))
        for index in range(self.steps.count()):
            self.steps.item(index).setText(self._step_label(index))
        timeline = compile_timeline(d.routine) if d.routine is not None else None
        if timeline is None:  # while a value is wrong, the strip keeps the last good routine
            timeline = self.strip.timeline
        current = None
        if timeline is not None:
            current = next(
                (
                    s.index
                    for s in timeline.sections
                    if s.kind is SectionKind.STEP and s.step == self._step
                ),
                None,
            )
        self.strip.show_timeline(timeline, current)
        self._show_warnings()
        self.save_button.setEnabled(True)
        playable = d.routine is not None
        for button in (
            self.play_step_button,
            self.play_from_button,
            self.export_button,
            self.record_button,
        ):
            button.setEnabled(playable)

    def _mark_fields(self) -> None:
        d = self.draft
        fields: dict[QWidget, str] = {f.widget: f.problem_field(self._step) for f in self._fields}
        fields[self.prompts] = f"steps[{self._step + 1}].prompts"
        fields[self.steps] = "steps"
        for widget, field in fields.items():
            found = [
                in_words(p.said)
                for p in (
                    d.problems_for(field)
                    if field != "steps"
                    else [p for p in d.problems if p.field == "steps"]
                )
            ]
            if widget is self.prompts and getattr(self, "_prompt_lines_bad", None):
                found.append(translate("RoutineEditor", "a line is not “seconds: words”"))
            widget.setStyleSheet(INVALID_STYLE if found else "")
            widget.setToolTip("\n".join(found))
            widget.setProperty("invalid", bool(found))

    def _show_warnings(self) -> None:
        routine = self.draft.routine
        if routine is None or not self.spoken:
            self.warnings.setText("")
            return
        found = spoken_overruns(compile_timeline(routine), self.spoken)
        self.warnings.setText("\n".join(overrun_in_words(o) for o in found))

    def set_recorded(self, recorded: int, total: int) -> None:
        """Show how many prompts are recorded in a familiar voice."""
        self.record_button.setText(
            translate("RoutineEditor", "Record my voice… ({recorded} of {total})").format(
                recorded=recorded, total=total
            )
            if recorded
            else translate("RoutineEditor", "Record my voice…")
        )
        self.record_button.setAccessibleDescription(
            translate("RoutineEditor", "{recorded} of %n prompt(s) recorded", None, total).format(
                recorded=recorded
            )
        )
        self._reserve_record_width(total)

    def _reserve_record_width(self, total: int) -> None:
        """As wide as its longest text will be, so nothing moves when the count shows."""
        widest = translate("RoutineEditor", "Record my voice… ({recorded} of {total})").format(
            recorded=total, total=total
        )
        padding = (
            self.record_button.sizeHint().width()
            - self.record_button.fontMetrics().horizontalAdvance(self.record_button.text())
        )
        width = self.record_button.fontMetrics().horizontalAdvance(widest) + padding
        self.record_button.setMinimumWidth(max(width, self.record_button.minimumWidth()))

    def set_spoken_lengths(self, lengths: dict[str, float]) -> None:
        """How long each text takes to say (from the rendered voice)."""
        self.spoken = dict(lengths)
        self._show_warnings()

    # -- actions ---------------------------------------------------------------------
    def save(self) -> bool:
        d = self.draft
        if d.routine is None:
            problems = "\n".join(problem_in_words(p, where=False) for p in d.problems)
            self.refuse(
                translate("RoutineEditor", "This routine cannot be saved yet:") + "\n\n" + problems
            )
            return False
        try:
            routine = self._save(d.routine)
        except OSError as exc:
            self.refuse(
                translate(
                    "RoutineEditor",
                    "The routine could not be saved ({reason}). Your changes are still here; "
                    "check that the data folder can be written to.",
                ).format(reason=exc.strerror or exc)
            )
            return False
        d.mark_saved(routine)
        self._show_state()
        self.saved.emit(routine)
        return True

    def refuse(self, message: str) -> None:
        QMessageBox.warning(self, translate("RoutineEditor", "Not saved"), message)

    def inform(self, message: str) -> None:
        QMessageBox.information(self, translate("RoutineEditor", "Fit to this length"), message)

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" (a hook tests replace)."""
        answer = QMessageBox.question(
            self,
            translate("RoutineEditor", "Unsaved changes"),
            translate("RoutineEditor", "Save your changes to this routine?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "cancel")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.draft.dirty:
            answer = self.ask_unsaved()
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        if self.stop_preview_button.isVisible():
            self.preview_stop_requested.emit()  # a preview never outlives its editor
        event.accept()

    def reject(self) -> None:
        self.close()

    def _strip_clicked(self, section_index: int) -> None:
        routine = self.draft.routine
        if routine is None:
            return
        section = compile_timeline(routine).sections[section_index]
        if section.step is not None:
            self.steps.setCurrentRow(section.step)

    def _first_section_of_step(self) -> int:
        routine = self.draft.routine
        assert routine is not None
        return next(
            s.index
            for s in compile_timeline(routine).sections
            if s.kind is SectionKind.STEP and s.step == self._step
        )

    def show_preview(self, text: str, playing: bool) -> None:
        """What the preview is doing ("" when none has played), and whether Stop shows."""
        self.preview_status.setText(text)
        self.preview_status.setToolTip(text)
        self.preview_status.setAccessibleDescription(text)
        self.stop_preview_button.setVisible(playing)
        if not playing and self.stop_preview_button.hasFocus():
            self.play_step_button.setFocus()

    def _play_step(self) -> None:
        routine = self.draft.routine
        if routine is not None and routine.steps:
            from dataclasses import replace

            only = replace(
                routine, steps=(routine.steps[self._step],), intro=None, closing=None, repeat=1
            )
            self.play_requested.emit(only, 0)

    def _play_from(self) -> None:
        if self.draft.routine is not None and self.draft.routine.steps:
            self.play_requested.emit(self.draft.routine, self._first_section_of_step())

    def _export(self) -> None:
        if self.draft.routine is not None:
            self.export_requested.emit(self.draft.routine)


def _num(value: object, default: float = 0.0) -> float:
    return (
        float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default
    )


def _lookup(doc: dict[str, Any], path: Path) -> Any:
    """The value at *path* in a (possibly invalid) routine document, or None."""
    value: Any = doc
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _table(doc: dict[str, Any], key: str) -> dict[str, Any]:
    """A sub-table of a (possibly invalid) routine document, or an empty one."""
    found = doc.get(key)
    return found if isinstance(found, dict) else {}
