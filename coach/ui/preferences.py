"""Preferences: one window, one page per subject, every page on the same contract.

A page shows the settings it owns (:attr:`SettingsPage.owns`), takes them from a
:class:`~coach.core.settings.Settings` (:meth:`~SettingsPage.load`), gives them back
(:meth:`~SettingsPage.apply`, leaving every other setting as it was), says what is
wrong (:meth:`~SettingsPage.problems`) and can go back to the defaults
(:meth:`~SettingsPage.restore_defaults`).  The window saves only when no page has a
problem.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.lock import MIN_LENGTH
from coach.core.night import GET_UP
from coach.core.settings import OPTIONS, Settings
from coach.core.voice import VoiceInfo
from coach.core.words import marked
from coach.ui.wrapping_check import WrappingCheckBox

translate = QCoreApplication.translate

#: Voice ids of the natural voice start so (``coach.adapters.speech.natural``).
NATURAL_PREFIX = "hibari:"
BACKGROUNDS = (
    ("off", marked("preferences", "None")),
    ("brown", marked("preferences", "Soft brown noise")),
    ("pink", marked("preferences", "Soft pink noise")),
)
#: The background after the closing words: the setting's kinds (a time is NIGHT_AT).
NIGHT_AT = "at"
NIGHT_CHOICES = (
    ("", marked("preferences", "The background ends with it")),
    (GET_UP, marked("preferences", "It plays on until the get-up time")),
    (NIGHT_AT, marked("preferences", "It plays on until")),
)


class SettingsPage(QWidget):
    """One page of Preferences (see the module's docstring for the contract)."""

    title: ClassVar[str] = ""
    #: The settings this page shows and changes.
    owns: ClassVar[tuple[str, ...]] = ()

    def load(self, settings: Settings) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, object]:
        """The owned settings as the page shows them."""
        raise NotImplementedError

    def apply(self, settings: Settings) -> Settings:
        """*settings* with this page's values (and nothing else changed)."""
        return replace(settings, **self.values())  # type: ignore[arg-type]

    def problems(self) -> list[str]:
        return []

    def restore_defaults(self) -> None:
        self.load(Settings())


def _percent_slider(name: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setAccessibleName(name)
    return slider


def order_voices(voices: list[VoiceInfo]) -> list[VoiceInfo]:
    """Natural voices first, then English eSpeak voices, then the rest by name."""

    def rank(info: VoiceInfo) -> tuple[int, str]:
        if info.id.startswith(NATURAL_PREFIX):
            return (0, info.name)
        english = any(lang.startswith("en") for lang in info.languages)
        return (1 if english else 2, info.name.casefold())

    return sorted(voices, key=rank)


class VoicePage(SettingsPage):
    """Which voice speaks, how fast and how loud; a sample on request."""

    title = marked("SettingsPage", "Voice")
    owns = ("voice", "rate", "volume")
    #: (voice id, words a minute, volume) to hear a sample with, without saving.
    preview_requested = Signal(str, int, float)

    def __init__(self, voices: list[VoiceInfo] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice = QComboBox()
        self.voice.setAccessibleName(translate("VoicePage", "Voice"))
        ordered = order_voices(voices or [])
        natural = [v for v in ordered if v.id.startswith(NATURAL_PREFIX)]
        if natural:
            self.voice.addItem(
                translate("VoicePage", "{voice} — the default").format(
                    voice=translate("Voices", natural[0].name)
                ),
                "",
            )
        else:
            self.voice.addItem(translate("VoicePage", "The default voice"), "")
        for info in ordered:
            if natural and info.id == natural[0].id:
                continue  # shown first, as the default
            engine = (
                translate("VoicePage", "natural")
                if info.id.startswith(NATURAL_PREFIX)
                else "eSpeak"
            )
            name = translate("Voices", info.name)  # the natural voice's; eSpeak's as it says
            self.voice.addItem(f"{name} ({engine}, {info.id})", info.id)
        if voices is None:
            self.voice.setToolTip(translate("VoicePage", "The list of voices is still being read."))
        rate = OPTIONS["rate"]
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(int(rate.low or 60), int(rate.high or 260))
        self.rate.setAccessibleName(translate("VoicePage", "Speaking rate in words per minute"))
        self.rate_label = QLabel()
        self.volume = _percent_slider(translate("VoicePage", "Voice volume in percent"))
        self.volume_label = QLabel()
        self.rate.valueChanged.connect(self._update_labels)
        self.volume.valueChanged.connect(self._update_labels)
        self.preview_button = QPushButton(translate("VoicePage", "Preview"))
        self.preview_button.setAccessibleName(
            translate("VoicePage", "Preview: hear a sample with these settings")
        )
        self.preview_button.clicked.connect(self._preview)
        self.preview_status = QLabel()
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_status.setWordWrap(True)
        preview = QHBoxLayout()
        preview.addWidget(self.preview_button)
        preview.addWidget(self.preview_status, 1)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("VoicePage", "Voice"), self.voice)
        form.addRow(self.rate_label, self.rate)
        form.addRow(self.volume_label, self.volume)
        form.addRow(preview)

    def load(self, settings: Settings) -> None:
        index = self.voice.findData(settings.voice)
        if index < 0 and settings.voice:  # a voice not (or not yet) listed stays chosen
            self.voice.addItem(settings.voice, settings.voice)
            index = self.voice.count() - 1
        self.voice.setCurrentIndex(max(0, index))
        self.rate.setValue(settings.rate)
        self.volume.setValue(round(settings.volume * 100))
        self._update_labels()

    def values(self) -> dict[str, object]:
        return {
            "voice": self.voice.currentData() or "",
            "rate": self.rate.value(),
            "volume": self.volume.value() / 100,
        }

    def show_preview_status(self, text: str) -> None:
        self.preview_status.setText(text)

    def _preview(self) -> None:
        self.preview_requested.emit(
            self.voice.currentData() or "", self.rate.value(), self.volume.value() / 100
        )

    def _update_labels(self) -> None:
        rate = self.rate.value()
        self.rate_label.setText(translate("VoicePage", "Speed: %n word(s) a minute", None, rate))
        self.volume_label.setText(
            translate("VoicePage", "Volume: {percent} %").format(percent=self.volume.value())
        )


class ScreenSoundPage(SettingsPage):
    """What the session screen shows, and the gentle sounds under the voice."""

    title = marked("SettingsPage", "Screen and sound")
    owns = (
        "captions",
        "screen_dark",
        "text_size",
        "body_map",
        "breathing",
        "breaths_per_minute",
        "chime",
        "chime_volume",
        "background",
        "background_volume",
        "background_until",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captions = WrappingCheckBox(translate("ScreenSoundPage", "Show the words on screen"))
        self.screen_dark = WrappingCheckBox(
            translate("ScreenSoundPage", "Dark screen: only faint words on black")
        )
        self.text_size = QSpinBox()
        text = OPTIONS["text_size"]
        self.text_size.setRange(int(text.low or 16), int(text.high or 72))
        self.text_size.setSuffix(translate("ScreenSoundPage", " px"))
        self.text_size.setAccessibleName(translate("ScreenSoundPage", "Text size"))
        self.body_map = WrappingCheckBox(translate("ScreenSoundPage", "Show the body map"))
        self.breathing = WrappingCheckBox(
            translate("ScreenSoundPage", "Show a breathing guide while relaxing")
        )
        self.breaths = QDoubleSpinBox()
        rate = OPTIONS["breaths_per_minute"]
        self.breaths.setRange(rate.low or 3, rate.high or 12)
        self.breaths.setSingleStep(0.5)
        self.breaths.setDecimals(1)
        self.breaths.setSuffix(translate("ScreenSoundPage", " breaths a minute"))
        self.breaths.setAccessibleName(translate("ScreenSoundPage", "Breathing guide speed"))
        self.chime = WrappingCheckBox(translate("ScreenSoundPage", "A soft chime before each step"))
        self.chime_volume = _percent_slider(translate("ScreenSoundPage", "Chime volume"))
        self.background = QComboBox()
        self.background.setAccessibleName(translate("ScreenSoundPage", "Background sound"))
        for value, label in BACKGROUNDS:
            self.background.addItem(translate("preferences", label), value)
        self.background_volume = _percent_slider(translate("ScreenSoundPage", "Background volume"))
        self.night = QComboBox()
        self.night.setAccessibleName(translate("ScreenSoundPage", "After the closing words"))
        self.night.setAccessibleDescription(
            translate(
                "ScreenSoundPage",
                "Whether the background sound plays on through the night, fading out at the end",
            )
        )
        for value, label in NIGHT_CHOICES:
            self.night.addItem(translate("preferences", label), value)
        self.night_until = QTimeEdit()
        self.night_until.setDisplayFormat("HH:mm")
        self.night_until.setAccessibleName(
            translate("ScreenSoundPage", "Background plays on until")
        )
        self.night_until.setTime(QTime(6, 30))
        self.night.currentIndexChanged.connect(
            lambda _index: self.night_until.setEnabled(self.night.currentData() == NIGHT_AT)
        )
        self.night_until.setEnabled(False)
        night_row = QHBoxLayout()
        night_row.addWidget(self.night, 1)
        night_row.addWidget(self.night_until)
        for box in (self.captions, self.screen_dark, self.body_map, self.breathing, self.chime):
            box.setAccessibleName(box.text())
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.captions)
        form.addRow(self.screen_dark)
        form.addRow(translate("ScreenSoundPage", "Text size"), self.text_size)
        form.addRow(self.body_map)
        form.addRow(self.breathing)
        form.addRow(translate("ScreenSoundPage", "Guide speed"), self.breaths)
        form.addRow(self.chime)
        form.addRow(translate("ScreenSoundPage", "Chime volume"), self.chime_volume)
        form.addRow(translate("ScreenSoundPage", "Background"), self.background)
        form.addRow(translate("ScreenSoundPage", "Background volume"), self.background_volume)
        form.addRow(translate("ScreenSoundPage", "After the session"), night_row)

    def load(self, settings: Settings) -> None:
        self.captions.setChecked(settings.captions)
        self.screen_dark.setChecked(settings.screen_dark)
        self.text_size.setValue(settings.text_size)
        self.body_map.setChecked(settings.body_map)
        self.breathing.setChecked(settings.breathing)
        self.breaths.setValue(settings.breaths_per_minute)
        self.chime.setChecked(settings.chime)
        self.chime_volume.setValue(round(settings.chime_volume * 100))
        self.background.setCurrentIndex(max(0, self.background.findData(settings.background)))
        self.background_volume.setValue(round(settings.background_volume * 100))
        until = settings.background_until
        kind = until if until in ("", GET_UP) else NIGHT_AT
        self.night.setCurrentIndex(max(0, self.night.findData(kind)))
        if kind == NIGHT_AT:
            self.night_until.setTime(QTime.fromString(until, "HH:mm"))

    def _until(self) -> str:
        kind = self.night.currentData()
        return str(self.night_until.time().toString("HH:mm")) if kind == NIGHT_AT else str(kind)

    def values(self) -> dict[str, object]:
        return {
            "captions": self.captions.isChecked(),
            "screen_dark": self.screen_dark.isChecked(),
            "text_size": self.text_size.value(),
            "body_map": self.body_map.isChecked(),
            "breathing": self.breathing.isChecked(),
            "breaths_per_minute": self.breaths.value(),
            "chime": self.chime.isChecked(),
            "chime_volume": self.chime_volume.value() / 100,
            "background": self.background.currentData(),
            "background_volume": self.background_volume.value() / 100,
            "background_until": self._until(),
        }


class EveningPage(SettingsPage):
    """Reminders in the evening, and what happens after a session."""

    title = marked("SettingsPage", "Evening and reminders")
    owns = ("close_to_tray", "quit_after_minutes")
    #: The person asks to change the bedtime and the checklist.
    plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.close_to_tray = WrappingCheckBox(
            translate("EveningPage", "Closing the window keeps the evening's reminders going")
        )
        self.close_to_tray.setAccessibleName(self.close_to_tray.text())
        self.quit_after = QSpinBox()
        self.quit_after.setRange(0, int(OPTIONS["quit_after_minutes"].high or 240))
        self.quit_after.setSpecialValueText(translate("EveningPage", "Never"))
        self.quit_after.setSuffix(translate("EveningPage", " min"))
        self.quit_after.setAccessibleName(
            translate("EveningPage", "Close the app after a session ends")
        )
        self.plan_button = QPushButton(translate("EveningPage", "Bedtime and checklist…"))
        self.plan_button.setAccessibleName(
            translate("EveningPage", "Change the bedtime and the evening checklist")
        )
        self.plan_button.clicked.connect(self.plan_requested)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.close_to_tray)
        form.addRow(
            translate("EveningPage", "After a session, close the app after"), self.quit_after
        )
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addStretch(1)
        form.addRow(row)

    def load(self, settings: Settings) -> None:
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.quit_after.setValue(settings.quit_after_minutes)

    def values(self) -> dict[str, object]:
        return {
            "close_to_tray": self.close_to_tray.isChecked(),
            "quit_after_minutes": self.quit_after.value(),
        }


class LanguagePage(SettingsPage):
    """The window's language: the system's, or one chosen here (used from the next start)."""

    title = marked("SettingsPage", "Language")
    owns = ("language",)

    def __init__(
        self, languages: tuple[str, ...], system: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("LanguagePage", "The window's language"))
        self.language.addItem(
            translate("LanguagePage", "As the system: {language}").format(
                language=language_name(system)
            ),
            "",
        )
        for code in languages:
            self.language.addItem(language_name(code), code)
        note = QLabel(
            translate(
                "LanguagePage",
                "The window, the messages and the built-in routines change to the new "
                "language the next time Wind-Down Coach starts. A routine is always spoken "
                "in the language it is written in.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("timeLeft")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("LanguagePage", "Language"), self.language)
        form.addRow(note)

    def load(self, settings: Settings) -> None:
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(0, index))

    def values(self) -> dict[str, object]:
        return {"language": self.language.currentData() or ""}


def language_name(code: str) -> str:
    """A language as its own speakers name it (``Русский``), from Qt's locale data."""
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


#: The PIN's shortest length (a name lupdate can read as a plural's number).
LEAST = MIN_LENGTH


class CaregiverPage(SettingsPage):
    """Set the app up for someone else: their name, simple mode, easier reading, the lock,
    and the whole setup carried to another computer."""

    title = marked("SettingsPage", "For someone else")
    owns = ("person_name", "simple_mode", "high_contrast", "large_text")
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(
            translate("CaregiverPage", "The person's name, used in the greeting")
        )
        self.simple = WrappingCheckBox(
            translate("CaregiverPage", "Simple mode: one big button and tonight's list")
        )
        self.high_contrast = WrappingCheckBox(translate("CaregiverPage", "High contrast"))
        self.large_text = WrappingCheckBox(translate("CaregiverPage", "Large text"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(translate("CaregiverPage", "New PIN or passphrase"))
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setAccessibleName(translate("CaregiverPage", "The same PIN again"))
        self.remove_lock = WrappingCheckBox(translate("CaregiverPage", "Remove the lock"))
        self.remove_lock.setEnabled(locked)
        for box in (self.simple, self.high_contrast, self.large_text, self.remove_lock):
            box.setAccessibleName(box.text())
        self.export_button = QPushButton(translate("CaregiverPage", "Export setup…"))
        self.export_button.setAccessibleName(
            translate("CaregiverPage", "Export the whole setup to one file")
        )
        self.import_button = QPushButton(translate("CaregiverPage", "Import setup…"))
        self.import_button.setAccessibleName(
            translate("CaregiverPage", "Import a setup file from another computer")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        lock_note = QLabel(
            translate(
                "CaregiverPage",
                "A PIN protects the routines, the checklist, reminders, the voice "
                "and leaving simple mode.",
            )
            + (translate("CaregiverPage", " A lock is set.") if locked else "")
        )
        lock_note.setWordWrap(True)
        setup = QHBoxLayout()
        setup.addWidget(self.export_button)
        setup.addWidget(self.import_button)
        setup.addStretch(1)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("CaregiverPage", "Name"), self.name)
        form.addRow(self.simple)
        form.addRow(self.high_contrast)
        form.addRow(self.large_text)
        form.addRow(lock_note)
        form.addRow(translate("CaregiverPage", "New PIN"), self.pin)
        form.addRow(translate("CaregiverPage", "Again"), self.pin_again)
        form.addRow(self.remove_lock)
        form.addRow(setup)

    def load(self, settings: Settings) -> None:
        self.name.setText(settings.person_name)
        self.simple.setChecked(settings.simple_mode)
        self.high_contrast.setChecked(settings.high_contrast)
        self.large_text.setChecked(settings.large_text)

    def values(self) -> dict[str, object]:
        return {
            "person_name": self.name.text().strip(),
            "simple_mode": self.simple.isChecked(),
            "high_contrast": self.high_contrast.isChecked(),
            "large_text": self.large_text.isChecked(),
        }

    def new_pin(self) -> str | None:
        return self.pin.text() or None

    def problems(self) -> list[str]:
        pin = self.pin.text()
        if pin and len(pin) < MIN_LENGTH:
            return [
                translate("CaregiverPage", "the PIN needs at least %n character(s)", None, LEAST)
            ]
        if pin != self.pin_again.text():
            return [translate("CaregiverPage", "the two PINs are not the same")]
        return []

    def restore_defaults(self) -> None:
        super().restore_defaults()
        self.pin.clear()
        self.pin_again.clear()
        self.remove_lock.setChecked(False)


class PreferencesWindow(QDialog):
    """The pages in a list on the left; Restore defaults (this page), Cancel, Save."""

    def __init__(
        self,
        settings: Settings,
        voices: list[VoiceInfo] | None,
        parent: QWidget | None = None,
        page: str | None = None,
        locked: bool = False,
        languages: tuple[str, ...] = ("en",),
        system_language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesWindow", "Preferences"))
        self._settings = settings
        self.voice_page = VoicePage(voices)
        self.screen_page = ScreenSoundPage()
        self.evening_page = EveningPage()
        self.caregiver_page = CaregiverPage(locked)
        self.language_page = LanguagePage(languages, system_language)
        self.pages: list[SettingsPage] = [
            self.voice_page,
            self.screen_page,
            self.evening_page,
            self.language_page,
            self.caregiver_page,
        ]
        #: "export" or "import" when the person asked for that (the window closes first,
        #: unsaved, so an import is never overwritten by what the window still shows).
        self.then: str | None = None
        self.caregiver_page.export_requested.connect(lambda: self._close_then("export"))
        self.caregiver_page.import_requested.connect(lambda: self._close_then("import"))
        self.index = QListWidget()
        self.index.setAccessibleName(translate("PreferencesWindow", "Preferences pages"))
        self.stack = QStackedWidget()
        # As wide as its longest title, but never more than about 18 characters: a longer
        # title goes onto two lines instead of widening the window.
        self.index.ensurePolished()  # the style sheet's font (large text) is the one used
        metrics = self.index.fontMetrics()
        titles = [translate("SettingsPage", each.title) for each in self.pages]
        widest_word = max(metrics.horizontalAdvance(w) for t in titles for w in t.split())
        width = max(
            min(max(metrics.horizontalAdvance(t) for t in titles), metrics.averageCharWidth() * 18),
            widest_word,
        )
        for each, title in zip(self.pages, titles, strict=True):
            each.load(settings)
            self.index.addItem(_lines(title, metrics, width))
            self.stack.addWidget(each)
        self.index.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index.setFixedWidth(width + 48)  # the items' padding and the frame
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.problem = QLabel()
        self.problem.setObjectName("notice")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.addButton(
            translate("PreferencesWindow", "Restore defaults"),
            QDialogButtonBox.ButtonRole.ResetRole,
        )
        self.restore_button.setAccessibleName(
            translate("PreferencesWindow", "Restore the defaults of this page")
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.restore_button.clicked.connect(lambda: self.current_page().restore_defaults())
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        titles = [each.title for each in self.pages]
        self.index.setCurrentRow(titles.index(page) if page in titles else 0)

    def _close_then(self, action: str) -> None:
        self.then = action
        self.reject()

    def current_page(self) -> SettingsPage:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, title: str) -> None:
        self.index.setCurrentRow([each.title for each in self.pages].index(title))

    def chosen(self) -> Settings:
        """The settings as every page shows them now."""
        settings = self._settings
        for each in self.pages:
            settings = each.apply(settings)
        return settings

    def _save(self) -> None:
        found = [
            f"{translate('SettingsPage', each.title)}: {p}"
            for each in self.pages
            for p in each.problems()
        ]
        if found:
            self.problem.setText("\n".join(found))
            self.problem.show()
            return
        self.accept()


def _lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """*text* broken onto lines no wider than *width* (between words)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
