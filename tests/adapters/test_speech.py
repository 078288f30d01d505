"""The real voice engine (pyttsx3 + bundled eSpeak NG) and the on-disk cache."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from support.fakes import BrokenBackend, ToneBackend
from support.onsets import speech_onsets

from coach.adapters.speech.chain import ESPEAK_BACKENDS
from coach.adapters.speech.espeak import Pyttsx3Backend
from coach.adapters.speech.protocol import find_backend
from coach.adapters.voice_cache import VoiceCache
from coach.audio.wav import RATE, read_wav
from coach.core.voice import VoiceSettings


def test_real_voice_renders_and_caches(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    choice = find_backend(ESPEAK_BACKENDS)
    assert choice.backend is not None, choice.reasons
    assert choice.backend.name.startswith("pyttsx3")
    cache = VoiceCache(tmp_path, choice.backend)
    slow = VoiceSettings(rate=120)
    first = cache.render_all(["Let your hands rest.", "Breathe out slowly."], slow)
    assert first.failures == {} and first.rendered == 2
    samples = read_wav(first.files["Let your hands rest."])
    assert 0.5 < len(samples) / RATE < 5
    assert len(speech_onsets(samples, RATE)) >= 1  # there is sound in it
    assert cache.render_all(["Let your hands rest."], slow).rendered == 0  # from the cache
    # Rate changes are honoured every time (pyttsx3 alone often ignores them).
    for _ in range(3):
        fast = cache.render_all(["Let your hands rest."], VoiceSettings(rate=220))
        slow_again = cache.render_all(["Breathe out slowly, now."], slow)
        assert len(read_wav(fast.files["Let your hands rest."])) < 0.75 * len(samples)
        assert slow_again.failures == {}
        cache.path("Let your hands rest.", VoiceSettings(rate=220)).unlink()
    assert any(v.id for v in choice.backend.voices())
    # pyttsx3 prints "Audio saved to ..." after each save; the terminal stays clean.
    assert "Audio saved" not in capfd.readouterr().out
    choice.backend.close()


def test_backend_refuses_use_from_another_thread(tmp_path: Path) -> None:
    holder: dict[str, Pyttsx3Backend] = {}
    thread = threading.Thread(target=lambda: holder.setdefault("b", Pyttsx3Backend()))
    thread.start()
    thread.join(60)
    with pytest.raises(RuntimeError, match="thread that created it"):
        holder["b"].render("hi", VoiceSettings(), tmp_path / "x.wav")


def test_fallback_chain_reports_why() -> None:
    choice = find_backend((BrokenBackend, ToneBackend))
    assert isinstance(choice.backend, ToneBackend)
    assert choice.reasons == ("pyttsx3 could not start a voice engine: libespeak not found",)
    none = find_backend((BrokenBackend,))
    assert none.backend is None
    assert "No voice is available" in str(none.notice) and "espeak-ng" in str(none.notice)


def test_cache_key_covers_voice_rate_volume_and_engine(tmp_path: Path) -> None:
    cache = VoiceCache(tmp_path, ToneBackend())
    base = VoiceSettings()
    keys = {
        cache.key("Hello", base),
        cache.key("Hello", VoiceSettings(rate=100)),
        cache.key("Hello", VoiceSettings(volume=0.2)),
        cache.key("Hello", VoiceSettings(voice="x")),
        cache.key("Hello!", base),
    }
    assert len(keys) == 5


def test_a_failing_prompt_is_reported_and_others_render(tmp_path: Path) -> None:
    class Picky(ToneBackend):
        def render(self, text, settings, path):
            if "bad" in text:
                raise OSError("synthesis failed")
            super().render(text, settings, path)

    result = VoiceCache(tmp_path, Picky()).render_all(["good", "bad"], VoiceSettings())
    assert set(result.files) == {"good"} and "synthesis failed" in result.failures["bad"]
    assert not list(tmp_path.glob(".*tmp*"))  # no half-written files left behind


def test_the_speech_helper_process_opens_no_network_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sockets are refused (and noted) inside the helper process itself, not only here."""
    from coach.adapters.speech.client import Pyttsx3ProcessBackend

    guard = Path(__file__).parents[1] / "support" / "no_network"
    attempts = tmp_path / "network.log"
    monkeypatch.setenv("PYTHONPATH", str(guard))
    monkeypatch.setenv("COACH_NETWORK_LOG", str(attempts))
    backend = Pyttsx3ProcessBackend()
    try:
        out = tmp_path / "prompt.wav"
        backend.render("Let your shoulders drop.", VoiceSettings(rate=130), out)
        assert len(read_wav(out)) > RATE // 2
        assert backend.voices()
    finally:
        backend.close()
    loaded = (tmp_path / "network.log.loaded").read_text()
    assert "speech.helper" in loaded  # the guard was in the helper process
    assert not attempts.exists(), attempts.read_text()


class PacedBackend:
    """Speaks each word for its share of the set speed; the first *wrong* renders come
    out at 200 words a minute (pyttsx3's default), as once happened to a whole session."""

    name = "paced"

    def __init__(self, wrong: int) -> None:
        self.wrong = wrong

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        import numpy as np

        from coach.audio.wav import write_wav

        rate = 200 if self.wrong > 0 else settings.rate
        self.wrong -= 1
        # Real trimmed speech lasts about 0.8 of what its words "take" at the set speed.
        t = np.arange(int(0.8 * len(text.split()) / rate * 60 * RATE)) / RATE
        write_wav(path, (np.sin(2 * np.pi * 200 * t) * 8000).astype(np.int16))

    def voices(self):
        return []

    def close(self) -> None:
        pass


PROMPTS = [
    "Let your shoulders drop and soften now.",
    "Feel the weight of your arms on the bed.",
    "Breathe out slowly and let the jaw go loose.",
    "Notice how warm and heavy your legs have become.",
]


def test_a_batch_spoken_too_fast_is_rendered_again(tmp_path: Path) -> None:
    cache = VoiceCache(tmp_path, PacedBackend(wrong=len(PROMPTS)))
    result = cache.render_all(PROMPTS, VoiceSettings(rate=130))
    assert result.notice == "" and result.failures == {}
    for text in PROMPTS:
        seconds = len(read_wav(result.files[text])) / RATE
        assert seconds == pytest.approx(0.8 * len(text.split()) / 130 * 60, rel=0.05)  # 130
        assert cache.cached(text, VoiceSettings(rate=130)) == result.files[text]


def test_a_batch_that_stays_too_fast_is_used_tonight_but_never_cached(tmp_path: Path) -> None:
    backend = PacedBackend(wrong=99)
    cache = VoiceCache(tmp_path, backend)
    result = cache.render_all(PROMPTS, VoiceSettings(rate=130))
    assert "wrong speed" in result.notice
    assert set(result.files) == set(PROMPTS)  # still spoken tonight
    assert all(cache.cached(t, VoiceSettings(rate=130)) is None for t in PROMPTS)
    backend.wrong = 0
    again = cache.render_all(PROMPTS, VoiceSettings(rate=130))
    assert again.notice == "" and again.rendered == len(PROMPTS)
    assert len(list((tmp_path / "unchecked").glob("*.wav"))) == len(PROMPTS)  # tonight's
    cache._clear_set_aside(older_than=0)  # the night is over
    assert not list((tmp_path / "unchecked").glob("*.wav"))


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty header"])
def test_a_damaged_cached_prompt_is_rendered_again(tmp_path: Path, damage: str) -> None:
    cache = VoiceCache(tmp_path, ToneBackend())
    settings = VoiceSettings()
    first = cache.render_all(["Let your shoulders drop."], settings)
    path = first.files["Let your shoulders drop."]
    whole = path.read_bytes()
    broken = {
        "truncated": whole[: len(whole) // 2],
        "garbage": b"RIFF" + b"\x13" * 400,
        "empty header": whole[:44],
    }[damage]
    path.write_bytes(broken)
    again = cache.render_all(["Let your shoulders drop."], settings)
    assert again.rendered == 1  # noticed and rendered again, not played as silence
    assert again.files["Let your shoulders drop."].read_bytes() == whole
