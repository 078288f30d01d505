"""Audio: WAV files, the session mixer (Qt-free) and Qt playback."""
