"""An asset found on disk: still inside its folder, and an image the game can show.

The path text was already checked (DB601: no ``..``, no ``/`` first). Here
the file itself: a link, or a folder link on the way, may lead out of the
case's folder or the game's assets (DB605, an error: nothing in a case may
read files elsewhere); and the header must name a known format (DB604) of a
size the window can decode (DB603); both warnings, the game then draws its
own picture. The scenario keeps the file's real path.
"""

from __future__ import annotations

from pathlib import Path as FsPath

from game.fileio import is_within, real_path
from game.imageinfo import image_problem
from game.scenario import codes
from game.scenario.report import Reporter
from game.scenario.yamlsource import Path


def checked_asset(folder: FsPath, rel: str, path: Path, report: Reporter) -> str | None:
    """The real path of ``folder / rel`` when the game may show it; else report and None."""
    candidate = folder / rel
    if not is_within(candidate, [folder]):
        report.error(
            codes.ASSET_OUTSIDE,
            f"'{rel}' is a link (or lies in a linked folder) that leads outside the scenario's "
            "folder; copy the image into the folder instead",
            path,
        )
        return None
    problem = image_problem(candidate)
    if problem is not None:
        code = codes.IMAGE_TOO_LARGE if problem.too_large else codes.NOT_AN_IMAGE
        report.warning(code, f"'{rel}': {problem.reason}; the game draws its own instead", path)
        return None
    real = real_path(candidate)
    return str(real) if real is not None else None
