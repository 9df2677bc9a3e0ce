"""The terminal player's interface text (Dutch B1 and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "title": {"nl": "Casus: {title}", "en": "Case: {title}"},
    "place": {"nl": "Plek: {place}", "en": "Place: {place}"},
    "narration": {"nl": "Verteller", "en": "Narrator"},
    "disabled": {
        "nl": "Niet mogelijk: {text} Reden: {reason}",
        "en": "Not possible: {text} Reason: {reason}",
    },
    "prompt": {
        "nl": "Jouw keuze (een nummer, u = terug, q = stoppen): ",
        "en": "Your choice (a number, u = undo, q = quit): ",
    },
    "bad_input": {
        "nl": "Dat begrijp ik niet. Typ een nummer van 1 tot {n}, of u of q.",
        "en": "I didn't understand that. Type a number from 1 to {n}, or u or q.",
    },
    "undone": {"nl": "Je laatste keuze is teruggenomen.", "en": "Your last choice was undone."},
    "nothing_to_undo": {
        "nl": "Er is nog geen keuze om terug te nemen.",
        "en": "There is nothing to undo yet.",
    },
    "stopped": {"nl": "Gestopt vóór het einde.", "en": "Stopped before the end."},
    "stuck": {
        "nl": "Fout in de casus: bij '{node}' is geen keuze mogelijk.",
        "en": "Error in the case: no choice is possible at '{node}'.",
    },
    "looping": {
        "nl": "Fout in de casus: bij '{node}' gaat het verhaal steeds rond zonder keuze. "
        "Het spel stopt hier.",
        "en": "Error in the case: at '{node}' the story goes round and round without a "
        "choice. Play stops here.",
    },
    "status": {
        "nl": "{client} wacht nu {wait} van de {deadline} dagen. Nog {left} dagen over.",
        "en": "{client} has now waited {wait} of {deadline} days. {left} days left.",
    },
    "status_over": {
        "nl": "{client} wacht nu {wait} dagen. De deadline van {deadline} dagen is voorbij.",
        "en": "{client} has now waited {wait} days. The deadline of {deadline} days has passed.",
    },
    "safety": {"nl": "Jouw veiligheid: {value} van {max}.", "en": "Your safety: {value} of {max}."},
    "safety_label": {"nl": "{label}: {value} van {max}.", "en": "{label}: {value} of {max}."},
    "your_safety": {"nl": "Jouw veiligheid", "en": "Your safety"},
    "meter": {"nl": "{label}: {value}.", "en": "{label}: {value}."},
    "change_wait": {
        "nl": "{sign}{days} wachten voor {client}",
        "en": "{sign}{days} of waiting for {client}",
    },
    "change_safety": {"nl": "{sign}{n} {label}", "en": "{sign}{n} {label}"},
    "change_meter": {"nl": "{sign}{n} {label}", "en": "{sign}{n} {label}"},
    "changes": {"nl": "Gevolg: {changes}.", "en": "Result: {changes}."},
    "deadline_hit": {"nl": "De deadline is bereikt.", "en": "The deadline has been reached."},
    "ending": {"nl": "Einde: {title}", "en": "Ending: {title}"},
    "outcome": {
        "nl": "Uitkomst: {outcome}. {breakthrough}.",
        "en": "Outcome: {outcome}. {breakthrough}.",
    },
    "score": {"nl": "Score: {score} van 100.", "en": "Score: {score} out of 100."},
    "best": {"nl": "Beste haalbare score: {best}.", "en": "Best score the case allows: {best}."},
    "best_sample": {
        "nl": "Beste score die de analyse vond: {best} (niet alles is doorzocht).",
        "en": "Best score the analysis found: {best} (not every way was searched).",
    },
    "level": {
        "nl": "{level}. Uitkomst: {outcome}.",
        "en": "{level}. Outcome: {outcome}.",
    },
    "ending_days": {
        "nl": "{client} wachtte {wait} van de {deadline} dagen.",
        "en": "{client} waited {wait} of {deadline} days.",
    },
    "ending_days_over": {
        "nl": "{client} wachtte {wait} dagen: langer dan de {deadline} dagen die er waren.",
        "en": "{client} waited {wait} days: longer than the {deadline} days there were.",
    },
    "aftermath": {"nl": "{text} ({change} {label}.)", "en": "{text} ({change} {label}.)"},
    "ending_safety": {
        "nl": "{label} aan het eind: {value} van {max}.",
        "en": "{label} at the end: {value} of {max}.",
    },
    "parts": {
        "nl": "Zo telt het: uitkomst {outcome} + doorbraak {level} + dagen en {label} "
        "{meters} (van de {meters_max}) = {total} van {top}.",
        "en": "How it adds up: outcome {outcome} + breakthrough {level} + days and {label} "
        "{meters} (of {meters_max}) = {total} of {top}.",
    },
    "reflect": {"nl": "Denk na:", "en": "Think about it:"},
    "reflect_item": {"nl": "- {text}", "en": "- {text}"},
    "counter_moves": {
        "nl": 'Tegenzetten bij "{routine}":',
        "en": 'Counter-moves to "{routine}":',
    },
    "own": {"nl": "Jouw eigen 'mag niet':", "en": "Your own 'not allowed':"},
    "own_item": {
        "nl": '- Je koos: {choice} Zo gebruikte je zelf de routine "{routine}".',
        "en": '- You chose: {choice} With that you used the routine "{routine}" yourself.',
    },
    "own_item_plain": {
        "nl": "- Je koos: {choice} Zo ging je zelf mee met het 'nee'.",
        "en": "- You chose: {choice} With that you went along with the 'no' yourself.",
    },
    "causes": {"nl": "Waarom het zo liep:", "en": "Why it went this way:"},
    "score_client": {
        "nl": "Voor {client}: {points} punten. {client} wachtte {wait} van de {deadline} dagen.",
        "en": "For {client}: {points} points. {client} waited {wait} of {deadline} days.",
    },
    "score_safety": {
        "nl": "Voor jou: {points} punten. Je veiligheid eindigde op {value} van {max}.",
        "en": "For you: {points} points. Your safety ended at {value} of {max}.",
    },
    "debrief": {
        "nl": "Nabespreking: de routines die je tegenkwam",
        "en": "Debrief: the routines you met",
    },
    "debrief_item": {
        "nl": '{speaker} gebruikte de routine "{routine}". Jij koos: {response}.',
        "en": '{speaker} used the routine "{routine}". You chose: {response}.',
    },
    "debrief_none": {"nl": "Je kwam geen routines tegen.", "en": "You met no routines."},
    "feedback": {"nl": "Wat deed dat? {feedback}", "en": "What did it do? {feedback}"},
    "someone": {"nl": "Iemand", "en": "Someone"},
    "no_response": {"nl": "een keuze zonder type", "en": "a choice without a type"},
    "log_written": {
        "nl": "Het logboek van dit spel staat in: {path}",
        "en": "The log of this game is in: {path}",
    },
    "debrief_command": {
        "nl": "Wil je je persoonlijke nabespreking als webpagina? Dat kan met: {command}",
        "en": "To make your personal debrief as a web page, run: {command}",
    },
    "debrief_prompt": {
        "nl": "Typ d en Enter om je nabespreking nu te maken, of alleen Enter om te stoppen: ",
        "en": "Type d and Enter to make your debrief now, or just Enter to finish: ",
    },
    "debrief_written": {
        "nl": "Je nabespreking staat in: {path}",
        "en": "Your debrief is in: {path}",
    },
    "debrief_failed": {
        "nl": "De nabespreking kon niet worden gemaakt: {reason}",
        "en": "The debrief could not be made: {reason}",
    },
}
