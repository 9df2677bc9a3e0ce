"""Writes the image files that scenarios/voorbeeld.yaml uses to show author-supplied art.

Run: SDL_VIDEODRIVER=dummy .venv/bin/python tools/make_example_images.py
The images are drawn with the game's own art, so the example needs no outside files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.ui.art.backdrops import draw_backdrop  # noqa: E402
from game.ui.art.portraits import draw_portrait  # noqa: E402

OUT = ROOT / "scenarios" / "images"


def main() -> None:
    pygame.init()
    OUT.mkdir(parents=True, exist_ok=True)
    portrait = draw_portrait("sanne", "client", "#c0714f", "neutral", (360, 432))
    pygame.image.save(portrait, str(OUT / "sanne_neutral.png"))
    backdrop = draw_backdrop("meeting_room", (1280, 720), "voorbeeld")
    pygame.image.save(backdrop, str(OUT / "spreekkamer.png"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
