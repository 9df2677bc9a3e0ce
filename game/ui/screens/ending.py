"""The ending: title, outcome, how far the breakthrough went, the score and its two
parts, a chart of both meters over the playthrough, and the debrief of the routines
met with the answer chosen and what it did.
"""

from __future__ import annotations

import pygame

from game.engine.lookback import Lookback, look_back
from game.engine.model import SAFETY, WAIT
from game.engine.model import Text as EngineText
from game.i18n import SHARED, safety_label, tr
from game.plaintext import as_sentence
from game.ui import draw
from game.ui.art.palette import GRID, MARGIN
from game.ui.commands import Command, Key
from game.ui.ending_blocks import (
    LEVELS,
    BigScore,
    Block,
    Break,
    Chart,
    Debrief,
    Ladder,
    Outcome,
    Row,
    ScorePart,
    Stack,
    Text,
    flow_blocks,
)
from game.ui.fx import Fx
from game.ui.layout import HEIGHT, WIDTH
from game.ui.playthrough import Playthrough
from game.ui.replay import DebriefItem, debrief, meter_series, walk
from game.ui.screens.base import Audit, Screen
from game.ui.widgets import Button, Form, TextBox, Widget, button_height, draw_form

Rect = pygame.Rect
PANEL = Rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN)
PAD = 3 * GRID
COLUMN_GAP = 5 * GRID


class EndingScreen(Screen):
    def __init__(self, app, play: Playthrough) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.play = play
        self.page = 0
        self.fx = Fx()
        self.pages: list[list[tuple[Block, Rect]]] = [[]]
        self.form = Form()
        self.page_label: TextBox | None = None
        self.best_pending = False  # the best score is still being worked out: look again
        self.relayout()

    # -- content ------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        """The level and the client's days lead, then safety, then the number (issue 12);
        then the game in charts, what to think about, and the routines met."""
        play, lang = self.play, self.play.lang
        view = play.session.view(lang)
        assert view.ending is not None
        moments = walk(play.engine, play.session.state)
        back = self._lookback()
        blocks: list[Block] = [
            Row(
                Stack(
                    [
                        Text(self.t("end.kicker"), "small_bold", "accent", after=GRID // 2),
                        Text(view.ending.title, "heading", after=GRID),
                        Outcome(
                            self.t(
                                "end.outcome",
                                outcome=tr(SHARED, f"outcome.{view.ending.outcome}", lang),
                            ),
                            view.ending.outcome,
                        ),
                    ]
                ),
                Stack(
                    [
                        Text(self.t("end.level"), "small_bold", "ink_soft", after=GRID),
                        Ladder(
                            tuple(self.t(f"level.{level}") for level in LEVELS),
                            LEVELS.index(view.ending.breakthrough),
                            _capital(tr(SHARED, f"breakthrough.{view.ending.breakthrough}", lang)),
                        ),
                    ]
                ),
                gap=COLUMN_GAP,
            ),
            *self._meter_blocks(),
            Break(),
            *self._score_blocks(),
            Break(page=True),
            Text(self.t("end.chart"), "label_bold", after=GRID),
            *self._charts(meter_series(moments, WAIT), meter_series(moments, SAFETY)),
            Break(),
            *self._reflection_blocks(back),
            Break(page=True),
            Text(self.t("end.debrief"), "heading", after=2 * GRID),
        ]
        items = debrief(play.engine, moments, lang)
        if not items:
            blocks.append(Text(self.t("end.debrief_none"), "label"))
        blocks += [self._debrief_block(item) for item in items]
        blocks += self._counter_move_blocks(back)
        return blocks

    def _lookback(self) -> Lookback:
        return look_back(self.play.engine, self.play.session.state)

    def _client(self) -> str:
        scenario = self.play.scenario
        return scenario.characters[scenario.client].name.render(self.play.lang)

    def _safety_label(self) -> str:
        """The case's own name for safety ("Jouw positie"), or "Jouw veiligheid"."""
        meter = self.play.scenario.meters[SAFETY]
        return safety_label(meter.label.render(self.play.lang) if meter.label else None, self.lang)

    def _meter_blocks(self) -> list[Block]:
        """The client's days, then safety with what followed the ending."""
        score, scenario, pal = self.play.session.score(), self.play.scenario, self.theme.pal
        view = self.play.session.view(self.play.lang)
        assert view.ending is not None
        client, deadline = self._client(), scenario.deadline_days
        days_key = "end.days" if score.wait_days <= deadline else "end.days_over"
        label = self._safety_label()
        safety_explain = self.t("end.safety_plain")
        if view.ending.aftermath and view.ending.aftermath_text:
            word = label[:1].lower() + label[1:]
            safety_explain = self.t(
                "end.aftermath",
                text=view.ending.aftermath_text,
                change=f"{view.ending.aftermath:+d}",
                label=word,
            )
        return [
            ScorePart(
                self.t(days_key, client=client, wait=score.wait_days, deadline=deadline),
                score.client_score,
                self.t("end.days_explain", client=client),
                pal.calendar_calm,
            ),
            ScorePart(
                self.t(
                    "end.safety_at_end",
                    label=label,
                    value=score.safety,
                    max=scenario.meters[SAFETY].max,
                ),
                score.safety_score,
                safety_explain,
                pal.safety,
            ),
        ]

    def _score_blocks(self) -> list[Block]:
        """The number, the best the case allows, and how the number adds up."""
        score, scenario = self.play.session.score(), self.play.scenario
        blocks: list[Block] = [BigScore(self.t("end.score"), score.score, self.t("end.of100"))]
        best = self._best_line()
        if best:
            blocks.append(Text(best, "label_bold", "ink", after=2 * GRID))
        if score.model == "1.1":
            label = self._safety_label()
            blocks.append(
                Text(
                    self.t(
                        "end.parts",
                        outcome=score.outcome_points,
                        level=score.breakthrough_points,
                        meters=score.meter_points,
                        meters_max=scenario.scoring.meters,
                        label=label[:1].lower() + label[1:],
                        total=score.outcome_points + score.breakthrough_points + score.meter_points,
                        top=score.top,
                    ),
                    "small",
                    "ink_soft",
                )
            )
            return blocks
        weights = scenario.weights
        mean = (
            self.t("end.score_mean")
            if weights.client == weights.safety
            else self.t(
                "end.score_weighted",
                client=self._client(),
                wc=_num(weights.client),
                ws=_num(weights.safety),
            )
        )
        return [
            *blocks,
            Text(
                self.t("end.client_part", client=self._client(), points=score.client_score),
                "small",
                "ink_soft",
                after=0,
            ),
            Text(
                self.t("end.safety_part", points=score.safety_score), "small", "ink_soft", after=0
            ),
            Text(mean, "small", "ink_soft"),
        ]

    def _best_line(self) -> str:
        job = self.play.best
        self.best_pending = job is not None and not job.done
        if job is None:
            return ""
        if self.best_pending:
            return self.t("end.best_busy")
        best = job.result()
        if best is None:
            return ""
        return self.t("end.best" if best.complete else "end.best_sample", best=best.score)

    def _reflection_blocks(self, back: Lookback) -> list[Block]:
        """The questions for the player, their own 'mag niet', and why doors opened or not."""
        render = self._render
        blocks: list[Block] = [
            Text(self.t("end.reflect"), "label_bold", after=GRID),
            Text(self.t("end.reflect_lead"), "small", "ink_soft"),
            *[Text(f"• {render(prompt)}", "label", after=GRID) for prompt in back.prompts],
            Text(self.t("end.glossary_hint"), "small", "ink_soft", after=2 * GRID),
        ]
        scenario = self.play.scenario
        if back.own:
            blocks += [
                Text(self.t("end.own"), "label_bold", after=GRID),
                Text(self.t("end.own_lead"), "small", "ink_soft"),
            ]
            for own in back.own:
                choice = scenario.choice(own.choice)
                said = as_sentence(render(choice.text)) if choice else own.choice
                if own.routine is not None:
                    routine = scenario.routines[own.routine].label.render(self.play.lang)
                    line = self.t("end.own_item", choice=said, routine=routine)
                else:
                    line = self.t("end.own_item_plain", choice=said)
                blocks.append(Text(f"• {line}", "label", after=GRID))
        if back.causes:
            blocks.append(Text(self.t("end.causes"), "label_bold", after=GRID))
            blocks += [Text(f"• {render(c.because)}", "label", after=GRID) for c in back.causes]
        return blocks

    def _counter_move_blocks(self, back: Lookback) -> list[Block]:
        """The counter-moves of every routine met, also where you did not give in."""
        scenario, lang = self.play.scenario, self.play.lang
        blocks: list[Block] = []
        for routine_id in back.routine_ids():
            routine = scenario.routines[routine_id]
            if not routine.counter_moves:
                continue
            name = routine.label.render(lang)
            blocks.append(Text(self.t("end.counter_moves", routine=name), "label_bold", after=GRID))
            blocks += [
                Text(f"• {move.render(lang)}", "label", after=GRID)
                for move in routine.counter_moves
            ]
        return blocks

    def _render(self, text: EngineText) -> str:
        state = self.play.session.state
        return text.render(self.play.lang, state.values, state.player)

    def _charts(self, waits: list[int], safety: list[int]) -> list[Block]:
        scenario, pal = self.play.scenario, self.theme.pal
        meter = scenario.meters[SAFETY]
        deadline = scenario.deadline_days
        ends = (self.t("end.start"), self.t("end.end"))
        return [
            Chart(
                self.t("end.chart_wait", client=self._client()),
                waits,
                0,
                max(deadline, *waits),
                pal.calendar_urgent if waits[-1] >= deadline else pal.calendar_calm,
                deadline,
                self.t("end.deadline"),
                ends,
            ),
            Chart(
                self._safety_label(),
                safety,
                meter.min or 0,
                meter.max or 100,
                pal.safety,
                ends=ends,
            ),
        ]

    def _debrief_block(self, item: DebriefItem) -> Block:
        speaker = item.speaker or self.t("end.someone")
        rows = [
            (self.t("end.said", speaker=speaker), "small_bold", "ink_soft"),
            (f"“{item.line}”", "label", "ink"),
            (self.t("end.routine", routine=item.routine), "label_bold", "accent"),
            (
                self.t("end.you_chose", response=item.response or self.t("end.no_type")),
                "label_bold",
                "ink",
            ),
            (self.t("end.you_said", choice=item.choice), "small", "ink_soft"),
        ]
        if item.feedback:
            rows.append((self.t("end.feedback", feedback=item.feedback), "label", "ink"))
        return Debrief(rows)

    # -- layout ----------------------------------------------------------------------

    def relayout(self) -> None:
        theme = self.theme
        inner = PANEL.inflate(-2 * PAD, -2 * PAD)
        self.form = self._buttons(inner)
        bottom = min(item.rect.y for item in self.form.items) - 2 * GRID
        frame = Rect(inner.x, inner.y, inner.width, bottom - inner.y)
        self.pages = flow_blocks(self.blocks(), theme, frame, COLUMN_GAP)
        self.page = min(self.page, len(self.pages) - 1)
        self._refresh_pager()

    def _buttons(self, inner: Rect) -> Form:
        """Pager at the bottom left, actions at the right (on a row above when they do not fit)."""
        theme = self.theme
        actions = [
            ("endings", "end.endings", "secondary"),
            ("undo", "end.undo", "secondary"),
            ("again", "end.again", "secondary"),
            ("title", "end.to_title", "primary"),
        ]
        if self.play.logger is not None:
            actions.insert(0, ("page", "end.save_page", "secondary"))
        labels = {key: self.t(text) for key, text, _ in actions}
        labels.update(prev=self.t("end.prev"), next=self.t("end.next"))
        widths = {key: theme.width(label, "label_bold") + 4 * GRID for key, label in labels.items()}
        height = max(button_height(theme, widths[k], labels[k]) for k in labels)
        label_w = theme.width(self.t("end.page", n=9, total=9), "small") + 2 * GRID
        y = inner.bottom - height
        self.page_rect = Rect(inner.x + widths["prev"] + GRID, y, label_w, height)
        items: list[Widget] = [
            Button("prev", Rect(inner.x, y, widths["prev"], height), labels["prev"]),
            Button(
                "next", Rect(self.page_rect.right + GRID, y, widths["next"], height), labels["next"]
            ),
        ]
        gap = GRID + GRID // 2
        right_w = sum(widths[k] for k, _, _ in actions) + gap * (len(actions) - 1)
        if items[1].rect.right + 3 * GRID + right_w > inner.right:
            y -= height + GRID  # no room beside the pager: one row higher
        x = inner.right - right_w
        for key, _, kind in actions:
            items.append(Button(key, Rect(x, y, widths[key], height), labels[key], kind=kind))
            x += widths[key] + gap
        focus = self.form.focus if self.form.items else len(items) - 1
        return Form(items, focus)

    def _refresh_pager(self) -> None:
        items = {item.id: item for item in self.form.items if isinstance(item, Button)}
        items["prev"].enabled = self.page > 0
        items["next"].enabled = self.page < len(self.pages) - 1
        items["undo"].enabled = self.play.session.can_undo
        text = self.t("end.page", n=self.page + 1, total=len(self.pages))
        self.page_label = TextBox(self.page_rect, (text,), "small")
        if self.form.focus is not None and not self.form.focusable(self.form.focus):
            self.form.move(1)

    # -- commands -----------------------------------------------------------------------

    def handle(self, command: Command) -> None:
        if isinstance(command, Key):
            if command.name in ("left", "right", "pageup", "pagedown"):
                self.turn(-1 if command.name in ("left", "pageup") else 1)
                return
            if command.name == "backspace":
                self.act("undo")
                return
            if command.name == "w" and not command.repeat:
                from game.ui.screens.glossary import GlossaryScreen

                self.app.push(GlossaryScreen(self.app, self.play.scenario, self.play.lang))
                return
        action = self.form_action(self.form, command)
        if action is not None and action.kind == "activate":
            self.act(action.id)

    def turn(self, delta: int) -> None:
        self.page = max(0, min(len(self.pages) - 1, self.page + delta))
        self._refresh_pager()

    def act(self, action: str) -> None:
        from game.ui import flow

        if action in ("prev", "next"):
            self.turn(-1 if action == "prev" else 1)
        elif action == "undo" and self.play.undo():
            self.app.pop()
        elif action == "again":
            origin = self.play.session.state.origin  # a game begun with --from begins there again
            flow.open_scenario(self.app, self.play.file, self.play.lang, origin)
        elif action == "title":
            flow.show_title(self.app)
        elif action == "page":
            self.save_page()
        elif action == "endings":
            from game.ui.screens.endings import EndingsScreen

            play = self.play
            self.app.push(EndingsScreen(self.app, play.scenario, play.file, play.lang))

    def save_page(self) -> None:
        """Write the trainer tools' personal debrief page next to this game's log.

        It runs the analyser, so a helper process does it while the window shows
        that it is busy (and takes no presses: one Enter saves once).
        """
        from game.ui.jobs import python_argv, run_process

        assert self.play.logger is not None
        argv = python_argv("game.ui.worker", "debrief", str(self.play.logger.path), self.play.lang)
        self.app.start_job(lambda: run_process(argv), self._page_saved, busy="busy.debrief")

    def _page_saved(self, job) -> None:  # type: ignore[no-untyped-def]
        from game.ui.screens.message import MessageScreen, Option

        answer = _worker_answer(job)
        if "path" in answer:
            title, body = self.t("end.saved_title"), self.t("end.saved_page", path=answer["path"])
        else:
            title = self.t("end.failed_title")
            body = self.t("end.page_failed", reason=answer.get("problem", "?"))
        self.app.push(
            MessageScreen(self.app, title, [body], [Option("back", self.t("end.ok"), self.app.pop)])
        )

    def update(self, dt: float) -> bool:
        if self.best_pending and self.play.best is not None and self.play.best.done:
            self.relayout()  # the best score came in
            return True
        return self.fx.update(dt) or self.best_pending

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        surface.fill(pal.paper)
        draw.panel(surface, PANEL, theme)
        for block, rect in self.pages[self.page]:
            block.draw(surface, theme, rect)
        if self.page_label is not None:
            image = theme.render(self.page_label.lines[0], "small", pal.ink_soft)
            surface.blit(image, image.get_rect(center=self.page_rect.center))
        draw_form(surface, self.form, theme)

    def audit(self) -> Audit:
        boxes = [
            box for block, rect in self.pages[self.page] for box in block.boxes(self.theme, rect)
        ]
        boxes += self.form.boxes(self.theme)
        if self.page_label is not None:
            boxes.append(self.page_label)
        rects = [rect for _, rect in self.pages[self.page]]
        return Audit(boxes, [item.rect for item in self.form.items] + [self.page_rect] + rects)


def _worker_answer(job) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The helper process's one JSON line, or the reason there is none."""
    import json

    if job.error is not None:
        return {"problem": str(job.error)}
    lines = job.result.stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else {}
    except ValueError:
        answer = {}
    if not isinstance(answer, dict) or not answer:
        detail = job.result.stderr.strip().splitlines()
        return {"problem": detail[-1] if detail else f"exit code {job.result.code}"}
    return {str(k): str(v) for k, v in answer.items()}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
