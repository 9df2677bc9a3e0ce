"""`serve`: the browser player for a room of trainees (see docs/web.md).

Prints the trainee's address (with a QR code to scan) and the trainer's
link with its token, then serves until Ctrl+C. Exit codes: 0 stopped, 2 a
usage problem (the port is taken, the database cannot be opened).
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from game.cli._common import fail

if TYPE_CHECKING:
    from game.web.app import Web

NAME = "serve"
HELP = "serve the game to browsers: trainees play with nothing to install"
ORDER = 35
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="address to listen on (default 127.0.0.1: this computer only; "
        "0.0.0.0 for every trainee on the workshop network)",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8000)")
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        help="folder for the database, the secrets and the image cache "
        "(default: web/ in your user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy database URL, e.g. postgresql://user@host/doorbraak "
        "(default: SQLite in the data folder)",
    )
    parser.add_argument(
        "--scenarios",
        metavar="DIR",
        type=Path,
        nargs="+",
        help="folders of cases to offer besides the shipped ones "
        "(default: your own scenarios folder)",
    )
    parser.add_argument(
        "--keep-days",
        type=int,
        default=None,
        metavar="N",
        help="delete games nobody used for N days (default 30; 0 keeps them until deleted)",
    )
    parser.add_argument("--no-qr", action="store_true", help="do not print the QR code")


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        return fail(f"--port must be between 0 and 65535, not {args.port}")
    listener = _bind(args.host, args.port)
    if isinstance(listener, str):
        return fail(listener)
    try:
        app, web = _make_app(args)
    except Exception as err:  # a database URL that does not work, a data folder that cannot be made
        listener.close()
        return fail(f"cannot start the server: {err}")
    port = listener.getsockname()[1]
    settle(web)
    print_welcome(sys.stdout, args.host, port, web, qr=not args.no_qr)
    return _serve(app, listener)


def settle(web: Web) -> None:
    """Build each case's engine, then keep what start-up made out of the garbage collector.

    The cases, their engines and the libraries are some 100,000 objects that live
    as long as the server. Python's full collection walks every one of them, a
    pause of 30-100 ms for every move in flight at that moment, about every 20 s
    under load. Frozen, a full collection walks only what the moves made.
    """
    import gc

    from game.web import play

    for case in web.cases:
        play.prepare(case.scenario)
    gc.collect()
    gc.freeze()


def _make_app(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from game.paths import SCENARIOS_DIR
    from game.web.app import create_app
    from game.web.config import DEFAULT_KEEP_DAYS, ServeConfig

    folders = (SCENARIOS_DIR, *args.scenarios) if args.scenarios else None
    keep = DEFAULT_KEEP_DAYS if args.keep_days is None else max(0, args.keep_days)
    config = ServeConfig.make(args.data, args.database, folders, keep)
    app = create_app(config)
    return app, app.state.web


def _bind(host: str, port: int) -> socket.socket | str:
    """The listening socket, bound before anything is printed; a message when that fails."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        return f"cannot listen on '{host}': {err.strerror}"
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(1024)
    except OSError as err:
        sock.close()
        hint = " (is another server running? try --port 8001)" if port else ""
        return f"cannot listen on {host}:{port}: {err.strerror or err}{hint}"
    sock.set_inheritable(True)
    return sock


def lan_addresses() -> list[str]:
    """This computer's addresses other trainees can reach (from its name; sends nothing)."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if not address.startswith("127.") and address not in found:
            found.append(address)
    return found


def urls(host: str, port: int) -> tuple[str, list[str]]:
    """The address to give trainees first, and any others this computer answers on."""
    if host in ("0.0.0.0", "::", ""):
        others = lan_addresses()
        main = others[0] if others else socket.gethostname()
        return f"http://{main}:{port}/", [f"http://{a}:{port}/" for a in others[1:]]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/", []


def print_welcome(out: TextIO, host: str, port: int, web: object, qr: bool = True) -> None:
    from game.web.app import Web

    assert isinstance(web, Web)
    trainee, others = urls(host, port)
    base = trainee.rstrip("/")
    local_only = host.startswith("127.") or host in ("localhost", "::1")
    out.write(f"Doorbraak in de browser / in the browser: {len(web.cases)} casussen/cases\n")
    for skipped in web.cases.skipped:
        out.write(f"  skipped {skipped.path}: {skipped.reason}\n")
    out.write(f"Data: {web.config.data_dir}\n\n")
    out.write(f"Deelnemers / trainees:  {trainee}\n")
    for other in others:
        out.write(f"                        {other}\n")
    if local_only:
        out.write(
            "  (alleen op deze computer; --host 0.0.0.0 voor het netwerk van de workshop)\n"
            "  (this computer only; --host 0.0.0.0 for the workshop network)\n"
        )
    if qr:
        out.write("\n")
        out.write(qr_text(trainee))
    out.write("\nBegeleider / trainer (houd deze link voor jezelf / keep this link to yourself):\n")
    out.write(f"  {base}/trainer/login?token={web.config.trainer_token}\n\n")
    out.write("Stoppen / stop: Ctrl+C\n")
    out.flush()


def qr_text(url: str) -> str:
    """The address as a QR code in text (two modules per character), for a phone to scan."""
    import io

    import segno

    buffer = io.StringIO()
    segno.make(url, error="m").terminal(out=buffer, compact=True, border=2)
    return buffer.getvalue()


def _serve(app: object, listener: socket.socket) -> int:
    import uvicorn

    config = uvicorn.Config(
        app,  # type: ignore[arg-type]
        log_level="warning",
        access_log=False,  # no addresses of trainees in a log (docs/privacy.md)
        server_header=False,
        timeout_keep_alive=20,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
    return 0
