"""The app's own sounds are soft, and mix into the session stream in time."""

from __future__ import annotations

import numpy as np
import pytest

from coach.audio.mixer import Background, SessionMixer
from coach.audio.session_audio import build_mixer
from coach.audio.sound_choice import SoundChoice, sound_choice
from coach.audio.sounds import CHIME_LEAD, chime, levels, noise
from coach.audio.wav import RATE, read_wav
from coach.core.routine_format import load_routine
from coach.core.timeline import SectionKind, compile_timeline
from coach.paths import assets_dir

SOUNDS = assets_dir() / "sounds"
# Nothing the app plays by itself may be loud: limits in dBFS (peak, RMS).  The README
# promises a peak of -20 dBFS or below; 16-bit rounding may put it 0.01 dB above.
PEAK_TOLERANCE_DB = 0.01
LIMITS = {
    "chime.wav": (-20.0, -30.0),
    "brown-noise.wav": (-20.0, -32.0),
    "pink-noise.wav": (-20.0, -32.0),
}


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_shipped_sounds_are_quiet(name: str) -> None:
    samples = read_wav(SOUNDS / name)
    peak, rms = levels(samples)
    max_peak, max_rms = LIMITS[name]
    assert peak <= max_peak + PEAK_TOLERANCE_DB, f"{name} peaks at {peak:.2f} dBFS"
    assert rms <= max_rms, f"{name} RMS is {rms:.1f} dBFS"
    assert len(samples) > RATE  # not empty


def test_shipped_sounds_match_their_generator() -> None:
    assert np.array_equal(read_wav(SOUNDS / "chime.wav"), chime())
    assert np.array_equal(read_wav(SOUNDS / "brown-noise.wav"), noise("brown"))


def test_chime_starts_and_ends_softly() -> None:
    c = chime().astype(np.int32)
    assert abs(c[0]) < 50 and abs(c[-1]) == 0
    assert np.max(np.abs(np.diff(c))) < 1000  # no click


def test_noise_loops_without_a_seam() -> None:
    n = noise("brown").astype(np.int32)
    typical = np.percentile(np.abs(np.diff(n)), 99)
    assert abs(n[0] - n[-1]) <= typical


def test_unknown_noise_colour() -> None:
    with pytest.raises(ValueError, match="unknown noise colour"):
        noise("green")


def test_chime_before_each_step_and_background_fades_in_and_out() -> None:
    timeline = compile_timeline(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    choice = sound_choice(SOUNDS, True, 1.0, "brown", 1.0)
    mixer, failures = build_mixer(timeline, {}, sounds=choice)
    assert failures == {}
    out = mixer.read_samples(mixer.total_frames).astype(np.float64)
    steps = [s for s in timeline.sections if s.kind is SectionKind.STEP]
    c = chime().astype(np.float64)
    for step in steps[1:]:
        at = round((step.start - CHIME_LEAD) * RATE)
        window = out[at : at + len(c)]
        # The chime is there, in phase, on top of the background.
        assert np.corrcoef(window, c)[0, 1] > 0.5
    first_second = np.sqrt(np.mean(out[:RATE] ** 2))
    middle = np.sqrt(np.mean(out[60 * RATE : 61 * RATE] ** 2))
    last = np.sqrt(np.mean(out[-RATE // 10 :] ** 2))
    assert first_second < middle / 3  # faded in
    assert last < middle / 20  # faded out by the end


def test_background_gain_and_missing_sound_file(tmp_path) -> None:
    timeline = compile_timeline(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    missing = SoundChoice(chime=tmp_path / "nope.wav", background=tmp_path / "gone.wav")
    mixer, failures = build_mixer(timeline, {}, sounds=missing)
    assert set(failures) == {"chime", "background"}
    assert not np.any(mixer.read_samples(RATE * 5))
    quiet = SessionMixer([], 30.0, background=Background(noise("pink"), 0.1, 0.0, 0.0))
    loud = SessionMixer([], 30.0, background=Background(noise("pink"), 1.0, 0.0, 0.0))
    ratio = np.std(loud.read_samples(RATE).astype(float)) / np.std(
        quiet.read_samples(RATE).astype(float)
    )
    assert ratio == pytest.approx(10, rel=0.05)


def _rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


def test_the_background_plays_on_through_the_night_and_fades_out_at_its_end() -> None:
    from dataclasses import replace

    from coach.core.night import NIGHT_FADE_SECONDS

    timeline = compile_timeline(load_routine(assets_dir() / "routines" / "four-groups.toml"))
    night = 3600.0
    choice = replace(sound_choice(SOUNDS, False, 0.0, "brown", 1.0), night=night)
    mixer, failures = build_mixer(timeline, {}, sounds=choice)
    assert failures == {}
    assert mixer.total_frames == round((timeline.duration + night) * RATE)
    during = _rms(mixer.read_samples(RATE))
    # Past the closing words the background is as loud as in the session (no fade there).
    mixer.seek(timeline.duration + 60.0)
    assert _rms(mixer.read_samples(RATE)) == pytest.approx(_rms_at(mixer, 60.0), rel=0.2)
    mixer.seek(timeline.duration + night - NIGHT_FADE_SECONDS / 2)
    halfway = _rms(mixer.read_samples(RATE))
    mixer.seek(timeline.duration + night - 0.1)
    last = _rms(mixer.read_samples(RATE))
    assert during > 0 and halfway < _rms_at(mixer, 60.0) * 0.7 and last < halfway / 20


def _rms_at(mixer: SessionMixer, seconds: float) -> float:
    mixer.seek(seconds)
    return _rms(mixer.read_samples(RATE))


def test_ten_hours_of_background_take_the_memory_of_a_few_seconds() -> None:
    import tracemalloc

    quiet = SessionMixer([], 36_000.0, background=Background(noise("brown"), 0.5))
    tracemalloc.start()
    try:
        for hour in range(10):
            quiet.seek(hour * 3600.0)
            quiet.read(RATE // 2)  # what the player asks for at a time
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000, peak  # a 10-hour stream in memory would be 1.6 GB
