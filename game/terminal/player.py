"""The terminal player: plain lines that read well aloud, for screen readers and pipes.

No colours, no boxes, no cursor tricks: every line is a full sentence, the
choices are numbered lines, and the status after each step is spelled out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from game.engine import EngineError, Event, MeterChanged, NodeEntered, Session
from game.engine.lookback import Lookback, look_back
from game.engine.model import SAFETY, WAIT, Text
from game.engine.score import Score
from game.engine.state import SessionState
from game.i18n import SHARED, days, safety_label, safety_word, tr
from game.numbers import is_digits
from game.plaintext import as_sentence
from game.terminal.strings import STRINGS

if TYPE_CHECKING:
    from game.bestscore import BestScore

# The built-in names of the meters: a scenario that renames safety ("Jouw positie") is
# shown with its own name, the built-in one as "Jouw veiligheid".

EXIT_OK = 0
EXIT_STOPPED = 3
# Steps that go on by themselves (``next``) in a row before play stops: a
# case that loops without a choice is refused by validate (DB305), but a loop
# whose way out depends on values can still turn forever.
MAX_STEPS_WITHOUT_CHOICE = 10_000


def _netted(changes: list[MeterChanged]) -> list[MeterChanged]:
    first: dict[str, MeterChanged] = {}
    last: dict[str, MeterChanged] = {}
    for change in changes:
        if isinstance(change.new, bool):
            continue  # a flag, not a meter
        first.setdefault(change.name, change)
        last[change.name] = change
    return [
        MeterChanged(name, first[name].old, last[name].new, last[name].cause)
        for name in first
        if int(first[name].old) != int(last[name].new)
    ]


class ChoiceListError(Exception):
    """An item of --choices that does not fit (exit code 2)."""


@dataclass
class PlayResult:
    exit_code: int
    summary: dict[str, object]


@dataclass
class TerminalPlayer:
    session: Session
    lang: str
    out: TextIO
    read_line: Callable[[], str] | None = None  # None: non-interactive (--choices)
    choices: list[str] = field(default_factory=list)
    log_path: Path | None = None  # the session log, for the personal debrief offer
    # False when answers come from a pipe: nothing echoes them, so the player
    # ends each prompt's line itself (and --json's line stays a line of its own).
    input_echoed: bool = True
    # The best score the case allows, once known: waits at most the seconds given.
    best: Callable[[float], BestScore | None] | None = None
    _changes: list[MeterChanged] = field(default_factory=list)
    _looked_back: tuple[SessionState, Lookback] | None = None

    def __post_init__(self) -> None:
        self.session.subscribe(self._on_event)

    # -- output ---------------------------------------------------------------

    def say(self, line: str = "") -> None:
        self.out.write(line + "\n")
        self.out.flush()

    def ask(self, prompt: str) -> str:
        """Write ``prompt``, read one line of input ("" at the end of input)."""
        assert self.read_line is not None
        self.out.write(prompt)
        self.out.flush()
        line = self.read_line()
        if not line.endswith("\n") or not self.input_echoed:
            self.say()  # end of input, or a pipe: finish the prompt's line
        return line

    def t(self, key: str, **values: object) -> str:
        return tr(STRINGS, key, self.lang, **values)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, MeterChanged):
            if not event.aftermath:  # the ending says what follows it, with the reason
                self._changes.append(event)
        elif isinstance(event, NodeEntered) and event.by_deadline:
            self.say(self.t("deadline_hit"))

    def show_title(self) -> None:
        scenario = self.session.scenario
        self.say(self.t("title", title=scenario.title.render(self.lang)))
        self.say()

    def show_node(self, last_place: str | None) -> str | None:
        view = self.session.view(self.lang)
        if view.place_name and view.place != last_place:
            self.say(self.t("place", place=view.place_name))
        who = view.speaker_name or self.t("narration")
        if view.speaker_title:
            who = f"{who} ({view.speaker_title})"
        self.say(f"{who}: {view.text}")
        return view.place

    def show_choices(self) -> None:
        for choice in self.session.view(self.lang).choices:
            if choice.available:
                self.say(f"{choice.number}. {choice.text}")
            else:
                self.say(self.t("disabled", text=as_sentence(choice.text), reason=choice.reason))

    def show_changes(self) -> None:
        """One net change per meter for the step ("-2, then +4 safety" is "+2 safety")."""
        texts = [self._change_text(c) for c in _netted(self._changes)]
        parts = [text for text in texts if text]
        self._changes.clear()
        if parts:
            self.say(self.t("changes", changes=", ".join(parts)))

    def _change_text(self, change: MeterChanged) -> str | None:
        scenario = self.session.scenario
        meter = scenario.meters.get(change.name)
        if meter is None or meter.hidden:
            return None
        delta = int(change.new) - int(change.old)
        sign = "+" if delta > 0 else "-"
        if change.name == WAIT:
            span = days(abs(delta), self.lang)
            return self.t("change_wait", sign=sign, days=span, client=self._client())
        label = meter.label.render(self.lang) if meter.label else meter.id
        if change.name == SAFETY:
            word = safety_word(meter.label.render(self.lang) if meter.label else None, self.lang)
            return self.t("change_safety", sign=sign, n=abs(delta), label=word)
        return self.t("change_meter", sign=sign, n=abs(delta), label=label)

    def show_status(self) -> None:
        scenario, values = self.session.scenario, self.session.state.values
        wait, deadline = int(values[WAIT]), scenario.deadline_days
        key = "status" if wait < deadline else "status_over"
        self.say(
            self.t(key, client=self._client(), wait=wait, deadline=deadline, left=deadline - wait)
        )
        safety = scenario.meters[SAFETY]
        label = self._safety_label()
        if label == self.t("your_safety"):
            self.say(self.t("safety", value=values[SAFETY], max=safety.max))
        else:
            self.say(self.t("safety_label", label=label, value=values[SAFETY], max=safety.max))
        for view in self.session.view(self.lang).meters:
            if not view.hidden and view.id not in (WAIT, SAFETY):
                self.say(self.t("meter", label=view.label, value=view.value))

    def _client(self) -> str:
        scenario = self.session.scenario
        return scenario.characters[scenario.client].name.render(self.lang)

    # -- the loop -------------------------------------------------------------

    def run(self) -> PlayResult:
        self.show_title()
        place = self.show_node(None)
        unattended = 0
        while not self.session.over:
            if self.session.can_advance:
                unattended += 1
                if unattended > MAX_STEPS_WITHOUT_CHOICE:
                    self.say(self.t("looping", node=self.session.state.node))
                    return PlayResult(EXIT_STOPPED, self.summary())
                self.session.advance()
            else:
                unattended = 0
                code = self._decide()
                if code is not None:
                    return PlayResult(code, self.summary())
            self.show_changes()
            self.say()
            place = self.show_node(place)
        self.show_ending()
        return PlayResult(EXIT_OK, self.summary())

    def _decide(self) -> int | None:
        """Take one choice; an exit code when play must stop here."""
        if self.session.engine.is_stuck(self.session.state):
            self.say(self.t("stuck", node=self.session.state.node))
            return EXIT_STOPPED
        self.say()
        self.show_choices()
        if self.read_line is None:
            return self._take_listed()
        return self._take_typed()

    def _take_listed(self) -> int | None:
        if not self.choices:
            self.say(self.t("stopped"))
            return EXIT_STOPPED
        item = self.choices.pop(0)
        key: int | str = int(item) if is_digits(item) else item
        try:
            self.session.choose(key)
        except EngineError as err:
            shown = item if len(item) <= 40 else item[:39] + "…"
            raise ChoiceListError(f"'{shown}' at node '{self.session.state.node}': {err}") from None
        self._after_choice()
        return None

    def _take_typed(self) -> int | None:
        n = sum(1 for c in self.session.view(self.lang).choices if c.available)
        while True:
            line = self.ask(self.t("prompt"))
            answer = line.strip().lower()
            if line == "" or answer == "q":  # end of input counts as quitting
                self.say(self.t("stopped"))
                return EXIT_STOPPED
            if answer == "u":
                self._undo()
                return None
            try:
                self.session.choose(int(answer) if is_digits(answer) else answer)
            except EngineError:
                self.say(self.t("bad_input", n=n))
                continue
            self._after_choice()
            return None

    def _after_choice(self) -> None:
        self.show_changes()
        self.show_status()

    def _undo(self) -> None:
        try:
            undone = self.session.undo()
        except EngineError:  # a path that no longer replays (cannot happen in one run)
            undone = False
        if undone:
            self._changes.clear()
            self.say(self.t("undone"))
            self.show_status()
        else:
            self.say(self.t("nothing_to_undo"))

    # -- the end ----------------------------------------------------------------

    def show_ending(self) -> None:
        """Level and the client's days first, then safety, then the number (issue 12)."""
        view = self.session.view(self.lang)
        assert view.ending is not None
        ending = view.ending
        score = self.session.score()
        scenario = self.session.scenario
        deadline = scenario.deadline_days
        self.say()
        self.say(self.t("ending", title=ending.title))
        outcome = tr(SHARED, f"outcome.{ending.outcome}", self.lang)
        level = tr(SHARED, f"breakthrough.{ending.breakthrough}", self.lang)
        self.say(self.t("level", level=level[:1].upper() + level[1:], outcome=outcome))
        days_key = "ending_days" if score.wait_days <= deadline else "ending_days_over"
        self.say(self.t(days_key, client=self._client(), wait=score.wait_days, deadline=deadline))
        label = self._safety_label()
        if ending.aftermath and ending.aftermath_text:
            change = f"{ending.aftermath:+d}"
            word = self._meter_word()
            self.say(self.t("aftermath", text=ending.aftermath_text, change=change, label=word))
        safety_max = scenario.meters[SAFETY].max
        self.say(self.t("ending_safety", label=label, value=score.safety, max=safety_max))
        self._show_score(score)
        self.show_reflection()
        self.show_debrief()
        self.offer_debrief()

    def _show_score(self, score: Score) -> None:
        line = self.t("score", score=score.score)
        best = self.best(60.0) if self.best is not None else None
        if best is not None:
            line += " " + self.t("best" if best.complete else "best_sample", best=best.score)
        self.say(line)
        scenario = self.session.scenario
        if score.model == "1.1":
            self.say(
                self.t(
                    "parts",
                    outcome=score.outcome_points,
                    level=score.breakthrough_points,
                    meters=score.meter_points,
                    meters_max=scenario.scoring.meters,
                    label=self._meter_word(),
                    total=score.outcome_points + score.breakthrough_points + score.meter_points,
                    top=score.top,
                )
            )
            return
        self.say(
            self.t(
                "score_client",
                client=self._client(),
                points=score.client_score,
                wait=score.wait_days,
                deadline=scenario.deadline_days,
            )
        )
        self.say(
            self.t(
                "score_safety",
                points=score.safety_score,
                value=score.safety,
                max=scenario.meters[SAFETY].max,
            )
        )

    def _meter_word(self) -> str:
        """Safety's name inside a sentence: "veiligheid", "jouw positie"."""
        meter = self.session.scenario.meters[SAFETY]
        label = meter.label.render(self.lang) if meter.label else "safety"
        return label[:1].lower() + label[1:]

    def _safety_label(self) -> str:
        """The scenario's name for safety ("Jouw positie"), or "Jouw veiligheid"."""
        meter = self.session.scenario.meters[SAFETY]
        return safety_label(meter.label.render(self.lang) if meter.label else None, self.lang)

    def show_reflection(self) -> None:
        prompts = self._lookback().prompts
        if not prompts:
            return
        self.say()
        self.say(self.t("reflect"))
        for prompt in prompts:
            self.say(self.t("reflect_item", text=self._render(prompt)))

    def _render(self, text: Text) -> str:
        state = self.session.state
        return text.render(self.lang, state.values, state.player)

    def _lookback(self) -> Lookback:
        if self._looked_back is None or self._looked_back[0] != self.session.state:
            state = self.session.state
            self._looked_back = (state, look_back(self.session.engine, state))
        return self._looked_back[1]

    def show_debrief(self) -> None:
        scenario = self.session.scenario
        back = self._lookback()
        self.say()
        self.say(self.t("debrief"))
        if not back.routines:
            self.say(self.t("debrief_none"))
        for met in back.routines:
            speaker = scenario.characters.get(met.speaker or "")
            who = speaker.name.render(self.lang) if speaker else self.t("someone")
            routine = scenario.routines[met.routine].label.render(self.lang)
            response = scenario.responses.get(met.response or "")
            said = response.label.render(self.lang) if response else self.t("no_response")
            self.say(self.t("debrief_item", speaker=who, routine=routine, response=said))
            choice = scenario.choice(met.choice)
            if choice is not None and choice.feedback is not None:
                self.say(self.t("feedback", feedback=self._render(choice.feedback)))
        for routine_id in back.routine_ids():
            label = scenario.routines[routine_id]
            if not label.counter_moves:
                continue
            self.say(self.t("counter_moves", routine=label.label.render(self.lang)))
            for counter in label.counter_moves:
                self.say(self.t("reflect_item", text=counter.render(self.lang)))
        if back.own:
            self.say(self.t("own"))
            for own in back.own:
                choice = scenario.choice(own.choice)
                text = as_sentence(self._render(choice.text)) if choice else own.choice
                if own.routine is not None:
                    name = scenario.routines[own.routine].label.render(self.lang)
                    self.say(self.t("own_item", choice=text, routine=name))
                else:
                    self.say(self.t("own_item_plain", choice=text))
        if back.causes:
            self.say(self.t("causes"))
            for cause in back.causes:
                self.say(self.t("reflect_item", text=self._render(cause.because)))

    def offer_debrief(self) -> None:
        """Point at the log and the personal debrief report (issue 6); write it when asked."""
        if self.log_path is None:
            return
        from game.trainer.offer import debrief_command, write_debrief_next_to

        self.say()
        self.say(self.t("log_written", path=self.log_path))
        self.say(self.t("debrief_command", command=debrief_command(self.log_path, self.lang)))
        if self.read_line is None:
            return
        answer = self.ask(self.t("debrief_prompt"))
        if answer.strip().lower() not in ("d", "y", "j"):
            return
        written, error = write_debrief_next_to(self.log_path, self.lang)
        if written is not None:
            self.say(self.t("debrief_written", path=written))
        else:
            self.say(self.t("debrief_failed", reason=error))

    def summary(self) -> dict[str, object]:
        """The --json object: the format page's fields, null where there is no ending yet."""
        session = self.session
        ending = session.engine.ending(session.state)
        score = session.score()
        return {
            "scenario": session.scenario.id,
            "ending": session.state.node if ending else None,
            "outcome": ending.outcome if ending else None,
            "breakthrough": ending.breakthrough if ending else None,
            "wait_days": score.wait_days,
            "safety": score.safety,
            "client_score": score.client_score,
            "safety_score": score.safety_score,
            "score": score.score,
            "path": list(session.state.path),
        } | self._summary_extras(score, ending is not None)

    def _summary_extras(self, score: Score, ended: bool) -> dict[str, object]:
        """Beyond the format-1 fields: the best score, and the parts of a format-1.1 score."""
        best = self.best(60.0) if self.best is not None and ended else None
        extras: dict[str, object] = {"best_score": best.score if best is not None else None}
        if score.model == "1.1":
            extras |= {
                "aftermath": score.aftermath,
                "outcome_points": score.outcome_points,
                "breakthrough_points": score.breakthrough_points,
                "meter_points": score.meter_points,
            }
        return extras
