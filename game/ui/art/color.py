"""Colour arithmetic shared by the palette, the portraits and the backdrops."""

from __future__ import annotations

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]


def hex_to_rgb(text: str) -> RGB:
    """Parse "#rrggbb" or "#rgb"; raise ValueError on anything else."""
    digits = text.strip().removeprefix("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {text!r}")
    value = int(digits, 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def clamp(value: float) -> int:
    return max(0, min(255, round(value)))


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Linear mix: t=0 gives a, t=1 gives b."""
    return (
        clamp(a[0] + (b[0] - a[0]) * t),
        clamp(a[1] + (b[1] - a[1]) * t),
        clamp(a[2] + (b[2] - a[2]) * t),
    )


def darken(color: RGB, amount: float) -> RGB:
    return mix(color, (0, 0, 0), amount)


def lighten(color: RGB, amount: float) -> RGB:
    return mix(color, (255, 255, 255), amount)


def with_alpha(color: RGB, alpha: int) -> RGBA:
    return color[0], color[1], color[2], alpha


def relative_luminance(color: RGB) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def mute(color: RGB, toward: RGB, amount: float = 0.25) -> RGB:
    """Pull a colour toward a calm base (used to keep scenery quiet)."""
    grey = round(0.3 * color[0] + 0.59 * color[1] + 0.11 * color[2])
    desaturated = mix(color, (grey, grey, grey), amount * 0.6)
    return mix(desaturated, toward, amount)
