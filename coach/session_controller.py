"""Runs one session at a time: voice preparation, audio, and the engine.

This is where the Qt-free engine meets the outside world.  The engine's
position comes from the audio stream while sound plays; without voice or sound
it comes from the monotonic clock and the session runs on captions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtMultimedia import QAudioDevice

from coach.adapters.process_reaper import ProcessReaper
from coach.adapters.speech.chain import VoiceChain
from coach.adapters.speech.natural import is_natural
from coach.adapters.voice_cache import RenderResult
from coach.adapters.voice_worker import VoiceWorker
from coach.audio.sound_choice import SoundChoice
from coach.core.body_progress import jump_for_region, region_roles
from coach.core.clock import Clock, MonotonicPosition, PositionSource, Scheduler
from coach.core.routine import Routine
from coach.core.session import DUE_TOLERANCE, ENDED, SessionEngine, State
from coach.core.timeline import Cue, Timeline, compile_timeline
from coach.core.voice import VoiceSettings
from coach.core.words import Said, marked
from coach.texts.said import in_words

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from coach.adapters.sound_helper import HelperPlayer, LoadedSound
    from coach.audio.mix_plan import MixPlan
    from coach.audio.mixer import SessionMixer
    from coach.audio.player import StreamPlayer

    Player = StreamPlayer | HelperPlayer

log = logging.getLogger(__name__)

SOUND_BACK_NOTICE = marked("session_controller", "The sound is back; the voice goes on from here.")
SLEPT_NOTICE = marked(
    "session_controller",
    "The computer was asleep, so the session paused where it was. Press Space to go on.",
)

NO_DEVICE_NOTICE = marked(
    "session_controller",
    "No sound output was found, so the session shows its words on screen instead. "
    "Connect speakers or headphones, or check that the sound system (PulseAudio or "
    "PipeWire) is running; on Debian or Ubuntu Qt also needs the libpulse0 package.",
)
NATURAL_MISSING_NOTICE = marked(
    "session_controller",
    "The natural voice is not available ({why}), so the eSpeak voice speaks instead.",
)
DEVICE_LOST_NOTICE = marked(
    "session_controller",
    "The sound device stopped working ({why}). The session goes on with its words on screen.",
)


class ThenTheNight:
    """The player as the session's clock when its stream goes on after the session (the
    background through the night): the session's own end leaves it playing; a stop
    before that end stops it, as always."""

    def __init__(self, player: PositionSource, session_end: float) -> None:
        self._player = player
        self._session_end = session_end

    def position(self) -> float:
        return self._player.position()

    def start(self, position: float = 0.0) -> None:
        self._player.start(position)

    def pause(self) -> None:
        self._player.pause()

    def resume(self) -> None:
        self._player.resume()

    def seek(self, position: float) -> None:
        self._player.seek(position)

    def stop(self) -> None:
        if self._player.position() < self._session_end - DUE_TOLERANCE:
            self._player.stop()


class SessionController(QObject):
    """Starts, steers and ends sessions; the window only listens and forwards intent."""

    #: The session's new :class:`~coach.core.session.State`.
    state_changed = Signal(object)
    cue_changed = Signal(object)
    #: How the body map shows the moment: {region: Role}, after each cue and jump.
    body_changed = Signal(object)
    #: A paused session went to the step a body region belongs to (a Jump).
    jumped = Signal(object)
    section_changed = Signal(object)
    preparing = Signal(int, int)
    notice_changed = Signal(str)
    session_started = Signal(object)  # the Timeline
    #: Seconds the background plays on after the closing words (0: no more).
    night_changed = Signal(float)
    #: The sound devices are worth watching from now on: the voice has no device, lost
    #: it, or plays in this process (a helper process playing well needs no watch, and
    #: the window then never loads Qt's multimedia back end).
    devices_wanted = Signal()
    #: From the assembling thread: job, render result, recordings, SessionAudio or error.
    _assembled = Signal(int, object, object, object)

    def __init__(
        self,
        worker: VoiceWorker,
        voice_settings: Callable[[Routine | None], VoiceSettings],
        audio_output: Callable[[], QAudioDevice | None],
        clock: Clock,
        scheduler: Scheduler,
        sounds: Callable[[Routine | None], SoundChoice] = lambda _routine: SoundChoice(),
        parent: QObject | None = None,
        no_output_notice: Callable[[], Said | None] = lambda: None,
        sound_helper: Callable[[MixPlan], LoadedSound] | None = None,
        sound_server_up: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        #: Seconds the background plays on after a session of so many seconds from now
        #: (set by the app: it knows the clock, the setting and the get-up time).
        self.night: Callable[[float], float] = lambda _seconds: 0.0
        #: Why there is no output when it is something other than "no device".
        self._no_output_notice = no_output_notice
        # Starts a sound helper process holding a session's stream (None: the stream is
        # mixed and played in this process).
        self._sound_helper = sound_helper
        # Waits for ended helpers off the event loop (and for the last ones at exit).
        self._reaper = ProcessReaper(self)
        # Whether a helper may try to play (it finds the device itself; by default, when
        # there is an output).
        self._sound_server_up = sound_server_up or (lambda: self._audio_output() is not None)
        # The plan the helper plays (kept to start a new helper when a device returns).
        self._plan: MixPlan | None = None
        # Helpers started for a session whose player is not yet made (closed at shutdown).
        self._unclaimed: list[LoadedSound] = []
        self._unclaimed_lock = threading.Lock()
        self._sounds = sounds
        self._worker = worker
        self._voice_settings = voice_settings
        self._audio_output = audio_output
        self._clock = clock
        self._scheduler = scheduler
        self.engine: SessionEngine | None = None
        self.routine: Routine | None = None
        #: Whether the session running is an editor's preview.
        self.preview = False
        self._player: Player | None = None
        self._job = 0
        self._from_section = 0
        #: Recorded prompts for a routine: text → WAV file (set by the app).
        self.recordings: Callable[[Routine], dict[str, Path]] = lambda routine: {}
        self._mixer: SessionMixer | None = None
        self.notices: list[str] = []
        self._told_natural_missing = False
        #: The stream was heard to its end while the session had not yet seen its end.
        self._heard_to_the_end = False
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_rendered)
        self._assembly: threading.Thread | None = None
        self._assembled.connect(self._on_assembled)
        #: The background plays on after the finished session.
        self._night_on = False

    # -- queries -------------------------------------------------------------
    @property
    def state(self) -> State:
        return self.engine.state if self.engine else State.IDLE

    @property
    def audio_playing(self) -> bool:
        return self._player is not None

    @property
    def holds_sound(self) -> bool:
        """Whether a session's sound is held (its mixer here, or a helper playing it)."""
        return self._mixer is not None or self._plan is not None or self._player is not None

    # -- intent ----------------------------------------------------------------
    def start(self, routine: Routine, from_section: int = 0, preview: bool = False) -> None:
        """Prepare the voice for *routine*, then begin the session (at *from_section*).

        A *preview* (the editor's Play) is heard like a session but is not one: it is
        never recorded as the night's relaxation and does not end the evening.
        """
        self.stop()
        self._close_player()
        self.preview = preview
        self.routine = routine
        self._from_section = from_section
        timeline = compile_timeline(routine)
        engine = SessionEngine(timeline, MonotonicPosition(self._clock), self._scheduler)
        engine.on_state.append(self.state_changed.emit)
        engine.on_state.append(self._on_state)
        engine.on_cue.append(self._on_cue)
        engine.on_section.append(self.section_changed.emit)
        self.engine = engine
        self._set_notices([])
        engine.prepare()
        self._job = self._worker.prepare(timeline.texts(), self._voice_settings(routine))

    def toggle_pause(self) -> bool:
        return bool(self.engine and self.engine.toggle_pause())

    def next_step(self) -> bool:
        return bool(self.engine and self.engine.next_step())

    def previous_step(self) -> bool:
        return bool(self.engine and self.engine.previous_step())

    def jump_to_section(self, index: int) -> bool:
        return bool(self.engine and self.engine.jump_to_section(index))

    def jump_to_region(self, region: str) -> bool:
        """While paused, go to the step that relaxes *region* (a click on the body map)."""
        engine = self.engine
        if engine is None or engine.state is not State.PAUSED:
            return False
        jump = jump_for_region(engine.timeline, region)
        if jump is None or not engine.jump_to_section(jump.section.index):
            return False
        self.jumped.emit(jump)
        return True

    def progress(self) -> tuple[float, float] | None:
        """(position, length) of the session shown, in seconds; None while preparing or idle."""
        engine = self.engine
        if engine is None or engine.state in (State.IDLE, State.PREPARING):
            return None
        return engine.position, engine.timeline.duration

    def stop(self) -> bool:
        """Stop the session, or the background playing on after it (with a fade)."""
        if self.engine is None:
            return False
        if self.night_playing and self._player is not None:
            self._player.stop()
            return True
        self._worker.cancel(self._job)
        return self.engine.stop()

    @property
    def night_playing(self) -> bool:
        """Whether the background plays on after a finished session."""
        return self._night_on and self._player is not None

    def _on_state(self, state: State) -> None:
        """A finished session whose stream goes on (the background through the night):
        the session's clock stays at its end; the stream plays on until it drains."""
        if state in ENDED and self._heard_to_the_end:
            self._release_audio()
            return
        engine, player = self.engine, self._player
        if state is not State.FINISHED or engine is None or player is None:
            return
        left = player.duration - engine.timeline.duration
        if left <= 0.5:
            return
        self._hold_position(engine)
        self._night_on = True
        self.night_changed.emit(left)

    def _hold_position(self, engine: SessionEngine) -> None:
        held = MonotonicPosition(self._clock)
        held.start(engine.position)
        held.pause()
        engine.use_position(held)

    def shutdown(self) -> None:
        self.stop()
        self._join_assembly()
        self._close_player()
        with self._unclaimed_lock:
            unclaimed, self._unclaimed = self._unclaimed, []
        for loaded in unclaimed:
            loaded.close()
        self._reaper.finish()

    # -- internals -------------------------------------------------------------
    @property
    def mixer(self) -> SessionMixer | None:
        """The session's whole stream as it plays (None before it is prepared, or silent)."""
        return self._mixer

    def _set_notices(self, notices: list[str]) -> None:
        self.notices = notices
        self.notice_changed.emit("\n".join(notices))

    def _on_progress(self, job: int, done: int, total: int) -> None:
        if job == self._job:
            self.preparing.emit(done, total)

    def _on_rendered(self, job: int, result: RenderResult) -> None:
        """The words are ready: the session's stream is assembled off the event loop (it
        reads every prompt and mixes the background: tens of milliseconds)."""
        engine = self.engine
        if job != self._job or engine is None or engine.state is not State.PREPARING:
            return
        recordings = self.recordings(self.routine) if self.routine is not None else {}
        timeline = engine.timeline
        night = 0.0 if self.preview else self.night(timeline.duration)
        sounds = replace(self._sounds(self.routine), night=night)

        helper = self._sound_helper if self._sound_server_up() else None

        def assemble() -> None:
            # numpy and the mixer load with the first session, not at start-up.
            from coach.services.session_audio import assemble_session_audio

            if helper is not None:
                loaded = self._launch_helper(helper, timeline, result, recordings, sounds)
                if loaded is not None:
                    self._assembled.emit(job, result, recordings, loaded)
                    return
            try:
                audio = assemble_session_audio(
                    timeline, result.files, recordings, sounds, result.failures
                )
            except Exception as exc:  # reported in the window, never a dead thread
                log.exception("the session's sound could not be assembled")
                self._assembled.emit(job, result, recordings, exc)
                return
            self._assembled.emit(job, result, recordings, audio)

        self._join_assembly()
        self._assembly = threading.Thread(target=assemble, name="coach-assemble", daemon=True)
        self._assembly.start()

    def _launch_helper(
        self,
        helper: Callable[[MixPlan], LoadedSound],
        timeline: Timeline,
        result: RenderResult,
        recordings: dict[str, Path],
        sounds: SoundChoice,
    ) -> LoadedSound | None:
        """A sound helper holding the session's stream (None: it could not start, and
        the stream is made here instead)."""
        from coach.adapters.sound_helper import SoundHelperUnavailable
        from coach.services.session_audio import session_plan

        plan = session_plan(timeline, result.files, recordings, sounds)
        try:
            loaded = helper(plan)
        except SoundHelperUnavailable as exc:
            log.warning("no sound helper (%s): the stream is played from the window", exc)
            return None
        loaded.plan = plan
        for text, why in result.failures.items():
            if text not in plan.files:
                loaded.failures[text] = why
        with self._unclaimed_lock:
            self._unclaimed.append(loaded)
        return loaded

    def _claim(self, made: object) -> None:
        with self._unclaimed_lock:
            if made in self._unclaimed:
                self._unclaimed.remove(made)

    def _join_assembly(self) -> None:
        if self._assembly is not None:
            self._assembly.join(timeout=10)
            self._assembly = None

    def _on_assembled(
        self, job: int, result: RenderResult, recordings: dict[str, Path], made: object
    ) -> None:
        engine = self.engine
        from coach.adapters.sound_helper import HelperPlayer, LoadedSound
        from coach.audio.player import StreamPlayer
        from coach.services.session_audio import SessionAudio

        if isinstance(made, LoadedSound):
            self._claim(made)
        if job != self._job or engine is None or engine.state is not State.PREPARING:
            if isinstance(made, LoadedSound):
                made.close()
            return
        notices = []
        choice = self._worker.choice
        if not isinstance(made, SessionAudio | LoadedSound):
            why = translate(
                "SessionController",
                "The session's sound could not be made ({made}); the words are shown.",
            ).format(made=made)
            self._set_notices([why])
            self.session_started.emit(engine.timeline)
            engine.start()
            return
        failures = made.failures
        files = {**result.files, **recordings}
        left_out = {
            "chime": translate(
                "SessionController", "The chime sound could not be played and is left out."
            ),
            "background": translate(
                "SessionController", "The background sound could not be played and is left out."
            ),
        }
        for extra, notice in left_out.items():
            if failures.pop(extra, None) is not None:
                notices.append(notice)
        if choice is not None and choice.notice is not None and failures:
            notices.append(in_words(choice.notice))
        elif choice is not None and self._natural_missing_to_tell(choice.backend):
            self._told_natural_missing = True
            assert isinstance(choice.backend, VoiceChain)
            notices.append(
                translate("session_controller", NATURAL_MISSING_NOTICE).format(
                    why=choice.backend.natural_missing
                )
            )
        elif failures:
            count = len(failures)
            notices.append(
                translate(
                    "SessionController",
                    "%n prompt(s) could not be spoken and will only be shown on screen.",
                    None,
                    count,
                )
            )
        # Own recordings play even when no speech engine could render anything.
        notices += [in_words(notice) for notice in result.notices]
        mixer = None if isinstance(made, LoadedSound) else made.mixer
        if isinstance(made, LoadedSound):
            self._plan = made.plan
            self._use_player(HelperPlayer(made, self, self._reaper))
        else:
            self._mixer = mixer if files else None
        if files and mixer is not None:
            device = self._audio_output()
            if device is None:
                lost = self._no_output_notice()
                notices.append(
                    in_words(lost)
                    if lost is not None
                    else translate("session_controller", NO_DEVICE_NOTICE)
                )
            else:
                try:
                    self._use_player(StreamPlayer(mixer, device, self))
                except RuntimeError as exc:
                    notices.append(
                        translate("session_controller", DEVICE_LOST_NOTICE).format(why=exc)
                    )
        self._set_notices(notices)
        if files and not isinstance(made, LoadedSound):
            self.devices_wanted.emit()
        self.session_started.emit(engine.timeline)
        engine.start()
        if self._from_section:
            engine.jump_to_section(self._from_section)

    def _natural_missing_to_tell(self, backend: object) -> bool:
        """Once a run: the natural voice was wanted, but eSpeak had to speak."""
        if self._told_natural_missing or not isinstance(backend, VoiceChain):
            return False
        wanted = self._voice_settings(self.routine).voice
        return backend.natural_missing is not None and is_natural(wanted)

    def _on_cue(self, cue: Cue) -> None:
        engine = self.engine
        position = engine.position if engine else 0.0
        log.info(
            "cue at=%.3f position=%.4f monotonic=%.4f kind=%s",
            cue.at,
            position,
            self._clock.now(),
            cue.kind.value,
        )
        self.cue_changed.emit(cue)
        if engine is not None:
            self.body_changed.emit(region_roles(engine.timeline, cue.section, cue.kind))

    def _use_player(self, player: Player) -> None:
        assert self.engine is not None
        player.failed.connect(self._on_audio_failed)
        player.drained.connect(self._release_audio)
        self._player = player
        self._heard_to_the_end = False
        session_end = self.engine.timeline.duration
        if player.duration > session_end + 0.5:
            self.engine.use_position(ThenTheNight(player, session_end))
        else:
            self.engine.use_position(player)

    def _release_audio(self) -> None:
        """Once an ended session's last sound (or its stop fade) has been heard, let go of
        the stream and the mixer with its prompts: an app left open all night holds no
        session audio.  The session's clock stays at its last place.  Heard to its end
        before the session saw its end (its timer late on a busy machine), the sound is
        let go as soon as it does."""
        engine = self.engine
        if engine is None:
            return
        if engine.state not in ENDED:
            self._heard_to_the_end = True
            return
        self._heard_to_the_end = False
        self._hold_position(engine)
        self._close_player()
        self._mixer = None
        self._plan = None

    def _on_audio_failed(self, why: str) -> None:
        engine = self.engine
        if engine is not None and engine.active:
            engine.use_position(MonotonicPosition(self._clock))
        night = self.night_playing
        self._player = None
        self._night_on = False
        if night:
            self.night_changed.emit(0.0)
        log.warning("audio output failed: %s", why)
        self.devices_wanted.emit()
        self._set_notices(
            [*self.notices, translate("session_controller", DEVICE_LOST_NOTICE).format(why=why)]
        )

    def devices_changed(self) -> None:
        """A sound device came or went: if the voice was lost, bring it back."""
        engine = self.engine
        if engine is None or not engine.active or self._player is not None:
            return
        if self._mixer is None and self._plan is None:
            return
        device = self._audio_output()
        if device is None:
            return
        if not self._player_again(device):
            return
        log.info("audio output is back: %s", device.description())
        lost = translate("session_controller", DEVICE_LOST_NOTICE).split("{why}")[0]
        self._set_notices(
            [
                n
                for n in self.notices
                if not n.startswith(lost) and n != translate("session_controller", NO_DEVICE_NOTICE)
            ]
            + [translate("session_controller", SOUND_BACK_NOTICE)]
        )

    def _player_again(self, device: QAudioDevice) -> bool:
        """A new player for the session's stream after its device was lost."""
        from coach.adapters.sound_helper import HelperPlayer, SoundHelperUnavailable
        from coach.audio.player import StreamPlayer

        if self._plan is not None and self._sound_helper is not None:
            try:  # the prompts are read again: a moment, once, when a device returns
                loaded = self._sound_helper(self._plan)
            except SoundHelperUnavailable as exc:
                log.warning("the sound helper did not start again: %s", exc)
                return False
            loaded.plan = self._plan
            self._use_player(HelperPlayer(loaded, self, self._reaper))
            return True
        if self._mixer is None:
            return False
        try:
            self._use_player(StreamPlayer(self._mixer, device, self))
        except RuntimeError:
            return False
        return True

    def check_for_sleep(self, slept: bool) -> None:
        """After the computer slept the session pauses instead of racing ahead."""
        if slept and self.engine is not None and self.engine.pause():
            self._set_notices([*self.notices, translate("session_controller", SLEPT_NOTICE)])

    def _close_player(self) -> None:
        if self._player is not None:
            night = self.night_playing
            self._player.close()
            self._player.deleteLater()
            self._player = None
            self._night_on = False
            if night:
                self.night_changed.emit(0.0)
