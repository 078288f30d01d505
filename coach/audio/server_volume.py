"""The volume of the app's own playback stream, set where the sound server mixes it.

``QAudioSink.setVolume`` scales samples as they are written, so a change is heard
only after everything already buffered (about half a second): a fade made that way
comes too late, and a skip cuts the words off with a click.  The sound server
(PulseAudio, or PipeWire through its PulseAudio interface) applies a stream's own
volume as it mixes, so a fade there is heard at once.  This module talks to it
through ``libpulse`` (the library Qt's sound already uses) with ctypes.

Everything here is best effort: when the library or the server is not there, or a
call fails, :func:`connect` returns None or a call returns False, and the player
cuts without the fade, as before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: How long to wait for the server to answer (seconds).
TIMEOUT = 1.0
_READY, _FAILED, _TERMINATED = 4, 5, 6  # pa_context_state
_RUNNING = 0  # pa_operation_state
_CHANNELS_MAX = 32


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _ChannelMap(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint8), ("map", ctypes.c_int * _CHANNELS_MAX)]


class _CVolume(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint8), ("values", ctypes.c_uint32 * _CHANNELS_MAX)]


class _SinkInputInfo(ctypes.Structure):
    """``pa_sink_input_info`` up to the fields read here (the layout is stable since 1.0)."""

    _fields_ = [
        ("index", ctypes.c_uint32),
        ("name", ctypes.c_char_p),
        ("owner_module", ctypes.c_uint32),
        ("client", ctypes.c_uint32),
        ("sink", ctypes.c_uint32),
        ("sample_spec", _SampleSpec),
        ("channel_map", _ChannelMap),
        ("volume", _CVolume),
        ("buffer_usec", ctypes.c_uint64),
        ("sink_usec", ctypes.c_uint64),
        ("resample_method", ctypes.c_char_p),
        ("driver", ctypes.c_char_p),
        ("mute", ctypes.c_int),
        ("proplist", ctypes.c_void_p),
        ("corked", ctypes.c_int),
    ]


_INFO_CALLBACK = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(_SinkInputInfo), ctypes.c_int, ctypes.c_void_p
)


@dataclass(frozen=True)
class Stream:
    """One of this process's playback streams as the server knows it."""

    index: int
    channels: int
    #: Its volume now (``pa_volume_t``, 65536 = 100 %) on its first channel.
    volume: int
    #: Whether the server has stopped mixing it (paused).
    corked: bool = False
    #: Seconds of it written but not yet heard (its buffer and the sink's latency).
    delay: float = 0.0


def _library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("pulse") or "libpulse.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    vp = ctypes.c_void_p
    for function, restype, argtypes in (
        ("pa_threaded_mainloop_new", vp, []),
        ("pa_threaded_mainloop_get_api", vp, [vp]),
        ("pa_threaded_mainloop_start", ctypes.c_int, [vp]),
        ("pa_threaded_mainloop_stop", None, [vp]),
        ("pa_threaded_mainloop_free", None, [vp]),
        ("pa_threaded_mainloop_lock", None, [vp]),
        ("pa_threaded_mainloop_unlock", None, [vp]),
        ("pa_context_new", vp, [vp, ctypes.c_char_p]),
        ("pa_context_connect", ctypes.c_int, [vp, ctypes.c_char_p, ctypes.c_int, vp]),
        ("pa_context_get_state", ctypes.c_int, [vp]),
        ("pa_context_disconnect", None, [vp]),
        ("pa_context_unref", None, [vp]),
        ("pa_context_get_sink_input_info_list", vp, [vp, _INFO_CALLBACK, vp]),
        ("pa_context_set_sink_input_volume", vp, [vp, ctypes.c_uint32, vp, vp, vp]),
        ("pa_operation_get_state", ctypes.c_int, [vp]),
        ("pa_operation_unref", None, [vp]),
        ("pa_operation_cancel", None, [vp]),
        ("pa_proplist_gets", ctypes.c_char_p, [vp, ctypes.c_char_p]),
        # One playback stream (coach.audio.pulse_stream).
        ("pa_stream_new", vp, [vp, ctypes.c_char_p, vp, vp]),
        ("pa_stream_set_write_callback", None, [vp, vp, vp]),
        ("pa_stream_set_state_callback", None, [vp, vp, vp]),
        (
            "pa_stream_connect_playback",
            ctypes.c_int,
            [vp, ctypes.c_char_p, vp, ctypes.c_int, vp, vp],
        ),
        ("pa_stream_get_state", ctypes.c_int, [vp]),
        (
            "pa_stream_write",
            ctypes.c_int,
            [vp, ctypes.c_char_p, ctypes.c_size_t, vp, ctypes.c_int64, ctypes.c_int],
        ),
        ("pa_stream_cork", vp, [vp, ctypes.c_int, vp, vp]),
        ("pa_stream_trigger", vp, [vp, vp, vp]),
        ("pa_stream_drain", vp, [vp, vp, vp]),
        ("pa_stream_update_timing_info", vp, [vp, vp, vp]),
        ("pa_stream_get_time", ctypes.c_int, [vp, ctypes.POINTER(ctypes.c_uint64)]),
        ("pa_stream_get_index", ctypes.c_uint32, [vp]),
        ("pa_stream_disconnect", ctypes.c_int, [vp]),
        ("pa_stream_unref", None, [vp]),
        ("pa_context_errno", ctypes.c_int, [vp]),
        ("pa_strerror", ctypes.c_char_p, [ctypes.c_int]),
    ):
        handle = getattr(lib, function)
        handle.restype = restype
        handle.argtypes = argtypes
    return lib


class ServerVolume:
    """A small connection to the sound server for setting this process's stream volumes."""

    def __init__(self, lib: ctypes.CDLL, mainloop: int, context: int) -> None:
        self._lib = lib
        self._mainloop = mainloop
        self._context = context

    @property
    def handles(self) -> tuple[ctypes.CDLL, int, int]:
        """The library, its threaded main loop and the context (for a stream of its own)."""
        return self._lib, self._mainloop, self._context

    def stream(self, index: int) -> Stream | None:
        """This process's stream with the server's *index*, as the server knows it now."""
        return next((s for s in self.streams() if s.index == index), None)

    def streams(self) -> list[Stream]:
        """This process's playback streams, oldest first."""
        found: list[Stream] = []
        pid = str(os.getpid()).encode()
        lib = self._lib

        def collect(_context: int, info: Any, eol: int, _user: int) -> None:
            if eol or not info:
                return
            item = info.contents
            owner = lib.pa_proplist_gets(item.proplist, b"application.process.id")
            if owner == pid:
                channels = max(1, min(_CHANNELS_MAX, item.volume.channels))
                delay = (item.buffer_usec + item.sink_usec) / 1e6
                found.append(
                    Stream(
                        item.index,
                        channels,
                        int(item.volume.values[0]),
                        bool(item.corked),
                        delay,
                    )
                )

        callback = _INFO_CALLBACK(collect)  # kept alive until the operation is done
        listed = self.run_operation(
            lambda: lib.pa_context_get_sink_input_info_list(self._context, callback, None)
        )
        if not listed:
            return []
        return sorted(found, key=lambda s: s.index)

    def set_volume(self, stream: Stream, volume: int, wait: bool = False) -> bool:
        """Set *stream* to *volume* (``pa_volume_t``) on every channel.  Returns at once,
        or with *wait* once the server has applied it."""
        cvolume = _CVolume()
        cvolume.channels = stream.channels
        for channel in range(stream.channels):
            cvolume.values[channel] = max(0, min(volume, 0x10000 * 4))
        lib = self._lib

        def start() -> int | None:
            return lib.pa_context_set_sink_input_volume(
                self._context, stream.index, ctypes.addressof(cvolume), None, None
            )

        if wait:
            return self.run_operation(start)
        lib.pa_threaded_mainloop_lock(self._mainloop)
        try:
            operation = start()
            if not operation:
                return False
            lib.pa_operation_unref(operation)
            return True
        finally:
            lib.pa_threaded_mainloop_unlock(self._mainloop)

    def run_operation(self, start: Callable[[], int | None]) -> bool:
        """Start an operation under the lock and wait (briefly) until the server is done."""
        lib = self._lib
        lib.pa_threaded_mainloop_lock(self._mainloop)
        try:
            operation = start()
        finally:
            lib.pa_threaded_mainloop_unlock(self._mainloop)
        if not operation:
            return False
        deadline = time.monotonic() + TIMEOUT
        try:
            while True:
                lib.pa_threaded_mainloop_lock(self._mainloop)
                try:
                    state = lib.pa_operation_get_state(operation)
                finally:
                    lib.pa_threaded_mainloop_unlock(self._mainloop)
                if state != _RUNNING:
                    return True
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.001)
        finally:
            lib.pa_threaded_mainloop_lock(self._mainloop)
            lib.pa_operation_unref(operation)
            lib.pa_threaded_mainloop_unlock(self._mainloop)

    def wait_corked(self, stream: Stream, timeout: float = 0.1) -> bool:
        """Wait until the server has stopped mixing *stream* (True), or *timeout* passed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = next((s for s in self.streams() if s.index == stream.index), None)
            if now is None or now.corked:
                return True
            time.sleep(0.001)
        return False

    def close(self) -> None:
        lib = self._lib
        lib.pa_threaded_mainloop_lock(self._mainloop)
        lib.pa_context_disconnect(self._context)
        lib.pa_context_unref(self._context)
        lib.pa_threaded_mainloop_unlock(self._mainloop)
        lib.pa_threaded_mainloop_stop(self._mainloop)
        lib.pa_threaded_mainloop_free(self._mainloop)


def connect() -> ServerVolume | None:
    """A connection to the sound server the app plays through, or None."""
    lib = _library()
    if lib is None:
        return None
    mainloop = lib.pa_threaded_mainloop_new()
    if not mainloop:
        return None
    context = lib.pa_context_new(lib.pa_threaded_mainloop_get_api(mainloop), b"Wind-Down Coach")
    if not context:
        lib.pa_threaded_mainloop_free(mainloop)
        return None
    # NOAUTOSPAWN (1): never start a sound server of our own.
    if (
        lib.pa_context_connect(context, None, 1, None) < 0
        or lib.pa_threaded_mainloop_start(mainloop) < 0
    ):
        lib.pa_context_unref(context)
        lib.pa_threaded_mainloop_free(mainloop)
        return None
    volume = ServerVolume(lib, mainloop, context)
    deadline = time.monotonic() + TIMEOUT
    while True:
        lib.pa_threaded_mainloop_lock(mainloop)
        state = lib.pa_context_get_state(context)
        lib.pa_threaded_mainloop_unlock(mainloop)
        if state == _READY:
            return volume
        if state in (_FAILED, _TERMINATED) or time.monotonic() > deadline:
            log.info("no server-side volume (context state %d): cuts are not faded", state)
            volume.close()
            return None
        time.sleep(0.002)
