"""Interface text in Dutch (default) and English.

Each client keeps its own catalogue (a dict key -> {lang: text}) and calls
``tr``; the strings every client shares (outcomes, levels, roles) live here.
Dutch is written at B1 level: short sentences, everyday words.
"""

from __future__ import annotations

from collections.abc import Mapping

UI_LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

Catalogue = Mapping[str, Mapping[str, str]]

SHARED: dict[str, dict[str, str]] = {
    "outcome.good": {"nl": "goed", "en": "good"},
    "outcome.mixed": {"nl": "gemengd", "en": "mixed"},
    "outcome.bad": {"nl": "slecht", "en": "bad"},
    "breakthrough.none": {"nl": "geen doorbraak", "en": "no breakthrough"},
    "breakthrough.incident": {
        "nl": "doorbraak voor deze cliënt",
        "en": "breakthrough for this client",
    },
    "breakthrough.policy": {
        "nl": "doorbraak in het beleid van het team",
        "en": "breakthrough in the team's policy",
    },
    "breakthrough.system": {"nl": "doorbraak in het systeem", "en": "breakthrough in the system"},
    "role.client": {"nl": "cliënt", "en": "client"},
    "role.colleague": {"nl": "collega", "en": "colleague"},
    "role.manager": {"nl": "leidinggevende", "en": "manager"},
    "role.director": {"nl": "directeur", "en": "director"},
    "role.partner": {"nl": "partner", "en": "partner"},
    "role.other": {"nl": "anders", "en": "other"},
    "player.default": {"nl": "Speler", "en": "Player"},
    "days": {"nl": "{n} dagen", "en": "{n} days"},
    "day": {"nl": "{n} dag", "en": "{n} day"},
    "safety.yours": {"nl": "Jouw veiligheid", "en": "Your safety"},
}


def tr(catalogue: Catalogue, key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` (Dutch when missing), with ``{name}`` filled in."""
    entry = catalogue.get(key) or SHARED.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get(DEFAULT_LANGUAGE) or key
    return text.format(**values) if values else text


def days(n: int, lang: str) -> str:
    return tr(SHARED, "day" if abs(n) == 1 else "days", lang, n=n)


_SAFETY_WORD = {"nl": "veiligheid", "en": "safety"}
_DEFAULT_SAFETY_LABELS = frozenset({"veiligheid", "jouw veiligheid", "safety", "your safety"})


def safety_label(label: str | None, lang: str) -> str:
    """Safety's name as a heading: the case's own ("Jouw positie"), or "Jouw veiligheid"."""
    if label and label.casefold() not in ("veiligheid", "safety"):
        return label
    return tr(SHARED, "safety.yours", lang)


def safety_word(label: str | None, lang: str) -> str:
    """Safety's name inside a sentence ("−2 veiligheid"): the case's own name when it
    has one ("Jouw positie" becomes "−2 jouw positie"), so the change under the meter
    says what the meter says."""
    if not label or label.casefold() in _DEFAULT_SAFETY_LABELS:
        return _SAFETY_WORD.get(lang, _SAFETY_WORD[DEFAULT_LANGUAGE])
    return label[:1].lower() + label[1:]
