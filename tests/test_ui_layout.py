"""Every text fits its box and no buttons overlap: every node and choice of every
scenario, both languages, at the largest text size (and the other screens at all sizes).
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pygame
import pytest

from game.engine import Session
from game.engine.view import NodeView
from game.scenario.loader import load_file
from game.ui.app import App
from game.ui.dialogue_layout import page_mark_width
from game.ui.layout import CARD_PAD, SCREEN, overlaps
from game.ui.playthrough import Playthrough
from game.ui.screens.base import Audit
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.ending import EndingScreen
from game.ui.screens.errors import ErrorScreen
from game.ui.screens.history import HistoryScreen
from game.ui.screens.pause import PauseScreen
from game.ui.screens.settings import SettingsScreen
from game.ui.settings import Settings
from game.ui.strings import t
from game.ui.theme import Theme
from game.ui.watch import FileWatch
from tests.ui.harness import FIXTURES, make_app, shipped_scenarios

LARGEST = 2
SCENARIOS = [*shipped_scenarios(), FIXTURES / "rich.yaml", FIXTURES / "mini.yaml"]


def assert_fits(audit: Audit, theme: Theme, where: str) -> None:
    area = audit.area or SCREEN
    for box in audit.boxes:
        assert area.contains(box.rect), f"{where}: {box.lines} leaves the screen ({box.rect})"
        for line in box.lines:
            width = theme.width(line, box.role)
            assert width <= box.rect.width, f"{where}: '{line}' is {width}px in {box.rect.width}"
        height = len(box.lines) * theme.lh(box.role)
        assert height <= box.rect.height, f"{where}: {len(box.lines)} lines do not fit {box.rect}"
    clash = overlaps(audit.clickables)
    assert not clash, f"{where}: overlapping {[audit.clickables[i] for i in clash[0]]}"
    for rect in audit.clickables:
        assert area.contains(rect), f"{where}: {rect} leaves the screen"


@functools.cache
def _loaded(path: Path):  # type: ignore[no-untyped-def]
    """One load and one engine per case for the whole module (an engine costs ~15 ms)."""
    from game.engine import Engine

    result = load_file(path)
    assert result.scenario is not None
    return result, Engine(result.scenario)


def play_at(path: Path, node: str, lang: str) -> Playthrough:
    result, engine = _loaded(path)
    session = Session(engine, engine.start("Annemarie-Josephine", node).state)
    return Playthrough(path, result, session, lang, "solo", None, FileWatch(path))


def all_disabled(view: NodeView, play: Playthrough) -> NodeView:
    """The same node with every choice that has a reason shown disabled (reasons take room)."""
    choices = []
    for choice in view.choices:
        source = play.scenario.choice(choice.id)
        if source is not None and source.unavailable is not None:
            reason = source.unavailable.render(view_lang(play), {}, "")
            choice = dataclasses.replace(choice, available=False, number=None, reason=reason)
        choices.append(choice)
    return dataclasses.replace(view, choices=tuple(choices))


def view_lang(play: Playthrough) -> str:
    return play.lang


def check_drawn(dialogue: DialogueScreen, where: str) -> None:
    """No two drawn boxes lie on each other: while reading, with the choices, with every
    change label up and with the longest notice in the footer."""
    from game.ui.fx import Change
    from game.ui.overlap import clashes

    def assert_clear(state: str) -> None:
        drawn = dialogue.drawn()
        assert not clashes(drawn), f"{where}:{state}: {clashes(drawn)}"

    dialogue.reading.page, dialogue.reading.shown = 0, 1.0
    assert_clear("reading")
    dialogue.reading.page = dialogue.layout.last_page
    dialogue.reading.shown = float(dialogue.page_letters())
    assert_clear("last page")
    meters = [m for m in dialogue.view.meters if not m.hidden]
    changes = [Change(m.id, m.value, m.value - 12) for m in meters]
    dialogue.fx.changed(changes, {c.meter: dialogue.change_text(c) for c in changes})
    dialogue.fx.toast(dialogue.t("reload.restarted"))
    assert_clear("changes and a notice")
    for key in ("dlg.undone", "dlg.no_quick_save", "dlg.not_saved", "dlg.quick_save_failed"):
        lines = dialogue.layout.notice_lines(dialogue.t(key), dialogue.theme)
        assert len(lines) <= 2, f"{where}: the notice {key} needs {len(lines)} lines"
    dialogue.fx.clear()
    dialogue.fx.toasts.clear()


def check_dialogue(app: App, dialogue: DialogueScreen, where: str) -> None:
    check_drawn(dialogue, where)
    theme, layout = app.theme, dialogue.layout
    assert_fits(dialogue.audit(), theme, where)
    assert SCREEN.contains(layout.card)
    hud = [card.rect for card in layout.hud.cards] + [layout.hud.place_rect]
    assert not overlaps(hud), f"{where}: HUD cards overlap"
    assert all(not layout.card.colliderect(r) for r in hud), f"{where}: card under the HUD"
    if layout.plate is not None:
        assert all(not layout.plate.colliderect(r) for r in hud), f"{where}: plate under HUD"
    for group in layout.groups:
        rects = [box.rect for box in group]
        assert not overlaps(rects), f"{where}: choices overlap"
        assert all(layout.card.contains(r) for r in rects), f"{where}: a choice leaves the card"
        if layout.pager is not None:
            assert all(not layout.pager.next.colliderect(r) for r in rects)
    lh = theme.lh(layout.text_role)
    first_choice = min((b.rect.y for g in layout.groups for b in g), default=layout.footer_top)
    for page in range(len(layout.plan.pages)):
        bottom = layout.text_top + len(layout.page_lines(page)) * lh
        limit = first_choice if page == layout.last_page else layout.footer_top
        assert bottom <= limit, f"{where}: page {page} runs into the choices or the hints"
    lowest = max((b.rect.bottom for g in layout.groups for b in g), default=0)
    if layout.pager is not None:
        lowest = max(lowest, layout.pager.next.bottom)
    assert lowest <= layout.footer_top, f"{where}: choices run into the hints"
    assert layout.footer_top + layout.footer_height <= layout.card.bottom - CARD_PAD
    # The hints leave room for the page count ("1/2") at their right.
    room = layout.card.right - CARD_PAD - layout.text_left - page_mark_width(theme)
    for line in layout.footer_read:
        assert theme.width(line, "small") <= room, f"{where}: hint runs into the page count"
    # A key hint ("Esc: menu") is never split over two rows.
    keys = t("dlg.hint_keys", dialogue.lang)
    for item in (part.strip() for part in keys.split("·")):
        if theme.width(item, "small") <= room:
            assert any(item in line for line in layout.footer_read), f"{where}: {item!r} split"


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_every_node_fits_at_the_largest_text_size(tmp_path: Path, path: Path, lang: str):
    app = make_app(tmp_path, settings=Settings(text_size=LARGEST, language=lang))
    scenario = load_file(path).scenario
    assert scenario is not None
    for node in scenario.nodes:
        play = play_at(path, node, lang)
        dialogue = DialogueScreen(app, play)
        check_dialogue(app, dialogue, f"{path.stem}:{node}:{lang}")
        if any(c.reason is None for c in dialogue.view.choices):
            dialogue.view = all_disabled(dialogue.view, play)
            from game.ui.dialogue_layout import build_dialogue

            dialogue.layout = build_dialogue(dialogue.view, dialogue.layout.hud, app.theme, lang)
            check_dialogue(app, dialogue, f"{path.stem}:{node}:{lang}:disabled")


@pytest.mark.parametrize("size", [0, 1, 2])
def test_the_rich_fixture_fits_at_every_text_size(tmp_path: Path, size: int):
    app = make_app(tmp_path, settings=Settings(text_size=size))
    path = FIXTURES / "rich.yaml"
    for node in ("balie", "bas", "thuis", "einde_goed"):
        check_dialogue(app, DialogueScreen(app, play_at(path, node, "nl")), f"{node}:{size}")


def test_long_text_is_paged_and_many_choices_are_grouped(tmp_path: Path):
    app = make_app(tmp_path, settings=Settings(text_size=LARGEST))
    balie = DialogueScreen(app, play_at(FIXTURES / "rich.yaml", "balie", "nl"))
    assert len(balie.layout.plan.pages) > 1
    bas = DialogueScreen(app, play_at(FIXTURES / "rich.yaml", "bas", "nl"))
    assert len(bas.layout.groups) > 1
    assert bas.layout.pager is not None
    shown = [b.index for g in bas.layout.groups for b in g]
    assert sorted(shown) == list(range(len(bas.view.choices)))


@pytest.mark.parametrize("size", [0, 1, 2])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_other_screens_fit_at_every_text_size(tmp_path: Path, size: int, lang: str):
    app = make_app(
        tmp_path,
        FIXTURES,
        Settings(text_size=size, language=lang, player="Annemarie-Josephine van den Berg"),
    )
    assert_fits(app.top.audit(), app.theme, f"title:{size}:{lang}")  # type: ignore[union-attr]
    play = play_at(FIXTURES / "rich.yaml", "balie", lang)
    play.session = Session.begin(play.scenario, "Eva")
    play.session.advance()
    play.session.choose(1)
    while play.session.can_advance:
        play.session.advance()
    dialogue = DialogueScreen(app, play)
    app.push(dialogue)
    for screen in (PauseScreen(app, dialogue), SettingsScreen(app), HistoryScreen(app, play)):
        assert_fits(screen.audit(), app.theme, f"{type(screen).__name__}:{size}:{lang}")
    play.start_log(tmp_path / "logs")  # with a log, the ending offers one button more
    ending = EndingScreen(app, play)
    for page in range(len(ending.pages)):
        ending.page = page
        assert_fits(ending.audit(), app.theme, f"ending page {page}:{size}:{lang}")
    app.push(ending)
    from tests.ui.harness import screenshot

    screenshot(app, f"ending_buttons_size{size}_{lang}")
    play.close_log()
    errors = ErrorScreen(app, load_file(FIXTURES / "broken.yaml"))
    assert_fits(errors.audit(), app.theme, f"errors:{size}:{lang}")


def test_ending_pages_hold_every_debrief_item(tmp_path: Path):
    app = make_app(tmp_path, settings=Settings(text_size=LARGEST))
    path = SCENARIOS[0]
    play = play_at(path, load_file(path).scenario.start, "nl")  # type: ignore[union-attr]
    while not play.session.over:
        if play.session.can_advance:
            play.session.advance()
        else:
            play.session.choose(1)
    ending = EndingScreen(app, play)
    from game.ui.ending_blocks import Debrief

    placed = [b for page in ending.pages for b, _ in page if isinstance(b, Debrief)]
    from game.ui.replay import debrief, walk

    assert len(placed) == len(debrief(play.engine, walk(play.engine, play.session.state), "nl"))
    assert pygame.display.get_surface() is not None


# -- pages that read well: every node of every case, every size, solo and on a projector -------

SENTENCE_END = (".", "?", "!", "…", "'", '"', "”", "’", ":")


def check_pages(layout, view, where: str) -> None:  # type: ignore[no-untyped-def]
    pages = layout.plan.pages
    for number, page in enumerate(pages):
        last = number == len(pages) - 1
        if not last:
            assert page and page[-1].rstrip().endswith(SENTENCE_END), f"{where}: {page[-1]!r}"
            assert page[0][:1] not in ",;", f"{where}: page {number + 2} starts mid-sentence"
        if len(pages) > 1 and len(page) == 1 and not (last and view.choices):
            raise AssertionError(f"{where}: page {number + 1} of {len(pages)} is one line")
    if view.choices and len(pages) > 1:
        assert pages[-1], f"{where}: the choices come without the end of the text"


# The projector shows one size larger; its largest size is the solo largest size.
SIZES = [(0, False), (1, False), (2, False), (0, True), (1, True)]


@pytest.mark.parametrize(("size", "projector"), SIZES, ids=lambda v: str(v))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pages_break_at_sentence_ends_and_hold_more_than_one_line(
    lang: str, size: int, projector: bool
):
    from game.ui.dialogue_layout import build_dialogue
    from game.ui.facilitator import projector_theme
    from game.ui.hud import build_hud

    pygame.font.init()
    theme = projector_theme(Theme(size)) if projector else Theme(size)
    from game.engine import Engine
    from game.engine.view import render_view

    for path in shipped_scenarios():
        scenario = load_file(path).scenario
        assert scenario is not None
        engine = Engine(scenario)  # one engine per case: building one costs more than a layout
        for node in scenario.nodes:
            view = render_view(engine, engine.start("Annemarie-Josephine", node).state, lang)
            title = scenario.title.render(lang)
            hud = build_hud(scenario, view.meters, lang, view.place_name, title, theme)
            layout = build_dialogue(view, hud, theme, lang)
            check_pages(layout, view, f"{path.stem}:{node}:{lang}:{size}:{projector}")


@pytest.mark.parametrize(
    ("size", "contrast"), [(0, False), (1, False), (0, True)], ids=["normal", "large", "contrast"]
)
def test_nothing_is_drawn_over_anything_at_the_other_sizes(
    tmp_path: Path, size: int, contrast: bool
):
    app = make_app(tmp_path, settings=Settings(text_size=size, high_contrast=contrast))
    for path in shipped_scenarios():
        scenario = load_file(path).scenario
        assert scenario is not None
        for node in scenario.nodes:
            dialogue = DialogueScreen(app, play_at(path, node, "nl"))
            check_drawn(dialogue, f"{path.stem}:{node}:{size}:{contrast}")
