"""One palette and one spacing grid for every screen.

Colours are chosen, not computed: a warm paper, a deep ink blue for text and
one accent per meter. Every text colour is at least 4.5:1 on its background
(WCAG AA) in the normal palette and at least 7:1 (AAA) in the high-contrast
one; `Palette.text_pairs` lists the pairs so a test can hold us to that.
Meter colours are bar fills (at least 3:1 against the paper, WCAG's rule for
graphics); labels on meters stay in `ink`.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.ui.art.color import RGB, RGBA, hex_to_rgb, mix

# The 8 px grid: every margin, gap, padding and radius is a multiple of GRID.
GRID = 8
SCREEN_SIZE = (1280, 720)
MARGIN = 4 * GRID  # screen edge to content
GUTTER = 2 * GRID  # between columns and between stacked buttons
PADDING = 2 * GRID  # inside panels and buttons
RADIUS = GRID  # buttons, name plate
RADIUS_LARGE = 2 * GRID  # dialogue panel, cards
BORDER = 2  # line width of panel edges and focus rings (a hairline, not a grid step)
PORTRAIT_SIZE = (40 * GRID, 48 * GRID)  # 320 x 384, the dialogue screen's bust
BAR_HEIGHT = GRID + GRID // 2  # 12 px meter bars


def grid(steps: float) -> int:
    """Pixels for a number of grid steps (half steps allowed)."""
    return round(steps * GRID)


@dataclass(frozen=True, slots=True)
class Palette:
    high_contrast: bool
    paper: RGB  # window background
    panel: RGB  # dialogue box, cards, buttons
    panel_edge: RGB
    ink: RGB  # body text on paper and panel
    ink_soft: RGB  # secondary text: captions, reasons, hints
    accent: RGB  # primary buttons, selected choice, links
    accent_ink: RGB  # text on accent
    hover: RGB  # background of a hovered or focused choice
    focus: RGB  # focus ring
    disabled: RGB  # background of a disabled choice
    disabled_ink: RGB  # its text (still readable: the reason must be read)
    name_plate: RGB
    name_plate_ink: RGB
    meter_track: RGB  # the empty part of a bar
    calendar_calm: RGB  # the client's calendar far from the deadline
    calendar_warn: RGB  # getting close
    calendar_urgent: RGB  # at or past the deadline
    safety: RGB  # your professional safety: steady, never alarming
    good: RGB  # outcomes and positive changes
    mixed: RGB
    bad: RGB
    shadow: RGBA  # soft drop shadow under panels
    scrim: RGBA  # laid over the backdrop behind menus
    backdrop_veil: RGBA  # laid over every backdrop (high contrast darkens the scenery)

    def calendar_color(self, urgency: float) -> RGB:
        """Bar colour for urgency 0 (plenty of time) .. 1 (deadline reached)."""
        t = min(1.0, max(0.0, urgency))
        if t < 0.5:
            return mix(self.calendar_calm, self.calendar_warn, t / 0.5)
        return mix(self.calendar_warn, self.calendar_urgent, (t - 0.5) / 0.5)

    def outcome_color(self, outcome: str) -> RGB:
        """good / mixed / bad; anything else is shown as mixed."""
        return {"good": self.good, "bad": self.bad}.get(outcome, self.mixed)

    def text_pairs(self) -> dict[str, tuple[RGB, RGB]]:
        """Every (text, background) pair the screens may use, by name."""
        return {
            "ink on paper": (self.ink, self.paper),
            "ink on panel": (self.ink, self.panel),
            "ink_soft on paper": (self.ink_soft, self.paper),
            "ink_soft on panel": (self.ink_soft, self.panel),
            "ink on hover": (self.ink, self.hover),
            "accent_ink on accent": (self.accent_ink, self.accent),
            "disabled_ink on disabled": (self.disabled_ink, self.disabled),
            "name_plate_ink on name_plate": (self.name_plate_ink, self.name_plate),
            "good on panel": (self.good, self.panel),
            "mixed on panel": (self.mixed, self.panel),
            "bad on panel": (self.bad, self.panel),
        }


_CALM = Palette(
    high_contrast=False,
    paper=hex_to_rgb("#F7F2E8"),
    panel=hex_to_rgb("#FFFCF5"),
    panel_edge=hex_to_rgb("#DDD3C2"),
    ink=hex_to_rgb("#1D2B4A"),
    ink_soft=hex_to_rgb("#4B5872"),
    accent=hex_to_rgb("#2C5C8F"),
    accent_ink=hex_to_rgb("#FFFFFF"),
    hover=hex_to_rgb("#E6EEF5"),
    focus=hex_to_rgb("#2C5C8F"),
    disabled=hex_to_rgb("#EFEBE3"),
    disabled_ink=hex_to_rgb("#5F5B55"),
    name_plate=hex_to_rgb("#1D2B4A"),
    name_plate_ink=hex_to_rgb("#FFFCF5"),
    meter_track=hex_to_rgb("#E4DCCD"),
    calendar_calm=hex_to_rgb("#19766F"),
    calendar_warn=hex_to_rgb("#B8680A"),
    calendar_urgent=hex_to_rgb("#C23B3B"),
    safety=hex_to_rgb("#2F6DB0"),
    good=hex_to_rgb("#27754A"),
    mixed=hex_to_rgb("#A8650F"),
    bad=hex_to_rgb("#B03A46"),
    shadow=(29, 43, 74, 40),
    scrim=(247, 242, 232, 200),
    backdrop_veil=(0, 0, 0, 0),
)

_HIGH_CONTRAST = Palette(
    high_contrast=True,
    paper=(0, 0, 0),
    panel=(0, 0, 0),
    panel_edge=(255, 255, 255),
    ink=(255, 255, 255),
    ink_soft=(230, 230, 230),
    accent=(255, 255, 0),
    accent_ink=(0, 0, 0),
    hover=(40, 40, 0),
    focus=(255, 255, 0),
    disabled=(0, 0, 0),
    disabled_ink=(200, 200, 200),
    name_plate=(255, 255, 0),
    name_plate_ink=(0, 0, 0),
    meter_track=(70, 70, 70),
    calendar_calm=hex_to_rgb("#00E5FF"),
    calendar_warn=hex_to_rgb("#FFD400"),
    calendar_urgent=hex_to_rgb("#FF7070"),
    safety=(255, 255, 255),  # white: high contrast is black, white and yellow
    good=hex_to_rgb("#7CFF7C"),
    mixed=hex_to_rgb("#FFD400"),
    bad=hex_to_rgb("#FF8A8A"),
    shadow=(0, 0, 0, 0),
    scrim=(0, 0, 0, 225),
    backdrop_veil=(0, 0, 0, 170),
)


def palette(high_contrast: bool = False) -> Palette:
    """The calm palette, or the high-contrast one (black, white, yellow)."""
    return _HIGH_CONTRAST if high_contrast else _CALM
