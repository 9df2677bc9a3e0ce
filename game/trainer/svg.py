"""Charts drawn as inline SVG by the project itself: no plotting library, no scripts.

Every chart has a ``viewBox`` and scales to the column it sits in, so it is
sharp on screen and on paper. Text in a chart is data and goes through
``esc`` like everything else. Colours follow the game's palette
(``game.ui.art.palette``), repeated here so reports do not import the UI.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from game.trainer.htmlkit import Html, esc, number

INK = "#1D2B4A"
INK_SOFT = "#4B5872"
ACCENT = "#2C5C8F"
TRACK = "#E4DCCD"
GRIDLINE = "#E9E2D5"
GOOD = "#27754A"
MIXED = "#A8650F"
BAD = "#B03A46"
SAFETY_BLUE = "#2F6DB0"
CALENDAR = "#19766F"
URGENT = "#C23B3B"
OUTCOME_COLORS = {"good": GOOD, "mixed": MIXED, "bad": BAD}
LEVEL_COLORS = {"none": "#8A8F99", "incident": "#7FA7CF", "policy": ACCENT, "system": INK}

FONT = 12  # px in the chart's own units; charts scale, so this is relative


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    color: str = ACCENT


def _svg(width: int, height: int, title: str, body: str) -> Html:
    return Html(
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{esc(title)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{esc(title)}</title>{body}</svg>"
    )


def _text(x: float, y: float, content: str, anchor: str = "start", **style: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in style.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{FONT}"'
        f"{extra}>{esc(content)}</text>"
    )


def _shorten(label: str, width_px: float, size: int = FONT) -> str:
    fits = max(4, int(width_px / (0.56 * size)))  # average glyph of a sans-serif face
    return label if len(label) <= fits else label[: fits - 1] + "…"


# -- horizontal bars ------------------------------------------------------------------------


def bar_chart(bars: Sequence[Bar], total: int, lang: str, title: str, width: int = 640) -> Html:
    """One row per item: label, a bar scaled to the largest value, count and share."""
    row, value_w = 28, 84
    longest = max((len(b.label) for b in bars), default=4)
    label_w = int(min(width * 0.5, max(60, longest * 0.56 * FONT + 14)))
    track_w = width - label_w - value_w - 16
    peak = max((b.value for b in bars), default=0) or 1
    parts = []
    for i, bar in enumerate(bars):
        y = i * row
        length = track_w * bar.value / peak
        share = f"{bar.value} ({number(round(100 * bar.value / total), lang)}%)" if total else "0"
        parts.append(
            f"<g><title>{esc(bar.label)}: {esc(share)}</title>"
            + _text(label_w - 8, y + 18, _shorten(bar.label, label_w - 12), "end", fill=INK)
            + f'<rect x="{label_w}" y="{y + 6}" width="{track_w}" height="16" rx="3" '
            f'fill="{TRACK}" opacity="0.45"/>'
            + f'<rect x="{label_w}" y="{y + 6}" width="{max(length, 0):.1f}" height="16" rx="3" '
            f'fill="{esc(bar.color)}"/>'
            + _text(label_w + track_w + 8, y + 18, share, fill=INK_SOFT)
            + "</g>"
        )
    return _svg(width, max(row * len(bars), row), title, "".join(parts))


# -- histograms -------------------------------------------------------------------------------


def nice_step(span: int, max_bins: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 25, 50, ... that needs at most ``max_bins`` bins."""
    for magnitude in (1, 10, 100, 1000, 10_000, 100_000):
        for base in (1, 2, 2.5, 5):
            step = float(base * magnitude)
            if step.is_integer() and math.ceil(max(span, 1) / step) <= max_bins:
                return int(step)
    return max(1, span)


def bins(lo: int, hi: int, max_bins: int = 10) -> list[tuple[int, int]]:
    """Integer bins ``[a, b)`` aligned to a nice step; the last one also holds ``hi``."""
    step = nice_step(hi - lo, max_bins)
    start = (lo // step) * step
    edges: list[tuple[int, int]] = []
    a = start
    while a < hi or not edges:
        edges.append((a, a + step))
        a += step
    return edges


def histogram(
    values: Sequence[int],
    lo: int,
    hi: int,
    title: str,
    *,
    color: str = ACCENT,
    marker: tuple[int, str] | None = None,
    width: int = 270,
    height: int = 180,
) -> Html:
    """Counts per bin as columns, with the bin edges underneath and an optional marker line."""
    hi = max([hi, *values]) if values else hi
    lo = min([lo, *values]) if values else lo
    edges = bins(lo, hi)
    counts = [0] * len(edges)
    for value in values:
        index = next((i for i, (a, b) in enumerate(edges) if a <= value < b), len(edges) - 1)
        counts[index] += 1
    left, right, top, bottom = 10, 10, 36, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    col_w = plot_w / len(edges)
    peak = max(counts) or 1
    parts = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        f'stroke="{INK_SOFT}" stroke-width="1"/>'
    ]
    counts_text: list[str] = []
    for i, count in enumerate(counts):
        h = plot_h * count / peak
        x = left + i * col_w
        if count:
            parts.append(
                f'<rect x="{x + 1.5:.1f}" y="{top + plot_h - h:.1f}" width="{col_w - 3:.1f}" '
                f'height="{h:.1f}" rx="2" fill="{esc(color)}"><title>{edges[i][0]}–'
                f"{edges[i][1] - 1}: {count}</title></rect>"
            )
            label = _text(x + col_w / 2, top + plot_h - h - 5, str(count), "middle", fill=INK)
            counts_text.append(label)
    every = 1 if len(edges) <= 8 else 2
    for i in range(0, len(edges) + 1, every):
        value = edges[0][0] + i * (edges[0][1] - edges[0][0])
        x = left + i * col_w
        parts.append(_text(x, top + plot_h + 16, str(value), "middle", fill=INK_SOFT))
    if marker is not None:
        parts.append(_marker(marker, edges, left, col_w, top, plot_h))
    # Counts last, with a paper-coloured halo, so the marker line never hides one.
    halo = f'<g stroke="#fff" stroke-width="4" paint-order="stroke">{"".join(counts_text)}</g>'
    return _svg(width, height, title, "".join(parts) + halo)


def _marker(
    marker: tuple[int, str],
    edges: list[tuple[int, int]],
    left: float,
    col_w: float,
    top: float,
    plot_h: float,
) -> str:
    value, label = marker
    step = edges[0][1] - edges[0][0]
    x = left + (value - edges[0][0]) / step * col_w
    return (
        f'<line x1="{x:.1f}" y1="{top - 22}" x2="{x:.1f}" y2="{top + plot_h}" stroke="{URGENT}" '
        f'stroke-width="1.5" stroke-dasharray="4 3"/>'
        + _text(x + 4, top - 24, label, "start", fill=URGENT, font_size="11")
    )


# -- the two meters over time -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Panel:
    title: str
    values: Sequence[int]
    lo: int
    hi: int
    color: str
    line: tuple[int, str] | None = None  # a reference line: the deadline


def line_panels(panels: Sequence[Panel], x_labels: Sequence[str], title: str) -> Html:
    """Stacked line charts over the same steps (one per meter: their scales differ)."""
    width, panel_h, gap, left, right, inset = 680, 176, 18, 40, 16, 22
    plot_h = panel_h - 74  # room for the title above and the step labels below
    height = len(panels) * (panel_h + gap)
    plot_w = width - left - right
    n = max(len(x_labels) - 1, 1)
    # Points stay clear of the axis labels on both sides.
    xs = [left + inset + (plot_w - 2 * inset) * i / n for i in range(len(x_labels))]
    parts = []
    for k, panel in enumerate(panels):
        top = k * (panel_h + gap) + 48
        parts.append(_panel(panel, xs, top, plot_h, left, plot_w))
        for x, label in zip(xs, x_labels, strict=False):
            parts.append(_text(x, top + plot_h + 18, label, "middle", fill=INK_SOFT))
    return _svg(width, height, title, "".join(parts))


def _panel(panel: Panel, xs: Sequence[float], top: float, h: float, left: float, w: float) -> str:
    lo, hi = panel.lo, max(panel.hi, panel.lo + 1, *panel.values)
    lo = min(lo, *panel.values) if panel.values else lo
    hi += nice_step(hi - lo, 4) // 2  # headroom for the labels above the highest point

    def y(v: float) -> float:
        return top + h - (v - lo) / (hi - lo) * h

    parts = [_text(left - 30, top - 30, panel.title, fill=INK, font_weight="bold")]
    for tick in _ticks(lo, hi):
        parts.append(
            f'<line x1="{left}" y1="{y(tick):.1f}" x2="{left + w}" y2="{y(tick):.1f}" '
            f'stroke="{GRIDLINE}" stroke-width="1"/>'
            + _text(left - 6, y(tick) + 4, str(tick), "end", fill=INK_SOFT)
        )
    if panel.line is not None:
        value, label = panel.line
        parts.append(
            f'<line x1="{left}" y1="{y(value):.1f}" x2="{left + w}" y2="{y(value):.1f}" '
            f'stroke="{URGENT}" stroke-width="1.5" stroke-dasharray="5 3"/>'
            # At the left end: the line climbs towards the deadline on the right.
            + _text(left + 4, y(value) - 5, label, "start", fill=URGENT, font_size="11")
        )
    points = " ".join(f"{x:.1f},{y(v):.1f}" for x, v in zip(xs, panel.values, strict=False))
    parts.append(
        f'<polyline points="{points}" fill="none" stroke="{esc(panel.color)}" stroke-width="2.5" '
        'stroke-linejoin="round"/>'
    )
    for x, v in zip(xs, panel.values, strict=False):
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y(v):.1f}" r="4" fill="#fff" '
            f'stroke="{esc(panel.color)}" stroke-width="2"/>'
            + _text(
                x,
                y(v) - 9,
                str(v),
                "middle",
                fill=INK,
                font_size="11",
                stroke="#fff",
                stroke_width="3",
                paint_order="stroke",
            )
        )
    return "".join(parts)


def _ticks(lo: int, hi: int) -> list[int]:
    step = nice_step(hi - lo, 5)
    first = -(-lo // step) * step
    return list(range(first, hi + 1, step))


# -- a score range on 0..100 ---------------------------------------------------------------------


def range_bar(worst: int, best: int, own: int | None, title: str) -> Html:
    """A small track from 0 to 100 with the reachable range, and a dot for your own score."""
    width, height, pad = 150, 18, 6
    w = width - 2 * pad

    def x(v: int) -> float:
        return pad + w * max(0, min(100, v)) / 100

    body = (
        f'<rect x="{pad}" y="7" width="{w}" height="4" rx="2" fill="{TRACK}"/>'
        f'<rect x="{x(worst):.1f}" y="4" width="{max(x(best) - x(worst), 3):.1f}" height="10" '
        f'rx="3" fill="{ACCENT}"/>'
    )
    if own is not None:
        body += f'<circle cx="{x(own):.1f}" cy="9" r="4.5" fill="{URGENT}" stroke="#fff"/>'
    return _svg(width, height, title, body)
