"""Build the Qt translations: compile every ``translations/*.ts`` into a ``.qm`` beside it.

The build runs this (the ``.qm`` files are not committed); the app also compiles a
stale catalogue at start when lrelease is available. With ``--update`` it first
runs lupdate over ui/, so strings that no feature catalogue holds appear in
``kap_<language>.ts`` as unfinished, ready for Qt Linguist::

    .venv/bin/python resources/build_translations.py            # compile
    .venv/bin/python resources/build_translations.py --update   # collect new strings, then compile
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ui import i18n  # noqa: E402


def languages() -> list[str]:
    """Every language with a catalogue of the shell: kap_<language>.ts."""
    prefix = f"{i18n.CATALOGUE}_"
    return sorted(p.stem.removeprefix(prefix) for p in i18n.TRANSLATIONS.glob(f"{prefix}*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate over ui/ first")
    args = parser.parse_args(argv)
    for language in languages():
        if args.update:
            print(f"updated {i18n.update_catalogue(language)}")
        for ts in i18n.catalogues(language):
            name = ts.stem.removesuffix(f"_{language}")
            print(f"compiled {i18n.compile_catalogue(language, name)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
