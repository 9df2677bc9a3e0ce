"""The one way an author's image reaches pygame: checked by its header first.

``pygame.image.load`` decodes whatever it is given; a small PNG that claims
40000 x 40000 pixels makes SDL crash the window. So the file is read through
the guarded reader (a regular file, size-capped), its header checked
(game.imageinfo: format, sides, pixel budget), and only then are the bytes
decoded. ``allowed`` checks the path again where the window uses it: a link
that appeared after the case was loaded must not lead out of its folder.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pygame

from game.engine.model import Scenario
from game.fileio import InputError, is_within, read_input
from game.imageinfo import MAX_IMAGE_BYTES, image_info, size_problem
from game.paths import ASSETS_DIR


def allowed(path: str, scenario: Scenario) -> bool:
    """True when ``path`` (links followed) is inside the case's folder or the game's assets."""
    folders = [ASSETS_DIR]
    if scenario.source:
        folders.append(Path(os.path.abspath(scenario.source)).parent)
    return is_within(path, folders)


def load_image(path: str | Path) -> pygame.Surface | None:
    """The image at ``path``, or None when it is missing, not an image, or too large."""
    path = Path(path)
    try:
        data = read_input(path, MAX_IMAGE_BYTES)
    except InputError:
        return None
    info = image_info(data[:262144])
    if info is None or size_problem(info) is not None:
        return None
    try:
        return pygame.image.load(io.BytesIO(data), path.name)
    except (pygame.error, ValueError, OSError):
        return None
