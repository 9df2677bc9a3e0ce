"""What the report skipped or doubted, with a stable code so it can be said in any language."""

from __future__ import annotations

from dataclasses import dataclass

# code -> (nl, en); ``{detail}`` is filled in (escaped by whoever shows it).
MESSAGES: dict[str, tuple[str, str]] = {
    "unreadable": ("kan het bestand niet lezen: {detail}", "cannot read the file: {detail}"),
    "too_large": (
        "bestand is te groot voor een log ({detail})",
        "file is too large for a log ({detail})",
    ),
    "not_utf8": ("regel is geen UTF-8-tekst; overgeslagen", "line is not UTF-8 text; skipped"),
    "bad_json": ("regel is geen geldige JSON; overgeslagen", "line is not valid JSON; skipped"),
    "truncated": (
        "laatste regel is afgebroken (spel gestopt tijdens het schrijven); overgeslagen",
        "last line is cut off (game stopped while writing); skipped",
    ),
    "not_record": ("regel is geen logregel; overgeslagen", "line is not a log record; skipped"),
    "bad_record": ("ongeldige {detail}-regel; overgeslagen", "invalid {detail} record; skipped"),
    "unknown_type": (
        "onbekend soort regel '{detail}'; overgeslagen",
        "unknown record type '{detail}'; skipped",
    ),
    "no_start": (
        "geen geldige startregel; hele log overgeslagen",
        "no valid start record; log skipped",
    ),
    "newer_format": (
        "logformaat {detail} is nieuwer dan dit programma kent; log overgeslagen",
        "log format {detail} is newer than this program reads; log skipped",
    ),
    "extra_start": ("tweede startregel; overgeslagen", "second start record; skipped"),
    "bad_undo": (
        "terugdraaien past niet bij de laatste keuze; overgeslagen",
        "undo does not match the last choice; skipped",
    ),
    "after_end": ("keuze na het einde; overgeslagen", "choice after the ending; skipped"),
    "unknown_scenario": (
        "casus '{detail}' niet gevonden; log overgeslagen",
        "scenario '{detail}' not found; log skipped",
    ),
    "other_version": (
        "gemaakt met een andere versie van de casus ({detail}); teksten uit de huidige versie",
        "made with another version of the scenario ({detail}); texts come from the current version",
    ),
    "unknown_choice": (
        "keuze '{detail}' bestaat niet (meer) in de casus",
        "choice '{detail}' does not exist (any more) in the scenario",
    ),
    "duplicate": (
        "hetzelfde spel als {detail}; één keer geteld",
        "the same playthrough as {detail}; counted once",
    ),
    "not_found": ("bestand of map bestaat niet", "no such file or folder"),
    "no_logs_in_dir": ("geen .jsonl-logs in deze map", "no .jsonl logs in this folder"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    file: str
    line: int | None = None
    detail: str = ""

    def message(self, lang: str) -> str:
        nl, en = MESSAGES.get(self.code, ("{detail}", "{detail}"))
        return (en if lang == "en" else nl).replace("{detail}", self.detail)

    def format(self, lang: str = "en") -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message(lang)}"
