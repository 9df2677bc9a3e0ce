"""Semantic checks and the build of the runtime ``Scenario``, one small function per rule.

Input: a schema-valid ``ScenarioDef``. Output: the frozen runtime scenario,
or None when any error was reported. Every problem becomes a diagnostic;
nothing here raises on an author's mistake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path as FsPath
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from game.engine import builtins, reflection
from game.engine.expr import ExprError, compile_expr
from game.engine.model import (
    SAFETY,
    WAIT,
    Branch,
    Character,
    Choice,
    Effect,
    Ending,
    Expr,
    GlossaryEntry,
    Label,
    Meter,
    Node,
    Place,
    Scenario,
    Scoring,
    Text,
    Weights,
)
from game.fileio import is_regular_file
from game.paths import ASSETS_DIR
from game.scenario import codes
from game.scenario.assets import checked_asset
from game.scenario.limits import set_value
from game.scenario.loops import report_next_loops
from game.scenario.report import Reporter, did_you_mean
from game.scenario.schema import BranchDef, ChoiceDef, NodeDef, ScenarioDef
from game.scenario.texts import TextCompiler
from game.scenario.yamlsource import Path

BUILTIN_METER_DEFAULTS: dict[str, Meter] = {
    WAIT: Meter(WAIT, 0, 0, None, Text.plain({"nl": "Wachttijd", "en": "Days waited"}, "nl")),
    SAFETY: Meter(SAFETY, 50, 0, 100, Text.plain({"nl": "Veiligheid", "en": "Safety"}, "nl")),
}


class Builder:
    def __init__(self, sdef: ScenarioDef, report: Reporter, base_dir: FsPath | None) -> None:
        self.d = sdef
        self.r = report
        self.base_dir = base_dir
        self.languages = tuple(dict.fromkeys(sdef.languages)) or ("nl",)
        self.value_types: dict[str, type] = {}
        self.texts: TextCompiler  # set once the names are known
        self.used_names: set[str] = {WAIT, SAFETY}

    # -- entry point --------------------------------------------------------

    def build(self) -> Scenario | None:
        self._check_languages()
        meters = self._meters()
        self._check_flags(meters)
        self.value_types = {m: int for m in meters} | {f: bool for f in self.d.flags}
        self.texts = TextCompiler(self.r, self.languages, self.value_types)
        self._check_top_references()
        characters = self._characters()
        places = self._places()
        routines = self._labels("routines", builtins.BUILTIN_ROUTINES)
        responses = self._labels("responses", builtins.BUILTIN_RESPONSES)
        self.scoring = self._scoring()
        nodes = self._nodes(routines, responses)
        meters = self._label_meters(meters)
        weights = self._weights()
        self._check_graph()
        report_next_loops(self.d, self.r)
        self._check_unused()
        if self.r.failed:
            return None
        return Scenario(
            id=self.d.id,
            title=self._text(self.d.title, ("title",), "the title"),
            languages=self.languages,
            client=self.d.client,
            deadline_days=self.d.deadline_days,
            start=self.d.start,
            meters=meters,
            flags=tuple(self.d.flags),
            characters=characters,
            places=places,
            routines=routines,
            responses=responses,
            nodes=nodes,
            weights=weights,
            scoring=self.scoring,
            reflection=self._reflection(),
            glossary=self._glossary(),
            deadline_node=self.d.deadline_node,
            summary=self._opt_text(self.d.summary, ("summary",), "the summary"),
            version=self.d.version,
            author=self.d.author,
            format="1.1" if self.d.format == 1.1 else "1",
        )

    # -- helpers ---------------------------------------------------------------

    def _text(self, raw: Any, path: Path, what: str) -> Text:
        return self.texts.compile(raw, path, what)

    def _opt_text(self, raw: Any, path: Path, what: str) -> Text | None:
        return None if raw is None else self._text(raw, path, what)

    def _ref(self, value: str | None, known: Iterable[str], kind: str, path: Path) -> bool:
        """Report an unknown id with a suggestion; True when it resolves (or is absent)."""
        if value is None:
            return True
        known = list(known)
        if value in known:
            return True
        hint = did_you_mean(value, known)
        self.r.error(codes.UNKNOWN_REFERENCE, f"unknown {kind} '{value}'{hint}", path)
        return False

    # -- top level -----------------------------------------------------------

    def _check_languages(self) -> None:
        seen: set[str] = set()
        for i, lang in enumerate(self.d.languages):
            if lang in seen:
                self.r.error(
                    codes.DUPLICATE_ID, f"language '{lang}' is listed twice", ("languages", i)
                )
            seen.add(lang)

    def _check_top_references(self) -> None:
        nodes = self.d.nodes
        self._ref(self.d.start, nodes, "node", ("start",))
        self._ref(self.d.deadline_node, nodes, "node", ("deadline_node",))
        if self.d.client not in self.d.characters:
            hint = did_you_mean(self.d.client, self.d.characters)
            self.r.error(
                codes.CLIENT_NOT_IN_CAST,
                f"the client '{self.d.client}' is not in 'characters'{hint}",
                ("client",),
            )

    def _weights(self) -> Weights:
        if self.d.scoring is None or self.d.scoring.weights is None:
            return Weights()
        w = self.d.scoring.weights
        if w.client == 0 and w.safety == 0:
            self.r.error(
                codes.BAD_WEIGHTS, "the scoring weights cannot both be 0", ("scoring", "weights")
            )
            return Weights()
        return Weights(float(w.client), float(w.safety))

    def _scoring(self) -> Scoring:
        """Format 1: the format-1 score. Format 1.1: the points model, defaults filled in."""
        if self.d.format != 1.1:
            return Scoring()
        base = Scoring(model="1.1")
        sdef = self.d.scoring
        if sdef is None:
            return base
        outcome = _points(base.outcome, sdef.outcome)
        level = _points(base.breakthrough, sdef.breakthrough)
        meters = base.meters if sdef.meters is None else sdef.meters
        aftermath = _points(base.aftermath, sdef.aftermath)
        scoring = Scoring("1.1", outcome, level, meters, aftermath)
        if scoring.top <= 0:
            self.r.error(
                codes.BAD_WEIGHTS,
                "the scoring points cannot all be 0: the score would have nothing to count",
                ("scoring",),
                key=True,
            )
            return base
        return scoring

    def _reflection(self) -> tuple[Text, ...]:
        if self.d.reflection is None:
            return reflection.PERSONAL
        return tuple(
            self._text(raw, ("reflection", i), f"reflection question {i + 1}")
            for i, raw in enumerate(self.d.reflection)
        )

    def _glossary(self) -> tuple[GlossaryEntry, ...]:
        out = []
        for gid, gdef in (self.d.glossary or {}).items():
            path = ("glossary", gid)
            out.append(
                GlossaryEntry(
                    gid,
                    self._text(gdef.term, (*path, "term"), f"glossary term '{gid}'"),
                    self._text(gdef.meaning, (*path, "meaning"), f"the meaning of '{gid}'"),
                )
            )
        return tuple(out)

    # -- meters and flags ------------------------------------------------------

    def _meters(self) -> dict[str, Meter]:
        meters = dict(BUILTIN_METER_DEFAULTS)
        for name, mdef in self.d.meters.items():
            base = BUILTIN_METER_DEFAULTS.get(name)
            fields = mdef.model_fields_set
            meter = Meter(
                id=name,
                start=mdef.start if (base is None or "start" in fields) else base.start,
                min=mdef.min if (base is None or "min" in fields) else base.min,
                max=mdef.max if (base is None or "max" in fields) else base.max,
                hidden=mdef.hidden,
            )
            self._check_bounds(meter, ("meters", name), mdef.model_fields_set)
            # Kept even when its bounds are wrong (the build fails anyway), so
            # that every use of the meter is not reported as unknown as well.
            meters[name] = meter
        return meters

    def _check_bounds(self, m: Meter, path: Path, written: set[str]) -> None:
        if m.id == SAFETY and (m.min is None or m.max is None or m.min >= m.max):
            missing = [f for f in ("min", "max") if getattr(m, f) is None] or ["min", "max"]
            self._bounds_error(
                codes.SAFETY_UNBOUNDED,
                "'safety' needs a whole-number 'min' below its 'max' (the score uses both)",
                path,
                [f for f in missing if f in written],
            )
        elif m.min is not None and m.max is not None and m.min > m.max:
            self._bounds_error(
                codes.METER_BOUNDS,
                f"meter '{m.id}' has min {m.min} above max {m.max}",
                path,
                [f for f in ("min", "max") if f in written],
            )
        elif m.clamp(m.start) != m.start:
            bound = "min" if m.min is not None and m.start < m.min else "max"
            self._bounds_error(
                codes.METER_BOUNDS,
                f"meter '{m.id}' starts at {m.start}, outside its bounds",
                path,
                [f for f in ("start", bound) if f in written],
            )

    def _bounds_error(self, code: str, message: str, path: Path, fields: list[str]) -> None:
        """At the first written value that breaks the rule; else at the meter's name
        (a built-in meter's default bounds are written nowhere)."""
        if fields:
            self.r.error(code, message, (*path, fields[0]))
        else:
            self.r.error(code, message, path, key=True)

    def _label_meters(self, meters: dict[str, Meter]) -> dict[str, Meter]:
        out = {}
        for name, meter in meters.items():
            mdef = self.d.meters.get(name)
            label = meter.label
            if mdef is not None and mdef.label is not None:
                label = self._text(mdef.label, ("meters", name, "label"), f"the label of '{name}'")
            out[name] = Meter(meter.id, meter.start, meter.min, meter.max, label, meter.hidden)
        return out

    def _check_flags(self, meters: Mapping[str, Meter]) -> None:
        seen: set[str] = set()
        for i, flag in enumerate(self.d.flags):
            if flag in meters or flag in seen:
                what = "a meter" if flag in meters else "listed twice"
                self.r.error(
                    codes.DUPLICATE_ID,
                    f"flag '{flag}' is {what}: meters and flags share one set of names",
                    ("flags", i),
                )
            seen.add(flag)

    # -- cast, places, labels ----------------------------------------------------

    def _characters(self) -> dict[str, Character]:
        out = {}
        for cid, cdef in self.d.characters.items():
            path = ("characters", cid)
            out[cid] = Character(
                id=cid,
                name=self._text(cdef.name, (*path, "name"), f"the name of '{cid}'"),
                role=cdef.role,
                title=self._opt_text(cdef.title, (*path, "title"), f"the title of '{cid}'"),
                portraits=self._portraits(cdef.portrait, (*path, "portrait")),
                color=cdef.color,
                look=cdef.look.model_dump(exclude_none=True) if cdef.look else {},
            )
        return out

    def _portraits(self, raw: str | dict[str, str] | None, path: Path) -> dict[str, str]:
        if raw is None:
            return {}
        items = {"": raw} if isinstance(raw, str) else raw
        out = {}
        for mood, rel in items.items():
            where = path if isinstance(raw, str) else (*path, mood)
            resolved = self._asset(rel, where)
            if resolved:
                out[mood] = resolved
        return out

    def _places(self) -> dict[str, Place]:
        out = {}
        for pid, pdef in self.d.places.items():
            path = ("places", pid)
            background = None
            if pdef.background is not None:
                background = self._asset(pdef.background, (*path, "background"))
            out[pid] = Place(
                pid,
                self._text(pdef.name, (*path, "name"), f"place '{pid}'"),
                background,
                pdef.scene,
            )
        return out

    def _asset(self, rel: str, path: Path) -> str | None:
        if _is_unsafe_path(rel):
            self.r.error(
                codes.UNSAFE_PATH,
                f"the path '{rel}' must be relative and stay inside "
                "the scenario's folder or the game's assets (no '..', no drive or '/')",
                path,
            )
            return None
        for folder in (self.base_dir, ASSETS_DIR):
            if folder is not None and is_regular_file(folder / rel):
                return checked_asset(folder, rel, path, self.r)
        self.r.warning(
            codes.MISSING_ASSET,
            f"no file '{rel}' next to the scenario or in the game's assets; the game draws its own",
            path,
        )
        return None

    def _labels(self, key: str, builtin: Mapping[str, Label]) -> dict[str, Label]:
        out = dict(builtin)
        for lid, ldef in getattr(self.d, key).items():
            path = (key, lid)
            if lid in builtin:
                self.r.error(
                    codes.DUPLICATE_ID,
                    f"'{lid}' is a built-in {key[:-1]}; choose another id",
                    path,
                    key=True,
                )
                continue
            if key == "responses" and ldef.counter_moves is not None:
                self.r.error(
                    codes.UNKNOWN_KEY,
                    f"response '{lid}' has 'counter_moves': only routines have counter-moves",
                    (*path, "counter_moves"),
                    key=True,
                )
            moves = tuple(
                self._text(raw, (*path, "counter_moves", i), f"counter-move {i + 1} of '{lid}'")
                for i, raw in enumerate(ldef.counter_moves or ())
            )
            out[lid] = Label(
                lid,
                self._text(ldef.label, (*path, "label"), f"the label of '{lid}'"),
                self._opt_text(
                    ldef.explanation, (*path, "explanation"), f"the explanation of '{lid}'"
                ),
                moves,
            )
        return out

    # -- nodes ---------------------------------------------------------------------

    def _nodes(
        self, routines: Mapping[str, Label], responses: Mapping[str, Label]
    ) -> dict[str, Node]:
        self.choice_ids: dict[str, Path] = {}
        out: dict[str, Node] = {}
        for nid, ndef in self.d.nodes.items():
            node = self._node(nid, ndef, routines, responses)
            if node is not None:
                out[nid] = node
        return out

    def _node(
        self,
        nid: str,
        n: NodeDef,
        routines: Mapping[str, Label],
        responses: Mapping[str, Label],
    ) -> Node | None:
        path: Path = ("nodes", nid)
        kinds = [k for k in ("choices", "next", "ending") if getattr(n, k) is not None]
        if len(kinds) != 1:
            found = "none of them" if not kinds else " and ".join(f"'{k}'" for k in kinds)
            self.r.error(
                codes.NODE_KIND,
                f"node '{nid}' needs exactly one of 'choices', 'next' or 'ending', but has {found}",
                path,
                key=True,
            )
        self._ref(n.speaker, self.d.characters, "character", (*path, "speaker"))
        self._ref(n.place, self.d.places, "place", (*path, "place"))
        self._ref(n.routine, routines, "routine", (*path, "routine"))
        self.routines = routines
        position = self.r.pos(path, key=True)
        effects = self._effects(n.effects, (*path, "effects"))
        ending = self._ending(nid, n) if n.ending is not None else None
        if ending is not None and ending.aftermath:
            # The aftermath is the ending's last effect, so that every engine and the
            # analyser apply it without a rule of their own.
            effects = (*effects, Effect(SAFETY, "add", ending.aftermath))
        return Node(
            id=nid,
            text=self._text(n.text, (*path, "text"), f"the text of node '{nid}'"),
            speaker=n.speaker,
            mood=n.mood,
            place=n.place,
            routine=n.routine,
            discuss=self._opt_text(n.discuss, (*path, "discuss"), f"'discuss' of node '{nid}'"),
            effects=effects,
            choices=self._choices(nid, n.choices, responses) if n.choices is not None else None,
            next=self._next(nid, n.next) if n.next is not None else None,
            ending=ending,
            line=position.line,
            column=position.column,
        )

    def _ending(self, nid: str, n: NodeDef) -> Ending:
        e = n.ending
        assert e is not None
        path: Path = ("nodes", nid, "ending")
        title = self._text(e.title, (*path, "title"), f"the ending of '{nid}'")
        reflect = self._opt_text(e.reflect, (*path, "reflect"), f"'reflect' of ending '{nid}'")
        if self.scoring.model != "1.1":
            return Ending(title, e.outcome, e.breakthrough, reflect=reflect)
        amount = self.scoring.aftermath_for(e.outcome)
        text = None
        if e.aftermath is not None:
            if e.aftermath.safety is not None:
                amount = e.aftermath.safety
            text = self._opt_text(
                e.aftermath.text, (*path, "aftermath", "text"), f"the aftermath of '{nid}'"
            )
        if text is None and amount:
            text = reflection.aftermath_text(e.outcome, amount)
        return Ending(title, e.outcome, e.breakthrough, amount, text, reflect)

    def _choices(
        self, nid: str, items: list[ChoiceDef], responses: Mapping[str, Label]
    ) -> tuple[Choice, ...]:
        if not items:
            self.r.error(
                codes.EMPTY_CHOICES,
                f"node '{nid}' has an empty list of choices",
                ("nodes", nid, "choices"),
            )
        return tuple(self._choice(nid, i, c, responses) for i, c in enumerate(items))

    def _choice(self, nid: str, i: int, c: ChoiceDef, responses: Mapping[str, Label]) -> Choice:
        path: Path = ("nodes", nid, "choices", i)
        what = f"choice {i + 1} of node '{nid}'"
        cid = c.id or f"{nid}.{i + 1}"
        self._unique_choice_id(cid, path)
        self._ref(c.goto, self.d.nodes, "node", (*path, "goto"))
        self._ref(c.response, responses, "response type", (*path, "response"))
        self._ref(c.routine, self.routines, "routine", (*path, "routine"))
        if c.unavailable is not None and c.if_ is None:
            self.r.warning(
                codes.UNAVAILABLE_WITHOUT_IF,
                f"{what} has 'unavailable' but no 'if', so it is never shown disabled",
                (*path, "unavailable"),
                key=True,
            )
        return Choice(
            id=cid,
            index=i + 1,
            text=self._text(c.text, (*path, "text"), f"the text of {what}"),
            goto=c.goto,
            condition=self._expr(c.if_, (*path, "if")),
            unavailable=self._opt_text(
                c.unavailable, (*path, "unavailable"), f"'unavailable' of {what}"
            ),
            once=c.once,
            effects=self._effects(c.effects, (*path, "effects")),
            response=c.response,
            feedback=self._opt_text(c.feedback, (*path, "feedback"), f"'feedback' of {what}"),
            line=self.r.pos(path).line,
            routine=c.routine,
            column=self.r.pos(path).column,
        )

    def _unique_choice_id(self, cid: str, path: Path) -> None:
        first = self.choice_ids.get(cid)
        if first is not None:
            line = self.r.pos(first).line
            self.r.error(
                codes.DUPLICATE_ID,
                f"choice id '{cid}' is used twice (first at line {line})",
                (*path, "id"),
            )
        else:
            self.choice_ids[cid] = path

    def _next(self, nid: str, raw: str | list[BranchDef]) -> tuple[Branch, ...]:
        path: Path = ("nodes", nid, "next")
        if isinstance(raw, str):
            self._ref(raw, self.d.nodes, "node", path)
            return (Branch(raw),)
        if not raw:
            self.r.error(codes.BRANCH_FALLBACK, f"node '{nid}' has an empty 'next' list", path)
        branches = []
        for i, b in enumerate(raw):
            bpath = (*path, i)
            self._ref(b.goto, self.d.nodes, "node", (*bpath, "goto"))
            last = i == len(raw) - 1
            if last and b.if_ is not None:
                self.r.error(
                    codes.BRANCH_FALLBACK,
                    f"the last branch of node '{nid}' must have "
                    "no 'if': it is the fallback when no other branch holds",
                    (*bpath, "if"),
                    key=True,
                )
            elif not last and b.if_ is None:
                self.r.error(
                    codes.BRANCH_FALLBACK,
                    f"branch {i + 1} of node '{nid}' has no "
                    "'if'; only the last branch may go without one",
                    bpath,
                )
            because = self._opt_text(b.because, (*bpath, "because"), f"'because' of {nid}")
            branches.append(Branch(b.goto, self._expr(b.if_, (*bpath, "if")), because))
        return tuple(branches)

    def _expr(self, source: str | None, path: Path) -> Expr | None:
        if source is None:
            return None
        try:
            expr = compile_expr(source, self.value_types, self.d.nodes)
        except ExprError as err:
            self.r.error(err.code, err.message, path, offset=err.column - 1)
            return None
        self.used_names |= expr.reads_names
        return expr

    def _effects(self, raw: Mapping[str, Any] | None, path: Path) -> tuple[Effect, ...]:
        out = []
        for name, value in (raw or {}).items():
            effect = self._effect(name, value, (*path, name))
            if effect is not None:
                out.append(effect)
        return tuple(out)

    def _effect(self, name: str, value: Any, path: Path) -> Effect | None:
        kind = self.value_types.get(name)
        if kind is None:
            self.r.error(
                codes.UNKNOWN_REFERENCE,
                f"unknown meter or flag '{name}'{did_you_mean(name, self.value_types)}",
                path,
                key=True,
            )
            return None
        self.used_names.add(name)
        if kind is bool:
            if isinstance(value, bool):
                return Effect(name, "flag", value)
            self.r.error(
                codes.BAD_EFFECT_VALUE, f"'{name}' is a flag: set it to true or false", path
            )
        elif isinstance(value, int) and not isinstance(value, bool):
            return Effect(name, "add", value)
        elif isinstance(value, str) and value.startswith("="):
            number = set_value(value)  # None: too large, reported as DB110 (limits)
            return Effect(name, "set", number) if number is not None else None
        else:
            self.r.error(
                codes.BAD_EFFECT_VALUE,
                f"'{name}' is a meter: add a whole number "
                f'(like 5 or -10) or set it with a text like "=50"',
                path,
            )
        return None

    # -- graph and usage warnings ---------------------------------------------------

    def _edges(self) -> dict[str, set[str]]:
        edges: dict[str, set[str]] = {}
        deadline = self.d.deadline_node
        for nid, n in self.d.nodes.items():
            targets = {c.goto for c in n.choices or ()}
            if isinstance(n.next, str):
                targets.add(n.next)
            elif n.next:
                targets |= {b.goto for b in n.next}
            if deadline and n.ending is None:
                targets.add(deadline)  # the deadline rule can fire on any move
            edges[nid] = {t for t in targets if t in self.d.nodes}
        return edges

    def _check_graph(self) -> None:
        if self.d.start not in self.d.nodes:
            return
        edges = self._edges()
        reachable = _closure({self.d.start}, edges)
        for nid in self.d.nodes:
            if nid not in reachable:
                self.r.warning(
                    codes.UNREACHABLE_NODE,
                    f"node '{nid}' cannot be reached from the start node '{self.d.start}'",
                    ("nodes", nid),
                    key=True,
                )
        reverse: dict[str, set[str]] = {nid: set() for nid in self.d.nodes}
        for src, targets in edges.items():
            for t in targets:
                reverse[t].add(src)
        endings = {nid for nid, n in self.d.nodes.items() if n.ending is not None}
        can_end = _closure(endings, reverse)
        for nid in self.d.nodes:
            if nid in reachable and nid not in can_end:
                self.r.warning(
                    codes.NO_ENDING_REACHABLE,
                    f"no ending can be reached from node '{nid}'",
                    ("nodes", nid),
                    key=True,
                )

    def _check_unused(self) -> None:
        speakers = {n.speaker for n in self.d.nodes.values()} | {self.d.client}
        places = {n.place for n in self.d.nodes.values()}
        self.used_names |= self._names_in_texts()
        for cid in self.d.characters:
            if cid not in speakers:
                self._unused("character", cid, ("characters", cid))
        for pid in self.d.places:
            if pid not in places:
                self._unused("place", pid, ("places", pid))
        for name in self.d.meters:
            if name not in self.used_names:
                self._unused("meter", name, ("meters", name))
        for i, flag in enumerate(self.d.flags):
            if flag not in self.used_names:
                self._unused("flag", flag, ("flags", i))

    def _unused(self, kind: str, name: str, path: Path) -> None:
        self.r.warning(codes.UNUSED, f"{kind} '{name}' is never used", path, key=path[-1] == name)

    def _names_in_texts(self) -> set[str]:
        names: set[str] = set()
        for string in _strings(self.r.doc.data):
            if "{" in string:
                names |= {n for n in self.value_types if "{" + n + "}" in string}
        return names


def _strings(data: Any) -> Iterable[str]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _points(defaults: tuple[tuple[Any, int], ...], written: Any) -> tuple[tuple[Any, int], ...]:
    """The default points with the ones the author wrote in their place."""
    if written is None:
        return defaults
    return tuple(
        (name, points if getattr(written, name) is None else int(getattr(written, name)))
        for name, points in defaults
    )


def _closure(seeds: set[str], edges: Mapping[str, set[str]]) -> set[str]:
    seen = set(seeds)
    stack = list(seeds)
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _is_unsafe_path(rel: str) -> bool:
    posix, windows = PurePosixPath(rel), PureWindowsPath(rel)
    return (
        not rel.strip()
        or posix.is_absolute()
        or windows.is_absolute()
        or bool(windows.drive)
        or rel.startswith(("/", "\\"))
        or ".." in posix.parts
        or ".." in windows.parts
        or "\x00" in rel
    )
