"""A voice cache that cannot be written never stalls a session: the helper answers at
once, tonight's prompts go to a temporary folder (and the person is told), a hung
engine is given up on, and a helper never outlives the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.fakes import ToneBackend

from coach.adapters.speech.client import Pyttsx3ProcessBackend
from coach.adapters.speech.protocol import SpeechTimeout, SpeechUnavailable
from coach.adapters.voice_cache import GIVE_UP_AFTER_TIMEOUTS, VoiceCache
from coach.core.voice import VoiceSettings

PROMPTS = ["Let your shoulders drop.", "Breathe out slowly.", "Notice your hands."]


def test_a_file_in_place_of_the_cache_folder_falls_back_to_a_temporary_one(
    tmp_path: Path, monkeypatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    home = tmp_path / "cache" / "voice"
    home.parent.mkdir()
    home.write_text("in the way")
    cache = VoiceCache(home, ToneBackend())
    result = cache.render_all(PROMPTS, VoiceSettings())
    assert result.failures == {} and set(result.files) == set(PROMPTS)
    assert "could not be saved in" in result.notice and str(home) in result.notice
    assert "prepared again next time" in result.notice
    (scratch,) = runtime.iterdir()
    assert scratch.stat().st_mode & 0o777 == 0o700
    assert all(path.parent == scratch for path in result.files.values())
    cache.close()
    assert not scratch.exists()
    assert home.read_text() == "in the way"  # the person's file is left alone


def test_a_writable_cache_says_nothing_and_keeps_its_prompts(tmp_path: Path) -> None:
    cache = VoiceCache(tmp_path / "voice", ToneBackend())
    result = cache.render_all(PROMPTS, VoiceSettings())
    assert result.notice == ""
    assert all(path.parent == tmp_path / "voice" for path in result.files.values())
    cache.close()
    assert all(path.exists() for path in result.files.values())


class HungBackend(ToneBackend):
    """Every render times out, as a helper stuck on a stalled disk would."""

    def __init__(self) -> None:
        self.calls = 0

    def render(self, text: str, settings: VoiceSettings, path: Path) -> None:
        self.calls += 1
        raise SpeechTimeout("the speech helper did not answer within 60 s")


def test_a_hung_engine_is_given_up_on_after_two_timeouts(tmp_path: Path) -> None:
    backend = HungBackend()
    many = [f"Prompt number {n}." for n in range(20)]
    result = VoiceCache(tmp_path, backend).render_all(many, VoiceSettings())
    assert backend.calls == GIVE_UP_AFTER_TIMEOUTS  # not 20 × the timeout
    assert set(result.failures) == set(many) and result.files == {}
    assert result.failures[many[-1]] == "the voice stopped answering"


@pytest.mark.parametrize("where", ["missing folder", "a file as the folder"])
def test_the_speech_helper_answers_at_once_when_it_cannot_write(tmp_path: Path, where: str) -> None:
    if where == "a file as the folder":
        (tmp_path / "voice").write_text("")
    target = tmp_path / "voice" / "x.wav"
    backend = Pyttsx3ProcessBackend()
    try:
        started = time.monotonic()
        with pytest.raises(SpeechUnavailable, match=f"cannot write {target}") as caught:
            backend.render("Breathe in slowly.", VoiceSettings(), target)
        took = time.monotonic() - started
    finally:
        backend.close()
    assert not isinstance(caught.value, SpeechTimeout)
    assert took < 10, f"the helper took {took:.1f} s to say it cannot write"  # was 60 s


PARENT = """
import json, os, signal, subprocess, sys
helper = subprocess.Popen(
    [sys.executable, "-m", "coach.adapters.speech.helper",
     json.dumps({"engine": "pyttsx3", "parent": os.getpid()})],
    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
)
# Another process holds the helper's input open, so only the watchdog can end it.
holder = subprocess.Popen(["sleep", "120"], pass_fds=(helper.stdin.fileno(),))
print(helper.pid, holder.pid, flush=True)
signal.pause()  # until the test kills this "app"
"""


def test_a_speech_helper_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
    )
    helper_pid = holder_pid = 0
    try:
        assert parent.stdout is not None
        helper_pid, holder_pid = (int(x) for x in parent.stdout.readline().split())
        parent.send_signal(signal.SIGKILL)  # the app crashes
        parent.wait()
        deadline = time.monotonic() + 15
        while _alive(helper_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(helper_pid), "the speech helper outlived the app"
    finally:
        for pid in (helper_pid, holder_pid):
            if pid and _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if parent.stdout is not None:
            parent.stdout.close()
        parent.wait()


def _alive(pid: int) -> bool:
    """Whether *pid* runs (a zombie, dead but not yet reaped by init, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"
