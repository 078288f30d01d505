"""Property-based: any zip given as a setup is refused with a BundleError or imported
inside the app's folders — never another exception, never a write anywhere else."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.bundles import (
    FORMAT,
    GOOD_ROUTINE,
    kind_of,
    noise,
    patched,
    wav_bytes,
    zipped,
)

from coach.adapters.setup_bundle import BundleError, apply_import, plan_import
from coach.paths import UserDirs

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GOOD_WAV = wav_bytes(noise(0.3, level=0.2))
SETTINGS = b'version = 2\nrate = 120\nperson_name = "Ann"\n'
PLAN = b'version = 1\nbedtime = "22:00"\n'
LOCK = (
    b'version = 1\nsalt = "00112233445566778899aabbccddeeff"\nscrypt = "'
    + b"ab" * 32
    + b'"\nn = 16384\nr = 8\np = 1\n'
)

GOOD_NAMES = ["settings.toml", "evening.toml", "lock.toml", "routines/a.toml", "recordings/a/b.wav"]
BAD_NAMES = [
    "routines/.hidden.toml",
    "routines/-x.toml",
    "recordings/../b.wav",
    "../escape.toml",
    "/abs.toml",
    "routines\\win.toml",
    "c:/x.toml",
    "routines/" + "n" * 200 + ".toml",
]
names = st.one_of(
    st.sampled_from(GOOD_NAMES),
    st.sampled_from(GOOD_NAMES),
    st.sampled_from(GOOD_NAMES),
    st.sampled_from(BAD_NAMES),
    st.text(min_size=1, max_size=20),
)
kinds = st.sampled_from(["routine", "settings", "plan", "lock", "recording", "script", ""])


def mutated(good: bytes) -> st.SearchStrategy[bytes]:
    """*good*, cut short, with bytes flipped, or replaced by anything."""
    return st.one_of(
        st.just(good),
        st.just(good),
        st.integers(0, len(good)).map(lambda n: good[:n]),
        st.tuples(st.integers(0, len(good) - 1), st.integers(1, 255)).map(
            lambda t: good[: t[0]] + bytes([good[t[0]] ^ t[1]]) + good[t[0] + 1 :]
        ),
        st.binary(max_size=200),
    )


GOOD_FOR = {
    "settings.toml": SETTINGS,
    "evening.toml": PLAN,
    "recordings/a/b.wav": GOOD_WAV,
    "lock.toml": LOCK,
}
contents = st.one_of(mutated(GOOD_ROUTINE), mutated(GOOD_WAV), mutated(SETTINGS), mutated(PLAN))
manifest_versions = st.one_of(st.just(1), st.integers(-3, 3), st.booleans(), st.text(max_size=3))


@st.composite
def bundles(draw: st.DrawFn) -> bytes:
    # names as the zip will store them (no NUL, no leading slash), the manifest aside
    stored = names.map(lambda n: zipfile.ZipInfo(n).filename).filter(
        lambda n: n not in ("", "manifest.json")
    )
    entries = {}
    for name in draw(st.lists(stored, max_size=5, unique=True)):
        entries[name] = draw(st.one_of(mutated(GOOD_FOR.get(name, GOOD_ROUTINE)), contents))
    listed = [
        {"path": name, "kind": draw(st.one_of(st.just(kind_of(name)), kinds))} for name in entries
    ]
    listed += draw(st.lists(st.fixed_dictionaries({"path": names, "kind": kinds}), max_size=2))
    manifest = draw(
        st.one_of(
            st.just({"format": FORMAT, "version": 1, "entries": listed}),
            st.just({"format": FORMAT, "version": 1, "entries": listed}),
            st.just({"format": FORMAT, "version": draw(manifest_versions), "entries": listed}),
            st.text(max_size=50),
        )
    )
    data = zipped(entries, manifest, draw(st.sampled_from([zipfile.ZIP_DEFLATED, 0])))
    for name in draw(st.lists(st.sampled_from(sorted(entries) or ["manifest.json"]), max_size=2)):
        data = draw(
            st.sampled_from(
                [
                    patched(data, name, flags=1),
                    patched(data, name, method=99),
                    patched(data, name, corrupt=True),
                    data,
                ]
            )
        )
    if draw(st.sampled_from([False] * 9 + [True])):  # now and then, a file cut short
        data = data[: draw(st.integers(0, len(data)))]
    return data


@FUZZ
@given(bundles())
def test_any_zip_is_refused_or_imported_inside_the_apps_folders(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        home = root / "home"
        dirs = UserDirs(home / "config", home / "data", home / "cache", home / "state")
        bundle = root / "setup.coach"
        bundle.write_bytes(data)
        try:
            plan = plan_import(bundle, dirs)
        except BundleError as exc:
            assert str(exc).strip(), "a refusal must say why"
            return
        apply_import(plan, dirs)
        written = {p for p in root.rglob("*") if p.is_file()} - {bundle}
        assert all(
            p.is_relative_to(home / "config") or p.is_relative_to(home / "data") for p in written
        ), written
        for path in written:
            assert path.stat().st_mode & 0o077 == 0, path
            if path.suffix == ".wav":
                assert path.read_bytes()[:4] == b"RIFF"
