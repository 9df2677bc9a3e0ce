"""xAPI 1.0.3 statements, so an organisation can collect playthroughs in a Learning Record Store.

Per playthrough: ``launched`` the scenario, one ``answered`` per choice on
the path, and ``completed`` with the score when it reached an ending. The
actor is an account on the organisation's base IRI named by the player's
alias (no e-mail addresses). Statement ids are UUIDs derived from the log,
so exporting the same logs twice gives the same statements and an LRS can
drop the duplicates.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any
from urllib.parse import quote, urlsplit

from game.engine.model import Scenario, Text
from game.log.logformat import timestamp
from game.log.reader import PlayLog, Step
from game.trainer.build import Report

VERSION = "1.0.3"
DEFAULT_BASE = "https://doorbraak.example/xapi"
VERBS = {
    "launched": ("http://adlnet.gov/expapi/verbs/launched", "launched", "gestart"),
    "answered": ("http://adlnet.gov/expapi/verbs/answered", "answered", "beantwoord"),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "completed", "voltooid"),
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-US"}
# Fixed, so ids are the same on every machine: uuid5 of the project's name.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://doorbraak.example/xapi/statement-ids")


def check_base(base: str) -> str | None:
    """Why ``base`` cannot be the IRI base, or None when it can."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"--xapi-base must be an http(s) address such as {DEFAULT_BASE}, not '{base}'"
    if parts.query or parts.fragment or any(c.isspace() for c in base):
        return f"--xapi-base must not have spaces, '?' or '#': '{base}'"
    return None


def report_statements(report: Report, base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    base = base.rstrip("/")
    out: list[dict[str, Any]] = []
    used: set[str] = set()  # an LRS refuses a batch that repeats a statement id
    for group in report.groups:
        shared: dict[tuple[str, ...], Any] = {}  # IRIs and activities, the same for every log
        for log in group.logs:
            reg = registration(log)
            if reg in used:  # an edited copy of a log keeps its id: it is another attempt
                reg = str(uuid.uuid5(NAMESPACE, f"copy/{reg}/{log.digest}/{log.path}"))
            used.add(reg)
            out.extend(log_statements(log, group.scenario, base, shared, reg))
    return out


def statements_json(statements: list[dict[str, Any]]) -> str:
    """A JSON array with one statement per line: readable, and fast (the C encoder)."""
    lines = ",\n".join(json.dumps(s, ensure_ascii=False, separators=(",", ":")) for s in statements)
    return "[\n" + lines + "\n]\n"


def log_statements(
    log: PlayLog,
    scenario: Scenario,
    base: str,
    shared: dict[tuple[str, ...], Any] | None = None,
    registration_id: str | None = None,
) -> list[dict[str, Any]]:
    maker = _Maker(log, scenario, base, {} if shared is None else shared, registration_id)
    statements = [maker.statement("launched", maker.scenario_activity(), log.started_at)]
    for step in log.steps:
        statements.append(maker.answered(step))
    if log.end is not None:
        statements.append(maker.completed())
    return [_with_content_id(s, maker.registration, n) for n, s in enumerate(statements, 1)]


def _with_content_id(
    statement: dict[str, Any], registration_id: str, number: int
) -> dict[str, Any]:
    """The statement with an id from its place in the game *and its content*.

    An LRS must refuse a statement whose id it has with other content (409), and
    refuses the whole batch for it: so exporting the same logs again gives the same
    ids (the LRS sees duplicates), and another base or an edited case gives new ones
    (new statements) instead of a refused batch.
    """
    body = {key: value for key, value in statement.items() if key != "id"}
    content = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    verb = statement["verb"]["id"]
    statement["id"] = str(uuid.uuid5(NAMESPACE, f"{registration_id}/{number}/{verb}/{digest}"))
    return statement


class _Maker:
    def __init__(
        self,
        log: PlayLog,
        scenario: Scenario,
        base: str,
        shared: dict[tuple[str, ...], Any],
        registration_id: str | None = None,
    ) -> None:
        self.log, self.scenario, self.base = log, scenario, base
        self.registration = registration_id or registration(log)
        self.count = 0
        self.shared = shared

    def iri(self, *segments: str) -> str:
        key = ("iri", *segments)
        if key not in self.shared:
            self.shared[key] = self.base + "/" + "/".join(quote(s, safe="") for s in segments)
        return str(self.shared[key])

    def extension(self, name: str) -> str:
        return self.iri("extensions", name)

    def statement(self, verb: str, activity: dict[str, Any], at: Any) -> dict[str, Any]:
        self.count += 1
        verb_id, en, nl = VERBS[verb]
        statement: dict[str, Any] = {
            "id": "",  # from the content, once the statement is whole (_with_content_id)
            "actor": self.actor(),
            "verb": {"id": verb_id, "display": {"en-US": en, "nl-NL": nl}},
            "object": activity,
            "context": self.context(top=activity["id"] == self.scenario_iri()),
            "version": VERSION,
        }
        if at is not None:
            statement["timestamp"] = timestamp(at)
        return statement

    def actor(self) -> dict[str, Any]:
        alias = self.log.player or "anonymous"
        return {
            "objectType": "Agent",
            "name": alias,
            "account": {"homePage": self.base, "name": alias},
        }

    def context(self, top: bool) -> dict[str, Any]:
        context: dict[str, Any] = {
            "registration": self.registration,
            "platform": "Doorbraak",
            "language": LANGUAGE_TAGS.get(self.log.lang, "nl-NL"),
            "extensions": {self.extension("mode"): self.log.mode},
        }
        if not top:
            parent = {"objectType": "Activity", "id": self.scenario_iri()}
            context["contextActivities"] = {"parent": [parent]}
        return context

    def scenario_iri(self) -> str:
        return self.iri("scenarios", self.scenario.id)

    def scenario_activity(self) -> dict[str, Any]:
        definition: dict[str, Any] = {
            "name": _lang_map(self.scenario.title, self.scenario),
            "type": SIMULATION,
        }
        if self.scenario.summary is not None:
            definition["description"] = _lang_map(self.scenario.summary, self.scenario)
        return {"objectType": "Activity", "id": self.scenario_iri(), "definition": definition}

    def node_activity(self, node_id: str) -> dict[str, Any]:
        key = ("node", node_id)
        if key not in self.shared:  # statements may share it: it is only ever serialised
            self.shared[key] = self._node_activity(node_id)
        return dict(self.shared[key])

    def _node_activity(self, node_id: str) -> dict[str, Any]:
        node = self.scenario.nodes.get(node_id)
        definition: dict[str, Any] = {"type": INTERACTION, "interactionType": "choice"}
        if node is not None:
            definition["name"] = _lang_map(node.text, self.scenario, neutral=True)
            definition["choices"] = [
                {"id": c.id, "description": _lang_map(c.text, self.scenario, neutral=True)}
                for c in node.choices or ()
            ]
        return {
            "objectType": "Activity",
            "id": self.iri("scenarios", self.scenario.id, "nodes", node_id),
            "definition": definition,
        }

    def answered(self, step: Step) -> dict[str, Any]:
        statement = self.statement("answered", self.node_activity(step.node), step.at)
        extensions: dict[str, Any] = {
            self.extension("wait_days"): step.meters.get("wait_days"),
            self.extension("safety"): step.meters.get("safety"),
        }
        if step.response:
            extensions[self.extension("response")] = step.response
        if step.routine:
            extensions[self.extension("routine")] = step.routine
        statement["result"] = {"response": step.choice, "extensions": extensions}
        return statement

    def completed(self) -> dict[str, Any]:
        end = self.log.end
        assert end is not None
        statement = self.statement("completed", self.scenario_activity(), end.at)
        statement["result"] = {
            "score": {"scaled": end.score / 100, "raw": end.score, "min": 0, "max": 100},
            "success": end.outcome == "good",
            "completion": True,
            "extensions": {
                self.extension("wait_days"): end.wait_days,
                self.extension("safety"): end.safety,
                self.extension("ending"): end.ending,
                self.extension("outcome"): end.outcome,
                self.extension("breakthrough"): end.breakthrough,
            },
        }
        return statement


def registration(log: PlayLog) -> str:
    """The log's own UUID, or one derived from it for logs without a valid one."""
    try:
        return str(uuid.UUID(log.log_id))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, f"log/{log.log_id}/{log.path.name}"))


def _lang_map(text: Text, scenario: Scenario, neutral: bool = False) -> dict[str, str]:
    out = {}
    for lang in scenario.languages:
        if neutral:
            parts = text.parts.get(lang) or text.parts[text.default]
            value = "".join(p.literal if p.name is None else "…" for p in parts)
        else:
            value = text.render(lang)
        out[LANGUAGE_TAGS.get(lang, lang)] = value
    return out
