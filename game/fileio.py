"""Writing the player's files so that a crash, a power cut or a second window never breaks them.

Every file the game replaces (saves, settings, reports, a schema copy) goes
through ``write_atomic``: a private temporary file made with ``mkstemp``
beside the target (so two writers never share one), flushed and fsynced,
renamed over the target, and then the folder fsynced so the new name is
durable too. A reader sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# What a file the game writes for the player to share may be read as (umask applies).
SHARED_MODE = 0o644
PRIVATE_MODE = 0o600


def write_atomic(path: Path, data: str | bytes, *, mode: int = SHARED_MODE) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8); raises OSError."""
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode & ~_UMASK)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make a new or renamed name in ``folder`` durable (POSIX); harmless where unsupported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _read_umask() -> int:
    # Reading the umask means setting it; done once, at import, before any
    # thread could create a file in the moment it is 0.
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()
