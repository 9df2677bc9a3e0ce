"""A real `doorbraak serve` process on this machine's loopback, as a trainer starts it."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from game.paths import SOURCE_DIR

URL = re.compile(r"trainees:\s+(http://\S+)")
TRAINER = re.compile(r"(http://\S+/trainer/login\?token=\S+)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``python main.py serve`` on 127.0.0.1:port with its own data folder."""

    def __init__(self, data: Path, port: int | None = None, *extra: str) -> None:
        self.data = data
        self.port = port or free_port()
        self.extra = extra
        self.process: subprocess.Popen[str] | None = None
        self.output = ""
        self.url = f"http://127.0.0.1:{self.port}"
        self.trainer_url = ""

    def start(self, timeout: float = 60) -> Server:
        command = [sys.executable, str(SOURCE_DIR / "main.py"), "serve", "--port", str(self.port),
                   "--data", str(self.data), "--no-qr", *self.extra]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        for line in self.process.stdout:
            self.output += line
            found = TRAINER.search(line)
            if found:
                self.trainer_url = found.group(1)
            if line.startswith("Stoppen"):
                break
            assert time.monotonic() < deadline, self.output
        assert URL.search(self.output), self.output
        # Keep reading what the server prints, so a full pipe never blocks it.
        threading.Thread(target=self._drain, daemon=True).start()
        self.wait_healthy(deadline)
        return self

    def _drain(self) -> None:
        stream = self.process.stdout if self.process else None
        if stream is None:
            return
        try:
            for line in stream:
                self.output += line
        except (OSError, ValueError):
            pass
        finally:
            stream.close()  # at the end of the output: the server and its worker are gone

    def wait_healthy(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"the server did not become healthy:\n{self.output}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, as a power cut or the OOM killer would."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
