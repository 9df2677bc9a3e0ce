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
        help="folder to write ID.yaml in (default: your own scenarios folder, shown in the game)",
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
        write_editor_settings,
        write_schema_beside,
    )
    from game.cli._common import fail, shown
    from game.fileio import exists, is_folder

    if not is_valid_id(args.id):
        return fail(f"'{shown(args.id)}' is not a valid id: {ID_RULE}")
    shipped = _shipped_file(args.id)
    if shipped is not None:
        return fail(f"a case with the id '{args.id}' comes with the game; choose another id")
    folder = args.dir if args.dir is not None else _default_dir()
    clash = existing_file(args.id, folder)
    if clash is not None:
        return fail(f"'{clash}' already exists; choose another id or --dir (nothing was written)")
    if exists(folder) and not is_folder(folder):
        return fail(f"'{folder}' is not a folder")
    target = target_path(args.id, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # "x": never replace a file that appeared since the check above.
        with target.open("x", encoding="utf-8", newline="\n") as out:
            out.write(starter_text(args.id, folder, args.lang))
        write_schema_beside(folder)  # the modeline's schema travels with the case
        write_editor_settings(folder)  # the editor reads YAML as the game does
    except OSError as err:
        return fail(f"cannot write '{target}': {err.strerror or err}")
    _print_next_steps(target, args.lang)
    return 0


def _shipped_file(scenario_id: str) -> Path | None:
    from game.fileio import is_regular_file
    from game.paths import SCENARIOS_DIR
    from game.scenario.loader import SCENARIO_SUFFIXES

    for suffix in SCENARIO_SUFFIXES:
        if is_regular_file(SCENARIOS_DIR / (scenario_id + suffix)):
            return SCENARIOS_DIR / (scenario_id + suffix)
    return None


def _default_dir() -> Path:
    from game.userdirs import UserDirs

    return UserDirs.default().scenarios


_NEXT = {
    "nl": (
        "Geschreven: {path}\n"
        "Volgende stappen:\n"
        "  {program} validate {name}\n"
        "  {program} play {name} --text\n"
        "Uitleg: {guide}"
    ),
    "en": (
        "Written: {path}\n"
        "Next steps:\n"
        "  {program} validate {name}\n"
        "  {program} play {name} --text\n"
        "Guide: {guide}"
    ),
}


def _print_next_steps(target: Path, lang: str) -> None:
    from game.authoring.starter import command_name, command_path, program_name
    from game.paths import DOCS_DIR

    guide = DOCS_DIR / ("authoring.md" if lang == "nl" else "authoring.en.md")
    print(
        _NEXT[lang].format(
            path=command_path(target),
            name=command_name(target),
            program=program_name(),
            guide=command_path(guide),
        )
    )
