"""The game as a trainer installs it: the wheel with pip or pipx, used from another folder.

Builds the wheel and the sdist from this checkout, installs the wheel outside
the checkout twice (into a fresh venv with pip, and with ``pipx install``, both
with the versions of requirements.lock), and then, from an unrelated folder: plays every
shipped case in the terminal, opens the window (dummy video driver) and plays
a choice through SDL's event queue, makes a report with its embedded font,
runs ``new``, and checks what a damaged install says. The unpacked sdist runs
its own test suite (all but these tests, which would build it again).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from game import __version__
from game.paths import SCENARIOS_DIR, SOURCE_DIR
from game.scenario.loader import scenario_files

pytestmark = pytest.mark.install

LOCK = SOURCE_DIR / "requirements.lock"
SHIPPED = sorted(p.stem for p in scenario_files(SCENARIOS_DIR))


@dataclass(frozen=True)
class Install:
    venv: Path
    bin: Path
    user: Path  # DOORBRAAK_USER_DIR for every command
    elsewhere: Path  # the folder the commands run in, outside the checkout

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DOORBRAAK_", "PYTHON")) and key != "VIRTUAL_ENV"
        }
        env.update(
            DOORBRAAK_USER_DIR=str(self.user),
            SDL_VIDEODRIVER="dummy",
            SDL_AUDIODRIVER="dummy",
            PATH=f"{self.bin}{os.pathsep}{env.get('PATH', '')}",
        )
        env.update(extra)
        return env

    def run(
        self, *argv: str, stdin: str | None = None, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / argv[0]), *argv[1:]],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.elsewhere,
            env=self.env(**env),
            timeout=300,
        )


def _python(folder: Path) -> Path:
    return folder / ("Scripts" if os.name == "nt" else "bin") / "python"


def _fresh_venv(folder: Path) -> Path:
    venv.create(folder, with_pip=True, clear=True)
    python = _python(folder)
    # The locked versions of everything, from pip's cache when it has them.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--require-hashes", "-r", str(LOCK)],
        check=True,
        capture_output=True,
    )
    return python


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: build with the locked hatchling in this venv, not a fresh download.
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(SOURCE_DIR)],
        check=True,
        capture_output=True,
    )
    return out


def test_the_constraints_for_pipx_are_the_locked_pins() -> None:
    def pins(text: str) -> list[str]:
        return [line.split(" ", 1)[0] for line in text.splitlines() if "==" in line]

    lock = LOCK.read_text(encoding="utf-8")
    constraints = (SOURCE_DIR / "constraints.txt").read_text(encoding="utf-8")
    assert pins(constraints) == pins(lock)
    assert "--hash" not in constraints


def _install_with_pip(wheel: Path, root: Path) -> Path:
    python = _fresh_venv(root / "venv")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    return python.parent


def _install_with_pipx(wheel: Path, root: Path) -> Path:
    """``pipx install`` as a trainer runs it, pinned to the locked versions."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"},
        "PIPX_HOME": str(root / "pipx"),
        "PIPX_BIN_DIR": str(root / "bin"),
        "PIPX_MAN_DIR": str(root / "man"),
    }
    pipx = Path(sys.executable).parent / "pipx"
    constraints = SOURCE_DIR / "constraints.txt"
    subprocess.run(
        [str(pipx), "install", f"--pip-args=--constraint={constraints}", str(wheel)],
        check=True,
        capture_output=True,
        env=env,
    )
    assert (root / "bin" / "doorbraak").exists()  # what lands on the trainer's PATH
    return root / "pipx" / "venvs" / "doorbraak" / "bin"


@pytest.fixture(scope="module", params=["pip", "pipx"])
def installed(
    request: pytest.FixtureRequest, dist: Path, tmp_path_factory: pytest.TempPathFactory
) -> Install:
    root = tmp_path_factory.mktemp(f"installed-{request.param}")
    assert SOURCE_DIR not in root.parents
    [wheel] = dist.glob("doorbraak-*.whl")
    install = _install_with_pip if request.param == "pip" else _install_with_pipx
    bin_dir = install(wheel, root)
    elsewhere = root / "somewhere else"
    elsewhere.mkdir()
    return Install(bin_dir.parent, bin_dir, root / "user", elsewhere)


def test_the_wheel_carries_the_cases_their_images_the_fonts_and_the_licences(dist: Path) -> None:
    import zipfile

    [wheel] = dist.glob("doorbraak-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for case in SHIPPED:
        assert f"game/scenarios/{case}.yaml" in names
    assert "game/scenarios/scenario.schema.json" in names
    assert "game/scenarios/images/spreekkamer.png" in names
    for font in ("Regular", "Bold", "Italic"):
        assert f"game/assets/fonts/AtkinsonHyperlegible-{font}.ttf" in names
    assert "game/docs/authoring.md" in names
    licences = {n for n in names if "/licenses/" in n}
    assert {n.rsplit("/licenses/", 1)[1] for n in licences} == {"LICENSE", "assets/fonts/OFL.txt"}
    metadata = zipfile.ZipFile(wheel).read(f"doorbraak-{__version__}.dist-info/METADATA")
    text = metadata.decode("utf-8")
    assert "License-Expression: MIT AND OFL-1.1" in text
    assert "Classifier: Natural Language :: Dutch" in text
    assert "Requires-Dist: pygame-ce" in text


def test_the_installed_game_knows_its_version(installed: Install) -> None:
    done = installed.run("doorbraak", "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"doorbraak {__version__}"


@pytest.mark.parametrize("case", SHIPPED)
def test_every_shipped_case_plays_to_an_ending_from_another_folder(
    installed: Install, case: str
) -> None:
    done = installed.run("doorbraak", "play", case, "--text", "--json", stdin="1\n" * 400)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["scenario"] == case
    assert result["ending"]
    [log] = (installed.user / "logs").glob(f"*_{case}_*.jsonl")
    log.unlink()  # the report test below makes its own


DRIVE_THE_WINDOW = """
import json, pathlib, sys, threading, time
import pygame
from game.cli import main

logs = pathlib.Path(sys.argv[1])
shot = sys.argv[2]


def chose_once():
    for log in logs.glob("*.jsonl"):
        for line in log.read_text(encoding="utf-8").splitlines():
            if json.loads(line)["type"] == "choice":
                return True
    return False


def press(key):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0))


def drive():
    deadline = time.monotonic() + 120
    while pygame.display.get_surface() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    while not chose_once() and time.monotonic() < deadline:
        press(pygame.K_SPACE)  # on through the narration and the text
        time.sleep(0.15)
        press(pygame.K_1)  # the first choice, once it is there
        time.sleep(0.15)
    time.sleep(0.3)
    pygame.image.save(pygame.display.get_surface(), shot)
    pygame.event.post(pygame.event.Event(pygame.QUIT))


threading.Thread(target=drive, daemon=True).start()
sys.exit(main(["play", "sanne"]))
"""


def test_the_window_opens_and_plays_a_choice_from_the_keyboard(installed: Install) -> None:
    script = installed.elsewhere / "drive.py"
    script.write_text(textwrap.dedent(DRIVE_THE_WINDOW), encoding="utf-8")
    shot = installed.elsewhere / "window.png"
    logs = installed.user / "logs"
    done = installed.run("python", str(script), str(logs), str(shot))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    records = [
        json.loads(line)
        for log in logs.glob("*_sanne_*.jsonl")
        for line in log.read_text(encoding="utf-8").splitlines()
    ]
    assert {"start", "choice"} <= {r["type"] for r in records}
    assert records[0]["client"] == "window"
    assert shot.stat().st_size > 10_000  # a drawn screen, not a black one
    for log in logs.glob("*.jsonl"):
        log.unlink()


def test_the_report_has_its_font_inside(installed: Install) -> None:
    workshop = installed.elsewhere / "workshop"
    done = installed.run(
        "doorbraak", "play", "voorbeeld", "--text", "--log-dir", str(workshop), stdin="1\n" * 50
    )
    assert done.returncode == 0, done.stderr
    done = installed.run("doorbraak", "report", "workshop", "-o", "verslag.html")
    assert done.returncode == 0, done.stderr
    page = (installed.elsewhere / "verslag.html").read_text(encoding="utf-8")
    assert page.count("@font-face") == 2
    embedded = {
        base64.b64decode(chunk.split('")', 1)[0])
        for chunk in page.split('url("data:font/ttf;base64,')[1:]
    }
    fonts = sorted(installed.venv.rglob("game/assets/fonts/AtkinsonHyperlegible-*.ttf"))
    shipped = {font.read_bytes() for font in fonts if "Italic" not in font.name}
    assert embedded == shipped  # the regular and bold files themselves, byte for byte


def test_new_writes_a_case_the_game_then_finds(installed: Install) -> None:
    done = installed.run("doorbraak", "new", "mijn_casus")
    assert done.returncode == 0, done.stderr
    case = installed.user / "scenarios" / "mijn_casus.yaml"
    assert case.is_file()
    assert "doorbraak validate mijn_casus" in done.stdout
    assert "python main.py" not in done.stdout + case.read_text(encoding="utf-8")
    first = case.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=scenario.schema.json"
    assert (case.parent / "scenario.schema.json").is_file()
    assert installed.run("doorbraak", "validate", "mijn_casus").returncode == 0
    played = installed.run(
        "doorbraak", "play", "mijn_casus", "--text", "--no-log", stdin="1\n" * 20
    )
    assert played.returncode == 0, played.stderr


@pytest.fixture
def damaged(installed: Install) -> Iterator[Path]:
    """The installed bold font, moved away for one test and put back after."""
    found = list(installed.venv.rglob("game/assets/fonts/AtkinsonHyperlegible-Bold.ttf"))
    [font] = found
    aside = font.with_suffix(".aside")
    shutil.move(font, aside)
    yield font
    shutil.move(aside, font)


def test_a_missing_font_is_one_line_that_says_how_to_repair(
    installed: Install, damaged: Path
) -> None:
    for argv in (("doorbraak",), ("doorbraak", "report", "workshop", "-o", "x.html")):
        done = installed.run(*argv)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        [line] = done.stderr.strip().splitlines()
        assert str(damaged) in line
        assert "pipx reinstall doorbraak" in line


def test_the_unpacked_sdist_runs_its_own_tests(
    dist: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("sdist")
    [sdist] = dist.glob("doorbraak-*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(root, filter="data")
    [unpacked] = [p for p in root.iterdir() if p.is_dir()]
    assert not (unpacked / "game" / "scenarios").is_symlink()
    python = _fresh_venv(root / "venv")
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-e",
            str(unpacked),
        ],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOORBRAAK_")}
    done = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-m", "not install"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "error" not in summary
