"""The window's interface text, Dutch (B1: short sentences, everyday words) and English.

The font has no arrow glyphs, so hints name the keys in words.
"""

from __future__ import annotations

from game.i18n import tr

STRINGS: dict[str, dict[str, str]] = {
    # -- title screen ---------------------------------------------------------
    "app.name": {"nl": "Doorbraak", "en": "Doorbraak"},
    "title.tagline": {
        "nl": "Herken de routines die hulp tegenhouden. En leer ze doorbreken.",
        "en": "Spot the routines that hold help back. And learn to break them.",
    },
    "title.cases": {"nl": "Kies een casus", "en": "Choose a case"},
    "title.no_cases": {
        "nl": "Er staan nog geen casussen in de map scenarios.",
        "en": "There are no cases in the scenarios folder yet.",
    },
    "title.checking": {"nl": "Wordt gecontroleerd…", "en": "Being checked…"},
    "title.broken": {"nl": "Bevat fouten", "en": "Has errors"},
    "title.selected": {"nl": "Gekozen", "en": "Chosen"},
    "title.languages": {"nl": "Talen: {langs}", "en": "Languages: {langs}"},
    "title.name": {"nl": "Jouw naam", "en": "Your name"},
    "title.name_placeholder": {"nl": "Typ hier je naam", "en": "Type your name here"},
    "title.language": {"nl": "Taal", "en": "Language"},
    "title.mode": {"nl": "Zo speel je", "en": "How you play"},
    "title.start": {"nl": "Start de casus", "en": "Start the case"},
    "title.continue": {"nl": "Verder spelen", "en": "Continue"},
    "title.continue_none": {"nl": "Nog geen opgeslagen spel", "en": "No saved game yet"},
    "title.continue_broken": {
        "nl": "Opgeslagen spel met een probleem",
        "en": "Saved game with a problem",
    },
    "title.settings": {"nl": "Instellingen", "en": "Settings"},
    "title.quit": {"nl": "Stoppen", "en": "Quit"},
    "title.prev": {"nl": "Vorige", "en": "Previous"},
    "title.next": {"nl": "Volgende", "en": "Next"},
    "title.page": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "title.hint": {
        "nl": "Pijltjes of Tab: kies · Enter: doen · F11: volledig scherm",
        "en": "Arrow keys or Tab: move · Enter: select · F11: full screen",
    },
    "mode.solo": {"nl": "Alleen", "en": "On my own"},
    "mode.facilitator": {"nl": "Met begeleider", "en": "With a facilitator"},
    "lang.nl": {"nl": "Nederlands", "en": "Nederlands"},
    "lang.en": {"nl": "English", "en": "English"},
    "when.today": {"nl": "vandaag om {time}", "en": "today at {time}"},
    "when.date": {"nl": "{date} om {time}", "en": "{date} at {time}"},
    # -- dialogue ---------------------------------------------------------------
    "dlg.continue": {"nl": "Verder", "en": "Continue"},
    "dlg.to_ending": {"nl": "Bekijk de afloop", "en": "See how it ends"},
    "dlg.hint_read": {"nl": "Spatie, Enter of klik: verder", "en": "Space, Enter or click: go on"},
    "dlg.hint_choose": {
        "nl": "Kies met 1 tot {n}, de pijltjes of de muis",
        "en": "Choose with 1 to {n}, the arrow keys or the mouse",
    },
    "dlg.hint_choose_one": {
        "nl": "Kies met 1, de pijltjes of de muis",
        "en": "Choose with 1, the arrow keys or the mouse",
    },
    "dlg.hint_keys": {
        "nl": "H: wat er gezegd is · Backspace: keuze terug · Esc: menu",
        "en": "H: what was said · Backspace: undo a choice · Esc: menu",
    },
    "dlg.unavailable": {"nl": "Kan nu niet: {reason}", "en": "Not possible now: {reason}"},
    "dlg.more_choices": {"nl": "Meer keuzes", "en": "More choices"},
    "dlg.prev_choices": {"nl": "Vorige keuzes", "en": "Previous choices"},
    "dlg.choices_page": {"nl": "Keuzes {n} van {total}", "en": "Choices {n} of {total}"},
    "dlg.page": {"nl": "{n}/{total}", "en": "{n}/{total}"},
    "dlg.stuck": {
        "nl": "Fout in de casus: hier kun je niets kiezen. Neem je laatste keuze terug "
        "met Backspace, of open het menu met Esc.",
        "en": "Error in the case: there is nothing to choose here. Take back your last "
        "choice with Backspace, or open the menu with Esc.",
    },
    "dlg.undone": {
        "nl": "Je laatste keuze is teruggenomen.",
        "en": "Your last choice was taken back.",
    },
    "dlg.nothing_to_undo": {
        "nl": "Er is nog geen keuze om terug te nemen.",
        "en": "There is no choice to take back yet.",
    },
    "dlg.deadline": {"nl": "De deadline is bereikt", "en": "The deadline has been reached"},
    "dlg.not_saved": {
        "nl": "Let op: je spel kon niet worden bewaard.",
        "en": "Note: your game could not be saved.",
    },
    "reload.kept": {
        "nl": "De casus is opnieuw geladen. Je speelt verder waar je was.",
        "en": "The case was reloaded. You carry on where you were.",
    },
    "reload.replayed": {
        "nl": "De casus is opnieuw geladen. Je keuzes zijn opnieuw gespeeld.",
        "en": "The case was reloaded. Your choices were played again.",
    },
    "reload.restarted": {
        "nl": "De casus is opnieuw geladen. Je keuzes passen niet meer: je begint opnieuw.",
        "en": "The case was reloaded. Your choices no longer fit: you start again.",
    },
    # -- the HUD ----------------------------------------------------------------------
    "hud.calendar": {"nl": "Kalender van {client}", "en": "{client}'s calendar"},
    "hud.day": {"nl": "Dag {wait} van {deadline}", "en": "Day {wait} of {deadline}"},
    "hud.left": {"nl": "nog {n} dagen", "en": "{n} days left"},
    "hud.left_one": {"nl": "nog 1 dag", "en": "1 day left"},
    "hud.late": {"nl": "{n} dagen te laat", "en": "{n} days late"},
    "hud.late_one": {"nl": "1 dag te laat", "en": "1 day late"},
    "hud.due": {"nl": "de deadline is vandaag", "en": "the deadline is today"},
    "hud.safety": {"nl": "Jouw veiligheid", "en": "Your safety"},
    "hud.of": {"nl": "{value} van {max}", "en": "{value} of {max}"},
    "fx.days": {"nl": "{sign}{n} dagen", "en": "{sign}{n} days"},
    "fx.day": {"nl": "{sign}{n} dag", "en": "{sign}{n} day"},
    "fx.safety": {"nl": "{sign}{n} veiligheid", "en": "{sign}{n} safety"},
    "fx.meter": {"nl": "{sign}{n} {label}", "en": "{sign}{n} {label}"},
    # -- history -------------------------------------------------------------------------
    "hist.title": {"nl": "Wat er gezegd is", "en": "What was said"},
    "hist.you": {"nl": "Jij", "en": "You"},
    "hist.narration": {"nl": "Verteller", "en": "Narrator"},
    "hist.close": {"nl": "Terug naar het gesprek", "en": "Back to the conversation"},
    "hist.hint": {
        "nl": "Pijltjes, Page Up/Down of muiswiel: bladeren · H of Esc: terug",
        "en": "Arrow keys, Page Up/Down or mouse wheel: browse · H or Esc: back",
    },
    "hist.position": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    # -- pause ----------------------------------------------------------------------
    "pause.title": {"nl": "Pauze", "en": "Paused"},
    "pause.resume": {"nl": "Verder spelen", "en": "Resume"},
    "pause.settings": {"nl": "Instellingen", "en": "Settings"},
    "pause.history": {"nl": "Wat er gezegd is", "en": "What was said"},
    "pause.save_quit": {"nl": "Opslaan en naar het begin", "en": "Save and go to the start"},
    "pause.note": {
        "nl": "Je spel wordt na elke keuze vanzelf bewaard.",
        "en": "Your game is saved by itself after every choice.",
    },
    # -- settings -------------------------------------------------------------------------
    "set.title": {"nl": "Instellingen", "en": "Settings"},
    "set.speed": {"nl": "Snelheid van de tekst", "en": "Text speed"},
    "speed.slow": {"nl": "Langzaam", "en": "Slow"},
    "speed.normal": {"nl": "Normaal", "en": "Normal"},
    "speed.fast": {"nl": "Snel", "en": "Fast"},
    "speed.instant": {"nl": "Meteen", "en": "Instant"},
    "set.size": {"nl": "Grootte van de tekst", "en": "Text size"},
    "size.0": {"nl": "Normaal", "en": "Normal"},
    "size.1": {"nl": "Groot", "en": "Large"},
    "size.2": {"nl": "Extra groot", "en": "Extra large"},
    "set.contrast": {"nl": "Hoog contrast", "en": "High contrast"},
    "set.fullscreen": {"nl": "Volledig scherm", "en": "Full screen"},
    "set.language": {"nl": "Taal", "en": "Language"},
    "set.off": {"nl": "Uit", "en": "Off"},
    "set.on": {"nl": "Aan", "en": "On"},
    "set.preview": {
        "nl": "Zo ziet de tekst eruit. Sanne wacht al 12 dagen op een woning.",
        "en": "This is how text looks. Sanne has waited 12 days for a home.",
    },
    "set.done": {"nl": "Klaar", "en": "Done"},
    "set.hint": {
        "nl": "Pijltjes omhoog en omlaag: kies · links en rechts: verander · Esc: klaar",
        "en": "Up and down: pick a line · left and right: change · Esc: done",
    },
    "set.where": {"nl": "Bewaard in {path}", "en": "Saved in {path}"},
    "settings.unreadable": {
        "nl": "Je instellingen konden niet worden gelezen. De game gebruikt de standaard.",
        "en": "Your settings could not be read. The game uses the defaults.",
    },
    "crash.title": {"nl": "Er ging iets mis", "en": "Something went wrong"},
    "crash.to_title": {"nl": "Naar het beginscherm", "en": "To the title screen"},
    "crash.quit": {"nl": "Stoppen", "en": "Quit"},
    "settings.set_aside": {
        "nl": "Je instellingen konden niet worden gelezen. Het oude bestand staat apart "
        "(de naam eindigt op .aside). De game gebruikt de standaard.",
        "en": "Your settings could not be read. The old file was set aside (its name ends "
        "in .aside). The game uses the defaults.",
    },
    "settings.partly": {
        "nl": "Een deel van je instellingen klopte niet. Dat deel staat weer op de standaard.",
        "en": "Part of your settings was not valid. That part is back to the default.",
    },
    "settings.not_saved": {
        "nl": "Je instellingen konden niet worden bewaard.",
        "en": "Your settings could not be saved.",
    },
    # -- ending -------------------------------------------------------------------------
    "end.kicker": {"nl": "Afloop", "en": "How it ended"},
    "end.outcome": {"nl": "Uitkomst: {outcome}", "en": "Outcome: {outcome}"},
    "end.level": {"nl": "Hoe ver kwam je?", "en": "How far did you get?"},
    "end.score": {"nl": "Jouw score", "en": "Your score"},
    "end.of100": {"nl": "van 100", "en": "out of 100"},
    "end.client_part": {
        "nl": "Voor {client}: {points} punten",
        "en": "For {client}: {points} points",
    },
    "end.client_explain": {
        "nl": "{client} wachtte {wait} van de {deadline} dagen. Hoe korter het wachten, "
        "hoe meer punten.",
        "en": "{client} waited {wait} of the {deadline} days. The shorter the wait, the more points.",
    },
    "end.safety_part": {"nl": "Voor jou: {points} punten", "en": "For you: {points} points"},
    "end.safety_explain": {
        "nl": "Je veiligheid eindigde op {value} van {max}. Hoe veiliger jij staat, "
        "hoe meer punten.",
        "en": "Your safety ended at {value} of {max}. The safer you stand, the more points.",
    },
    "end.score_mean": {
        "nl": "Je score is het gemiddelde van deze twee delen.",
        "en": "Your score is the average of these two parts.",
    },
    "end.score_weighted": {
        "nl": "Je score telt het deel van {client} {wc} keer en jouw deel {ws} keer.",
        "en": "Your score counts {client}'s part {wc} times and your part {ws} times.",
    },
    "end.chart": {"nl": "Zo ging het tijdens het spel", "en": "How it went during the game"},
    "end.chart_wait": {"nl": "Dagen dat {client} wacht", "en": "Days {client} waits"},
    "end.chart_safety": {"nl": "Jouw veiligheid", "en": "Your safety"},
    "end.deadline": {"nl": "deadline", "en": "deadline"},
    "end.start": {"nl": "begin", "en": "start"},
    "end.end": {"nl": "einde", "en": "end"},
    "level.none": {"nl": "Geen", "en": "None"},
    "level.incident": {"nl": "Cliënt", "en": "Client"},
    "level.policy": {"nl": "Beleid", "en": "Policy"},
    "level.system": {"nl": "Systeem", "en": "System"},
    "end.debrief": {"nl": "De routines die je tegenkwam", "en": "The routines you met"},
    "end.debrief_none": {
        "nl": "Je kwam in dit spel geen routines tegen.",
        "en": "You met no routines in this game.",
    },
    "end.said": {"nl": "{speaker} zei:", "en": "{speaker} said:"},
    "end.someone": {"nl": "Iemand", "en": "Someone"},
    "end.routine": {"nl": "Routine: {routine}", "en": "Routine: {routine}"},
    "end.you_chose": {"nl": "Jij koos: {response}", "en": "You chose: {response}"},
    "end.you_said": {"nl": "Je zei: {choice}", "en": "You said: {choice}"},
    "end.no_type": {"nl": "een keuze zonder type", "en": "a choice without a type"},
    "end.feedback": {"nl": "Wat deed dat? {feedback}", "en": "What did it do? {feedback}"},
    "end.to_debrief": {"nl": "Nabespreking", "en": "Debrief"},
    "end.to_summary": {"nl": "Afloop", "en": "Summary"},
    "end.undo": {"nl": "Keuze terug", "en": "Undo choice"},
    "end.again": {"nl": "Opnieuw spelen", "en": "Play again"},
    "end.to_title": {"nl": "Naar het begin", "en": "To the start"},
    "end.save_page": {"nl": "Nabespreking opslaan", "en": "Save the debrief"},
    "end.saved_page": {
        "nl": "Je nabespreking staat in {path}. Open het bestand in je browser.",
        "en": "Your debrief is in {path}. Open the file in your browser.",
    },
    "end.page_failed": {
        "nl": "De nabespreking kon niet worden bewaard: {reason}",
        "en": "The debrief could not be saved: {reason}",
    },
    "end.prev": {"nl": "Vorige", "en": "Previous"},
    "end.next": {"nl": "Volgende", "en": "Next"},
    "end.page": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    # -- errors ----------------------------------------------------------------------------
    "err.title": {"nl": "Deze casus heeft fouten", "en": "This case has errors"},
    "err.intro": {
        "nl": "De game kan deze casus niet spelen. Hieronder staat wat er mis is. "
        "De schrijver kan het bestand verbeteren.",
        "en": "The game cannot play this case. Below is what is wrong. "
        "The author can fix the file.",
    },
    "err.live": {
        "nl": "De nieuwe versie van het bestand heeft fouten. Je spel wacht. "
        "Verbeter het bestand en sla het op: de game laadt het dan vanzelf.",
        "en": "The new version of the file has errors. Your game waits. "
        "Fix the file and save it: the game then loads it by itself.",
    },
    "err.where": {"nl": "regel {line}, kolom {column}", "en": "line {line}, column {column}"},
    "err.error": {"nl": "Fout", "en": "Error"},
    "err.warning": {"nl": "Waarschuwing", "en": "Warning"},
    "err.reload": {"nl": "Opnieuw laden", "en": "Load again"},
    "err.back": {"nl": "Terug", "en": "Back"},
    "err.to_title": {"nl": "Naar het begin", "en": "To the start"},
    "err.prev": {"nl": "Vorige", "en": "Previous"},
    "err.next": {"nl": "Volgende", "en": "Next"},
    "err.page": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "err.errors": {"nl": "{n} fouten", "en": "{n} errors"},
    "err.errors_one": {"nl": "1 fout", "en": "1 error"},
    "err.warnings": {"nl": "{n} waarschuwingen", "en": "{n} warnings"},
    "err.warnings_one": {"nl": "1 waarschuwing", "en": "1 warning"},
    # -- saved games ---------------------------------------------------------------------
    "save.changed_title": {"nl": "De casus is veranderd", "en": "The case has changed"},
    "save.changed_body": {
        "nl": "Het bestand van deze casus is aangepast sinds je spel is bewaard. "
        "Je spel past er nog in. Je kunt verder spelen of opnieuw beginnen.",
        "en": "The file of this case was changed after your game was saved. "
        "Your game still fits. You can carry on or start again.",
    },
    "save.no_fit_title": {
        "nl": "Je opgeslagen spel past niet meer",
        "en": "Your saved game no longer fits",
    },
    "save.no_fit_body": {
        "nl": "De casus is aangepast en je opgeslagen spel past er niet meer in. "
        "Je bestand blijft bewaard. Reden: {reason}.",
        "en": "The case was changed and your saved game no longer fits it. "
        "Your file stays where it is. Reason: {reason}.",
    },
    "save.missing_title": {"nl": "Casus niet gevonden", "en": "Case not found"},
    "save.missing_body": {
        "nl": "Het bestand van de casus bestaat niet meer: {file}. "
        "Je opgeslagen spel blijft bewaard.",
        "en": "The case's file no longer exists: {file}. Your saved game stays where it is.",
    },
    "save.unreadable_title": {
        "nl": "Je opgeslagen spel kan niet worden gelezen",
        "en": "Your saved game cannot be read",
    },
    "save.unreadable_body": {
        "nl": "Het bestand blijft staan, de game wist niets. Reden: {reason}.",
        "en": "The file stays where it is; the game deletes nothing. Reason: {reason}.",
    },
    "save.file": {"nl": "Bestand: {path}", "en": "File: {path}"},
    "save.continue_anyway": {"nl": "Toch verder spelen", "en": "Carry on anyway"},
    "save.start_over": {"nl": "Opnieuw beginnen", "en": "Start again"},
    "save.set_aside": {"nl": "Apart zetten", "en": "Set it aside"},
    "save.set_aside_done": {
        "nl": "Het spel is apart gezet als {name}.",
        "en": "The game was set aside as {name}.",
    },
    "save.back": {"nl": "Terug", "en": "Back"},
    "start.exists_title": {
        "nl": "Je hebt al een spel van deze casus",
        "en": "You already have a game of this case",
    },
    "start.exists_body": {
        "nl": "Als je opnieuw begint, komt het nieuwe spel in de plaats van het opgeslagen spel.",
        "en": "If you start again, the new game takes the place of the saved one.",
    },
    "start.new": {"nl": "Opnieuw beginnen", "en": "Start again"},
    "start.resume": {"nl": "Verder met dat spel", "en": "Carry on with that game"},
    # -- facilitator mode (game/ui/facilitator.py) -------------------------------
    "fac.routine_tag": {"nl": "Routine in dit gesprek", "en": "Routine in this conversation"},
    "fac.counter_moves": {"nl": "Wat helpt", "en": "What helps"},
    "fac.discuss": {"nl": "Bespreek met de groep", "en": "Discuss with the group"},
    "fac.chosen": {"nl": "De groep koos", "en": "The group chose"},
    "fac.what_it_did": {"nl": "Wat dit doet", "en": "What this does"},
    "fac.vote_count": {
        "nl": "Stemmen: hoeveel handen per keuze?",
        "en": "Vote: how many hands for each choice?",
    },
    "fac.vote_pick": {"nl": "De uitslag: kies wat je speelt", "en": "The result: choose what to play"},
    "fac.hint_count": {
        "nl": "Typ het aantal handen · Tab of pijltjes: andere keuze · Backspace: wissen "
        "(niets getypt: vorige keuze terugnemen) · Enter: klaar met tellen · T: timer",
        "en": "Type the number of hands · Tab or arrow keys: other choice · Backspace: delete "
        "(nothing typed: take back the last choice) · Enter: done counting · T: timer",
    },
    "fac.hint_pick": {
        "nl": "Speel een keuze met het nummer of een klik · Enter: speel {n}, de meeste stemmen · "
        "Backspace: telling aanpassen · T: timer",
        "en": "Play a choice by its number or a click · Enter: play {n}, the most votes · "
        "Backspace: change the count · T: timer",
    },
    "fac.hint_pick_free": {
        "nl": "Speel een keuze met het nummer of een klik · Backspace: telling aanpassen · T: timer",
        "en": "Play a choice by its number or a click · Backspace: change the count · T: timer",
    },
    "fac.hint_tie": {
        "nl": "Geen duidelijke winnaar. Kies met het nummer of een klik · "
        "Backspace: telling aanpassen",
        "en": "No clear winner. Choose by number or click · Backspace: change the count",
    },
    "fac.hint_routine": {
        "nl": "Enter of klik: verder · T: timer · Esc: pauze",
        "en": "Enter or click: go on · T: timer · Esc: pause",
    },
    "fac.hint_feedback": {
        "nl": "Enter of klik: verder · Backspace: keuze terugnemen · T: timer",
        "en": "Enter or click: go on · Backspace: take the choice back · T: timer",
    },
    "fac.hint_more": {
        "nl": "Enter of klik: volgende deel · T: timer",
        "en": "Enter or click: next part · T: timer",
    },
    "fac.part": {"nl": "Deel {n} van {total}", "en": "Part {n} of {total}"},
    "fac.timer": {"nl": "Bespreektijd {time}", "en": "Discussion {time}"},
    "fac.timer_done": {"nl": "De tijd is om", "en": "Time is up"},
}


def t(key: str, lang: str, **values: object) -> str:
    return tr(STRINGS, key, lang, **values)
