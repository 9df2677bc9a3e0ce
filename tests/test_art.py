"""The game's look: palette, font, portraits and backdrops (headless)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pytest

from game.paths import ASSETS_DIR
from game.ui.art import backdrops, fonts, palette, portraits
from game.ui.art.backdrops import SCENE_KINDS, draw_backdrop, load_backdrop, place_kind
from game.ui.art.color import contrast_ratio, hex_to_rgb
from game.ui.art.people import ROLE_OUTFITS
from game.ui.art.portraits import MOODS, ROLES, draw_portrait, load_portrait, look_for

REPO = Path(__file__).resolve().parents[1]
SIZE = (160, 192)


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    pygame.font.init()


def pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def fresh_portrait(character_id: str, role: str, mood: str, size: tuple[int, int]) -> bytes:
    portraits._portrait.cache_clear()
    return pixels(draw_portrait(look_for(character_id, role), mood, size))


def portrait_of(
    character_id: str, role: str, mood: str = "neutral", color: str | None = None
) -> pygame.Surface:
    return draw_portrait(look_for(character_id, role, color), mood, SIZE)


# ---------------------------------------------------------------- palette


@pytest.mark.parametrize("high_contrast", [False, True])
def test_text_colours_are_readable(high_contrast: bool) -> None:
    pal = palette.palette(high_contrast)
    needed = 7.0 if high_contrast else 4.5
    for name, (fg, bg) in pal.text_pairs().items():
        assert contrast_ratio(fg, bg) >= needed, name


def test_high_contrast_text_on_background_is_aaa() -> None:
    pal = palette.palette(True)
    assert contrast_ratio(pal.ink, pal.paper) >= 7
    assert contrast_ratio(pal.ink, pal.panel) >= 7
    assert pal.high_contrast and not palette.palette(False).high_contrast


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert contrast_ratio(hex_to_rgb("#777777"), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_meter_fills_stand_out_from_paper_and_calendar_warms() -> None:
    pal = palette.palette(False)
    for color in (pal.calendar_calm, pal.calendar_warn, pal.calendar_urgent, pal.safety):
        assert contrast_ratio(color, pal.paper) >= 3
    assert pal.calendar_color(0) == pal.calendar_calm
    assert pal.calendar_color(0.5) == pal.calendar_warn
    assert pal.calendar_color(1) == pal.calendar_urgent
    assert pal.calendar_color(7) == pal.calendar_urgent
    assert pal.calendar_color(0.75)[0] > pal.calendar_color(0.25)[0]  # redder as time runs out
    assert pal.outcome_color("good") == pal.good and pal.outcome_color("?") == pal.mixed


def test_spacing_sits_on_the_8px_grid() -> None:
    for value in (
        palette.MARGIN,
        palette.GUTTER,
        palette.PADDING,
        palette.RADIUS,
        palette.RADIUS_LARGE,
        *palette.PORTRAIT_SIZE,
    ):
        assert value % palette.GRID == 0
    assert palette.grid(3) == 24 and palette.grid(0.5) == 4


# ---------------------------------------------------------------- fonts


@pytest.mark.parametrize(("bold", "italic"), [(False, False), (True, False), (False, True)])
def test_font_has_every_dutch_character(bold: bool, italic: bool) -> None:
    font = fonts.load_font(24, bold=bold, italic=italic)
    for ch in "ëéïóü‘’“”–—€":
        assert font.metrics(ch)[0] is not None, ch
        assert font.size(ch)[0] > 0, ch
        assert fonts.has_glyph(font, ch), ch
    assert fonts.missing_characters(font) == ""


def test_glyph_check_notices_a_missing_character() -> None:
    assert not fonts.has_glyph(fonts.load_font(24), "あ")


def test_fonts_are_cached_and_licensed() -> None:
    assert fonts.load_font(30) is fonts.load_font(30)
    assert fonts.load_font(30) is not fonts.load_font(30, bold=True)
    licence = (ASSETS_DIR / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_missing_font_file_is_an_error_not_a_fallback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "FONTS_DIR", tmp_path)
    fonts.load_font.cache_clear()
    try:
        with pytest.raises(fonts.FontError):
            fonts.load_font(24)
    finally:
        fonts.load_font.cache_clear()


# ---------------------------------------------------------------- portraits


def test_portrait_is_deterministic_and_transparent() -> None:
    first = fresh_portrait("sanne", "client", "worried", SIZE)
    assert first == fresh_portrait("sanne", "client", "worried", SIZE)
    surface = portrait_of("sanne", "client", "worried")
    assert surface.get_size() == SIZE
    assert surface.get_flags() & pygame.SRCALPHA
    assert surface.get_at((0, 0)).a == 0  # a transparent corner
    assert surface.get_at((SIZE[0] // 2, SIZE[1] // 2)).a == 255  # a solid face


def test_portrait_is_the_same_in_another_process() -> None:
    """Seeded with SHA-256, not Python's salted hash: a new process draws the same person."""
    code = (
        "import hashlib, os, pygame\n"
        "from game.ui.art.portraits import draw_portrait, look_for\n"
        "s = draw_portrait(look_for('sanne', 'client'), 'sad', (80, 96))\n"
        "print(hashlib.sha256(pygame.image.tobytes(s, 'RGBA')).hexdigest())\n"
    )
    env = dict(
        os.environ, PYTHONHASHSEED="12345", SDL_VIDEODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    here = hashlib.sha256(pixels(draw_portrait(look_for("sanne", "client"), "sad", (80, 96))))
    assert out == here.hexdigest()


def test_different_ids_give_different_people() -> None:
    ids = ["sanne", "marloes", "ahmed", "ingrid", "kees", "yvonne", "jayden", "fatima"]
    images = {pid: pixels(portrait_of(pid, "client")) for pid in ids}
    for a, b in combinations(ids, 2):
        assert images[a] != images[b], (a, b)
    looks = [look_for(f"person{i}", "client") for i in range(60)]
    assert len({look.hair_style for look in looks}) >= 6
    assert len({look.skin_tone for look in looks}) >= 5
    assert len({look.hair_color for look in looks}) >= 5
    assert {look.presentation for look in looks} == {"woman", "man", "neutral"}


@pytest.mark.parametrize("role", ROLES)
def test_every_mood_renders_and_moods_differ(role: str) -> None:
    look = look_for("marloes", role)
    images = {mood: pixels(draw_portrait(look, mood, SIZE)) for mood in MOODS}
    for mood, image in images.items():
        assert any(image[3::4]), mood  # something opaque was drawn
    for a, b in combinations(MOODS, 2):
        assert images[a] != images[b], (role, a, b)


def test_unknown_mood_is_neutral_and_dutch_words_are_understood() -> None:
    neutral = pixels(portrait_of("kees", "manager"))
    assert pixels(portrait_of("kees", "manager", "flabbergasted")) == neutral
    assert pixels(portrait_of("kees", "manager", "")) == neutral
    worried = pixels(portrait_of("kees", "manager", "worried"))
    assert pixels(portrait_of("kees", "manager", "Bezorgd")) == worried
    assert portraits.canonical_mood("geïrriteerd") == "annoyed"


@pytest.mark.parametrize("role", ROLES)
def test_the_role_chooses_the_clothes_and_unknown_role_is_other(role: str) -> None:
    for i in range(20):
        assert look_for(f"p{i}", role).outfit in ROLE_OUTFITS[role]
    assert look_for("alex", "wizard") == look_for("alex", "other")


def test_colour_dresses_the_character_and_bad_colour_is_ignored() -> None:
    look = look_for("sanne", "client", "#aa3355", {"outfit": "tshirt"})
    assert look.garment == (0xAA, 0x33, 0x55)
    assert look_for("sanne", "client", "teal-ish").garment == look_for("sanne", "client").garment
    surface = draw_portrait(look, "neutral", (200, 240))
    found = {tuple(surface.get_at((x, 232)))[:3] for x in range(20, 180, 4)}
    assert any(
        sum(abs(a - b) for a, b in zip(c, (0xAA, 0x33, 0x55), strict=True)) < 30 for c in found
    )


def test_portraits_are_cached() -> None:
    look = look_for("ingrid", "director", "#335577")
    assert draw_portrait(look, "happy", SIZE) is draw_portrait(look, "happy", SIZE)


def test_load_portrait_scales_a_file_and_survives_bad_ones(tmp_path: Path) -> None:
    image = pygame.Surface((100, 50), pygame.SRCALPHA)
    image.fill((10, 200, 30, 255))
    path = tmp_path / "face.png"
    pygame.image.save(image, path)
    loaded = load_portrait(path, (160, 192))
    assert loaded is not None and loaded.get_size() == (160, 192)
    assert loaded.get_at((80, 191))[:3] == (10, 200, 30)  # bottom-centred
    assert loaded.get_at((80, 0)).a == 0
    assert load_portrait(path, (160, 192)) is loaded
    broken = tmp_path / "broken.png"
    broken.write_text("not an image", encoding="utf-8")
    assert load_portrait(broken, (160, 192)) is None
    assert load_portrait(tmp_path / "missing.png", (160, 192)) is None


# ---------------------------------------------------------------- backdrops


@pytest.mark.parametrize("kind", SCENE_KINDS)
def test_every_backdrop_kind_renders_at_window_size(kind: str) -> None:
    surface = draw_backdrop(kind, (1280, 720), "seed")
    assert surface.get_size() == (1280, 720)
    colours = {tuple(surface.get_at((x, y))) for x in range(0, 1280, 97) for y in range(0, 720, 71)}
    assert len(colours) > 8, "a scene, not a flat fill"


def test_backdrops_are_deterministic_cached_and_seeded() -> None:
    first = pixels(draw_backdrop("office", (320, 180), "wijkteam"))
    backdrops._backdrop.cache_clear()
    assert pixels(draw_backdrop("office", (320, 180), "wijkteam")) == first
    assert draw_backdrop("office", (320, 180), "wijkteam") is draw_backdrop(
        "office", (320, 180), "wijkteam"
    )
    assert pixels(draw_backdrop("office", (320, 180), "another place")) != first
    kinds = {kind: pixels(draw_backdrop(kind, (320, 180), "x")) for kind in SCENE_KINDS}
    assert len(set(kinds.values())) == len(SCENE_KINDS)
    assert pixels(draw_backdrop("castle", (320, 180), "x")) == kinds["neutral"]


def test_backdrops_fit_other_aspects() -> None:
    assert draw_backdrop("street", (1920, 1080), "s").get_size() == (1920, 1080)
    assert draw_backdrop("home", (800, 800), "s").get_size() == (800, 800)
    assert draw_backdrop("counter", (1, 1), "s").get_size() == (1, 1)


@pytest.mark.parametrize(
    ("place_id", "name", "kind"),
    [
        ("kantoor", "", "office"),
        ("wijkteam", "Het wijkteam", "office"),
        ("office", "Our office", "office"),
        ("spreekkamer", "", "consulting_room"),
        ("overleg", "Casusoverleg", "meeting_room"),
        ("intervisie", "", "meeting_room"),
        ("vergaderzaal", "", "meeting_room"),
        ("meeting", "Meeting room", "meeting_room"),
        ("balie", "", "counter"),
        ("loket_wmo", "Wmo-loket", "counter"),
        ("corporatie", "Woningcorporatie De Sleutel", "counter"),
        ("counter", "", "counter"),
        ("straat", "", "street"),
        ("buiten", "", "street"),
        ("bushalte", "", "street"),
        ("street", "", "street"),
        ("kamer_sanne", "Sannes kamer", "bedroom"),
        ("thuis", "", "living_room"),
        ("woning", "", "living_room"),
        ("huis", "", "living_room"),
        ("home", "", "living_room"),
        ("room", "", "bedroom"),
        ("keuken", "Aan de keukentafel", "kitchen"),
        ("p1", "Ergens anders", "neutral"),
        ("p2", "Ziekenhuis, kraamafdeling", "hospital_ward"),
        ("p3", "Hospital, maternity ward", "hospital_ward"),
        ("p4", "Verloskundigenpraktijk", "midwife_practice"),
        ("p5", "Huisartsenpraktijk", "midwife_practice"),
        ("p6", "Rechtbank, zittingszaal", "courtroom"),
        ("p7", "Court, hearing room", "courtroom"),
        ("p8", "School, kamer van de zorgcoördinator", "school"),
        ("p9", "De nachtopvang", "shelter_intake"),
        ("p10", "Gemeentehuis", "counter"),
        ("p11", "Ziekenhuis", "hospital_ward"),
        ("p12", "Gemeentehuis, vergaderzaal", "meeting_room"),
        # places of the scenarios in scenarios/
        ("wijkteam_kantoor", "Wijkteam, kantoortuin", "office_floor"),
        ("balie_gemeente", "Stadskantoor, balie Werk en Inkomen", "counter"),
        ("kantoor_jurist", "Stadskantoor, juridische zaken", "office"),
        ("raadzaal", "Stadhuis, zaal van de doorbraaktafel", "town_hall_room"),
        ("p13", "City hall, breakthrough table room", "town_hall_room"),
        ("balie_opvang", "Opvang, intakebalie", "shelter_intake"),
        ("studio_sanne", "Sannes nieuwe plek", "studio_flat"),
        ("home_kamer", "Sannes nieuwe kamer", "studio_flat"),
        ("office_manager", "Gemeentehuis, kamer van de manager", "office"),
        ("street_galerij", "De galerij voor de flat", "walkway"),
        ("street_bushalte", "Bushalte bij de verloskundigenpraktijk", "street"),
        ("p14", "Bus stop near the midwives' practice", "street"),
        ("meeting_room_rechtbank", "Rechtbank, zittingszaal", "courtroom"),
        ("meeting_room_school", "School, kamer van de zorgcoördinator", "school"),
        ("meeting_room_kredietbank", "Kredietbank, spreekkamer", "consulting_room"),
        ("home_vriendin", "Bij een vriendin op de bank", "living_room"),
        ("p15", "Neighbourhood team, your desk", "office"),
        ("p16", "Bedrijventerrein", "neutral"),
        ("", "", "neutral"),
    ],
)
def test_place_kind_reads_dutch_and_english(place_id: str, name: str, kind: str) -> None:
    assert place_kind(place_id, name) == kind


def test_load_backdrop_covers_and_survives_bad_files(tmp_path: Path) -> None:
    image = pygame.Surface((400, 100))
    image.fill((200, 100, 50))
    path = tmp_path / "bg.png"
    pygame.image.save(image, path)
    loaded = load_backdrop(path, (320, 180))
    assert loaded is not None and loaded.get_size() == (320, 180)
    assert loaded.get_at((0, 0))[:3] == (200, 100, 50)  # covered, no bars
    assert load_backdrop(tmp_path / "nope.png", (320, 180)) is None
