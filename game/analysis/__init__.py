"""The scenario analyser behind ``doorbraak analyze``.

``analyse`` explores every reachable state of a scenario (see ``explore``),
summarises what can still happen from each state (``propagate``) and turns
that into findings for authors (``findings``). Past ``max_states`` it keeps
what the partial search proved and adds seeded random playthroughs
(``sample``), labelled as a sample. The engine is only used through its
compact step function, ``game.engine.fast``.
"""

from __future__ import annotations

import time

from game.analysis.explore import StateGraph, explore
from game.analysis.findings import (
    EndingTally,
    chain_nodes,
    choice_results,
    coverage,
    dead_cycles,
    dilemmas,
    ending_results,
    stuck_states,
)
from game.analysis.propagate import summarise
from game.analysis.result import Analysis, ChoiceResult, DeadCycle, to_json
from game.analysis.sample import DEFAULT_PLAYTHROUGHS, DEFAULT_SEED, SampleResult, sample
from game.engine.fast import CompactEngine
from game.engine.model import Scenario

DEFAULT_MAX_STATES = 1_000_000

__all__ = ["DEFAULT_MAX_STATES", "Analysis", "analyse", "to_json"]


def analyse(
    scenario: Scenario,
    *,
    file: str = "",
    max_states: int = DEFAULT_MAX_STATES,
    playthroughs: int = DEFAULT_PLAYTHROUGHS,
    seed: int = DEFAULT_SEED,
) -> Analysis:
    began = time.perf_counter()
    engine = CompactEngine(scenario)
    graph = explore(engine, max_states)
    file = file or scenario.source or ""
    result = Analysis(scenario.id, file, graph.complete, graph.size, max_states)
    if graph.complete:
        _complete(result, graph)
    else:
        _sampled(result, graph, sample_runs(engine, graph, playthroughs, seed))
    result.seconds = time.perf_counter() - began
    return result


def _complete(result: Analysis, graph: StateGraph) -> None:
    engine = graph.engine
    summary = summarise(graph)
    result.endings = list(ending_results(graph).results.values())
    _coverage(result, graph.reached, graph.offered, engine)
    result.stuck = stuck_states(graph)
    result.dead_cycles = dead_cycles(graph, summary)
    result.choices = choice_results(graph, summary)
    result.dominated, result.false_dilemmas = dilemmas(graph, summary)


def _coverage(
    result: Analysis, reached: bytearray, offered: bytearray, engine: CompactEngine
) -> None:
    unreachable, on_unreachable, never = coverage(engine.scenario, reached, offered, engine)
    result.unreachable_nodes = unreachable
    result.unreachable_choices = on_unreachable
    result.unavailable_choices = never


def sample_runs(
    engine: CompactEngine, graph: StateGraph, playthroughs: int, seed: int
) -> tuple[EndingTally, SampleResult]:
    """Playthroughs on top of what the partial search already proved."""
    tally = ending_results(graph)
    return tally, sample(engine, tally, playthroughs, seed)


def _sampled(result: Analysis, graph: StateGraph, runs: tuple[EndingTally, SampleResult]) -> None:
    """What is certain from the partial search, plus what the sample saw."""
    engine = graph.engine
    tally, seen = runs
    result.sample = seen.info
    result.endings = list(tally.results.values())
    reached = bytearray(a | b for a, b in zip(graph.reached, seen.reached, strict=True))
    offered = bytearray(a | b for a, b in zip(graph.offered, seen.offered, strict=True))
    _coverage(result, reached, offered, engine)
    stuck = {s.node: s for s in stuck_states(graph)}
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
        result.score = seen.choice_scores.get(g)
        result.taken = result.score is not None
        result.endings = sorted(seen.choice_endings.get(g, ()), key=engine.node_ids.index)
        out.append(result)
    return out
