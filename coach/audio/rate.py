"""The rate every session stream is made at (a module of its own: no numpy needed)."""

#: Samples per second of the session stream: speech needs no more, and a night is small.
RATE = 22050
