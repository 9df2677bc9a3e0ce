"""Small helpers to build HTML from strings without ever letting data become markup.

Every piece of data goes through ``esc``; only the report's own templates
are raw. ``Html`` marks a string as already safe, so helpers can tell the two
apart and nothing gets escaped twice.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime


class Html(str):
    """A string that is already markup (built by these helpers)."""

    __slots__ = ()


def esc(value: object) -> Html:
    if isinstance(value, Html):
        return value
    return Html(html.escape("" if value is None else str(value), quote=True))


def tag(name: str, content: object = "", /, **attrs: object) -> Html:
    """``<name attrs>content</name>``; ``class_`` becomes ``class``; None attrs are left out."""
    return Html(f"<{name}{_attrs(attrs)}>{join_html(content)}</{name}>")


def join_html(content: object) -> Html:
    if isinstance(content, str):
        return esc(content)
    if isinstance(content, Iterable):
        return Html("".join(esc(part) if not isinstance(part, Html) else part for part in content))
    return esc(content)


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f' {name}="{esc(value)}"' if value is not True else f" {name}")
    return "".join(out)


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A number as a Dutch or English reader writes it (decimal comma in Dutch)."""
    if value is None:
        return "–"
    text = str(int(value)) if float(value).is_integer() else f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def signed(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = number(value, lang)
    return "+" + text if value > 0 else text.replace("-", "−")


def percent(part: int, whole: int, lang: str) -> str:
    if whole == 0:
        return "–"
    return number(round(100 * part / whole), lang) + "%"


def date_time(moment: datetime | None, lang: str) -> str:
    """Local time of the machine that makes the report: where the workshop was."""
    if moment is None:
        return "–"
    local = moment.astimezone()
    return local.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")
