"""Benchmark: 200 trainees playing at once against one `doorbraak serve` process.

Run:  .venv/bin/python bench/bench_web.py [--trainees 200] [--seconds 60] [--think 1.0 3.0]

Starts a real server (``main.py serve``, SQLite in a fresh data folder) on
127.0.0.1 and drives it with an async load generator (asyncio's streams, one
keep-alive connection and cookie jar per trainee, in this process: the
machine's second core; see ``Browser``). Each
trainee opens the start page, starts Sanne and plays: it reads the page,
thinks for a random 1-3 s (a real trainee reads 10-60 s, so this load is many
times a real room's), then posts a choice or "Verder" and follows the
redirect to the next page. A finished trainee starts again. The round trip
of a move is the POST plus the GET of the page it redirects to.

Afterwards the server is stopped and its database read: every move the
server answered with 303 must be stored (0 lost choices). Also measured:
the bytes of a page without its font, and the first paint of the start page
in Chromium (fresh profile each time). ``--timings FILE`` writes every move's
moment (monotonic seconds) and round trip (ms), to see whether slow moves come
together. Goals (docs/performance.md): p50 < 20
ms, p99 < 100 ms, 0 errors, 0 lost; a page < 50 kB; first paint < 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.web.server import Server  # noqa: E402

STEP = re.compile(r'name="step" value="(\d+)"')
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
CHOICE = re.compile(r'name="choice" value="([^"]+)"')
ENDED = re.compile(r'href="/g/[0-9a-f]{32}/end"')


@dataclass
class Trainee:
    number: int
    moves: dict[str, int] = field(default_factory=dict)  # game id -> moves answered 303
    errors: list[str] = field(default_factory=list)


@dataclass
class Answer:
    status_code: int
    headers: dict[str, str]
    text: str


class Browser:
    """One trainee's keep-alive HTTP/1.1 connection with its cookies, as a browser keeps one.

    A few dozen lines over asyncio's streams instead of httpx: the load generator
    shares the machine's two cores with the server, and httpx spent about as much
    CPU per move as the server did (0.66 of a core at 78 moves/s), so its own
    queueing showed up in the round trips. This costs a fraction of that. It asks
    for gzip, as browsers do, so the server compresses pages as it would for them.
    """

    def __init__(self, base: str) -> None:
        address = base.removeprefix("http://")
        host, _, port = address.partition(":")
        self.host, self.port = host, int(port or 80)
        self.cookies: dict[str, str] = {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> Browser:
        return self

    async def __aexit__(self, *_: object) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()

    async def get(self, path: str) -> Answer:
        return await self.request("GET", path, b"")

    async def post(self, path: str, data: dict[str, str]) -> Answer:
        return await self.request("POST", path, urlencode(data).encode())

    async def request(self, method: str, path: str, body: bytes) -> Answer:
        reused = self.writer is not None
        try:
            return await self._exchange(method, path, body)
        except asyncio.IncompleteReadError as err:
            # The server closes a connection idle for its keep-alive time (20 s):
            # a request on it gets no byte back and never reached the server, so
            # it is sent once more on a new connection, as a browser does.
            if not (reused and err.partial == b""):
                raise
            await self.close()
            return await self._exchange(method, path, body)

    async def close(self) -> None:
        await self.__aexit__()
        self.reader = self.writer = None

    async def _exchange(self, method: str, path: str, body: bytes) -> Answer:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}",
                 "Accept-Encoding: gzip"]  # fmt: skip
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method == "POST":
            lines += ["Content-Type: application/x-www-form-urlencoded",
                      f"Content-Length: {len(body)}"]  # fmt: skip
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), 30)
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split()[1])
        headers: dict[str, str] = {}
        for line in header_lines:
            if not line:
                continue
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
            headers[name] = value
        # Every answer of this server has a length; a body framed otherwise would
        # be left in the stream and read as the next answer, so it is an error.
        if "content-length" not in headers and status not in (204, 304):
            raise ValueError(f"{method} {path}: an answer without Content-Length")
        length = int(headers.get("content-length", "0"))
        content = await asyncio.wait_for(self.reader.readexactly(length), 30)
        if headers.get("content-encoding") == "gzip":
            content = gzip.decompress(content)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return Answer(status, headers, content.decode("utf-8", "replace"))


async def play(trainee: Trainee, base: str, until: float, think: tuple[float, float],
               timings: list[tuple[float, float]]) -> None:  # fmt: skip
    try:
        await _play(trainee, base, until, think, timings)
    except (OSError, EOFError, TimeoutError, ValueError) as err:  # a connection gone wrong
        trainee.errors.append(f"{type(err).__name__}: {err}"[:120])


async def _play(trainee: Trainee, base: str, until: float, think: tuple[float, float],
                timings: list[tuple[float, float]]) -> None:  # fmt: skip
    rng = random.Random(trainee.number)
    async with Browser(base) as http:
        while time.monotonic() < until:
            home = await http.get("/")
            csrf = CSRF.search(home.text)
            if home.status_code != 200 or csrf is None:
                trainee.errors.append(f"home {home.status_code}")
                return
            token = csrf.group(1)
            started = await http.post(
                "/start",
                data={"csrf": token, "case": "sanne", "name": f"T{trainee.number}", "lang": "nl"},
            )
            if started.status_code != 303:
                trainee.errors.append(f"start {started.status_code}")
                return
            game = started.headers["location"].split("#")[0]
            game_id = game.rsplit("/", 1)[1]
            trainee.moves[game_id] = 0
            page = await http.get(game)
            while time.monotonic() < until:
                if page.status_code != 200:
                    trainee.errors.append(f"page {page.status_code}")
                    return
                step = STEP.search(page.text)
                if step is None or ENDED.search(page.text):
                    break  # the ending: start again
                choices = CHOICE.findall(page.text)
                data = {"csrf": token, "step": step.group(1)}
                if choices:
                    data.update(action="choose", choice=rng.choice(choices))
                else:
                    data.update(action="next")
                await asyncio.sleep(rng.uniform(*think))
                begun = time.perf_counter()
                answer = await http.post(f"{game}/move", data=data)
                if answer.status_code != 303:
                    trainee.errors.append(f"move {answer.status_code}")
                    return
                trainee.moves[game_id] += 1
                page = await http.get(answer.headers["location"].split("#")[0])
                timings.append((time.monotonic(), time.perf_counter() - begun))


async def load(base: str, trainees: int, seconds: float, think: tuple[float, float]):  # type: ignore[no-untyped-def]
    timings: list[tuple[float, float]] = []  # (when it was answered, how long it took)
    crowd = [Trainee(n) for n in range(trainees)]
    until = time.monotonic() + seconds

    # They arrive over the first five seconds, as a room scanning a QR code does.
    async def arrive(trainee: Trainee) -> None:
        await asyncio.sleep(random.Random(trainee.number).uniform(0, 5))
        await play(trainee, base, until, think, timings)

    await asyncio.gather(*(arrive(t) for t in crowd))
    return crowd, timings


def lost_choices(data: Path, crowd: list[Trainee]) -> tuple[int, int]:
    """Moves answered 303 but missing from the database, and all moves answered."""
    from game.web.db import make_engine, sqlite_url
    from game.web.store import Store

    store = Store(make_engine(sqlite_url(data / "doorbraak.sqlite3")))
    lost = answered = 0
    for trainee in crowd:
        for game_id, moves in trainee.moves.items():
            answered += moves
            game = store.get(game_id)
            stored = game.step if game else 0
            lost += max(0, moves - stored)
    store.engine.dispose()
    return lost, answered


def page_weight(base: str) -> dict[str, int]:
    """Bytes of a conversation page and what it loads, without the font (raw and gzipped)."""
    with httpx.Client(base_url=base) as http:
        home = http.get("/")
        token = CSRF.search(home.text).group(1)  # type: ignore[union-attr]
        game = http.post("/start", data={"csrf": token, "case": "sanne", "name": "W"})
        url = game.headers["location"].split("#")[0]
        page = http.get(url)
        for _ in range(12):  # to a moment with a speaker and choices
            step = STEP.search(page.text)
            choices = CHOICE.findall(page.text)
            if choices and "portrait" in page.text:
                break
            data = {"csrf": token, "step": step.group(1)}  # type: ignore[union-attr]
            data.update(action="choose", choice=choices[0]) if choices else data.update(
                action="next"
            )
            http.post(f"{url}/move", data=data)
            page = http.get(url)
        parts = {"html": page.content}
        for name in ("/static/app.css", "/static/app.js"):
            parts[name] = http.get(name).content
        portrait = re.search(r'src="(/art/[^"]+)"', page.text)
        if portrait:
            parts["portrait"] = http.get(portrait.group(1)).content
    out = {name: len(body) for name, body in parts.items()}
    out["total"] = sum(out.values())
    out["total_gzip"] = sum(len(gzip.compress(b, 6)) if n != "portrait" else len(b)
                            for n, b in parts.items())  # fmt: skip
    return out


def first_paint(base: str, runs: int) -> list[float]:
    """First contentful paint of the start page in Chromium, ms, a fresh profile each run."""
    from tests.web.browser import browser

    paints = []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            driver = browser(Path(profile), 360, 780)
            try:
                driver.get(base + f"/?run={run}")
                paint = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "new PerformanceObserver((list) => {"
                    " const p = list.getEntriesByName('first-contentful-paint')[0];"
                    " if (p) done(p.startTime); }).observe({type: 'paint', buffered: true});"
                    "setTimeout(() => done(null), 5000);"
                )
                assert paint is not None, "Chromium reported no first contentful paint"
                paints.append(float(paint))
            finally:
                driver.quit()
    return paints


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc), in seconds."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """CPU of a process and its children now alive (the analyser's worker), in seconds."""
    total = cpu_seconds(pid)
    for child in Path(f"/proc/{pid}/task").glob("*/children"):
        for kid in child.read_text().split():
            with contextlib.suppress(OSError):  # it ended meanwhile
                total += tree_cpu_seconds(int(kid))
    return total


def wait_until_idle(pid: int, limit: float = 120.0) -> float:
    """Seconds until the server and its worker used under 2 % of a core for a second."""
    begun = time.monotonic()
    before = tree_cpu_seconds(pid)
    while time.monotonic() - begun < limit:
        time.sleep(1.0)
        now = tree_cpu_seconds(pid)
        if now - before < 0.02:
            break
        before = now
    return time.monotonic() - begun


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0))
    parser.add_argument("--paint-runs", type=int, default=5)
    parser.add_argument("--timings", type=Path, help="write every move's (answered at s, ms) here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        server = Server(data).start()
        try:
            base = server.url
            weight = page_weight(base)
            # A workshop server starts before the room arrives: let the analyser's worker
            # finish its start-up work (the debrief's ranges and the best score of every
            # case, ~10 s of CPU) so the figures are the room's, not the start-up's.
            settled = wait_until_idle(server.process.pid)
            assert server.process is not None
            cpu_before = cpu_seconds(server.process.pid)
            own_before = time.process_time()
            begun = time.monotonic()
            crowd, timings = asyncio.run(load(base, args.trainees, args.seconds, tuple(args.think)))  # type: ignore[arg-type]
            elapsed = time.monotonic() - begun
            server_cpu = cpu_seconds(server.process.pid) - cpu_before
            own_cpu = time.process_time() - own_before
            load_average = Path("/proc/loadavg").read_text().split()[:3]
            paints = first_paint(base, args.paint_runs)
        finally:
            server.stop()
        lost, answered = lost_choices(data, crowd)
    errors = [e for t in crowd for e in t.errors]
    ms = [taken * 1000 for _, taken in timings]
    # The room at work: after the arrivals (the first 5 s, when 200 games start at
    # once) and before the last second (trainees stopping mid-move).
    steady = [taken * 1000 for at, taken in timings if begun + 6 < at < begun + args.seconds - 1]
    result = {
        "trainees": args.trainees,
        "start_up_settled_s": round(settled, 1),
        "seconds": round(elapsed, 1),
        "moves": len(ms),
        "moves_per_s": round(len(ms) / elapsed, 1),
        "p50_ms": round(percentile(ms, 0.50), 1),
        "p95_ms": round(percentile(ms, 0.95), 1),
        "p99_ms": round(percentile(ms, 0.99), 1),
        "max_ms": round(max(ms), 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "steady_moves": len(steady),
        "steady_p50_ms": round(percentile(steady, 0.50), 1),
        "steady_p99_ms": round(percentile(steady, 0.99), 1),
        "steady_max_ms": round(max(steady), 1),
        "server_cpu_ms_per_move": round(1000 * server_cpu / max(1, len(ms)), 2),
        "server_cpu_share": round(server_cpu / elapsed, 2),
        "load_generator_cpu_share": round(own_cpu / elapsed, 2),
        "load_average_after": load_average,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "answered": answered,
        "lost": lost,
        "page_bytes": weight,
        "first_paint_ms": [round(p) for p in paints],
        "first_paint_median_ms": round(statistics.median(paints)) if paints else None,
    }
    print(json.dumps(result, indent=1))
    if args.timings:
        moments = [(round(at, 4), round(taken * 1000, 2)) for at, taken in timings]
        args.timings.write_text(json.dumps(moments), "utf-8")
    return 0 if not errors and lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
