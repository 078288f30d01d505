"""What the routine buttons do: edit (a copy of a built-in), rename, delete with undo,
import, export as a file and as audio.  Dialogs go through small methods tests replace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import QProgressDialog, QWidget

from coach.adapters.recordings import Recordings
from coach.adapters.routine_library import Deleted, RoutineLibrary
from coach.adapters.voice_cache import RenderResult
from coach.core.library import Entry
from coach.core.routine import Routine
from coach.core.routine_format import RoutineError
from coach.core.session import State
from coach.core.timeline import Cue, compile_timeline
from coach.texts.said import error_in_words, problems_in_words

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.application import App
    from coach.own_voice import OwnVoice
    from coach.ui.recording_dialog import RecordingDialog
    from coach.ui.routine_editor import RoutineEditor


class RoutineActions(QObject):
    def __init__(self, app: App, library: RoutineLibrary) -> None:
        super().__init__(app.window)
        self.app = app
        self.library = library
        self.window: QWidget = app.window
        self.editor: RoutineEditor | None = None
        self._deleted: Deleted | None = None
        self._spoken_job = -1
        self._export_job = -1
        self._export_target: tuple[Routine, Path] | None = None
        self._following_previews = False
        home = app.window.home
        home.edit_requested.connect(self.edit)
        home.rename_requested.connect(self.rename)
        home.delete_requested.connect(self.delete)
        home.undo_delete_requested.connect(self.undo_delete)
        home.import_requested.connect(self.import_file)
        home.export_requested.connect(self.export)
        home.export_audio_requested.connect(lambda entry: self.export_audio(entry.routine))
        app.worker.finished.connect(self._rendered)

    # -- dialogs (replaced in tests) ---------------------------------------------------
    def tell(self, title: str, message: str) -> None:
        self.app.dialogs.tell(title, message)

    # -- actions ---------------------------------------------------------------------------
    def _reload(self, select: Routine | None = None) -> None:
        self.app.reload_routines(select)

    def edit(self, entry: Entry) -> None:
        if not self.app.may_change_settings():
            return
        routine = entry.routine
        if routine is None:
            return
        if entry.builtin:
            routine = self.library.duplicate(routine)
            self._reload(routine)
        self.open_editor(routine)

    def open_editor(self, routine: Routine) -> RoutineEditor:
        from coach.ui.routine_editor import RoutineEditor  # loaded when first needed

        editor = RoutineEditor(
            routine, lambda r: self.library.save(r, routine.source or None), self.window
        )
        editor.saved.connect(lambda r: self._reload(r))
        editor.play_requested.connect(self._play)
        editor.export_requested.connect(self.export_audio)
        editor.record_requested.connect(self.record_voice)
        editor.preview_stop_requested.connect(self.app.controller.stop)
        self.editor = editor
        editor.show()
        self.measure_speech(routine)
        editor.saved.connect(self.measure_speech)
        return editor

    def record_voice(self, routine: Routine) -> None:
        routine = replace(routine, source=self.editor.draft.source) if self.editor else routine
        dialog, voice = open_own_voice(
            routine, self.app.recordings, self.app.audio_output, self.window
        )
        dialog.finished.connect(lambda _r: self.measure_speech(routine))
        self.recording_dialog, self.own_voice = dialog, voice
        dialog.open()

    def _play(self, routine: Routine, section: int) -> None:
        """Preview in the editor: heard like a session, shown and stopped there."""
        controller = self.app.controller
        if not self._following_previews:
            controller.state_changed.connect(self._preview_state)
            controller.cue_changed.connect(self._preview_cue)
            self._following_previews = True
        controller.start(routine, section, preview=True)

    def _preview_state(self, state: State) -> None:
        editor, controller = self.editor, self.app.controller
        if editor is None or not controller.preview:
            return
        playing = state in (State.PREPARING, State.RUNNING, State.PAUSED)
        text = {
            State.PREPARING: "Preparing the voice…",
            State.PAUSED: "Preview paused.",
            State.FINISHED: "End of the preview.",
            State.STOPPED: "Preview stopped.",
        }.get(state)
        if text is not None or not playing:
            editor.show_preview(text or "", playing)

    def _preview_cue(self, cue: Cue) -> None:
        editor, controller = self.editor, self.app.controller
        if editor is not None and controller.preview and cue.text:
            editor.show_preview(f"Playing: {cue.text}", True)

    def rename(self, entry: Entry) -> None:
        if not self.app.may_change_settings():
            return
        assert entry.routine is not None
        name = self.app.dialogs.ask_text(
            translate("RoutineActions", "Rename routine"),
            translate("RoutineActions", "New name:"),
            entry.routine.name,
        )
        if name and name.strip():
            try:
                self._reload(self.library.rename(entry.routine, name.strip()))
            except (RoutineError, PermissionError, OSError) as exc:
                self.tell(translate("RoutineActions", "Not renamed"), error_in_words(exc))

    def delete(self, entry: Entry) -> None:
        if not self.app.may_change_settings():
            return
        assert entry.routine is not None
        try:
            self._deleted = self.library.delete(entry.routine)
        except (PermissionError, OSError) as exc:
            self.tell(translate("RoutineActions", "Not deleted"), str(exc))
            return
        self._reload()
        home = self.app.window.home
        home.undo_delete_button.setText(
            translate("RoutineActions", "Undo delete of “{name}”").format(name=entry.routine.name)
        )
        home.undo_delete_button.show()

    def undo_delete(self) -> None:
        if self._deleted is not None:
            self.library.undo_delete(self._deleted)
            self._deleted = None
            self._reload()
        self.app.window.home.undo_delete_button.hide()

    def import_file(self) -> None:
        if not self.app.may_change_settings():
            return
        path = self.app.dialogs.ask_open_path(
            translate("RoutineActions", "Import a routine"),
            Path.home(),
            translate("RoutineActions", "Routines (*.toml)"),
        )
        if path is None:
            return
        try:
            routine = self.library.import_file(path)
        except RoutineError as exc:
            self.tell(
                translate("RoutineActions", "Not imported"),
                translate("RoutineActions", "{name} could not be imported:\n\n{exc}").format(
                    name=path.name, exc=problems_in_words(exc)
                ),
            )
            return
        self._reload(routine)

    def export(self, entry: Entry) -> None:
        assert entry.routine is not None
        source = entry.routine.source
        path = self.app.dialogs.ask_save_path(
            translate("RoutineActions", "Export routine"),
            Path.home() / (source.name if source else "routine.toml"),
            translate("RoutineActions", "Routines (*.toml)"),
        )
        if path is None:
            return
        try:
            self.library.export(entry.routine, path)
        except RoutineError as exc:
            self.tell(translate("RoutineActions", "Not exported"), problems_in_words(exc))

    # -- speech lengths for the editor, and audio export ------------------------------
    def measure_speech(self, routine: Routine) -> None:
        texts = compile_timeline(routine).texts()
        self._spoken_job = self.app.worker.prepare(texts, self.app.voice_settings(routine))

    def export_audio(self, routine: Routine | None) -> None:
        if routine is None:
            return
        from coach.audio.encoded import FILTER, FORMATS

        path = self.app.dialogs.ask_save_path(
            translate("RoutineActions", "Export as audio"),
            Path.home() / f"{routine.name}.wav",
            FILTER,
        )
        if path is None:
            return
        if path.suffix.lower() not in (".wav", *FORMATS):
            path = path.with_name(path.name + ".wav")
        self._export_target = (routine, path)
        texts = compile_timeline(routine).texts()
        self._export_job = self.app.worker.prepare(texts, self.app.voice_settings(routine))

    def _rendered(self, job: int, result: RenderResult) -> None:
        if job == self._spoken_job and self.editor is not None:
            import wave

            lengths = {}
            files = dict(result.files)
            if self.editor.draft.routine is not None:
                files.update(
                    self.app.recordings.existing(self.editor.draft.source, list(result.files))
                )
            self.editor.set_recorded(
                len(files)
                - len(result.files)
                + sum(1 for t in result.files if t in files and files[t] != result.files[t]),
                len(result.files),
            )
            for text, path in files.items():
                with wave.open(str(path), "rb") as wav:
                    lengths[text] = wav.getnframes() / wav.getframerate()
            self.editor.set_spoken_lengths(lengths)
        elif job == self._export_job and self._export_target is not None:
            routine, path = self._export_target
            self._export_target = None
            self._write_audio(routine, path, result)

    def _write_audio(
        self,
        routine: Routine,
        path: Path,
        result: RenderResult,
    ) -> None:
        from coach.audio.encoded import open_writer
        from coach.services.session_audio import assemble_session_audio

        timeline = compile_timeline(routine)
        mixer = assemble_session_audio(
            timeline,
            result.files,
            self.app.recordings.existing(routine.source, timeline.texts()),
            self.app.sound_choice(routine),
        ).mixer
        dialog = QProgressDialog(
            translate("RoutineActions", "Writing the session…"),
            translate("RoutineActions", "Cancel"),
            0,
            1000,
            self.window,
        )
        dialog.setMinimumDuration(300)
        try:
            writer = open_writer(path, mixer.rate)
        except OSError as exc:
            self.tell(
                translate("RoutineActions", "Not exported"),
                translate("RoutineActions", "{path} cannot be written: {exc}").format(
                    path=path, exc=exc.strerror or exc
                ),
            )
            return
        cancelled = False

        def step(fraction: float) -> None:
            nonlocal cancelled
            dialog.setValue(round(fraction * 1000))
            if dialog.wasCanceled():
                cancelled = True
                mixer.frame = mixer.total_frames

        mixer.write_wav(writer, progress=step)
        dialog.close()
        if cancelled:
            writer.abort()
        else:
            writer.close()


def open_own_voice(
    routine: Routine,
    recordings: Recordings,
    audio_output: Callable[[], QAudioDevice | None],
    parent: QWidget | None = None,
    inputs: list[QAudioDevice] | None = None,
) -> tuple[RecordingDialog, OwnVoice]:
    """The recording dialog for *routine*, connected to the :class:`OwnVoice` that records
    (a child of the dialog: it goes when the dialog goes)."""
    from PySide6.QtMultimedia import QMediaDevices

    from coach.own_voice import OwnVoice as Voice
    from coach.ui.recording_dialog import RecordingDialog as Dialog

    devices = QMediaDevices.audioInputs() if inputs is None else inputs
    dialog = Dialog(routine.name, compile_timeline(routine).texts(), devices, parent)
    voice = Voice(routine, recordings, audio_output, dialog)
    dialog.record_requested.connect(voice.record)
    dialog.stop_requested.connect(voice.stop)
    dialog.play_requested.connect(voice.play)
    dialog.delete_requested.connect(voice.delete)
    dialog.finished.connect(lambda _r: voice.close())
    voice.recorded_changed.connect(dialog.show_recorded)
    voice.recording_changed.connect(dialog.show_recording)
    voice.level.connect(dialog.show_level)
    voice.status.connect(dialog.show_status)
    dialog.show_recorded(voice.recorded())
    return dialog, voice
