"""Neck, ears, clothes, and what the arms do: folded (defensive) or on a pregnant belly."""

from __future__ import annotations

from collections.abc import Callable

from game.ui.art.color import RGB, darken, lighten, mix
from game.ui.art.figure.kit import (
    BODY_TOP,
    DESIGN_H,
    HEAD_X,
    HEAD_Y,
    capsule,
    crescent,
    head_outline,
    neck_width,
    shade,
)
from game.ui.art.people import TOGA, Look
from game.ui.art.shapes import Pen, Point, polygon_ellipse, rounded_rect

# ---------------------------------------------------------------- neck and ears


def draw_neck(pen: Pen, look: Look) -> None:
    width = neck_width(look)
    pen.rect(look.skin, HEAD_X - width, HEAD_Y + 20, 2 * width, BODY_TOP - HEAD_Y, radius=6)
    # The chin's shadow: the jaw line moved down, kept inside the neck.
    shadow = [(min(HEAD_X + width, max(HEAD_X - width, x)), y + 9) for x, y in head_outline(look)]
    pen.poly(shade(look.skin, 0.16), shadow)


def draw_ears(pen: Pen, look: Look) -> None:
    for side in (-1, 1):
        x = HEAD_X + side * (look.head_rx - 1)
        pen.ellipse(look.skin, x, HEAD_Y + 6, 6.5, 9)
        pen.ellipse(shade(look.skin, 0.12), x + side * 1.2, HEAD_Y + 6, 3, 5)


def draw_head(pen: Pen, look: Look) -> None:
    outline = head_outline(look)
    pen.poly(look.skin, outline)
    crescent(pen, outline, shade(look.skin, 0.08), (-5, -3))


# ---------------------------------------------------------------- the body under the clothes


def body_outline(look: Look) -> list[Point]:
    w = look.shoulders
    return rounded_rect(HEAD_X - w, BODY_TOP, 2 * w, DESIGN_H - BODY_TOP + 40, 40)


def _body(pen: Pen, look: Look, color: RGB) -> None:
    pen.poly(color, body_outline(look))
    crescent(pen, body_outline(look), shade(color, 0.1), (-14, 6))


def _neck_hole(pen: Pen, look: Look, depth: float = 8.0, rib: RGB | None = None) -> None:
    """The neck continues as a U into the garment; a rib stitches the edge."""
    width = neck_width(look)
    pen.poly(look.skin, polygon_ellipse(HEAD_X, BODY_TOP - 1, width, depth, 0, 180, 16))
    if rib:
        pen.stroke(rib, polygon_ellipse(HEAD_X, BODY_TOP - 1, width + 1.5, depth + 1.5, 0, 180,
                                        16), 3)


def _v_neck(pen: Pen, look: Look, depth: float, trim: RGB | None = None) -> None:
    width = neck_width(look) + 2
    if trim:
        pen.stroke(trim, [(HEAD_X - width - 1, BODY_TOP), (HEAD_X, BODY_TOP + depth + 1.5),
                          (HEAD_X + width + 1, BODY_TOP)], 3.5)
    pen.poly(look.skin, [(HEAD_X - width, BODY_TOP - 4), (HEAD_X + width, BODY_TOP - 4),
                         (HEAD_X, BODY_TOP + depth)])


def _collar(pen: Pen, look: Look, color: RGB, spread: float = 0.0) -> None:
    """The two points of a shirt collar either side of the neck."""
    width = neck_width(look)
    for side in (-1, 1):
        pen.poly(color, [(HEAD_X + side * (width - 1), BODY_TOP - 5),
                         (HEAD_X + side * 3, BODY_TOP + 9 + spread),
                         (HEAD_X + side * (width + 1 + spread), BODY_TOP + 12 + spread),
                         (HEAD_X + side * (width + 6), BODY_TOP - 1)])


# ---------------------------------------------------------------- outfits


def _tshirt(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    _neck_hole(pen, look, depth=9, rib=darken(look.garment, 0.14))


def _striped(pen: Pen, look: Look) -> None:
    outline = body_outline(look)
    pen.poly(look.shirt, outline)
    w = look.shoulders
    for i in range(5):
        pen.rect(look.garment, HEAD_X - w + 6, BODY_TOP + 13 + i * 13, 2 * w - 12, 6)
    crescent(pen, outline, shade(look.shirt, 0.12), (-14, 6))
    _neck_hole(pen, look, depth=9, rib=look.garment)


def _hoodie(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    hood = shade(look.garment, 0.16)
    pen.poly(hood, polygon_ellipse(HEAD_X, BODY_TOP - 2, neck_width(look) + 17, 18, -8, 188, 24))
    _neck_hole(pen, look, depth=8)
    string = lighten(look.garment, 0.6)
    for side in (-1, 1):
        x = HEAD_X + side * 9
        pen.stroke(string, [(x, BODY_TOP + 12), (x + side * 1.5, BODY_TOP + 38)], 2.2)
        pen.rect(string, x + side * 1.5 - 1.6, BODY_TOP + 36, 3.2, 6, radius=1.5)


def _cardigan(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    pen.poly(look.shirt, [(HEAD_X - 22, BODY_TOP - 1), (HEAD_X + 22, BODY_TOP - 1),
                          (HEAD_X + 11, DESIGN_H + 1), (HEAD_X - 11, DESIGN_H + 1)])
    _neck_hole(pen, look, depth=8, rib=darken(look.shirt, 0.1))
    edge = shade(look.garment, 0.18)
    for side in (-1, 1):
        pen.stroke(edge, [(HEAD_X + side * 23, BODY_TOP - 1), (HEAD_X + side * 12, DESIGN_H)], 3.4)
    for i in range(3):
        pen.circle(lighten(look.garment, 0.35), HEAD_X - 19 + i * 2.4, BODY_TOP + 22 + i * 16,
                   2.1)
    _lanyard(pen, look)


def _sweater(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    _neck_hole(pen, look, depth=10, rib=darken(look.garment, 0.14))
    width = neck_width(look)
    for side in (-1, 1):  # a shirt collar peeking out
        pen.poly(look.shirt, [(HEAD_X + side * (width - 2), BODY_TOP - 3),
                              (HEAD_X + side * 2, BODY_TOP + 10),
                              (HEAD_X + side * (width + 1), BODY_TOP + 11),
                              (HEAD_X + side * (width + 4), BODY_TOP + 1)])


def _shirt(pen: Pen, look: Look) -> None:
    """A button-down shirt, the garment colour the shirt itself, sleeves rolled out of view."""
    _body(pen, look, look.garment)
    _v_neck(pen, look, 12)
    placket = shade(look.garment, 0.1)
    pen.stroke(placket, [(HEAD_X, BODY_TOP + 12), (HEAD_X, DESIGN_H)], 2)
    for i in range(3):
        pen.circle(lighten(look.garment, 0.5), HEAD_X + 2.5, BODY_TOP + 20 + i * 16, 1.7)
    _collar(pen, look, lighten(look.garment, 0.1), spread=2)
    pen.frame(shade(look.garment, 0.14), HEAD_X - 44, BODY_TOP + 26, 22, 20, 1.6, radius=2)


def _polo(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    _v_neck(pen, look, 14)
    placket = shade(look.garment, 0.12)
    pen.rect(placket, HEAD_X - 3.5, BODY_TOP + 12, 7, 22, radius=2)
    for i in range(2):
        pen.circle(lighten(look.garment, 0.5), HEAD_X, BODY_TOP + 19 + i * 9, 1.6)
    width = neck_width(look)
    collar = lighten(look.garment, 0.12)
    for side in (-1, 1):
        pen.poly(collar, [(HEAD_X + side * (width - 1), BODY_TOP - 6),
                          (HEAD_X + side * 3, BODY_TOP + 13),
                          (HEAD_X + side * (width + 9), BODY_TOP + 8),
                          (HEAD_X + side * (width + 8), BODY_TOP - 2)])
    _clip_badge(pen, look)


def _zip_jacket(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    _neck_hole(pen, look, depth=6)
    width = neck_width(look)
    collar = shade(look.garment, 0.24)
    pen.poly(collar, [(HEAD_X - width - 4, BODY_TOP - 12), (HEAD_X + width + 4, BODY_TOP - 12),
                      (HEAD_X + width + 7, BODY_TOP + 6), (HEAD_X, BODY_TOP + 10),
                      (HEAD_X - width - 7, BODY_TOP + 6)])
    pen.poly(lighten(look.garment, 0.06), [(HEAD_X - width - 1, BODY_TOP - 10),
                                           (HEAD_X + width + 1, BODY_TOP - 10),
                                           (HEAD_X + width + 2, BODY_TOP - 4),
                                           (HEAD_X - width - 2, BODY_TOP - 4)])
    pen.stroke(darken(look.garment, 0.3), [(HEAD_X, BODY_TOP + 10), (HEAD_X, DESIGN_H)], 1.8)
    pen.rect(lighten(look.garment, 0.55), HEAD_X - 1.8, BODY_TOP + 12, 3.6, 8, radius=1.5)
    _clip_badge(pen, look)


def _blazer(pen: Pen, look: Look, tie: bool = False) -> None:
    _body(pen, look, look.garment)
    pen.poly(look.shirt, [(HEAD_X - 24, BODY_TOP - 1), (HEAD_X + 24, BODY_TOP - 1),
                          (HEAD_X, BODY_TOP + 56)])
    if tie:
        _neck_hole(pen, look, depth=5)
        _tie(pen, look)
    else:
        _v_neck(pen, look, 16)
    _collar(pen, look, darken(look.shirt, 0.07))
    lapel = shade(look.garment, 0.22)
    for side in (-1, 1):
        pen.poly(lapel, [(HEAD_X + side * 24, BODY_TOP - 2), (HEAD_X + side * 34, BODY_TOP + 14),
                         (HEAD_X + side * 27, BODY_TOP + 19), (HEAD_X + side * 32, BODY_TOP + 25),
                         (HEAD_X + side * 2, BODY_TOP + 58)])
    pen.circle(darken(look.garment, 0.35), HEAD_X + 1, BODY_TOP + 63, 2.3)


def _tie(pen: Pen, look: Look) -> None:
    knot = darken(look.accent, 0.12)
    pen.poly(knot, [(HEAD_X - 4.5, BODY_TOP + 5), (HEAD_X + 4.5, BODY_TOP + 5),
                    (HEAD_X + 3, BODY_TOP + 12), (HEAD_X - 3, BODY_TOP + 12)])
    pen.poly(look.accent, [(HEAD_X - 3, BODY_TOP + 12), (HEAD_X + 3, BODY_TOP + 12),
                           (HEAD_X + 7, BODY_TOP + 50), (HEAD_X, BODY_TOP + 58),
                           (HEAD_X - 7, BODY_TOP + 50)])


def _blazer_tie(pen: Pen, look: Look) -> None:
    _blazer(pen, look, tie=True)


def _scrubs(pen: Pen, look: Look) -> None:
    _body(pen, look, look.garment)
    _v_neck(pen, look, 26, trim=shade(look.garment, 0.2))
    pen.frame(shade(look.garment, 0.16), HEAD_X + 28, BODY_TOP + 34, 26, 24, 1.6, radius=2)
    _clip_badge(pen, look)


def _toga(pen: Pen, look: Look) -> None:
    """A judge's black gown with its white bands at the throat (the Dutch 'bef')."""
    _body(pen, look, TOGA)
    for side in (-1, 1):  # the gown's wide facings
        pen.stroke(lighten(TOGA, 0.12), [(HEAD_X + side * 22, BODY_TOP), (HEAD_X + side * 16,
                                                                          DESIGN_H)], 7)
    _neck_hole(pen, look, depth=6)
    width = neck_width(look)
    pen.poly((250, 250, 248), polygon_ellipse(HEAD_X, BODY_TOP - 1, width + 2, 9, 0, 180, 16))
    pen.poly(look.skin, polygon_ellipse(HEAD_X, BODY_TOP - 2, width - 1, 5, 0, 180, 16))
    for dx in (-7, 1):
        pen.rect((250, 250, 248), HEAD_X + dx, BODY_TOP + 3, 7, 24, radius=1.5)
    pen.stroke((226, 226, 226), [(HEAD_X, BODY_TOP + 4), (HEAD_X, BODY_TOP + 26)], 1)


def _lanyard(pen: Pen, look: Look) -> None:
    strap, top = look.accent, BODY_TOP - 3
    width = neck_width(look)
    pen.stroke(strap, [(HEAD_X - width + 2, top), (HEAD_X - 2, BODY_TOP + 32)], 3.2)
    pen.stroke(darken(strap, 0.12), [(HEAD_X + width - 2, top), (HEAD_X + 2, BODY_TOP + 32)], 3.2)
    _badge(pen, look, HEAD_X - 10, BODY_TOP + 32)


def _badge(pen: Pen, look: Look, x: float, y: float) -> None:
    pen.rect((252, 250, 244), x, y, 20, 25, radius=3)
    pen.rect(look.accent, x, y, 20, 6, radius=3)
    pen.rect(look.accent, x, y + 3, 20, 3)
    pen.rect(mix(look.skin, (255, 255, 255), 0.25), x + 3, y + 9, 6, 8, radius=1)
    pen.rect((196, 192, 182), x + 11, y + 10, 6, 2)
    pen.rect((196, 192, 182), x + 11, y + 14, 5, 2)


def _clip_badge(pen: Pen, look: Look) -> None:
    pen.rect((150, 150, 150), HEAD_X + 39, BODY_TOP + 23, 4, 6, radius=1)
    _badge(pen, look, HEAD_X + 31, BODY_TOP + 27)


OUTFIT_DRAWERS: dict[str, Callable[[Pen, Look], None]] = {
    "tshirt": _tshirt,
    "striped": _striped,
    "hoodie": _hoodie,
    "cardigan": _cardigan,
    "sweater": _sweater,
    "shirt": _shirt,
    "polo": _polo,
    "zip_jacket": _zip_jacket,
    "blazer": _blazer,
    "blazer_tie": _blazer_tie,
    "scrubs": _scrubs,
    "toga": _toga,
}


def draw_outfit(pen: Pen, look: Look) -> None:
    OUTFIT_DRAWERS[look.outfit](pen, look)


def sleeve(look: Look) -> RGB:
    """The colour of the arms: the jacket's or the jumper's, not the shirt under it."""
    return TOGA if look.outfit == "toga" else look.garment


# ---------------------------------------------------------------- a pregnant belly


def draw_belly(pen: Pen, look: Look) -> None:
    """The round of a pregnant belly at the bottom of the bust, a hand resting on it."""
    if not look.pregnant:
        return
    cloth = sleeve(look) if look.outfit not in ("striped",) else look.shirt
    cx, cy, rx, ry = HEAD_X + 4, DESIGN_H + 4, look.shoulders * 0.66, 36.0
    pen.ellipse(shade(cloth, 0.24), cx, cy + 2, rx + 3, ry + 3)
    pen.ellipse(lighten(cloth, 0.16), cx, cy, rx, ry)
    pen.stroke(shade(cloth, 0.42), polygon_ellipse(cx, cy, rx, ry, 186, 354, 24), 2.6)
    pen.stroke(lighten(cloth, 0.3), polygon_ellipse(cx - 6, cy + 4, rx * 0.72, ry * 0.72, 205, 255,
                                                    10), 3)
    _hand(pen, look, cx + rx * 0.35, cy - ry * 0.62, flat=True)


def _hand(pen: Pen, look: Look, x: float, y: float, flat: bool = False) -> None:
    """A hand seen from the back: a rounded palm and the lines between the fingers."""
    crease = shade(look.skin, 0.22)
    w, h = (26.0, 13.0) if flat else (20.0, 15.0)
    pen.poly(look.skin, rounded_rect(x - w / 2, y - h / 2, w, h, 6))
    crescent(pen, rounded_rect(x - w / 2, y - h / 2, w, h, 6), shade(look.skin, 0.1), (-2, -2))
    for i in range(3):
        fx = x - w / 4 + i * w / 4
        pen.stroke(crease, [(fx, y + (-1 if flat else 1)), (fx, y + h / 2 - 1)], 1.1)


# ---------------------------------------------------------------- folded arms


def draw_crossed_arms(pen: Pen, look: Look) -> None:
    """Arms folded across the chest, the defensive mood's body cue.

    The upper arms hang at the sides, set off from the chest by a seam; the
    forearms cross in front of the chest one over the other, casting a
    shadow on it, and each hand grips the opposite upper arm.
    """
    cloth = sleeve(look)
    w = look.shoulders
    arm, edge = lighten(cloth, 0.08), shade(cloth, 0.38)
    top = BODY_TOP + 30
    left_elbow, right_elbow = (HEAD_X - w + 16, top + 34), (HEAD_X + w - 16, top + 36)
    pen.poly(shade(cloth, 0.22), rounded_rect(HEAD_X - w + 20, top + 4, 2 * w - 40, 42, 18))
    for side, elbow in ((-1, left_elbow), (1, right_elbow)):  # upper arms, shoulder to elbow
        shoulder = (HEAD_X + side * (w - 16), BODY_TOP + 27)
        pen.poly(edge, capsule((shoulder[0] - side * 2, shoulder[1]),
                               (elbow[0] - side * 2, elbow[1]), 16.5))
        pen.poly(cloth, capsule(shoulder, elbow, 15))
    # the lower forearm: from the left elbow, under the other, to a hand on the right arm
    under_hand = (HEAD_X + w - 22, top - 2)
    pen.poly(edge, capsule(left_elbow, under_hand, 12.5))
    pen.poly(shade(arm, 0.06), capsule(left_elbow, under_hand, 11))
    _hand(pen, look, under_hand[0], under_hand[1] - 2)
    # the upper forearm: from the right elbow across to a hand on the left arm
    over_hand = (HEAD_X - w + 26, top + 4)
    pen.poly(edge, capsule(right_elbow, over_hand, 14))
    pen.poly(arm, capsule(right_elbow, over_hand, 12.5))
    pen.stroke(lighten(arm, 0.14), [(right_elbow[0] - 12, right_elbow[1] - 9),
                                    (over_hand[0] + 18, over_hand[1] - 8)], 2.2)
    cuff_x, cuff_y = over_hand[0] + 14, over_hand[1]
    pen.stroke(edge, [(cuff_x - 1, cuff_y - 11), (cuff_x + 1, cuff_y + 11)], 2.4)  # the cuff
    _hand(pen, look, over_hand[0] - 2, over_hand[1])
