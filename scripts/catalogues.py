"""Extract the app's messages into its Qt Linguist catalogues, and compile them.

``pyside6-lupdate`` reads the Python sources (``marked(context, text)`` counts as
``QT_TRANSLATE_NOOP``), but its Python reader misses most plural calls and, updating a
catalogue, folds a plural message's forms into one.  So every message whose source has
``%n`` is made a plural one here, its forms kept from before the update; the number of
forms a language needs is asked of lupdate itself.  English is the source language: its
catalogue holds only the plurals, their forms made from the source ("minute(s)").

    python scripts/catalogues.py [--check] [--new LANGUAGE] [--compile]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "assets" / "translations"
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing (it comes with PySide6)")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "coach").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def lupdate(ts: Path, language: str, cwd: Path = ROOT) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources()) + "\n")
    try:
        done = subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-tr-function-alias",
                "QT_TRANSLATE_NOOP+=marked,QT_TRANSLATE_NOOP+=said",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                f"@{listing.name}",
                "-ts",
                str(ts),
            ],
            cwd=cwd,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise SystemExit(f"pyside6-lupdate failed on {ts.name}:\n{done.stdout}{done.stderr}")
    finally:
        os.unlink(listing.name)


def plural_forms(language: str) -> int:
    """How many plural forms *language* has, as Qt's tools know it."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.py"
        probe.write_text(
            "from PySide6.QtCore import QCoreApplication\n\n"
            "class Probe:\n    def f(self):\n"
            '        QCoreApplication.translate("Probe", "%n", None, 3)\n'
        )
        ts = Path(folder) / f"probe_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-target-language",
                language,
                str(probe),
                "-ts",
                str(ts),
            ],
            check=True,
        )
        return max(1, ts.read_text().count("<numerusform"))


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def read_plurals(ts: Path) -> dict[tuple[str, str, str], tuple[list[str], str | None]]:
    """Each plural message's forms and translation type (None: finished)."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or "%n" not in message.findtext("source", ""):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if forms:
                found[_key(context, message)] = (forms, translation.get("type"))
    return found


def english_forms(source: str) -> list[str]:
    """``%n minute(s)`` → ``%n minute``, ``%n minutes``."""
    return [re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)]


def make_plurals(ts: Path, language: str, kept: dict, count: int) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            if "%n" not in source:
                if language == SOURCE_LANGUAGE:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            single = translation.text or ""
            forms, kind = kept.get(
                _key(context, message), ([single] if single else [], "unfinished")
            )
            if language == SOURCE_LANGUAGE:
                # A form lupdate guessed from a like message elsewhere may be one alone.
                whole = len(forms) >= 2 and all(forms)
                forms, kind = (forms if whole else english_forms(source)), None
            forms = (forms + [""] * count)[:count] if forms else [""] * count
            translation.clear()
            if kind is not None or not all(forms):
                translation.set("type", "unfinished")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        if language == SOURCE_LANGUAGE and not list(context.iter("message")):
            root.remove(context)
    ET.indent(tree, "    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def update(ts: Path, language: str) -> None:
    kept = read_plurals(ts)
    lupdate(ts, language)
    make_plurals(ts, language, kept, plural_forms(language))


def catalogues(folder: Path = FOLDER) -> dict[str, Path]:
    return {p.stem.removeprefix("coach_"): p for p in sorted(folder.glob("coach_*.ts"))}


def compile_all(folder: Path = FOLDER) -> None:
    for ts in catalogues(folder).values():
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                "-removeidentical",
                str(ts),
                "-qm",
                str(ts.with_suffix(".qm")),
            ],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--new", metavar="LANGUAGE", help="start a catalogue for LANGUAGE")
    parser.add_argument("--compile", action="store_true", help="only compile the catalogues")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    if not args.compile:
        found = catalogues()
        if args.new:
            found[args.new] = FOLDER / f"coach_{args.new}.ts"
        found.setdefault(SOURCE_LANGUAGE, FOLDER / f"coach_{SOURCE_LANGUAGE}.ts")
        for language, ts in found.items():
            update(ts, language)
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
