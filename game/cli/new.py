"""`new ID`: write a commented starter scenario that validates and plays to an ending."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "new"
HELP = "write a commented starter scenario to begin a new case"
ORDER = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="the new scenario's id, e.g. mijn_casus")
    parser.add_argument(
        "--dir",
        metavar="DIR",
        type=Path,
        help="folder to write ID.yaml in (default: the game's scenarios/ folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="language of the texts and comments (default: nl)",
    )


def run(args: argparse.Namespace) -> int:
    from game.authoring.starter import (
        ID_RULE,
        existing_file,
        is_valid_id,
        starter_text,
        target_path,
    )
    from game.cli._common import fail

    if not is_valid_id(args.id):
        return fail(f"'{args.id}' is not a valid id: {ID_RULE}")
    folder = args.dir if args.dir is not None else _default_dir()
    clash = existing_file(args.id, folder)
    if clash is not None:
        return fail(f"'{clash}' already exists; choose another id or --dir (nothing was written)")
    if folder.exists() and not folder.is_dir():
        return fail(f"'{folder}' is not a folder")
    target = target_path(args.id, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # "x": never replace a file that appeared since the check above.
        with target.open("x", encoding="utf-8", newline="\n") as out:
            out.write(starter_text(args.id, folder, args.lang))
    except OSError as err:
        return fail(f"cannot write '{target}': {err.strerror or err}")
    _print_next_steps(target, args.lang)
    return 0


def _default_dir() -> Path:
    from game.paths import SCENARIOS_DIR

    return SCENARIOS_DIR if SCENARIOS_DIR.is_dir() else Path.cwd()


_NEXT = {
    "nl": (
        "Geschreven: {path}\n"
        "Volgende stappen:\n"
        "  python main.py validate {path}\n"
        "  python main.py play {path} --text\n"
        "Uitleg: docs/authoring.md"
    ),
    "en": (
        "Written: {path}\n"
        "Next steps:\n"
        "  python main.py validate {path}\n"
        "  python main.py play {path} --text\n"
        "Guide: docs/authoring.en.md"
    ),
}


def _print_next_steps(target: Path, lang: str) -> None:
    from game.authoring.starter import command_path

    print(_NEXT[lang].format(path=command_path(target)))
