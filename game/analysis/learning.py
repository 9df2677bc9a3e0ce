"""Learning checks: does the score teach the case's lesson? (codes DB801 to DB804)

A serious game teaches through its score as much as through its texts. These
checks read the complete analysis and report, as diagnostics with a code, where
the score would teach the opposite of the case (docs/analyze.md,
"Learning checks", defines each one):

- DB801: a good ending can score at or below a bad one;
- DB802: the best score is not reached at the deepest breakthrough level;
- DB803: going along with a routine has a better best score than every
  counter-move at that moment;
- DB804: giving in to a routine never costs anything, on any path.

*Giving in* is a choice with response ``comply`` or ``defer`` at a moment
where a routine was spoken (the node itself, or a line just before it); its
*counter-moves* are the other choices there that have a response, of any
other type. The *cost* of giving in (DB804, and the trainers' report) is
taken state by state, while the search runs (``Costs``): in every reachable
state where giving in and a counter-move are both available,

    days cost   = fewest days at an ending after giving in
                  - fewest days at an ending after the best counter-move
    safety cost = most safety at an ending after the best counter-move
                  - most safety at an ending after giving in

Endings include the aftermath (format 1.1), so the complaint that follows a
bad ending counts too: that is the deferred cost of going along.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from game.analysis.result import Analysis, ChoiceResult, EndingResult
from game.analysis.search import BIG, Summary
from game.engine.builtins import GIVING_IN
from game.engine.model import LEVELS, Scenario
from game.scenario import codes
from game.scenario.diagnostics import Diagnostic


@dataclass
class GivingIn:
    """A choice that gives in to a routine, and what it costs, over every state compared."""

    choice: str
    node: str
    routine: str  # the routine's id
    routine_node: str
    counters: list[str] = field(default_factory=list)  # the counter-moves' choice ids
    # Situations where it was compared with a counter-move: states whose ways on after
    # giving in and after each counter-move end alike count once (both searches agree).
    states: int = 0
    days: tuple[int, int] | None = None  # (least, most) days cost over those states
    safety: tuple[int, int] | None = None  # (least, most) safety cost

    @property
    def ever_costs(self) -> bool:
        return bool(
            (self.days is not None and self.days[1] > 0)
            or (self.safety is not None and self.safety[1] > 0)
        )


def routine_moments(scenario: Scenario) -> dict[str, str]:
    """Node with choices -> the node whose routine a choice there answers.

    The node itself when it names a routine; else the nearest node that leads
    to it through ``next`` only (the line just before the choice), as
    ``Engine.answered_routine`` finds it along a player's trail.
    """
    before: dict[str, set[str]] = {node_id: set() for node_id in scenario.nodes}
    for node in scenario.nodes.values():
        for branch in node.next or ():
            before[branch.goto].add(node.id)
    moments: dict[str, str] = {}
    for node in scenario.nodes.values():
        if not node.choices:
            continue
        if node.routine is not None:
            moments[node.id] = node.id
            continue
        found = _nearest_routine(scenario, before, node.id)
        if found is not None:
            moments[node.id] = found
    return moments


def _nearest_routine(scenario: Scenario, before: Mapping[str, set[str]], start: str) -> str | None:
    seen = {start}
    layer = sorted(before[start])
    while layer:
        for node_id in layer:
            if scenario.nodes[node_id].routine is not None:
                return node_id
        nxt: list[str] = []
        for node_id in layer:
            seen.add(node_id)
            if scenario.nodes[node_id].next is not None:  # a choice point ends the look back
                nxt += [p for p in sorted(before[node_id]) if p not in seen]
        layer = sorted(set(nxt))
    return None


def giving_in(scenario: Scenario) -> dict[str, GivingIn]:
    """Every choice that gives in to a routine, by choice id, with its counter-moves."""
    out: dict[str, GivingIn] = {}
    for node_id, routine_node in routine_moments(scenario).items():
        node = scenario.nodes[node_id]
        routine = scenario.nodes[routine_node].routine
        assert routine is not None and node.choices is not None
        counters = [c.id for c in node.choices if c.response and c.response not in GIVING_IN]
        for choice in node.choices:
            if choice.response in GIVING_IN:
                out[choice.id] = GivingIn(choice.id, node_id, routine, routine_node, counters)
    return out


# The summaries after a giving-in choice and after its counter-moves, in one state.
Projection = tuple[int, ...]
# Per giving-in choice in a state: its entry, the projection of a state's summaries onto
# it and its counter-moves, and the projections costed already.
_Plan = tuple[GivingIn, Callable[..., Projection], set[Projection]]


class Costs:
    """The cost of giving in, state by state, as the searches close each state.

    ``check`` is given the global numbers of a state's available choices and
    the summaries they lead to, as ``search.Dilemmas.check`` is.
    """

    def __init__(self, table: list[Summary], choice_ids: list[str], scenario: Scenario) -> None:
        self.table = table
        self.found = giving_in(scenario)
        number = {choice_id: g for g, choice_id in enumerate(choice_ids)}
        self.counters: dict[int, frozenset[int]] = {
            number[c]: frozenset(number[m] for m in entry.counters)
            for c, entry in self.found.items()
        }
        self.watched: frozenset[int] = frozenset(self.counters)
        self.ids = choice_ids
        self._plans: dict[tuple[int, ...], list[_Plan]] = {}
        self._projections: dict[tuple[int, tuple[int, ...]], set[Projection]] = {}

    def check(self, numbers: Sequence[int], targets: tuple[int, ...]) -> None:
        self.check_many(tuple(numbers), (targets,))

    def check_many(self, numbers: tuple[int, ...], combos: Iterable[tuple[int, ...]]) -> None:
        """The states offering ``numbers``, one tuple of summaries (``combos``) per state.

        Only the summaries after the giving-in choice and its counter-moves
        matter, so each is projected onto those first: many states share them.
        """
        plan = self._plans.get(numbers)
        if plan is None:
            plan = self._plans[numbers] = self._plan(numbers)
        if not plan:
            return
        combos = combos if isinstance(combos, list | tuple) else list(combos)
        table = self.table
        for entry, getter, seen in plan:
            fresh = set(map(getter, combos))
            fresh -= seen  # a set's difference looks each of ours up in the other
            if fresh:
                seen |= fresh
                # Written out (this runs for every new projection): the fewest days and the
                # most safety after the counter-moves, against those after giving in.
                lo_d, hi_d = entry.days or (BIG, -BIG)
                lo_s, hi_s = entry.safety or (BIG, -BIG)
                compared = 0
                for project in fresh:
                    after = table[project[0]]
                    if after[4] == BIG:  # no ending after giving in: not a question of cost
                        continue
                    if len(project) == 2:  # one counter-move, the common case
                        other = table[project[1]]
                        if other[4] == BIG:
                            continue
                        fastest, safest = other[0], other[3]
                    else:
                        fastest, safest = BIG, -BIG
                        for t in project[1:]:
                            other = table[t]
                            if other[4] != BIG:
                                if other[0] < fastest:
                                    fastest = other[0]
                                if other[3] > safest:
                                    safest = other[3]
                        if fastest == BIG:
                            continue
                    compared += 1
                    days, safety = after[0] - fastest, safest - after[3]
                    if days < lo_d:
                        lo_d = days
                    if days > hi_d:
                        hi_d = days
                    if safety < lo_s:
                        lo_s = safety
                    if safety > hi_s:
                        hi_s = safety
                if lo_d != BIG:
                    entry.days, entry.safety = (lo_d, hi_d), (lo_s, hi_s)
                entry.states += compared

    def _seen(self, c: int, others: list[int], numbers: tuple[int, ...]) -> set[Projection]:
        """The projections costed already for choice ``c`` against these counter-moves."""
        key = (c, tuple(numbers[j] for j in others))
        found = self._projections.get(key)
        if found is None:
            found = self._projections[key] = set()
        return found

    def _plan(self, numbers: tuple[int, ...]) -> list[_Plan]:
        plan = []
        for i, c in enumerate(numbers):
            counters = self.counters.get(c)
            if counters is None:
                continue
            others = [j for j, m in enumerate(numbers) if m in counters]
            if others:
                entry = self.found[self.ids[c]]
                plan.append((entry, _getter([i, *others]), self._seen(c, others, numbers)))
        return plan


def _getter(positions: list[int]) -> Callable[..., tuple[int, ...]]:
    get = itemgetter(*positions)
    return get  # two or more positions: itemgetter gives a tuple


# -- the findings -----------------------------------------------------------------------


def learning_diagnostics(a: Analysis, scenario: Scenario) -> list[Diagnostic]:
    """The learning checks on a complete analysis, as diagnostics in the file's order."""
    if not a.complete:
        return []  # a sample cannot show that something never happens
    out: list[Diagnostic] = []
    reached = [e for e in a.endings if e.reachable and e.score is not None]
    out += _good_below_bad(a, scenario, reached)
    out += _best_not_deepest(a, scenario, reached)
    choices = {c.id: c for c in a.choices}
    out += _going_along_pays(a, scenario, choices)
    out += _free_routines(a, scenario)
    return sorted(out, key=lambda d: (d.line, d.column, d.code))


def _node_diagnostic(
    a: Analysis, scenario: Scenario, node_id: str, code: str, message: str
) -> Diagnostic:
    node = scenario.nodes[node_id]
    return Diagnostic("warning", code, message, a.file, node.line, max(1, node.column))


def _choice_diagnostic(
    a: Analysis, scenario: Scenario, choice_id: str, code: str, message: str
) -> Diagnostic:
    choice = scenario.choice(choice_id)
    assert choice is not None
    return Diagnostic("warning", code, message, a.file, choice.line, max(1, choice.column))


def _good_below_bad(
    a: Analysis, scenario: Scenario, reached: list[EndingResult]
) -> Iterator[Diagnostic]:
    bad = [e for e in reached if e.outcome == "bad"]
    if not bad:
        return
    worst_bad = max(bad, key=lambda e: _hi(e))
    for good in (e for e in reached if e.outcome == "good"):
        if _lo(good) <= _hi(worst_bad):
            yield _node_diagnostic(
                a,
                scenario,
                good.node,
                codes.GOOD_BELOW_BAD,
                f"the good ending '{good.node}' can score {_lo(good)}, and the bad ending "
                f"'{worst_bad.node}' can score {_hi(worst_bad)}: a player who helps the "
                "client can end below one who did not; give the outcome more weight "
                "('scoring: outcome') or the bad ending an aftermath (both format 1.1)",
            )


def _best_not_deepest(
    a: Analysis, scenario: Scenario, reached: list[EndingResult]
) -> Iterator[Diagnostic]:
    if not reached:
        return
    levels: list[str] = list(LEVELS)
    deepest = max(levels.index(e.breakthrough) for e in reached)
    at_deepest = [e for e in reached if levels.index(e.breakthrough) == deepest]
    best = max(_hi(e) for e in reached)
    best_deep = max(_hi(e) for e in at_deepest)
    if best_deep >= best:
        return
    top = next(e for e in reached if _hi(e) == best)
    yield _node_diagnostic(
        a,
        scenario,
        top.node,
        codes.BEST_NOT_DEEPEST,
        f"the best score, {best}, is reached at '{top.node}' ({top.breakthrough}), and at the "
        f"deepest level of the case ({LEVELS[deepest]}) at most {best_deep}: the score "
        "rewards stopping early; give the deeper level more points or make the way there "
        "cost less",
    )


def _going_along_pays(
    a: Analysis, scenario: Scenario, choices: Mapping[str, ChoiceResult]
) -> Iterator[Diagnostic]:
    for entry in giving_in(scenario).values():
        mine = choices.get(entry.choice)
        if mine is None or mine.score is None:
            continue
        others = [choices[m] for m in entry.counters if m in choices]
        best_others = [c.score[1] for c in others if c.score is not None]
        if not best_others or mine.score[1] <= max(best_others):
            continue
        yield _choice_diagnostic(
            a,
            scenario,
            entry.choice,
            codes.GOING_ALONG_PAYS,
            f"at '{entry.node}', going along with the routine '{entry.routine}' "
            f"('{entry.choice}') can score "
            f"{mine.score[1]}, every counter-move at most {max(best_others)}: the score "
            "rewards giving in; give the counter-moves a way to do better",
        )


def _free_routines(a: Analysis, scenario: Scenario) -> Iterator[Diagnostic]:
    for entry in a.giving_in:
        if entry.states == 0 or entry.ever_costs:
            continue
        client = scenario.characters[scenario.client].name.render(scenario.default_language)
        yield _choice_diagnostic(
            a,
            scenario,
            entry.choice,
            codes.FREE_ROUTINE,
            f"giving in to the routine '{entry.routine}' at '{entry.node}' ('{entry.choice}') "
            "never costs "
            f"anything: in every situation the best way on after it is as fast for {client} "
            "and as safe for you as after the best counter-move; let it cost days later on "
            "(or safety, such as an aftermath)",
        )


def _lo(e: EndingResult) -> int:
    assert e.score is not None
    return e.score[0]


def _hi(e: EndingResult) -> int:
    assert e.score is not None
    return e.score[1]
