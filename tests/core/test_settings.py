from __future__ import annotations

from pathlib import Path

from coach.adapters.settings_store import SettingsStore
from coach.core.settings import Settings, dump_settings, parse_settings


def test_defaults_are_slow_for_bedtime() -> None:
    assert Settings().rate < 150


def test_round_trip_and_private_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.toml")
    settings = Settings(voice="gmw/en", rate=110, volume=0.5, routine="four-groups")
    store.save(settings)
    assert store.load() == (settings, [])
    assert (store.path.stat().st_mode & 0o777) == 0o600
    assert (store.path.parent.stat().st_mode & 0o777) == 0o700


def test_every_problem_collected_and_defaults_used() -> None:
    text = 'version = 1\nrate = 999\nvolum = 0.3\nvoice = 5\nroutine = "classic-16"\n'
    settings, problems = parse_settings(text, "s.toml")
    assert settings == Settings(routine="classic-16")
    messages = [str(p) for p in problems]
    assert any(m.startswith("s.toml:2: rate: is 999; it must be from 60 to 260") for m in messages)
    assert any("s.toml:3: volum: unknown setting; did you mean “volume”?" in m for m in messages)
    assert any("s.toml:4: voice: must be text" in m for m in messages)


def test_newer_version_and_broken_files(tmp_path: Path) -> None:
    settings, problems = parse_settings("version = 7\nrate = 100\n")
    assert settings == Settings() and "newer Wind-Down Coach" in str(problems[0])
    settings, problems = parse_settings("rate = [")
    assert settings == Settings() and "not valid TOML" in str(problems[0])
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe")
    settings, problems = SettingsStore(path).load()
    assert settings == Settings() and "not UTF-8" in str(problems[0])
    (kept,) = tmp_path.glob("settings.toml.broken-*")  # moved aside, nothing lost
    assert kept.read_bytes() == b"\xff\xfe" and str(kept) in str(problems[0])
    assert not path.exists()


def test_corrupt_file_moved_aside_and_partly_bad_file_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("rate = [")
    settings, problems = SettingsStore(path).load()
    assert settings == Settings() and "kept as" in str(problems[0])
    assert len(list(tmp_path.glob("settings.toml.broken-*"))) == 1
    path.write_text("rate = 999\nvolume = 0.5\n")
    store = SettingsStore(path)
    settings, problems = store.load()
    assert settings == Settings(volume=0.5) and len(problems) == 1
    store.save(settings)
    (backup,) = tmp_path.glob("settings.toml.before-fix-*")
    assert "rate = 999" in backup.read_text()


def test_dump_reads_back() -> None:
    settings = Settings(rate=100)
    assert parse_settings(dump_settings(settings)) == (settings, [])


def test_every_declared_option_is_a_field_with_its_default() -> None:
    from dataclasses import fields

    from coach.core.settings import OPTIONS

    assert [f.name for f in fields(Settings)] == list(OPTIONS)
    for f in fields(Settings):
        assert f.default == OPTIONS[f.name].default


def test_booleans_and_choices_are_checked() -> None:
    settings, problems = parse_settings('captions = "yes"\nbackground = "rain"\nchime = true\n')
    assert settings == Settings(chime=True)
    text = "\n".join(str(p) for p in problems)
    assert "captions: must be true or false" in text
    assert "background: is “rain”; it must be one of off, brown, pink" in text


def test_thousands_of_unknown_settings_are_counted_not_listed() -> None:
    """50 000 unknown keys once took 39 s to start, each one a notice line."""
    text = "version = 1\nrate = 100\n" + "".join(f"key_{n} = {n}\n" for n in range(50_000))
    settings, problems = parse_settings(text)
    assert settings.rate == 100
    assert len(problems) == 6
    assert str(problems[0]).startswith("settings.toml:3: key_0: unknown setting")
    assert str(problems[-1]) == "settings.toml: 49995 more unknown settings ignored"


V1 = Path(__file__).resolve().parent.parent / "data" / "settings-v1.toml"


def test_a_settings_file_from_every_earlier_version_is_upgraded() -> None:
    """Each version's real file (written by that version's app) reads without a problem
    and keeps every value the person chose."""
    from coach.core.settings import SETTINGS_VERSION, UPGRADES, file_version

    assert sorted(UPGRADES) == list(range(1, SETTINGS_VERSION))  # a step for each version
    text = V1.read_text()
    assert file_version(text) == 1
    settings, problems = parse_settings(text)
    assert problems == []  # "welcomed" (v1 only) is not an unknown setting
    assert settings == Settings(
        rate=110,
        volume=0.7,
        routine="user:rose-evening",
        chime=True,
        background="brown",
        person_name="Rose",
        simple_mode=True,
        large_text=True,
        tray_hint_shown=True,
        quit_after_minutes=30,
    )


def test_an_upgraded_file_is_backed_up_first_then_written_in_todays_format(tmp_path) -> None:
    from coach.adapters.settings_store import SettingsStore
    from coach.core.settings import SETTINGS_VERSION, file_version

    path = tmp_path / "settings.toml"
    path.write_bytes(V1.read_bytes())
    settings, problems = SettingsStore(path).load()
    assert problems == [] and settings.person_name == "Rose"
    backup = tmp_path / f"settings.toml.before-v{SETTINGS_VERSION}"
    assert backup.read_bytes() == V1.read_bytes()  # the old file, byte for byte
    assert backup.stat().st_mode & 0o777 == 0o600
    assert file_version(path.read_text()) == SETTINGS_VERSION
    assert "welcomed" not in path.read_text()
    assert SettingsStore(path).load() == (settings, [])  # read again: nothing more to do
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml", backup.name]
