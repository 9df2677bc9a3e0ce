"""Every file the game reads or writes for the player goes through here.

Reading (``read_input``): scenarios, saves, settings, session logs, CSV
tables and images are untrusted. A file is opened without blocking and
read only when it is a regular file (a folder, a pipe, ``/dev/zero`` or a
socket is refused, never read, so nothing hangs), only up to a size cap
(a huge or sparse file is refused before a byte is read), and, when the
caller names its allowed folders, only when its real path (links followed)
is inside one of them. A name too long for the file system counts as "not
found". Every refusal is an ``InputError`` (an ``OSError``) whose ``reason``
is a short sentence the same on every system.

Writing (``write_atomic``, ``write_output``): every file the game replaces
(saves, settings, reports, charts, tables, a schema copy) is written to a
private temporary file made with ``mkstemp`` beside the target (so two
writers never share one), flushed and fsynced, renamed over the target, and
then the folder fsynced so the new name is durable too. A reader sees the
old file or the new one, never half of one. A target that is not a regular
file (a device such as ``/dev/full``, a folder, a pipe) is never replaced,
and ``write_output`` also refuses a target that is one of the command's own
input files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

# What a file the game writes for the player to share may be read as (umask applies).
SHARED_MODE = 0o644
PRIVATE_MODE = 0o600

# Opening a pipe for reading blocks until a writer comes; with O_NONBLOCK it
# returns at once, and the type check below refuses it. No effect on files.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20


class InputError(OSError):
    """A file that is not read; ``reason`` says why in plain words."""

    def __init__(self, path: Path, reason: str, code: int = 0) -> None:
        super().__init__(code, reason, str(path))
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return self.reason

    @property
    def not_found(self) -> bool:
        return self.errno == errno.ENOENT


def read_input(
    path: str | Path, limit: int, within: Iterable[Path] | None = None, head: int | None = None
) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes; else ``InputError``.

    ``within``: folders the file's real path must be inside (links followed).
    ``head``: read only this many bytes from the start (an image's header).
    """
    path = Path(path)
    if within is not None:
        check_within(path, within)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as err:
        raise _refusal(path, err) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, _not_regular(info.st_mode), errno.EINVAL)
        if info.st_size > limit:
            raise InputError(path, too_large(info.st_size, limit), errno.EFBIG)
        if head is not None:
            return os.read(fd, head)
        return _read_capped(fd, path, limit)
    except InputError:
        raise
    except OSError as err:
        raise _refusal(path, err) from None
    finally:
        os.close(fd)


def _read_capped(fd: int, path: Path, limit: int) -> bytes:
    """Read to the end, but never more than ``limit`` bytes (the file may grow meanwhile)."""
    parts: list[bytes] = []
    total = 0
    while True:
        part = os.read(fd, min(_CHUNK, limit + 1 - total))
        if not part:
            return b"".join(parts)
        parts.append(part)
        total += len(part)
        if total > limit:
            raise InputError(path, too_large(total, limit), errno.EFBIG)


def too_large(size: int, limit: int) -> str:
    return f"the file is {_amount(size)}; at most {_amount(limit)} is read"


def _amount(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size // 1024} kB"
    return f"{size} bytes"


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "this is a pipe, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a file"
    return "this is not a regular file"


def _refusal(path: Path, err: OSError | ValueError) -> InputError:
    """The same words on every system (the OS's own wording differs per platform)."""
    if isinstance(err, ValueError):  # a NUL in the name: no such file can exist
        return InputError(path, "the file does not exist", errno.ENOENT)
    number = err.errno or 0
    if number in (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG):
        return InputError(path, "the file does not exist", errno.ENOENT)
    if number == errno.EISDIR:
        return InputError(path, "this is a folder, not a file", number)
    if number in (errno.EACCES, errno.EPERM):
        return InputError(path, "no permission to read it", number)
    if number == errno.ELOOP:
        return InputError(path, "the file is a loop of links", number)
    return InputError(path, err.strerror or str(err), number)


def is_regular_file(path: str | Path) -> bool:
    """True for a regular file (links followed); False for anything else, never an error."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):  # ENAMETOOLONG, a NUL in the name, ...
        return False


def exists(path: str | Path) -> bool:
    """True when something (a file, a folder, a link, a pipe) has this name; never an error."""
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False


def is_folder(path: str | Path) -> bool:
    """True for a folder (links followed); False for anything else, never an error."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def real_path(path: str | Path) -> Path | None:
    """The path with every link resolved, or None when it cannot be resolved."""
    try:
        return Path(os.path.realpath(path, strict=False))
    except (OSError, ValueError):
        return None


def is_within(path: str | Path, folders: Iterable[Path]) -> bool:
    """True when the real path of ``path`` (links followed) is inside one of ``folders``."""
    real = real_path(path)
    if real is None:
        return False
    for folder in folders:
        root = real_path(folder)
        if root is not None and real.is_relative_to(root):
            return True
    return False


def check_within(path: Path, folders: Iterable[Path]) -> None:
    if not is_within(path, folders):
        raise InputError(path, "the file lies outside its folder (through a link)", errno.EACCES)


# -- writing -----------------------------------------------------------------------


def write_atomic(
    path: Path,
    data: str | bytes,
    *,
    mode: int = SHARED_MODE,
    keep_mode: bool = False,
    make_folder: bool = True,
) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8); raises OSError.

    A link to a regular file is followed (the file it names is replaced, the
    link stays); a target that is not a regular file is refused. ``keep_mode``:
    the new file gets the old one's permissions exactly (an author's own file).
    ``make_folder``: create the folder (the game's own); a command's output
    goes only into a folder that exists.
    """
    path = _writable_target(Path(path))
    final_mode = mode & ~_UMASK
    if keep_mode:
        with contextlib.suppress(OSError):
            final_mode = stat.S_IMODE(os.stat(path).st_mode)
    folder = path.parent if str(path.parent) else Path(".")
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    # A lone surrogate (a stray byte of a name) must not stop a save or a report.
    payload = data.encode("utf-8", "replace") if isinstance(data, str) else data
    handle, temp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, final_mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    sync_folder(folder)


def _writable_target(path: Path) -> Path:
    """The file to replace for ``path``; OSError when it exists and is not a regular file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return path  # a new file (a dangling link is replaced by the file)
    except (OSError, ValueError) as err:
        if isinstance(err, OSError) and err.errno in (errno.ENOTDIR, errno.ELOOP):
            raise OSError(err.errno, err.strerror, str(path)) from None
        if isinstance(err, ValueError) or err.errno == errno.ENAMETOOLONG:
            raise OSError(errno.ENAMETOOLONG, "the file name is too long", str(path)) from None
        raise
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EEXIST, _not_regular(info.st_mode) + "; it is left as it is", str(path))
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def output_problem(target: Path, inputs: Iterable[Path] = ()) -> str | None:
    """Why ``target`` must not be written (not a regular file, or one of ``inputs``); else None."""
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as err:
        if isinstance(err, ValueError) or err.errno == errno.ENAMETOOLONG:
            return "the file name is too long"
        info = None  # write_atomic reports what the system says
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _not_regular(info.st_mode) + "; it is left as it is"
    real = real_path(target)
    for source in inputs:
        if _same_file(target, source) or (real is not None and real == real_path(source)):
            return "it is one of the files this command reads or writes; choose another name"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def write_output(
    target: Path, data: str | bytes, inputs: Iterable[Path] = (), *, mode: int = SHARED_MODE
) -> str | None:
    """Write a command's output file; the reason in plain words when it was not written."""
    problem = output_problem(target, inputs)
    if problem is not None:
        return problem
    try:
        write_atomic(target, data, mode=mode, make_folder=False)
    except OSError as err:
        return err.strerror or str(err)
    return None


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


def set_aside_name(path: Path, stamp: str, suffix: str) -> Path:
    """A free name ``<stem>-<stamp>[-n]<suffix>`` next to ``path`` (never one that exists)."""
    for n in range(1000):
        extra = f"-{n}" if n else ""
        candidate = path.with_name(f"{path.stem[:100]}-{stamp}{extra}{suffix}")
        if not os.path.lexists(candidate):
            return candidate
    raise OSError(errno.EEXIST, "no free name to set the file aside", str(path))


def _read_umask() -> int:
    # Reading the umask means setting it; done once, at import, before any
    # thread could create a file in the moment it is 0.
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()
