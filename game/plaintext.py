"""Text on its way out to a terminal or a font, and text typed by people on its way in.

One place each:

- ``terminal_text``: what reaches a terminal. Control characters (ESC, BEL,
  ...) and format characters (bidi overrides, zero-width marks) are dropped,
  so no case text, name or path can move the cursor, retitle the window,
  clear the screen or write the clipboard; ``\\n`` and ``\\t`` stay. Every
  command writes through ``TerminalStream`` (installed by ``game.cli.main``),
  which applies it to everything printed, and whose encoding never fails:
  a character the terminal cannot show (``PYTHONIOENCODING=ascii``) becomes
  its plain letter (é -> e) or ``?``.
- ``font_text``: what reaches pygame's font. The same characters are dropped
  (a NUL makes the font raise), lone surrogates become U+FFFD, and the text is
  cut to a length any surface can hold.
- ``typed_text``: a name or other short text a person typed (``--player``,
  the title screen's name field): the same cleaning, bounded, no surrogates
  (a non-UTF-8 byte on the command line arrives as one).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import unicodedata
from typing import Any, TextIO

REPLACEMENT = "\ufffd"
# The longest text handed to one font render; a line wraps long before this.
FONT_LIMIT = 2000


_DROPPED = frozenset({"Cc", "Cf", "Zl", "Zp"})
# A lone surrogate, a private-use character, or one this Python's Unicode
# table does not know yet (JSON's "\ud823\udcd6" decodes to the
# unassigned U+18CD6): no font draws it, so the reader sees that something
# stood there.
_SHOWN_AS_REPLACEMENT = frozenset({"Cs", "Co", "Cn"})


def _clean(text: str, keep: str) -> str:
    # isprintable() is False for every character cleaned here (and for \n,
    # \t, NBSP): the common case of a plain line costs one C call.
    if text.isprintable():
        return text
    return "".join(_cleaned(ch, keep) for ch in text)


def _cleaned(ch: str, keep: str) -> str:
    if ch.isprintable() or ch in keep:
        return ch
    category = unicodedata.category(ch)
    if category in _DROPPED:
        return ""
    if category in _SHOWN_AS_REPLACEMENT:
        return REPLACEMENT
    return ch  # a space other than " " (NBSP, ...): printable enough


def terminal_text(text: str) -> str:
    """``text`` without control or format characters (line breaks and tabs kept)."""
    return _clean(text, "\n\t")


def font_text(text: str, limit: int = FONT_LIMIT) -> str:
    """``text`` safe for pygame's font: no control characters, no surrogates, bounded."""
    clean = _clean(text.replace("\t", " "), "\n")
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def typed_text(text: str, limit: int) -> str:
    """A short text a person typed: one line, visible characters, at most ``limit`` long."""
    clean = _clean(text.replace("\t", " "), "").strip()
    return clean[:limit]


# -- the terminal's encoding ------------------------------------------------------

# Typographic characters a plain terminal cannot show, in letters it can.
_PLAIN = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "–": "-",
    "—": "-",
    "−": "-",
    "…": "...",
    "·": "-",
    "•": "*",
    "→": "->",
    "←": "<-",
    "€": "EUR",
    "\u00a0": " ",
    "\u202f": " ",
}
ERRORS = "doorbraak.plain"


def _plain_letters(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a character the output cannot encode, in letters it can."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        out.append(_plain(ch, error.encoding))
    return "".join(out), error.end


def _plain(ch: str, encoding: str) -> str:
    for candidate in (_PLAIN.get(ch), unicodedata.normalize("NFKD", ch)):
        if candidate is None:
            continue
        kept = "".join(c for c in candidate if not unicodedata.combining(c))
        try:
            kept.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            continue
        if kept:
            return kept
    return "?"


codecs.register_error(ERRORS, _plain_letters)


class TerminalStream:
    """A text stream that cleans everything written through it (see ``terminal_text``).

    Not an ``io.IOBase``: those close themselves when collected, and the stream
    inside belongs to the interpreter (or to a test's capture).
    """

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner
        reconfigure = getattr(inner, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
                reconfigure(errors=ERRORS)

    def write(self, text: str) -> int:
        self.inner.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.inner.flush()

    def close(self) -> None:
        # Only after a broken pipe (game.cli): then nothing more can be said.
        self.inner.close()

    def __getattr__(self, name: str) -> Any:
        # isatty, fileno, encoding, errors, buffer, ...: those of the stream inside.
        return getattr(self.inner, name)


def as_sentence(text: str) -> str:
    """``text`` ending a sentence: a full stop added unless one is there, also inside a
    quote's closing marks ("'… niet ik.'" gets no second one)."""
    text = text.strip()
    ends = text.rstrip("'\"’”»")
    return text if ends.endswith((".", "!", "?", "…")) else f"{text}."
