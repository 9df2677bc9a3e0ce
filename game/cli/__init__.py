"""The command line: ``doorbraak`` and ``python main.py`` share this entry point.

Each command is one small module in this package that defines ``NAME``,
``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``; commands are
found automatically. Modules keep their heavy imports inside ``run`` so
that ``validate`` never pays for pygame.

Exit codes (a contract, see docs/cli.md): 0 success, 1 ``validate`` found
errors, 2 a usage or input problem, 3 ``play`` stopped before an ending,
70 an internal error (a bug; a crash report was written, see game.crash).

Everything a command prints goes through ``game.plaintext.TerminalStream``:
no text from a case, a log or an argument can send an escape sequence to the
terminal, and a character the terminal cannot encode never stops a command.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import pkgutil
import sys
from types import ModuleType

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse exits with 2 too; this keeps the message short and in one place.
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _commands() -> list[ModuleType]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            if hasattr(module, "NAME"):
                found.append(module)
    return sorted(found, key=lambda m: getattr(m, "ORDER", 50))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="doorbraak",
        description="Doorbraak: a serious game about breaking defensive routines. "
        "Without a command, the game window opens.",
    )
    from game import __version__

    parser.add_argument("--version", action="version", version=f"doorbraak {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _commands():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    from game.plaintext import TerminalStream

    saved = sys.stdout, sys.stderr
    # Typed or piped answers that are not UTF-8 are read, not an exception: a
    # byte that cannot be decoded becomes U+FFFD (and then "not a choice").
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
    # None under pythonw (no console): there is nothing to guard.
    if sys.stdout is not None:
        sys.stdout = TerminalStream(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = TerminalStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = saved


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    from game.paths import DamagedInstall

    try:
        if getattr(args, "run", None) is None:
            from game.cli._window import open_window

            return open_window(None, lang=None)
        return int(args.run(args))
    except DamagedInstall as err:
        print(f"doorbraak: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 3 if args.command == "play" else EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing more to say.
        sys.stderr.close()
        return 0
    except Exception as error:  # the last line of defence: see game.crash
        from game.crash import EXIT_CRASH, message, report

        path = report(error, f"the command '{args.command or 'window'}'")
        print(f"doorbraak: error: {message(path)}", file=sys.stderr)
        return EXIT_CRASH
