"""One playback stream straight to the sound server (libpulse's asynchronous API, through
ctypes), for the sound helper process.

The server holds one and a half seconds of it (:data:`SERVER_LATENCY`) and asks for
more four times a second: :attr:`fill` is called then, on libpulse's own thread, with that
thread's lock held (the lock every other call here takes too).  What is heard is
what was written less what the server says it still holds (:meth:`time`).
"""

from __future__ import annotations

import contextlib
import ctypes
import time
from collections.abc import Callable, Iterator

from coach.audio.server_volume import TIMEOUT, ServerVolume

#: Seconds of the stream the server holds in its buffer, and how much it asks for at a
#: time.  Measured on a null sink at 22050 Hz: its default request (about 0.1 s) woke
#: this process 8 times a second; a quarter of a second, 3 times.  The sink itself is
#: left to render what is held less two requests ahead (a second here): with 1 s held,
#: half a second, and the sink woke twice as often.  Nothing waits for what is held: a
#: pause, a skip or a stop fades where the server mixes the stream, and a new place
#: starts a fresh stream.  (2 s held: after the sink had been idle a recording of it ran
#: 1.6 s behind the stream's clock; a request of half of what is held leaves the sink
#: nothing ahead and it spins; no ``ADJUST_LATENCY``: it shrinks the sink's latency.)
SERVER_LATENCY = 1.5
REQUEST = 0.25
#: Seconds that must be written before a (re)started stream plays.
PREBUFFER = 0.1
_S16LE = 3
_UNCONNECTED, _CREATING, _READY, _FAILED, _TERMINATED = range(5)
_START_CORKED, _INTERPOLATE_TIMING = 0x1, 0x2
_LEFT_TO_SERVER = 0xFFFFFFFF

_REQUEST = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p)
_NOTIFY = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


class StreamError(Exception):
    """The stream could not be made, or the server ended it (the reason in words)."""


class PulseStream:
    """A mono 16-bit stream at *rate* whose sound comes from *fill* (bytes wanted → bytes;
    empty when there is no more).  *ended* is called (on libpulse's thread) when the
    server fails or ends the stream."""

    def __init__(
        self,
        server: ServerVolume,
        rate: int,
        fill: Callable[[int], bytes],
        ended: Callable[[], None],
        corked: bool = False,
        name: str = "Wind-Down Coach session",
    ) -> None:
        self._lib, self._mainloop, self._context = server.handles
        self._server = server
        self._fill = fill
        self._ended = ended
        self._triggered = False
        self._drain: int | None = None
        self._second = rate * 2
        #: Bytes handed to the server so far.
        self.written = 0
        lib = self._lib
        spec = _SampleSpec(_S16LE, rate, 1)
        second = rate * 2
        attr = _BufferAttr(
            _LEFT_TO_SERVER,
            round(second * SERVER_LATENCY),
            round(second * PREBUFFER),
            round(second * REQUEST) // 2 * 2,
            _LEFT_TO_SERVER,
        )
        # Kept alive as long as the stream may call them.
        self._on_request = _REQUEST(self._request)
        self._on_state = _NOTIFY(self._state)
        # The server is asked what it holds only when that is needed (:meth:`time`): no
        # automatic timing updates (a round trip every second or so, all night long).
        flags = _INTERPOLATE_TIMING
        flags |= _START_CORKED if corked else 0
        with self.locked():
            stream = lib.pa_stream_new(self._context, name.encode(), ctypes.byref(spec), None)
            if not stream:
                raise StreamError(self._reason())
            self._stream: int | None = stream
            lib.pa_stream_set_write_callback(stream, self._on_request, None)
            lib.pa_stream_set_state_callback(stream, self._on_state, None)
            if lib.pa_stream_connect_playback(stream, None, ctypes.byref(attr), flags, None, None):
                reason = self._reason()
                self._release()
                raise StreamError(reason)
        deadline = time.monotonic() + TIMEOUT
        while True:
            with self.locked():
                state = lib.pa_stream_get_state(stream)
                reason = self._reason() if state in (_FAILED, _TERMINATED) else ""
            if state == _READY:
                break
            if reason or time.monotonic() > deadline:
                self.close()
                raise StreamError(reason or "the sound server did not answer")
            time.sleep(0.001)
        with self.locked():
            self.index = int(lib.pa_stream_get_index(stream))

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold libpulse's lock: no request is answered meanwhile."""
        self._lib.pa_threaded_mainloop_lock(self._mainloop)
        try:
            yield
        finally:
            self._lib.pa_threaded_mainloop_unlock(self._mainloop)

    def _reason(self) -> str:
        message = self._lib.pa_strerror(self._lib.pa_context_errno(self._context))
        return message.decode(errors="replace") if message else "unknown error"

    def _request(self, stream: int, nbytes: int, _user: int) -> None:
        data = self._fill(int(nbytes))
        if data:
            self._lib.pa_stream_write(stream, data, len(data), None, 0, 0)
            self.written += len(data)
        elif not self._triggered:
            # Everything is written: play it even if less than the prebuffer is left,
            # and have the server say when it has all been played.
            self._triggered = True
            operation = self._lib.pa_stream_trigger(stream, None, None)
            if operation:
                self._lib.pa_operation_unref(operation)
            self._drain = self._lib.pa_stream_drain(stream, None, None) or None

    def _state(self, stream: int, _user: int) -> None:
        if self._lib.pa_stream_get_state(stream) in (_FAILED, _TERMINATED):
            self._ended()

    def failure(self) -> str | None:
        """Why the server ended the stream (None: it has not)."""
        with self.locked():
            if self._stream is None:
                return "it was closed"
            state = self._lib.pa_stream_get_state(self._stream)
            return self._reason() if state in (_FAILED, _TERMINATED) else None

    def played_out(self) -> bool:
        """Whether the server has played everything written (after the end was written)."""
        with self.locked():
            operation = self._drain
            return operation is not None and self._lib.pa_operation_get_state(operation) != 0

    def time(self) -> float | None:
        """Seconds of the stream heard so far: what was written less what the server
        says is still to be heard (its buffer and the sink's latency); None before the
        stream has begun to play or when the server does not say."""
        if self._stream is None:
            return None
        for _ in range(3):
            before = self.written
            found = self._server.stream(self.index)
            if found is None:
                return None
            if self.written == before:  # no request was answered meanwhile
                played = before / self._second - found.delay
                return played if played > 0 else None
        return None

    def cork(self, corked: bool) -> bool:
        """Stop (or go on) playing; waits until the server has done it."""
        stream = self._stream
        if stream is None:
            return False
        lib = self._lib
        return self._server.run_operation(
            lambda: lib.pa_stream_cork(stream, int(corked), None, None)
        )

    def _release(self) -> None:
        stream, self._stream = self._stream, None
        operation, self._drain = self._drain, None
        if operation is not None:
            if self._lib.pa_operation_get_state(operation) == 0:  # still running
                self._lib.pa_operation_cancel(operation)
            self._lib.pa_operation_unref(operation)
        if stream is not None:
            self._lib.pa_stream_set_write_callback(stream, None, None)
            self._lib.pa_stream_set_state_callback(stream, None, None)
            self._lib.pa_stream_disconnect(stream)
            self._lib.pa_stream_unref(stream)

    def close(self) -> None:
        """End the stream at once (what the server holds of it is dropped)."""
        with self.locked():
            self._release()
