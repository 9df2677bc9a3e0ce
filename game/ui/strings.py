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
    "title.own": {"nl": "Eigen casus", "en": "Your own case"},
    "title.endings": {
        "nl": "Eindes gevonden: {found} van {total} (E: bekijk)",
        "en": "Endings found: {found} of {total} (E: see them)",
    },
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
        "nl": "Pijltjes of Tab: kies · Enter: doen · E: eindes · F11: volledig scherm",
        "en": "Arrow keys or Tab: move · Enter: select · E: endings · F11: full screen",
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
        "nl": "Kies met {a} tot en met {b}, de pijltjes of de muis",
        "en": "Choose with {a} to {b}, the arrow keys or the mouse",
    },
    "dlg.hint_choose_two": {
        "nl": "Kies met {a} of {b}, de pijltjes of de muis",
        "en": "Choose with {a} or {b}, the arrow keys or the mouse",
    },
    "dlg.hint_choose_one": {
        "nl": "Druk op {n} of Enter, of klik om te kiezen",
        "en": "Press {n} or Enter, or click to choose",
    },
    "dlg.hint_keys": {
        "nl": "H: wat er gezegd is · W: woordenlijst · Backspace: keuze terug · Esc: menu",
        "en": "H: what was said · W: glossary · Backspace: undo a choice · Esc: menu",
    },
    "dlg.looking": {
        "nl": "Je kijkt terug · Page Down, Spatie of Enter: weer verder",
        "en": "Looking back · Page Down, Space or Enter: on again",
    },
    "dlg.skipping": {
        "nl": "Doorspoelen: tekst die je al las · Tab of Ctrl loslaten: stop",
        "en": "Skipping text you read before · Tab, or let go of Ctrl: stop",
    },
    "dlg.auto": {
        "nl": "Leest vanzelf verder · A: stop",
        "en": "Reading on by itself · A: stop",
    },
    "dlg.skip_nothing": {
        "nl": "Deze tekst las je nog niet: er is niets om door te spoelen.",
        "en": "You have not read this text before: there is nothing to skip.",
    },
    "dlg.nothing_before": {
        "nl": "Hier begint de casus: er is niets eerder.",
        "en": "The case starts here: there is nothing before.",
    },
    "dlg.quick_saved": {
        "nl": "Snel opgeslagen (F9: snel laden).",
        "en": "Quick saved (F9: quick load).",
    },
    "dlg.quick_save_failed": {
        "nl": "Snel opslaan lukte niet: de map is niet beschrijfbaar.",
        "en": "Quick save failed: the folder cannot be written.",
    },
    "dlg.no_quick_save": {
        "nl": "Er is nog geen snel opgeslagen spel (F5: snel opslaan).",
        "en": "There is no quick save yet (F5: quick save).",
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
        "nl": "Casus opnieuw geladen. Je speelt verder waar je was.",
        "en": "Case reloaded. You carry on where you were.",
    },
    "reload.replayed": {
        "nl": "Casus opnieuw geladen. Je keuzes zijn opnieuw gespeeld.",
        "en": "Case reloaded. Your choices were played again.",
    },
    "reload.restarted": {
        "nl": "Casus opnieuw geladen. Je keuzes passen niet meer: je begint opnieuw.",
        "en": "Case reloaded. Your choices no longer fit: you start again.",
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
    "fx.safety": {"nl": "{sign}{n} {label}", "en": "{sign}{n} {label}"},
    "fx.meter": {"nl": "{sign}{n} {label}", "en": "{sign}{n} {label}"},
    # -- after a choice, alone (game/ui/screens/feedback.py) -------------------------
    "fb.title": {"nl": "Wat je keuze deed", "en": "What your choice did"},
    "fb.you_said": {"nl": "Je koos: {choice}", "en": "You chose: {choice}"},
    "fb.close": {"nl": "Verder", "en": "Go on"},
    "fb.note": {
        "nl": "Een toets of klik: verder · Backspace: keuze terug · Uitzetten kan bij Instellingen",
        "en": "A key or a click: go on · Backspace: undo the choice · Turn this off in Settings",
    },
    # -- the endings of a case (game/ui/screens/endings.py) ---------------------------
    "ends.title": {"nl": "Eindes van {case}", "en": "Endings of {case}"},
    "ends.count": {
        "nl": "Je vond {found} van de {total} eindes. De andere staan er als '?'.",
        "en": "You found {found} of the {total} endings. The others show as '?'.",
    },
    "ends.not_yet": {"nl": "Nog niet gevonden", "en": "Not found yet"},
    "ends.outcome": {
        "nl": "Uitkomst: {outcome} · {breakthrough}",
        "en": "Outcome: {outcome} · {breakthrough}",
    },
    "ends.close": {"nl": "Terug", "en": "Back"},
    # -- history -------------------------------------------------------------------------
    "hist.title": {"nl": "Wat er gezegd is", "en": "What was said"},
    "hist.you": {"nl": "Jij", "en": "You"},
    "hist.narration": {"nl": "Verteller", "en": "Narrator"},
    "hist.close": {"nl": "Terug naar het gesprek", "en": "Back to the conversation"},
    "hist.hint": {
        "nl": "Pijltjes, Page Up/Down of muiswiel: bladeren · H of Esc: terug",
        "en": "Arrow keys, Page Up/Down or mouse wheel: browse · H or Esc: back",
    },
    "gloss.title": {"nl": "Woordenlijst", "en": "Glossary"},
    "gloss.lead": {
        "nl": "De woorden uit deze casus die je in je werk hoort, in gewone taal uitgelegd.",
        "en": "The words of this case that you hear at work, explained in plain language.",
    },
    "gloss.none": {
        "nl": "Deze casus gebruikt geen woorden uit de woordenlijst.",
        "en": "This case uses no words from the glossary.",
    },
    "gloss.close": {"nl": "Terug", "en": "Back"},
    "gloss.hint": {
        "nl": "Pijltjes, Page Up/Down of muiswiel: bladeren · W of Esc: terug",
        "en": "Arrow keys, Page Up/Down or mouse wheel: browse · W or Esc: back",
    },
    "hist.position": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    # -- pause ----------------------------------------------------------------------
    "pause.title": {"nl": "Pauze", "en": "Paused"},
    "pause.resume": {"nl": "Verder spelen", "en": "Resume"},
    "pause.settings": {"nl": "Instellingen", "en": "Settings"},
    "pause.history": {"nl": "Wat er gezegd is", "en": "What was said"},
    "pause.glossary": {"nl": "Woordenlijst", "en": "Glossary"},
    "pause.endings": {"nl": "Eindes van deze casus", "en": "Endings of this case"},
    "pause.save": {"nl": "Opslaan in een vak", "en": "Save in a slot"},
    "pause.load": {"nl": "Spel laden", "en": "Load a game"},
    "pause.to_title": {"nl": "Naar het begin", "en": "To the start"},
    "pause.quit": {"nl": "Stoppen met spelen", "en": "Quit the game"},
    "pause.note": {
        "nl": "Je spel wordt na elke stap vanzelf bewaard. F5: snel opslaan · F9: snel laden.",
        "en": "Your game is saved by itself after every step. F5: quick save · F9: quick load.",
    },
    "quit.title": {"nl": "Stoppen met spelen?", "en": "Quit the game?"},
    "quit.body": {
        "nl": "Je spel is bewaard. Met Verder spelen op het beginscherm ga je later verder.",
        "en": "Your game is saved. Continue on the start screen takes you back to it later.",
    },
    "quit.yes": {"nl": "Stoppen", "en": "Quit"},
    "quit.no": {"nl": "Verder spelen", "en": "Keep playing"},
    # -- save slots (game/ui/screens/slots.py) -------------------------------------
    "slots.save_title": {"nl": "Opslaan in een vak", "en": "Save in a slot"},
    "slots.load_title": {"nl": "Een spel laden", "en": "Load a game"},
    "slots.save_note": {
        "nl": "Een vak bewaart dit moment, naast je automatische opslag.",
        "en": "A slot keeps this moment, beside your automatic save.",
    },
    "slots.load_note": {
        "nl": "Kies het vak met het spel dat je wilt laden.",
        "en": "Choose the slot with the game you want to load.",
    },
    "slots.slot": {"nl": "Vak {n}", "en": "Slot {n}"},
    "slots.quick": {"nl": "Snel opgeslagen (F5)", "en": "Quick save (F5)"},
    "slots.empty": {"nl": "Leeg", "en": "Empty"},
    "slots.broken": {"nl": "Kan niet worden gelezen", "en": "Cannot be read"},
    "slots.saved": {"nl": "Opgeslagen in vak {n}.", "en": "Saved in slot {n}."},
    "slots.overwrite_title": {"nl": "Vak {n} is al gevuld", "en": "Slot {n} is taken"},
    "slots.overwrite_body": {
        "nl": "Als je hier opslaat, komt dit spel in de plaats van:",
        "en": "If you save here, this game takes the place of:",
    },
    "slots.overwrite_yes": {"nl": "Toch opslaan", "en": "Save anyway"},
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
    "set.feedback": {"nl": "Uitleg na een keuze", "en": "What a choice did, after it"},
    "set.auto": {"nl": "Vanzelf verder (A): wachttijd", "en": "Reading on by itself (A): pause"},
    "auto.short": {"nl": "Kort", "en": "Short"},
    "auto.normal": {"nl": "Normaal", "en": "Normal"},
    "auto.long": {"nl": "Lang", "en": "Long"},
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
    "end.days": {
        "nl": "{client} wachtte {wait} van de {deadline} dagen",
        "en": "{client} waited {wait} of the {deadline} days",
    },
    "end.days_over": {
        "nl": "{client} wachtte {wait} dagen: langer dan de {deadline} die er waren",
        "en": "{client} waited {wait} days: longer than the {deadline} there were",
    },
    "end.days_explain": {
        "nl": "Hoe korter het wachten, hoe beter voor {client}.",
        "en": "The shorter the wait, the better for {client}.",
    },
    "end.safety_at_end": {
        "nl": "{label} aan het eind: {value} van {max}",
        "en": "{label} at the end: {value} of {max}",
    },
    "end.safety_plain": {
        "nl": "Hoe veiliger jij staat, hoe beter voor jou.",
        "en": "The safer you stand, the better for you.",
    },
    "end.aftermath": {"nl": "{text} ({change} {label})", "en": "{text} ({change} {label})"},
    "end.best": {
        "nl": "Beste score die deze casus toelaat: {best}",
        "en": "Best score this case allows: {best}",
    },
    "end.best_sample": {
        "nl": "Beste score die de analyse vond: {best} (niet alles is doorzocht)",
        "en": "Best score the analysis found: {best} (not every way was searched)",
    },
    "end.best_busy": {
        "nl": "De beste score die deze casus toelaat, wordt nog uitgerekend …",
        "en": "The best score this case allows is still being worked out …",
    },
    "end.parts": {
        "nl": "Zo telt het: uitkomst {outcome} + doorbraak {level} + dagen en {label} "
        "{meters} (van de {meters_max}) = {total} van {top}.",
        "en": "How it adds up: outcome {outcome} + breakthrough {level} + days and {label} "
        "{meters} (of {meters_max}) = {total} of {top}.",
    },
    "end.reflect": {"nl": "Denk na", "en": "Think about it"},
    "end.reflect_lead": {
        "nl": "Neem er even de tijd voor. Schrijf je antwoord op, of bespreek het met een collega.",
        "en": "Take a moment. Write your answer down, or talk it over with a colleague.",
    },
    "end.glossary_hint": {
        "nl": "Een woord niet duidelijk? Druk op W voor de woordenlijst.",
        "en": "A word not clear? Press W for the glossary.",
    },
    "end.own": {"nl": "Jouw eigen 'mag niet'", "en": "Your own 'not allowed'"},
    "end.own_lead": {
        "nl": "Hier gebruikte jij zelf een routine. Dat doen we allemaal: zo wordt het 'nee' "
        "van een ander ons eigen 'mag niet'.",
        "en": "Here you used a routine yourself. We all do: that is how someone else's 'no' "
        "becomes our own 'not allowed'.",
    },
    "end.own_item": {
        "nl": "Je koos: {choice} Zo gebruikte je zelf de routine '{routine}'.",
        "en": "You chose: {choice} With that you used the routine '{routine}' yourself.",
    },
    "end.own_item_plain": {
        "nl": "Je koos: {choice} Zo ging je zelf mee met het 'nee'.",
        "en": "You chose: {choice} With that you went along with the 'no' yourself.",
    },
    "end.causes": {"nl": "Waarom het zo liep", "en": "Why it went this way"},
    "end.counter_moves": {
        "nl": "Wat helpt tegen '{routine}'",
        "en": "What helps against '{routine}'",
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
    "end.endings": {"nl": "Alle eindes", "en": "All endings"},
    "end.again": {"nl": "Opnieuw spelen", "en": "Play again"},
    "end.to_title": {"nl": "Naar het begin", "en": "To the start"},
    "end.save_page": {"nl": "Nabespreking opslaan", "en": "Save the debrief"},
    "end.saved_title": {"nl": "De nabespreking is opgeslagen", "en": "The debrief is saved"},
    "end.failed_title": {
        "nl": "De nabespreking is niet opgeslagen",
        "en": "The debrief was not saved",
    },
    "end.saved_page": {
        "nl": "Open dit bestand in je browser: {path}",
        "en": "Open this file in your browser: {path}",
    },
    "end.ok": {"nl": "Terug naar de afloop", "en": "Back to the ending"},
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
    "err.english": {
        "nl": "De meldingen zelf zijn in het Engels, net als bij 'validate'. "
        "Elke code (zoals DB102) staat met een voorbeeld uitgelegd in docs/diagnostics.md.",
        "en": "Each code (such as DB102) is explained with an example in docs/diagnostics.md.",
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
    "load.title": {"nl": "Dit spel laden?", "en": "Load this game?"},
    "load.body": {
        "nl": "Je gaat terug naar het moment waarop je dit spel opsloeg. "
        "Wat je daarna speelde, staat niet in deze opslag.",
        "en": "You go back to the moment you saved this game. "
        "What you played after that is not in this save.",
    },
    "load.yes": {"nl": "Laden", "en": "Load"},
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
    # -- busy (game/ui/busy.py) ---------------------------------------------------
    "busy.loading": {"nl": "De casus wordt geladen", "en": "Loading the case"},
    "busy.debrief": {"nl": "De nabespreking wordt gemaakt", "en": "Making the debrief"},
    "busy.wait": {
        "nl": "Even geduld. Toetsen doen niets tot dit klaar is.",
        "en": "One moment. Keys do nothing until this is done.",
    },
    # -- facilitator mode (game/ui/facilitator.py) -------------------------------
    "fac.routine_tag": {"nl": "Routine in dit gesprek", "en": "Routine in this conversation"},
    "fac.counter_moves": {"nl": "Wat helpt", "en": "What helps"},
    "fac.counter_moves_of": {
        "nl": "Wat helpt tegen '{routine}'",
        "en": "What helps against '{routine}'",
    },
    "fac.timer_caption": {"nl": "Bespreektijd", "en": "Discussion"},
    "fac.discuss": {"nl": "Bespreek met de groep", "en": "Discuss with the group"},
    "fac.chosen": {"nl": "De groep koos", "en": "The group chose"},
    "fac.what_it_did": {"nl": "Wat dit doet", "en": "What this does"},
    "fac.vote_count": {
        "nl": "Stemmen: hoeveel handen per keuze?",
        "en": "Vote: how many hands for each choice?",
    },
    "fac.vote_pick": {
        "nl": "De uitslag: kies wat je speelt",
        "en": "The result: choose what to play",
    },
    "fac.hint_count": {
        "nl": "Typ het aantal handen · Tab: volgende keuze · Backspace: wissen · "
        "Enter: klaar met tellen · T: timer",
        "en": "Type the number of hands · Tab: next choice · Backspace: delete · "
        "Enter: done counting · T: timer",
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
        "nl": "Enter of klik: verder · T: timer · W: woordenlijst · Esc: pauze",
        "en": "Enter or click: go on · T: timer · W: glossary · Esc: pause",
    },
    "fac.hint_feedback": {
        "nl": "Enter of klik: verder · Backspace: keuze terugnemen · T: timer · W: woordenlijst",
        "en": "Enter or click: go on · Backspace: take the choice back · T: timer · W: glossary",
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
