"""`coach render` writes the whole session: each prompt begins at its cue (±10 ms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.onsets import speech_onsets

from coach.audio.wav import RATE, read_wav
from coach.core.routine_format import load_routine
from coach.core.timeline import compile_timeline

SHORT = Path(__file__).resolve().parent.parent / "data" / "short.toml"


def _render(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``coach render`` of the short routine into *out* (the real command line)."""
    return subprocess.run(
        [sys.executable, "-m", "coach", "render", str(SHORT), "-o", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_render_places_every_prompt_at_its_cue(tmp_path: Path, app_home: Path) -> None:
    out = tmp_path / "session.wav"
    result = _render(out)
    assert result.returncode == 0, result.stderr
    assert "0.2 minutes, 5 prompts" in result.stdout
    timeline = compile_timeline(load_routine(SHORT))
    samples = read_wav(out)
    assert len(samples) == round(timeline.duration * RATE)
    onsets = speech_onsets(samples, RATE, threshold=40)
    assert len(onsets) == len(timeline.cues)
    for onset, cue in zip(onsets, timeline.cues, strict=True):
        # eSpeak begins each utterance with a few ms of near-silence: speech starts just after.
        assert 0 <= onset - cue.at <= 0.010, (cue.text, onset, cue.at)


def test_render_to_an_unwritable_place_is_one_clear_line(tmp_path: Path, app_home: Path) -> None:
    result = _render(tmp_path / "missing" / "x.wav")
    assert result.returncode == 2
    assert result.stderr.startswith("coach render: cannot write")
    assert "Traceback" not in result.stderr


def test_render_writes_flac_ogg_and_opus_by_the_extension(tmp_path: Path, app_home: Path) -> None:
    import numpy as np
    import soundfile

    timeline = compile_timeline(load_routine(SHORT))
    reference = tmp_path / "session.wav"
    done = _render(reference)
    assert done.returncode == 0, done.stderr
    wav = read_wav(reference)
    sizes = {}
    for suffix, rate in ((".flac", RATE), (".ogg", RATE), (".opus", 24_000)):
        out = tmp_path / f"session{suffix}"
        done = _render(out)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_mode & 0o777 == 0o600
        samples, found_rate = soundfile.read(str(out), dtype="int16")
        assert found_rate == rate
        assert abs(len(samples) / rate - timeline.duration) < 0.03, suffix
        if suffix == ".flac":
            assert np.array_equal(samples, wav)  # lossless
        else:  # the same speech at the same loudness (within 1 dB)
            level = np.sqrt(np.mean(samples.astype(float) ** 2))
            reference_level = np.sqrt(np.mean(wav.astype(float) ** 2))
            assert abs(20 * np.log10(level / reference_level)) < 1.0, suffix
            onsets = speech_onsets(samples, rate, threshold=200)
            assert len(onsets) == len(timeline.cues), suffix
        sizes[suffix] = out.stat().st_size
    assert sizes[".flac"] < reference.stat().st_size
    assert sizes[".ogg"] < reference.stat().st_size / 4
    done = _render(tmp_path / "x.mp4")
    assert done.returncode == 2
    assert "written as .wav, .flac, .ogg or .opus, not “.mp4”" in done.stderr
    assert not list(tmp_path.glob(".*part"))


def test_render_writes_the_background_through_the_night(tmp_path: Path, app_home: Path) -> None:
    """--night: the background plays on after the closing words for so many hours, fading
    out at the end; written in constant memory (a ten-hour FLAC is made the same way)."""
    import numpy as np
    import soundfile

    timeline = compile_timeline(load_routine(SHORT))
    out = tmp_path / "night.flac"
    done = _render(out, "--night", "0.05", "--background", "brown")  # three minutes
    assert done.returncode == 0, done.stderr
    assert "then 0.05 hours of background" in done.stdout
    samples, rate = soundfile.read(str(out), dtype="int16")
    assert abs(len(samples) / rate - (timeline.duration + 180)) < 0.01

    def level(at: float) -> float:
        part = samples[round(at * rate) : round((at + 1) * rate)].astype(float)
        return float(np.sqrt(np.mean(part**2)))

    after_words = level(timeline.duration + 20)
    assert after_words > 20  # the background goes on after the session
    assert level(timeline.duration + 175) < after_words / 4  # and fades out at its end


def test_render_night_needs_a_background_and_sensible_hours(tmp_path: Path, app_home: Path) -> None:
    out = tmp_path / "night.flac"
    done = _render(out, "--night", "2")  # the settings have no background
    assert done.returncode == 2
    assert "--night needs a background sound" in done.stderr and "--background brown" in done.stderr
    done = _render(out, "--night", "11", "--background", "pink")
    assert done.returncode == 2 and "must be from 0 to 10 hours" in done.stderr
    assert not out.exists()


def test_a_russian_routine_is_spoken_by_the_russian_voice(tmp_path: Path, app_home: Path) -> None:
    """The routine's language picks the voice (eSpeak NG's Russian), whatever the settings'."""
    routine = Path(__file__).resolve().parents[2] / "assets" / "routines" / "four-groups-ru.toml"
    out = tmp_path / "ru.wav"
    done = subprocess.run(
        [sys.executable, "-m", "coach", "render", str(routine), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "voice zle/ru" in done.stdout
    timeline = compile_timeline(load_routine(routine))
    samples = read_wav(out)
    # A prompt of several sentences pauses between them: count what follows 1.5 s of quiet.
    onsets = speech_onsets(samples, RATE, threshold=40, min_gap=1.5)
    assert len(onsets) == len(timeline.cues)
    for onset, cue in zip(onsets, timeline.cues, strict=True):
        assert 0 <= onset - cue.at <= 0.010, (cue.text, onset, cue.at)
