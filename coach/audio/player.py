"""Play a :class:`SessionMixer` through QtMultimedia as one sample-exact stream.

:class:`StreamPlayer` pulls PCM from the mixer into a ``QAudioSink``.  It is
also the session's :class:`~coach.core.clock.PositionSource` while sound
plays, and the window follows what is *heard*.

The sound server is asked to hold about a second of the stream
(:data:`SERVER_LATENCY_MS`): few wake-ups (the cost of CPU at rest) and no
dropouts when the machine is busy.  What is heard is then well behind what was
written, so the position comes from :class:`~coach.audio.heard_clock.HeardClock`
(the server's delay, sampled now and then).  Pause, skip and stop never wait for
that second: they fade where the server mixes the stream (heard at once), and a
skip starts a fresh stream.  Without a connection to the server the stream keeps
Qt's small buffer and the position is the audio clock, as before.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QIODevice,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from coach.audio.cuts import (
    CUT_FADE_IN_SECONDS,
    STOP_FADE_SECONDS,
    STOP_FADE_STEP_MS,
    ramp,
    stop_fade_gain,
)
from coach.audio.heard_clock import HeardClock, Sample
from coach.audio.pending_skip import PendingSkip
from coach.audio.sound_server import server_gone
from coach.core.words import Said, said

if TYPE_CHECKING:
    from coach.audio.mixer import SessionMixer
    from coach.audio.server_volume import ServerVolume, Stream

#: How much of the stream the sound server holds (libpulse's ``PULSE_LATENCY_MSEC``,
#: read when a stream connects; Qt has no setting for it).  Measured: with Qt's default
#: (~46 ms) the server asked for more 86 times a second, and a busy machine dropped
#: words; with a second it asks about twice a second.
SERVER_LATENCY_MS = 1000
#: How much audio Qt's own ring holds ahead of the server (seconds): larger than the
#: server's piece, so a starved event loop never leaves the server waiting.
BUFFER_SECONDS = 1.5
#: When the server's delay is looked at again (seconds after a stream starts or
#: resumes, then again at the last interval): between looks the heard place moves on with the
#: monotonic clock.
SAMPLE_AFTER = (0.03, 0.1, 0.3, 1.0, 10.0)
#: Silence played before the stream starts (and after a skip): a sound device that is
#: just starting may drop its first few tens of milliseconds.
LEAD_IN_SECONDS = 0.3
#: Seconds without any progress of the audio clock that count as a lost device, and
#: how often that is looked at (each look wakes the app and the sound server).
STALL_SECONDS = 3
WATCH_MS = 1500
#: The lead-in after a skip: the device is already playing, so a few ms do.
SKIP_LEAD_IN_SECONDS = 0.02
#: Waited past the heard end of a stream before it is closed (its last sound must play).
DRAIN_MARGIN_MS = 60


def session_format(rate: int) -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(rate)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def default_output() -> QAudioDevice | None:
    """The default audio output, or ``None`` when the system has none — or when its
    sound server is gone (Qt would abort the process on the next stream)."""
    if server_gone():
        return None
    device = QMediaDevices.defaultAudioOutput()
    return None if device.isNull() else device


#: What Qt logs when its PulseAudio connection is lost for good: after this, making an
#: audio stream aborts the process (Qt 6.11), even once the server is back.
BROKEN_MARKS = ("pa_context_connect() failed",)
SOUND_SYSTEM_LOST_NOTICE = said(
    "Sound",
    "The sound system (PulseAudio or PipeWire) stopped while the app was running, so the "
    "words are shown on screen. Once it runs again, the next session you start has its voice.",
)


class SoundSystem:
    """Hands out the audio output, and knows when Qt's sound connection is broken.

    Once the sound server has gone away while the app runs, Qt keeps a dead connection
    and aborts the whole process on the next stream; from then on no output is given
    (sessions go on in words) and :meth:`notice` says to restart the app.
    """

    def __init__(self) -> None:
        self.broken = False
        self._previous_handler: object = None
        self._listening = False

    def output(self) -> QAudioDevice | None:
        if not self._listening:
            self._listening = True
            self._previous_handler = qInstallMessageHandler(self._qt_message)
        if self.broken:
            return None
        if server_gone():
            self.broken = True  # Qt will try to reconnect, fail, and keep a dead context
            return None
        device = QMediaDevices.defaultAudioOutput()
        return None if device.isNull() else device

    def notice(self) -> Said | None:
        """Why there is no output, when it is this (None: the usual "no device")."""
        return SOUND_SYSTEM_LOST_NOTICE if self.broken else None

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if any(mark in message for mark in BROKEN_MARKS):
            self.broken = True
        previous = self._previous_handler
        if callable(previous):
            previous(kind, context, message)
        else:
            sys.stderr.write(f"{message}\n")


class MixerDevice(QIODevice):
    """A read-only QIODevice the sink pulls from; reads come from the mixer."""

    def __init__(self, mixer: SessionMixer, parent: QObject) -> None:
        super().__init__(parent)
        self.mixer = mixer
        #: Silence to play before the mixer's stream (bytes), so a starting stream never
        #: swallows the first words.
        self.lead_in = 0

    def isSequential(self) -> bool:
        return True

    def bytesAvailable(self) -> int:
        remaining = (self.mixer.total_frames - self.mixer.frame) * 2 + self.lead_in
        return remaining + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:
        if self.lead_in:
            size = min(self.lead_in, maxlen - maxlen % 2)
            self.lead_in -= size
            return bytes(size)
        return self.mixer.read(maxlen // 2)

    def writeData(self, data: bytes | bytearray | memoryview, size: int, /) -> int:
        return -1


class StreamPlayer(QObject):
    """Plays the mixer's stream; a position source that follows what is heard."""

    failed = Signal(str)
    drained = Signal()

    def __init__(
        self, mixer: SessionMixer, device: QAudioDevice, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.mixer = mixer
        self._device_info = device
        self._format = session_format(mixer.rate)
        if not device.isFormatSupported(self._format):
            raise RuntimeError(
                f"the audio device “{device.description()}” cannot play "
                f"{mixer.rate} Hz mono 16-bit audio"
            )
        self._io = MixerDevice(mixer, self)
        self._io.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink: QAudioSink | None = None
        self._base = 0.0
        self._paused_at: float | None = 0.0
        # PulseAudio keeps a stream "active" with no error when its device goes away;
        # the only sign is that the audio clock stops. Watch it.
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCH_MS)
        self._watchdog.timeout.connect(self._check_progress)
        self._last_progress = (-1, 0)
        self._lead_in = LEAD_IN_SECONDS
        # Where a skip goes: the clock shows it at once; the stream restarts there
        # once the event loop is back, so presses in quick succession make one move.
        self._skip = PendingSkip(self._finish_skip, self)
        #: Fades heard at once, and the server's delay (None until first needed, or
        #: when it cannot be had: then a skip cuts as before, with Qt's small buffer).
        self._server_volume: ServerVolume | None = None
        self._server_tried = False
        #: What is heard of the current stream (used while the server holds a second).
        self._heard = HeardClock()
        self._large = False
        self._samples_due: list[float] = []
        self._sampler = QTimer(self)
        self._sampler.setSingleShot(True)
        self._sampler.timeout.connect(self._sample)
        # The stop fade, made where the server mixes the stream: (stream, when it began).
        self._stop_fade: tuple[Stream, float] | None = None
        self._stop_timer = QTimer(self)
        self._stop_timer.setInterval(STOP_FADE_STEP_MS)
        self._stop_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._stop_timer.timeout.connect(self._step_stop_fade)
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.timeout.connect(self._drained)

    @property
    def duration(self) -> float:
        """Seconds of the whole stream."""
        return self.mixer.total_frames / self.mixer.rate

    # -- PositionSource ------------------------------------------------------
    def position(self) -> float:
        if self._skip.target is not None:
            return self._skip.target
        if self._paused_at is not None:
            return self._paused_at
        if self._sink is None:
            return self._base
        # Negative during the lead-in: the session's first cue waits for the sound.
        return self._base - self._lead_in + self._stream_heard()

    def _stream_heard(self) -> float:
        """Seconds of the current stream heard (lead-in included)."""
        assert self._sink is not None
        written = self._sink.processedUSecs() / 1e6
        if not self._large:
            return written
        heard = self._heard.heard(time.monotonic(), written)
        return 0.0 if heard is None else heard

    def start(self, position: float = 0.0) -> None:
        self._restart(position)

    def pause(self) -> None:
        """Pause, the words fading out over a few hundredths of a second (no click)."""
        self._finish_skip()
        if self._sink is not None and self._paused_at is None:
            self._paused_at = self.position()
            self._heard.hold(time.monotonic(), self._sink.processedUSecs() / 1e6)
            self._sampler.stop()
            if not self._fade_out_heard():
                self._sink.suspend()

    def resume(self) -> None:
        if self._sink is not None and self._paused_at is not None and self._stop_fade is None:
            self._paused_at = None
            self._heard.carry_on(time.monotonic())
            if not self._resume_heard():
                self._sink.resume()
            self._sample_soon()

    def seek(self, position: float) -> None:
        """Go to *position* on a fresh stream (nothing buffered is waited for)."""
        if self._stop_fade is not None:
            return
        if self._sink is None or self._paused_at is not None:
            paused = self._paused_at is not None
            self._restart(position)
            if paused:
                self.pause()
            return
        self._skip.request(position)

    def _finish_skip(self) -> None:
        """Fade out what is heard, then start the stream at the place the last skip goes to."""
        target = self._skip.take()
        if target is None:
            return
        if self._sink is not None and self._paused_at is None:
            self._fade_out_heard()
        self._restart(target, SKIP_LEAD_IN_SECONDS, CUT_FADE_IN_SECONDS)

    def _server(self) -> ServerVolume | None:
        if not self._server_tried:
            self._server_tried = True
            if not server_gone():
                from coach.audio.server_volume import connect

                self._server_volume = connect()
        return self._server_volume

    def _our_stream(self) -> tuple[ServerVolume, Stream] | None:
        server = self._server()
        if server is None or self._sink is None:
            return None
        streams = server.streams()
        return (server, streams[-1]) if streams else None  # the newest: this player's

    def _sample_soon(self) -> None:
        """Look at the server's delay shortly, then less and less often."""
        if self._large:
            self._samples_due = list(SAMPLE_AFTER)
            self._sampler.start(round(self._samples_due[0] * 1000))

    def _sample(self) -> None:
        sink = self._sink
        if sink is None or self._paused_at is not None:
            return
        written = sink.processedUSecs()
        found = self._our_stream()
        if found is not None and sink.processedUSecs() == written:  # one moment, both
            self._heard.sample(Sample(written / 1e6, found[1].delay, time.monotonic()))
        if len(self._samples_due) > 1:
            self._samples_due.pop(0)
        self._sampler.start(round(self._samples_due[0] * 1000))

    def _fade_out_heard(self) -> bool:
        """Bring this stream to silence where the server mixes it over
        :data:`CUT_FADE_SECONDS` (the GUI waits that long), then cork it and put its
        volume back while nothing plays.  False when this cannot be done."""
        found = self._our_stream()
        if found is None or self._sink is None:
            return False
        server, stream = found
        ramp(server, stream, down=True)
        self._quiet(server, stream)
        return True

    def _quiet(self, server: ServerVolume, stream: Stream) -> None:
        """Cork the stream, and once the server mixes nothing more of it, put its volume
        back (the server may give the next stream the last volume set: it must be the
        person's own, and this way it is not heard)."""
        assert self._sink is not None
        self._sink.suspend()
        if server.wait_corked(stream):
            server.set_volume(stream, stream.volume, wait=True)

    def _resume_heard(self) -> bool:
        """Uncork this stream at silence and bring it up to its volume (False: not done)."""
        found = self._our_stream()
        if found is None or self._sink is None:
            return False
        server, stream = found
        server.set_volume(stream, 0, wait=True)
        self._sink.resume()
        ramp(server, stream, down=False)
        return True

    def stop(self) -> None:
        """Fade out gently from what is heard now, then let the stream end."""
        self._finish_skip()
        if self._sink is None or self._stop_fade is not None:
            return
        if self._paused_at is not None:
            self.close()
            return
        self._paused_at = self.position()
        found = self._our_stream() if self._large else None
        if found is not None:
            # The mixer is a second ahead of the ear: fade where the server mixes.
            self._stop_fade = (found[1], time.monotonic())
            self._stop_timer.start()
        elif not self.mixer.exhausted:
            self.mixer.fade_out_and_end(STOP_FADE_SECONDS)

    def _step_stop_fade(self) -> None:
        server = self._server_volume
        if self._stop_fade is None or server is None or self._sink is None:
            self._stop_timer.stop()
            return
        stream, began = self._stop_fade
        done = (time.monotonic() - began) / STOP_FADE_SECONDS
        if done < 1.0:
            server.set_volume(stream, round(stream.volume * stop_fade_gain(done) ** (1 / 3)))
            return
        self._stop_timer.stop()
        self._quiet(server, stream)
        self._stop_fade = None
        self._drained()

    # -- lifecycle -----------------------------------------------------------
    def _check_progress(self) -> None:
        sink = self._sink
        if (
            sink is not None
            and self._paused_at is None
            and self.mixer.exhausted
            and self._stop_fade is None
            and not self._drain_timer.isActive()
            and self.position() >= self._end()
        ):
            # Everything was heard, but the sink never said it went idle: end here.
            self._drained()
            return
        if sink is None or self._paused_at is not None or self.mixer.exhausted:
            self._last_progress = (-1, 0)
            return
        processed = sink.processedUSecs()
        last, still = self._last_progress
        still = still + 1 if processed == last else 0
        self._last_progress = (processed, still)
        if still * WATCH_MS >= STALL_SECONDS * 1000:
            self._paused_at = self.position()
            self.close()
            self.failed.emit("it stopped playing")

    def close(self) -> None:
        self._close_stream()
        if self._server_volume is not None:
            self._server_volume.close()
            self._server_volume = None
        self._server_tried = False

    def _close_stream(self) -> None:
        self._watchdog.stop()
        self._sampler.stop()
        self._drain_timer.stop()
        self._stop_timer.stop()
        if (skipped := self._skip.take()) is not None:
            self._paused_at = skipped
        if self._sink is not None:
            if self._stop_fade is not None and self._server_volume is not None:
                self._quiet(self._server_volume, self._stop_fade[0])  # never left quiet
            if self._paused_at is None:
                self._paused_at = self.position()  # the clock keeps its place
            self._sink.stateChanged.disconnect(self._on_state)
            self._sink.stop()
            self._sink.deleteLater()
            self._sink = None
        self._stop_fade = None

    def _restart(
        self, position: float, lead_in: float = LEAD_IN_SECONDS, fade_in: float = 0.0
    ) -> None:
        self._close_stream()
        # QIODevice reads ahead into a buffer of its own: reopened, it forgets what it read
        # for the old place (a skip would otherwise first replay ~0.1 s of it).
        self._io.close()
        self._io.open(QIODevice.OpenModeFlag.ReadOnly)
        self.mixer.seek(position)
        if fade_in:
            self.mixer.gain = 0.0
            self.mixer.fade_to(1.0, fade_in)
        self._lead_in = lead_in
        self._io.lead_in = round(lead_in * self.mixer.rate) * 2
        self._base = position
        self._paused_at = None
        self._heard.reset()
        # A large server buffer only when its delay can be asked (else what is heard
        # would not be known): the connection is made before the stream.
        self._large = self._server() is not None
        sink = QAudioSink(self._device_info, self._format, self)
        sink.setBufferSize(int(self.mixer.rate * 2 * BUFFER_SECONDS))
        sink.stateChanged.connect(self._on_state)
        self._sink = sink
        with _server_latency(SERVER_LATENCY_MS if self._large else None):
            sink.start(self._io)
        self._last_progress = (-1, 0)
        self._watchdog.start()
        self._sample_soon()
        if sink.error() != QtAudio.Error.NoError:
            self._report(sink.error())

    @Slot()
    def _on_state(self) -> None:
        # PySide6 cannot convert the signal's QAudio::State argument; ask the sink.
        sink = self._sink
        if sink is None:
            return
        error = sink.error()
        if sink.state() == QtAudio.State.IdleState and self.mixer.exhausted:
            if self._stop_fade is not None:
                return  # the fade ends the stream
            # Everything was written; the server may still hold the last second of it.
            left = self._end() - self.position() if self._large else 0.0
            self._drain_timer.start(max(0, round(left * 1000)) + DRAIN_MARGIN_MS)
        elif error not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            self._report(error)

    def _end(self) -> float:
        return self.mixer.total_frames / self.mixer.rate

    def _drained(self) -> None:
        """Everything was heard: the clock stands at the end of the stream from now on
        (never back at 0, or a session waiting for its last moment would never end)."""
        if self._paused_at is None:
            self._paused_at = self._end()
        self.close()
        self.drained.emit()

    def _report(self, error: QtAudio.Error) -> None:
        reasons = {
            QtAudio.Error.OpenError: "the audio device could not be opened",
            QtAudio.Error.IOError: "the audio device stopped working",
            QtAudio.Error.FatalError: "the audio system failed",
        }
        self._paused_at = self.position()
        self.close()
        self.failed.emit(reasons.get(error, f"audio error {error}"))


@contextlib.contextmanager
def _server_latency(milliseconds: int | None) -> Iterator[None]:
    """libpulse reads ``PULSE_LATENCY_MSEC`` when a stream connects (inside Qt's
    ``start()``): set it for that moment only, unless the person set it."""
    name = "PULSE_LATENCY_MSEC"
    if milliseconds is None or name in os.environ:
        yield
        return
    os.environ[name] = str(milliseconds)
    try:
        yield
    finally:
        del os.environ[name]
