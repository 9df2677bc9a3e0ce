"""The scenario analyser behind ``doorbraak analyze``.

``analyse`` searches every reachable state of a scenario, summarising what
can still happen from each (``search``), and turns that into findings for
authors (``findings``). Past ``max_states`` it keeps what the partial search
proved and adds seeded random playthroughs (``sample``), labelled as a
sample. The engine is used through its compact step function,
``game.engine.fast``, which follows the same rules as ``Engine``.
"""

from __future__ import annotations

import time

from game.analysis.bulk import BulkSearch, bulk_search
from game.analysis.findings import (
    EndingTally,
    chain_nodes,
    choice_results,
    choice_results_from,
    coverage,
    dead_cycles,
    dilemmas,
    ending_results,
    stuck_states,
)
from game.analysis.learning import Costs, learning_diagnostics
from game.analysis.result import Analysis, ChoiceResult, DeadCycle, best_score, to_json
from game.analysis.sample import DEFAULT_PLAYTHROUGHS, DEFAULT_SEED, SampleResult, sample
from game.analysis.search import Search, search
from game.engine.fast import CompactEngine
from game.engine.model import Scenario

DEFAULT_MAX_STATES = 1_000_000

__all__ = [
    "DEFAULT_MAX_STATES",
    "DEFAULT_PLAYTHROUGHS",
    "DEFAULT_SEED",
    "Analysis",
    "analyse",
    "best_score",
    "to_json",
]


def analyse(
    scenario: Scenario,
    *,
    file: str = "",
    max_states: int = DEFAULT_MAX_STATES,
    playthroughs: int = DEFAULT_PLAYTHROUGHS,
    seed: int = DEFAULT_SEED,
    engine: CompactEngine | None = None,
    bulk: bool = True,
    bulk_max_states: int | None = None,
) -> Analysis:
    """Analyse ``scenario``; ``engine`` lets tests pass an exact (unreduced) one.

    The bulk search (``game.analysis.bulk``) runs first; where it gives up,
    the state-by-state search does the work. ``bulk=False`` skips the first,
    so that tests can check that both give the same analysis.
    ``bulk_max_states`` lets the quick search go further than the
    state-by-state one may (default: ``max_states`` for both).
    """
    began = time.perf_counter()
    engine = engine or CompactEngine(scenario)
    file = file or scenario.source or ""
    if bulk:
        quick = bulk_search(engine, max_states if bulk_max_states is None else bulk_max_states)
        if quick is not None:
            result = Analysis(scenario.id, file, True, quick.size, max_states)
            _complete_bulk(result, quick)
            _learning(result, scenario, quick.costs)
            result.seconds = time.perf_counter() - began
            return result
        # The state-by-state search starts afresh: what the engine noted on the
        # way (nodes entered, choices offered) must come from that search alone.
        engine = CompactEngine(scenario, exact=engine.exact)
    found = search(engine, max_states)
    result = Analysis(scenario.id, file, found.complete, found.size, max_states)
    if found.complete:
        _complete(result, found)
        _learning(result, scenario, found.costs)
    else:
        tally = ending_results(found)
        _sampled(result, found, tally, sample(engine, tally, playthroughs, seed))
    result.seconds = time.perf_counter() - began
    return result


def _learning(result: Analysis, scenario: Scenario, costs: Costs | None) -> None:
    assert costs is not None
    result.giving_in = sorted(costs.found.values(), key=lambda g: _order(scenario, g.choice))
    result.learning = learning_diagnostics(result, scenario)


def _order(scenario: Scenario, choice_id: str) -> tuple[int, int]:
    choice = scenario.choice(choice_id)
    return (choice.line, choice.column) if choice else (0, 0)


def _complete(result: Analysis, found: Search) -> None:
    engine = found.engine
    result.endings = list(ending_results(found).results.values())
    _coverage(result, engine.entered, engine.offered, engine)
    result.stuck = stuck_states(found)
    result.dead_cycles = dead_cycles(found)
    result.choices = choice_results(found)
    result.dominated, result.false_dilemmas = dilemmas(engine, found.dilemmas)


def _complete_bulk(result: Analysis, found: BulkSearch) -> None:
    engine = found.engine
    assert found.tally is not None
    result.endings = list(found.tally.results.values())
    _coverage(result, engine.entered, engine.offered, engine)
    result.choices = choice_results_from(engine, found.leads, found.summaries)
    result.dominated, result.false_dilemmas = dilemmas(engine, found.dilemmas)


def _coverage(
    result: Analysis, reached: bytearray, offered: bytearray, engine: CompactEngine
) -> None:
    unreachable, on_unreachable, never = coverage(engine.scenario, reached, offered, engine)
    result.unreachable_nodes = unreachable
    result.unreachable_choices = on_unreachable
    result.unavailable_choices = never


def _sampled(result: Analysis, found: Search, tally: EndingTally, seen: SampleResult) -> None:
    """What is certain from the partial search, plus what the sample saw.

    Reachability comes from the engine, which records every node entered and
    every choice found available by the search and the playthroughs alike.
    """
    engine = found.engine
    result.sample = seen.info
    result.endings = list(tally.results.values())
    _coverage(result, engine.entered, engine.offered, engine)
    stuck = {s.node: s for s in stuck_states(found)}
    for node, entry in seen.stuck.items():
        stuck.setdefault(node, entry)
    order = {node: i for i, node in enumerate(engine.node_ids)}
    result.stuck = sorted(stuck.values(), key=lambda s: order[s.node])
    result.dead_cycles = _sampled_loops(engine, seen)
    result.choices = _sampled_choices(engine, seen)


def _sampled_loops(engine: CompactEngine, seen: SampleResult) -> list[DeadCycle]:
    found: dict[tuple[int, ...], DeadCycle] = {}
    for key, path in seen.loops:
        nodes = tuple(chain_nodes(engine, key))
        if nodes in found:
            found[nodes].states += 1
            continue
        line = engine.scenario.nodes[engine.node_ids[nodes[0]]].line
        names = [engine.node_ids[n] for n in nodes]
        found[nodes] = DeadCycle(names, line, path, 1, without_choice=True)
    return sorted(found.values(), key=lambda c: (c.line, c.nodes))


def _sampled_choices(engine: CompactEngine, seen: SampleResult) -> list[ChoiceResult]:
    out: list[ChoiceResult] = []
    for g, choice_id in enumerate(engine.choice_ids):
        choice = engine.scenario.choice(choice_id)
        node = engine.node_ids[engine.choice_node[g]]
        result = ChoiceResult(choice_id, node, choice.line if choice else 0)
        result.taken = g in seen.taken
        result.score = seen.choice_scores.get(g)
        result.wait_days = seen.choice_waits.get(g)
        result.safety = seen.choice_safety.get(g)
        result.endings = sorted(seen.choice_endings.get(g, ()), key=engine.node_ids.index)
        result.can_get_stuck = g in seen.choice_stuck
        out.append(result)
    return out
