"""The analyser's interface text, Dutch (B1, the default) and English.

Authors are trainers, not programmers: every line says what happens in the
story and what to do about it, in words from the game, not from graph theory.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "title": {
        "nl": "Analyse van casus '{id}' ({file})",
        "en": "Analysis of scenario '{id}' ({file})",
    },
    "complete": {
        "nl": "Alle {states} mogelijke situaties zijn onderzocht. "
        "Wat hieronder staat, geldt voor elke manier van spelen.",
        "en": "All {states} possible situations were explored. "
        "What follows holds for every way to play.",
    },
    "sample": {
        "nl": "STEEKPROEF: er zijn meer dan {max} situaties mogelijk; daar is het zoeken gestopt. "
        "Hieronder staan de {states} onderzochte situaties plus {runs} willekeurige speelrondes "
        "(seed {seed}). Wat je hier ziet, kan echt gebeuren. Maar iets wat de steekproef niet zag, "
        "kan toch mogelijk zijn. Gebruik --max-states om verder te zoeken.",
        "en": "SAMPLE: more than {max} situations are possible; the search stopped there. "
        "What follows covers the {states} situations explored plus {runs} random playthroughs "
        "(seed {seed}). What you see here can really happen, but something the sample did not "
        "see may still be possible. Use --max-states to search further.",
    },
    "too_long": {
        "nl": "{n} speelrondes stopten na {steps} keuzes zonder einde.",
        "en": "{n} playthroughs stopped after {steps} choices without an ending.",
    },
    "endings": {"nl": "Eindes", "en": "Endings"},
    "col.ending": {"nl": "Einde", "en": "Ending"},
    "col.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "col.reached": {"nl": "Haalbaar", "en": "Reachable"},
    "col.wait": {"nl": "Wachtdagen", "en": "Days waited"},
    "col.safety": {"nl": "Veiligheid", "en": "Safety"},
    "col.score": {"nl": "Score", "en": "Score"},
    "col.title": {"nl": "Titel", "en": "Title"},
    "col.choice": {"nl": "Keuze", "en": "Choice"},
    "col.leads_to": {"nl": "Leidt tot", "en": "Leads to"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "NEE", "en": "NO"},
    "seen": {"nl": "gezien", "en": "seen"},
    "not_seen": {"nl": "niet gezien", "en": "not seen"},
    "choices": {
        "nl": "Keuzes: wat er na de keuze nog kan (score, wachtdagen en veiligheid aan het eind)",
        "en": "Choices: what can still happen after the choice (final score, days waited, safety)",
    },
    "choices_sample": {
        "nl": "Keuzes: score, wachtdagen en veiligheid aan het eind, in de steekproef",
        "en": "Choices: final score, days waited and safety, in the sample",
    },
    "node_heading": {"nl": "Bij '{node}' (regel {line})", "en": "At '{node}' (line {line})"},
    "never_taken": {"nl": "nooit gekozen", "en": "never taken"},
    "stuck_too": {"nl": "kan vastlopen", "en": "can get stuck"},
    "problems": {"nl": "Problemen ({n})", "en": "Problems ({n})"},
    "no_problems": {"nl": "Geen problemen gevonden.", "en": "No problems found."},
    "p.unreachable": {
        "nl": "{where}: knoop '{node}' is nooit te bereiken.",
        "en": "{where}: node '{node}' can never be reached.",
    },
    "p.unreachable_sample": {
        "nl": "{where}: knoop '{node}' kwam niet voor in de steekproef "
        "(misschien is hij toch te bereiken).",
        "en": "{where}: node '{node}' was not reached in the sample (it may still be reachable).",
    },
    "p.unavailable": {
        "nl": "{where}: keuze '{choice}' bij '{node}' is nooit beschikbaar. "
        "Kijk naar de 'if' of 'once' van deze keuze.",
        "en": "{where}: choice '{choice}' at '{node}' is never available. "
        "Check this choice's 'if' or 'once'.",
    },
    "p.unavailable_sample": {
        "nl": "{where}: keuze '{choice}' bij '{node}' was nooit beschikbaar in de steekproef.",
        "en": "{where}: choice '{choice}' at '{node}' was never available in the sample.",
    },
    "p.stuck": {
        "nl": "{where}: het verhaal loopt vast bij '{node}': geen enkele keuze is beschikbaar "
        "({values}). {how}",
        "en": "{where}: the story gets stuck at '{node}': no choice is available ({values}). {how}",
    },
    "p.cycle": {
        "nl": "{where}: het verhaal kan blijven rondgaan langs {nodes} zonder ooit een einde "
        "te bereiken. {how}",
        "en": "{where}: the story can keep going round {nodes} without ever reaching an ending. "
        "{how}",
    },
    "p.loop": {
        "nl": "{where}: {nodes} gaan vanzelf (met 'next') in een kring rond: er komt geen keuze "
        "en geen einde. {how}",
        "en": "{where}: {nodes} go round by themselves (with 'next'): no choice and no ending "
        "ever comes. {how}",
    },
    "p.dominated": {
        "nl": "{where}: bij '{node}' is keuze '{choice}' nooit beter dan '{by}': ook in het "
        "beste geval wacht {client} minstens zo lang en is jouw veiligheid niet hoger dan "
        "bij '{by}' in het slechtste geval. "
        "Een echt dilemma heeft voor- en nadelen aan beide kanten.",
        "en": "{where}: at '{node}', choice '{choice}' is never better than '{by}': even at its "
        "best, {client} waits at least as long and your safety is no higher than with '{by}' "
        "at its worst. A real dilemma has a price on both sides.",
    },
    "p.false_dilemma": {
        "nl": "{where}: bij '{node}' maakt de keuze niet uit voor het einde: wat de speler ook "
        "kiest, het verhaal eindigt bij {endings}.",
        "en": "{where}: at '{node}' the choice makes no difference to the ending: whatever the "
        "player chooses, the story ends at {endings}.",
    },
    "how": {
        "nl": "Zo kom je er: {command}",
        "en": "To get there: {command}",
    },
    "how_start": {
        "nl": "Dat gebeurt meteen bij de start.",
        "en": "That happens right at the start.",
    },
    "and": {"nl": "en", "en": "and"},
    "best": {
        "nl": "Beste haalbare score: {score} ({endings}).",
        "en": "Best score the case allows: {score} ({endings}).",
    },
    "best_sample": {
        "nl": "Beste score in de steekproef: {score} ({endings}).",
        "en": "Best score in the sample: {score} ({endings}).",
    },
    "giving_in": {
        "nl": "Toegeven: wat het later kost (in het beste geval, na toegeven tegenover na de "
        "beste tegenzet; meer dan 0 is een prijs)",
        "en": "Giving in: what it costs later (at best, after giving in against after the best "
        "counter-move; above 0 is a price)",
    },
    "col.routine": {"nl": "Routine", "en": "Routine"},
    "col.days_cost": {"nl": "Dagen later", "en": "Days later"},
    "col.safety_cost": {"nl": "Minder veiligheid", "en": "Less safety"},
    "learning": {"nl": "Leercontroles ({n})", "en": "Learning checks ({n})"},
    "no_learning": {
        "nl": "Leercontroles: de score leert de les van de casus (DB801-DB804 vinden niets).",
        "en": "Learning checks: the score teaches the case's lesson (DB801-DB804 find nothing).",
    },
    "learning_sample": {
        "nl": "Leercontroles: niet gedaan, want ze hebben alle situaties nodig (geen steekproef).",
        "en": "Learning checks: not run, because they need every situation (not a sample).",
    },
}
