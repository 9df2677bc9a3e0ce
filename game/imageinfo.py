"""An author's image, judged by its header before anything decodes it.

A 4.6 MB PNG can say it is 40000 x 40000 pixels: decoding it takes 6.4 GB and
makes SDL crash the window. The header (PNG's IHDR, JPEG's frame marker,
GIF's screen, BMP's info header, WebP's VP8 chunk) names the size in its
first bytes, so ``image_problem`` reads only those and refuses what the game
would not show anyway: an unknown format, a side over ``MAX_SIDE``, more
than ``MAX_PIXELS`` pixels, or a file over ``MAX_IMAGE_BYTES``. The loader
turns the answer into a diagnostic (DB603, DB604) and the window never hands
such a file to pygame (game.ui.images). Pure Python: no pygame here.
"""

from __future__ import annotations

import errno
import struct
from dataclasses import dataclass
from pathlib import Path

from game.fileio import InputError, read_input

# The window is 1280 x 720; a backdrop a few times that is plenty for any screen.
MAX_SIDE = 8192
MAX_PIXELS = 4096 * 4096
MAX_IMAGE_BYTES = 32 * 1024 * 1024
# JPEG's frame marker may follow a large EXIF block (a photo's thumbnail).
_HEAD_BYTES = 256 * 1024
FORMATS = "PNG, JPEG, GIF, BMP or WebP"


@dataclass(frozen=True, slots=True)
class ImageInfo:
    kind: str  # "png", "jpeg", "gif", "bmp", "webp"
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def image_info(head: bytes) -> ImageInfo | None:
    """Format and size from the first bytes of a file, or None when they are not an image."""
    for kind, reader in _READERS:
        try:
            size = reader(head)
        except (struct.error, IndexError, ValueError):
            size = None
        if size is not None:
            width, height = size
            return ImageInfo(kind, width, height) if width > 0 and height > 0 else None
    return None


@dataclass(frozen=True, slots=True)
class ImageProblem:
    too_large: bool  # too many pixels or bytes (else: not an image, or not readable)
    reason: str


def image_problem(path: str | Path) -> ImageProblem | None:
    """Why the game will not show this image (plain words), or None when it may."""
    try:
        head = _head(Path(path))
    except InputError as err:
        return ImageProblem(err.errno == errno.EFBIG, err.reason)
    info = image_info(head)
    if info is None:
        return ImageProblem(False, f"the file is not an image the game can show ({FORMATS})")
    problem = size_problem(info)
    return ImageProblem(True, problem) if problem is not None else None


def size_problem(info: ImageInfo) -> str | None:
    if info.width > MAX_SIDE or info.height > MAX_SIDE or info.pixels > MAX_PIXELS:
        return (
            f"the image is {info.width} x {info.height} pixels; the game shows images of at "
            f"most {MAX_SIDE} pixels a side and {MAX_PIXELS // 1_000_000} million pixels in all"
        )
    return None


def _head(path: Path) -> bytes:
    """The first bytes of a regular file of at most MAX_IMAGE_BYTES (else InputError)."""
    return read_input(path, MAX_IMAGE_BYTES, head=_HEAD_BYTES)


# -- one reader per format: (width, height) or None --------------------------------------


def _png(head: bytes) -> tuple[int, int] | None:
    if not head.startswith(b"\x89PNG\r\n\x1a\n") or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def _gif(head: bytes) -> tuple[int, int] | None:
    if head[:6] not in (b"GIF87a", b"GIF89a"):
        return None
    width, height = struct.unpack("<HH", head[6:10])
    return int(width), int(height)


def _bmp(head: bytes) -> tuple[int, int] | None:
    if not head.startswith(b"BM"):
        return None
    (header_size,) = struct.unpack("<I", head[14:18])
    if header_size == 12:  # the old OS/2 header: 16-bit sizes
        width, height = struct.unpack("<HH", head[18:22])
        return int(width), int(height)
    width, height = struct.unpack("<ii", head[18:26])
    return abs(int(width)), abs(int(height))  # a negative height means top-down rows


_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg(head: bytes) -> tuple[int, int] | None:
    if not head.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 4 <= len(head):
        if head[at] != 0xFF:
            return None
        marker = head[at + 1]
        if marker == 0xFF:  # padding between markers
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD9)):  # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", head[at + 2 : at + 4])
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", head[at + 5 : at + 9])
            return int(width), int(height)
        if length < 2:
            return None
        at += 2 + length
    return None


def _webp(head: bytes) -> tuple[int, int] | None:
    if head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        return None
    chunk = head[12:16]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return int(width) & 0x3FFF, int(height) & 0x3FFF
    if chunk == b"VP8L":
        b0, b1, b2, b3 = head[21:25]
        width = 1 + (b0 | (b1 & 0x3F) << 8)
        height = 1 + (b1 >> 6 | b2 << 2 | (b3 & 0x0F) << 10)
        return width, height
    if chunk == b"VP8X":
        width = 1 + int.from_bytes(head[24:27], "little")
        height = 1 + int.from_bytes(head[27:30], "little")
        return width, height
    return None


_READERS = (("png", _png), ("jpeg", _jpeg), ("gif", _gif), ("bmp", _bmp), ("webp", _webp))
