"""The window's pure parts: wrapping, paging, layout, hit-testing, settings, saves, replay."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

import tests.ui.harness  # noqa: F401  (sets the dummy video driver before pygame is used)
from game.engine import Engine, Session, SessionState
from game.engine.model import SAFETY, WAIT
from game.scenario.loader import load_file
from game.ui.commands import Key, PointerDown, TypeText, from_event
from game.ui.fx import Fx, net_changes, signed
from game.ui.layout import group_choices, hit, hud_rows, overlaps, stack
from game.ui.paging import plan_node, sentences, text_pages
from game.ui.replay import debrief, meter_series, transcript, walk
from game.ui.saves import SaveRecord, SaveStore, parse_save, read_save
from game.ui.settings import Settings, load_settings, save_settings
from game.ui.text import paginate, wrap
from game.ui.watch import FileWatch
from game.ui.widgets import Button, Form, Switch, TextField
from tests.ui.harness import FIXTURES

Rect = pygame.Rect


def measure(text: str) -> int:
    return len(text) * 10


# -- text -------------------------------------------------------------------------


def test_wrap_keeps_every_line_within_the_width_and_loses_no_word():
    text = "Over drie weken moet ik mijn kamer uit en ik ben zeven maanden zwanger."
    lines = wrap(text, measure, 200)
    assert all(measure(line) <= 200 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_wrap_breaks_a_word_wider_than_the_box_and_keeps_paragraphs():
    lines = wrap("kort\nhoofdstukkenindelingsvoorstel", measure, 100)
    assert lines[0] == "kort"
    assert "".join(lines[1:]) == "hoofdstukkenindelingsvoorstel"
    assert all(measure(line) <= 100 for line in lines)


def test_paginate_gives_at_least_one_page():
    assert paginate([], 3) == [[]]
    assert paginate(["a", "b", "c", "d"], 3) == [["a", "b", "c"], ["d"]]


# -- layout ------------------------------------------------------------------------


def test_hit_finds_the_rectangle_under_the_pointer():
    rects = stack(10, 10, 100, [40, 40], 8)
    assert hit(rects, (50, 30)) == 0
    assert hit(rects, (50, 70)) == 1
    assert hit(rects, (50, 53)) is None  # in the gap
    assert overlaps(rects) == []


def test_hud_rows_wrap_to_a_second_row_when_full():
    area = Rect(0, 0, 500, 0)
    rects = hud_rows([200, 200, 200], 50, area, 10)
    assert rects[0].y == rects[1].y < rects[2].y
    assert all(area.x <= r.x and r.right <= area.right for r in rects)
    assert overlaps(rects) == []


def cards(width: int = 200):  # type: ignore[no-untyped-def]
    return lambda text: wrap(text, measure, width)


SANNE = (
    "Ik heb alles gedaan wat op de website stond. Ik sta ingeschreven voor een huurhuis. "
    "Ik heb urgentie aangevraagd bij de woningcorporatie, zodat ik sneller een huis krijg. "
    "Ze zeiden nee. Over drie weken moet ik weg bij Lotte. En dan? "
    "Ik kan toch niet met een baby op straat staan?"
)


def test_sentences_end_at_stops_not_at_abbreviations():
    said = sentences("Bijv. een huis. 'Nee.' Dat zei ze?\n\nEen nieuwe alinea. o.a. dit")
    assert [p.text for p in said] == [
        "Bijv. een huis.",
        "'Nee.'",
        "Dat zei ze?",
        "Een nieuwe alinea. o.a. dit",
    ]
    assert said[3].before == "\n\n"


def test_plan_node_puts_text_and_choices_together_when_they_fit():
    plan = plan_node("Kort. Heel kort.", cards(), 40, [60, 60], 400, 50)
    assert plan.pages == (("Kort. Heel kort.",),)
    assert plan.choice_groups == ((0, 1),)
    assert plan.height <= 400


@pytest.mark.parametrize("width", [200, 330, 500])
@pytest.mark.parametrize("available", [240, 330, 400])
def test_pages_break_between_sentences_and_lose_no_word(width: int, available: int):
    plan = plan_node(SANNE, cards(width), 30, [60, 60, 60], available, 50)
    text = " ".join(" ".join(page) for page in plan.pages)
    assert text.replace(" …", "").replace("… ", "").split() == SANNE.split()
    for page in plan.pages[:-1]:  # each earlier page ends a sentence or says it goes on
        assert page[-1].endswith((".", "?", "!", "…")), page
    for page in plan.pages[1:]:
        assert page and (page[0][:1].isupper() or page[0].startswith("…")), page
    assert all(len(page) * 30 <= available for page in plan.pages)
    assert plan.pages[-1], "the choices come with the end of the text"


def test_a_sentence_longer_than_a_page_breaks_at_a_word_and_is_marked():
    long = " ".join(["woord"] * 60) + "."
    pages = text_pages(sentences(long), cards(), 4)
    assert len(pages) > 1
    assert all(page[-1].endswith("…") for page in pages[:-1])
    assert pages[-1][-1].endswith(".")


def test_no_page_holds_a_lone_line_when_the_text_fits_otherwise():
    text = "Een. Twee drie vier vijf zes. Zeven acht negen tien elf. Twaalf dertien."
    pages = text_pages(sentences(text), cards(120), 4)  # greedy: 4 lines, then 1
    assert sorted(len(p) for p in pages) != [1, 4]
    assert min(len(p) for p in pages) >= 2


def test_plan_node_keeps_the_last_sentence_with_the_choices():
    plan = plan_node(SANNE, cards(330), 30, [60, 60, 60], 300, 50)
    assert plan.pages[-1][-1].endswith("op straat staan?")
    assert len(plan.pages) > 1


def test_group_choices_splits_choices_that_do_not_fit_at_once():
    groups = group_choices([150] * 5, 400, 50, 10)
    assert [i for g in groups for i in g] == list(range(5))
    assert len(groups) > 1
    assert all(sum(150 for _ in g) + 10 * (len(g) - 1) <= 400 - 50 - 10 for g in groups)


# -- commands and forms -------------------------------------------------------------


def test_pygame_events_become_commands():
    key = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_BACKSPACE, mod=0)
    assert from_event(key) == Key("backspace")
    assert from_event(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_KP3, mod=0)) == Key("3")
    click = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(3, 4), button=1)
    assert from_event(click) == PointerDown((3, 4))
    assert from_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(3, 4), button=3)) is None
    assert from_event(pygame.event.Event(pygame.TEXTINPUT, text="ë")) == TypeText("ë")


def test_form_moves_focus_past_disabled_buttons_and_edits_a_field():
    from game.ui.theme import Theme

    theme = Theme()
    form = Form(
        [
            TextField("name", Rect(0, 0, 200, 80), "Naam", "Ev"),
            Button("off", Rect(0, 100, 200, 50), "Uit", enabled=False),
            Switch("lang", Rect(0, 200, 200, 80), "Taal", [("nl", "NL"), ("en", "EN")], "nl"),
        ],
        focus=0,
    )
    assert form.handle(TypeText("a"), theme).value == "Eva"  # type: ignore[union-attr]
    assert form.handle(Key("backspace"), theme).value == "E"  # type: ignore[union-attr]
    form.handle(Key("down"), theme)
    assert form.focus == 2
    assert form.handle(Key("right"), theme).value == "en"  # type: ignore[union-attr]


# -- settings ------------------------------------------------------------------------


def test_settings_round_trip(tmp_path: Path):
    path = tmp_path / "settings.json"
    chosen = Settings(
        text_speed="instant",
        text_size=2,
        high_contrast=True,
        language="en",
        player="Eva",
        mode="facilitator",
    )
    assert save_settings(path, chosen)
    assert load_settings(path) == (chosen, None)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\xff\xfe", ""])
def test_a_corrupt_settings_file_gives_defaults_and_a_message(tmp_path: Path, content: str):
    path = tmp_path / "settings.json"
    path.write_bytes(content.encode("latin-1"))
    settings, message = load_settings(path)
    assert settings == Settings()
    assert message == "settings.unreadable"


def test_wrong_values_fall_back_one_by_one(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"text_size": 7, "language": "en", "high_contrast": "yes"}))
    settings, message = load_settings(path)
    assert settings == Settings(language="en")
    assert message == "settings.partly"


def test_missing_settings_file_is_silent(tmp_path: Path):
    assert load_settings(tmp_path / "none.json") == (Settings(), None)


# -- saves ------------------------------------------------------------------------------


def _mini() -> tuple[Engine, Path]:
    path = FIXTURES / "mini.yaml"
    result = load_file(path)
    assert result.scenario is not None
    return Engine(result.scenario), path


def test_a_save_holds_what_resuming_needs_and_reads_back(tmp_path: Path):
    engine, path = _mini()
    session = Session.begin(engine, "Eva")
    session.advance()
    session.choose(2)
    record = SaveRecord(str(path), "abc", "en", "facilitator", "Eva", session.state).stamped()
    store = SaveStore(tmp_path)
    assert store.write(record)
    data = json.loads(store.file_for(record.key).read_text())
    assert {"scenario_file", "sha256", "lang", "mode", "player", "state"} <= set(data)
    back = store.read(record.key)
    assert isinstance(back, SaveRecord)
    assert back.state == session.state
    assert (back.lang, back.mode, back.player, back.sha256) == ("en", "facilitator", "Eva", "abc")


def test_an_unreadable_save_is_reported_not_deleted(tmp_path: Path):
    store = SaveStore(tmp_path)
    bad = tmp_path / "mini.json"
    bad.write_text("{half a save")
    problem = store.latest()
    assert problem is not None and not isinstance(problem, SaveRecord)
    assert "JSON" in problem.detail
    assert bad.exists()
    moved = store.set_aside(bad)
    assert moved.exists() and not bad.exists()
    assert store.latest() is None


def test_parse_save_refuses_a_state_of_the_wrong_shape():
    with pytest.raises(ValueError):
        parse_save(
            json.dumps(
                {
                    "format": 1,
                    "scenario_file": "x",
                    "sha256": "",
                    "lang": "nl",
                    "mode": "solo",
                    "player": "",
                    "title": "",
                    "state": [1],
                }
            )
        )
    assert read_save(Path("/nonexistent/save.json")).detail  # type: ignore[union-attr]


# -- replay -------------------------------------------------------------------------------


def test_walk_rebuilds_every_step_of_a_saved_game():
    engine, _ = _mini()
    session = Session.begin(engine, "Eva")
    session.advance()
    session.choose(1)
    state = SessionState.from_json(session.state.to_json())
    moments = walk(engine, state)
    assert [m.state.node for m in moments] == list(state.trail)
    assert meter_series(moments, WAIT) == [2, 2, 32]
    assert meter_series(moments, SAFETY)[-1] == 55
    said = transcript(engine, moments, "en")
    assert [s.kind for s in said] == ["line", "line", "choice", "line"]
    assert said[2].text == "Then I'll refer her elsewhere."
    items = debrief(engine, moments, "en")
    assert len(items) == 1
    assert items[0].routine == "She doesn't meet the criteria"
    assert items[0].response == "Accept the 'no'"
    assert items[0].feedback == "Safe for you; Sanne starts over."


# -- animation and file watching ------------------------------------------------------------


def test_changes_are_summed_per_step_and_signed_with_a_real_minus():
    engine, _ = _mini()
    session = Session.begin(engine)
    session.advance()
    changes = net_changes(session.choose(2))
    assert {(c.meter, c.delta) for c in changes} == {(WAIT, 3), (SAFETY, -10)}
    assert signed(-10) == "−10" and signed(14) == "+14"
    fx = Fx()
    fx.changed(changes, {WAIT: "+3 dagen"})
    assert fx.active and fx.glow()
    while fx.update(0.25):
        pass
    assert not fx.active


def test_file_watch_notices_a_change_at_most_once_per_interval(tmp_path: Path):
    path = tmp_path / "s.yaml"
    path.write_text("a")
    watch = FileWatch(path, interval=1.0)
    assert not watch.poll(0.0)
    path.write_text("a longer text")
    assert not watch.poll(0.5)  # too soon to look
    assert watch.poll(1.0)
    assert not watch.poll(2.0)  # reported once


def test_a_list_of_key_hints_wraps_between_items_not_inside_them() -> None:
    from game.ui.text import wrap_items

    def measure(s: str) -> int:
        return len(s)

    hints = "H: wat er gezegd is · Backspace: keuze terug · Esc: menu"
    one_line = "H: wat er gezegd is  ·  Backspace: keuze terug  ·  Esc: menu"
    assert wrap_items(hints, measure, 60) == [one_line]
    assert wrap_items(hints, measure, 40) == [
        "H: wat er gezegd is",
        "Backspace: keuze terug  ·  Esc: menu",
    ]
    # An item wider than a line by itself is the only thing wrapped within.
    assert wrap_items("Backspace: keuze terug · Esc: menu", measure, 12) == [
        "Backspace:",
        "keuze terug",
        "Esc: menu",
    ]


# -- held keys and the window's own key repeat ------------------------------------------------


def test_letters_digits_and_held_keys_become_commands():
    from game.ui.commands import KeyUp, MiddleClick

    def down(key: int, mod: int = 0) -> pygame.event.Event:
        return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod)

    assert from_event(down(pygame.K_0)) == Key("0")
    assert from_event(down(pygame.K_t)) == Key("t")
    assert from_event(down(pygame.K_LCTRL, pygame.KMOD_LCTRL)) == Key("ctrl", ctrl=True)
    assert from_event(pygame.event.Event(pygame.KEYUP, key=pygame.K_RCTRL, mod=0)) == KeyUp("ctrl")
    assert from_event(down(pygame.K_F5)) == Key("f5")
    middle = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(5, 6), button=2)
    assert from_event(middle) == MiddleClick((5, 6))


def test_a_held_arrow_repeats_in_the_loop_and_never_catches_up_after_a_busy_pause():
    from game.ui.keys import KeyRepeat

    repeat = KeyRepeat()
    repeat.pressed(Key("down"), 0.0)
    frames = [round(i / 60, 4) for i in range(1, 60)]  # one second at 60 passes a second
    made = [t for t in frames if repeat.due(t) is not None]
    assert made and min(made) >= 0.4  # the first repeat after the delay
    assert len(made) <= round(0.6 / 0.04) + 1  # one every 40 ms at most, one per pass
    assert repeat.due(5.0) is None  # the loop was away for four seconds: no burst
    assert repeat.due(5.0 + 1 / 60) is None  # and the delay starts again
    repeat.released("down")
    assert all(repeat.due(6 + i / 60) is None for i in range(60))


def test_enter_is_never_repeated():
    from game.ui.keys import KeyRepeat

    repeat = KeyRepeat()
    repeat.pressed(Key("enter"), 0.0)
    assert all(repeat.due(i / 60) is None for i in range(1, 300))
    assert repeat.is_held("enter")
