"""The natural voice (hibari-tts) rendered for real, and the chain that falls back to eSpeak."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from support.fakes import BrokenBackend, ToneBackend

from coach.adapters.speech import natural as natural_voice
from coach.adapters.speech.chain import VoiceChain, voice_chain
from coach.adapters.speech.client import NaturalProcessBackend
from coach.adapters.speech.natural import NATURAL_VOICE
from coach.adapters.speech.protocol import SpeechUnavailable
from coach.adapters.voice_cache import VoiceCache
from coach.audio.loudness import TARGET_LUFS, loudness, true_peak_db
from coach.audio.wav import RATE, read_wav
from coach.core.voice import VoiceSettings

GUARD = Path(__file__).parents[1] / "support" / "no_network"


@pytest.fixture
def natural():
    backend = NaturalProcessBackend()
    yield backend
    backend.close()


def _longest_silence(samples: np.ndarray, rate: int = RATE) -> float:
    """The longest run inside the prompt quieter than -50 dBFS, in seconds."""
    quiet = np.abs(samples.astype(np.int32)) < 100
    loud = np.flatnonzero(~quiet)
    inner = quiet[loud[0] : loud[-1]]
    longest = run = 0
    for q in inner:
        run = run + 1 if q else 0
        longest = max(longest, run)
    return longest / rate


def test_renders_at_the_session_rate_in_the_helper(natural, tmp_path: Path) -> None:
    out = tmp_path / "a.wav"
    natural.render("Let your shoulders drop.", VoiceSettings(NATURAL_VOICE, 130), out)
    with wave.open(str(out)) as wav:
        assert wav.getframerate() == RATE and wav.getsampwidth() == 2
        assert wav.getnchannels() == 1
        seconds = wav.getnframes() / RATE
    assert 0.8 < seconds < 4.0
    assert natural.name.startswith("hibari 0.2")


def test_the_pace_follows_the_words_a_minute(natural, tmp_path: Path) -> None:
    text = "Let the warmth spread slowly through your arms and into your hands."
    lengths = {}
    for rate in (100, 200):
        out = tmp_path / f"{rate}.wav"
        natural.render(text, VoiceSettings(NATURAL_VOICE, rate), out)
        lengths[rate] = len(read_wav(out))
    assert lengths[100] > 1.6 * lengths[200]


def test_three_dots_make_a_real_pause(natural, tmp_path: Path) -> None:
    paused, plain = tmp_path / "paused.wav", tmp_path / "plain.wav"
    natural.render("Breathe in... and breathe out.", VoiceSettings(NATURAL_VOICE, 130), paused)
    natural.render("Breathe in, and breathe out.", VoiceSettings(NATURAL_VOICE, 130), plain)
    assert _longest_silence(read_wav(paused)) >= 1.0
    assert _longest_silence(read_wav(plain)) < 0.6


def test_cached_prompts_are_at_the_loudness_target_from_every_engine(tmp_path: Path) -> None:
    chain = voice_chain()
    try:
        assert chain.natural is not None and chain.espeak is not None
        cache = VoiceCache(tmp_path, chain)
        text = "Let your hands grow heavy and warm."
        for voice in (NATURAL_VOICE, "gmw/en"):  # the natural voice, and eSpeak's English
            result = cache.render_all([text], VoiceSettings(voice, 130, 1.0))
            samples = read_wav(result.files[text])
            assert loudness(samples, RATE) == pytest.approx(TARGET_LUFS, abs=0.5), voice
            assert true_peak_db(samples) <= -1.0 + 0.1
        quiet = cache.render_all([text], VoiceSettings(NATURAL_VOICE, 130, 0.5))
        assert loudness(read_wav(quiet.files[text]), RATE) == pytest.approx(
            TARGET_LUFS - 6, abs=0.5
        )
        # Each engine has its own cache entry (the engine and its version are in the key).
        assert cache.path(text, VoiceSettings(NATURAL_VOICE)) != cache.path(
            text, VoiceSettings("gmw/en")
        )
    finally:
        chain.close()


def test_the_natural_voice_fetches_nothing(tmp_path: Path, monkeypatch) -> None:
    """Network sockets are refused inside the helper; it renders all the same."""
    attempts = tmp_path / "network.log"
    monkeypatch.setenv("PYTHONPATH", str(GUARD))
    monkeypatch.setenv("COACH_NETWORK_LOG", str(attempts))
    backend = NaturalProcessBackend()
    try:
        backend.render("Rest now.", VoiceSettings(NATURAL_VOICE), tmp_path / "r.wav")
    finally:
        backend.close()
    assert "hibari" in (tmp_path / "network.log.loaded").read_text()
    assert not attempts.exists(), attempts.read_text()
    assert read_wav(tmp_path / "r.wav").size > 0


def test_without_hibari_espeak_speaks_and_says_why(monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "hibari" else real(name, *a)
    )
    with pytest.raises(SpeechUnavailable, match="natural voice is not installed"):
        NaturalProcessBackend()
    chain = voice_chain(espeak=(ToneBackend,))
    assert chain.natural is None
    assert "not installed" in (chain.natural_missing or "")
    engine, settings = chain.engine_for(VoiceSettings())  # the default asks for the natural one
    assert isinstance(engine, ToneBackend) and settings.voice is None


def test_other_languages_go_to_espeak_and_the_default_to_the_natural_voice() -> None:
    natural, espeak = ToneBackend(), ToneBackend()
    chain = VoiceChain(natural, espeak)
    assert chain.engine_for(VoiceSettings())[0] is natural
    assert chain.engine_for(VoiceSettings(NATURAL_VOICE))[0] is natural
    assert chain.engine_for(VoiceSettings("zle/ru"))[0] is espeak
    with pytest.raises(SpeechUnavailable):
        VoiceChain(None, None, "no hibari", ("no espeak",))
    assert voice_chain(natural=BrokenBackend, espeak=(BrokenBackend, ToneBackend)).espeak


def test_speed_mapping_is_clamped() -> None:
    assert natural_voice.speed_for(162) == pytest.approx(1.0)
    assert natural_voice.speed_for(40) == 0.5 and natural_voice.speed_for(900) == 2.0


def test_coach_voices_names_the_engines_and_the_default(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "coach", "voices"],
        env={**os.environ, "WIND_DOWN_COACH_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Voice engines: hibari 0.2")
    assert lines[1] == "Default voice: Natural voice (Heart, American English) (hibari:heart)"
    rows = [line.split()[:2] for line in lines[3:]]
    assert rows[0] == ["hibari:heart", "natural"]
    assert ["zle/ru", "eSpeak"] in rows


def test_sessions_exports_and_render_share_one_voice_rule() -> None:
    from dataclasses import replace

    from coach.core.routine import RoutineVoice
    from coach.core.routine_format import load_routine
    from coach.core.settings import Settings
    from coach.paths import assets_dir
    from coach.services.voice import voice_for

    routine = load_routine(assets_dir() / "routines" / "four-groups.toml")
    settings = Settings(voice="", rate=120, volume=0.7)
    assert voice_for(settings, routine) == VoiceSettings(None, 120, 0.7)  # the natural voice
    own = replace(routine, voice=RoutineVoice(voice="zle/ru", rate=100))
    assert voice_for(settings, own) == VoiceSettings("zle/ru", 100, 0.7)


def test_own_recordings_are_saved_at_the_same_loudness(tmp_path: Path, qapp) -> None:
    from coach.audio.recorder import VoiceRecorder

    t = np.arange(RATE) / RATE
    loud = (np.sin(2 * np.pi * 220 * t) * 30000).astype(np.int16)  # a shout, near full scale
    VoiceRecorder.save(loud, tmp_path / "r.wav")
    saved = read_wav(tmp_path / "r.wav")
    assert loudness(saved, RATE) == pytest.approx(TARGET_LUFS, abs=0.5)


def test_the_natural_voice_helper_ends_after_a_batch(tmp_path: Path, qtbot) -> None:
    """Its model memory is not kept through the night: the helper goes once prompts are ready."""
    from coach.adapters.voice_worker import VoiceWorker

    worker = VoiceWorker(tmp_path, (voice_chain,))
    try:
        with qtbot.waitSignal(worker.finished, timeout=60_000) as done:
            worker.prepare(["Let your jaw soften."], VoiceSettings())
        result = done.args[1]
        assert result.failures == {} and len(result.files) == 1
        chain = worker.choice.backend
        assert isinstance(chain, VoiceChain) and chain.natural is not None
        assert chain.natural._child is None  # released
    finally:
        worker.shutdown()


def test_the_app_process_never_loads_the_loudness_meter(tmp_path: Path) -> None:
    """The helpers trim and normalise their prompts: scipy and pyloudnorm stay out of the
    app (they cost it tens of MiB and stalls while a session is prepared)."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path\n"
        "from coach.adapters.speech.chain import voice_chain\n"
        "from coach.adapters.voice_cache import VoiceCache\n"
        "from coach.core.voice import VoiceSettings\n"
        "chain = voice_chain(); cache = VoiceCache(Path(sys.argv[1]), chain)\n"
        "for voice in (None, 'gmw/en-us'):\n"
        "    r = cache.render_all(['Let your hands rest.'], VoiceSettings(voice))\n"
        "    assert r.failures == {}, r.failures\n"
        "chain.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'pyloudnorm')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    for wav in tmp_path.glob("*.wav"):
        assert wav.stat().st_mode & 0o777 == 0o600, wav  # only the person can read them
    files = list(tmp_path.glob("*.wav"))
    assert len(files) == 2
    assert all(
        loudness(read_wav(f), RATE) == pytest.approx(TARGET_LUFS - 0.9, abs=0.5) for f in files
    )
