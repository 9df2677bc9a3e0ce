"""The report's own text, Dutch (B1, the default) and English."""

from __future__ import annotations

from game.i18n import tr

STRINGS: dict[str, dict[str, str]] = {
    "doc_title": {"nl": "Doorbraak: verslag voor trainers", "en": "Doorbraak: trainer report"},
    "debrief_doc_title": {
        "nl": "Doorbraak: persoonlijke nabespreking",
        "en": "Doorbraak: personal debrief",
    },
    "brand": {"nl": "Doorbraak", "en": "Doorbraak"},
    "made": {
        "nl": "Gemaakt op {date} uit {logs} {logs_word}.",
        "en": "Made on {date} from {logs} {logs_word}.",
    },
    "log_one": {"nl": "log", "en": "log"},
    "log_many": {"nl": "logs", "en": "logs"},
    "skipped_note": {
        "nl": "{n} {what} overgeslagen of twijfelachtig: zie 'Wat is overgeslagen'.",
        "en": "{n} {what} skipped or doubtful: see 'What was skipped'.",
    },
    "item_one": {"nl": "punt", "en": "item"},
    "item_many": {"nl": "punten", "en": "items"},
    "contents": {"nl": "Inhoud", "en": "Contents"},
    # -- per scenario
    "scenario_meta": {
        "nl": "Casus '{id}', versie {version}.",
        "en": "Scenario '{id}', version {version}.",
    },
    "no_version": {"nl": "zonder nummer", "en": "unnumbered"},
    "other_version_note": {
        "nl": "{n} van de {total} spellen zijn gespeeld met een andere versie van deze casus. "
        "De teksten komen uit de huidige versie; keuzes die niet meer bestaan staan met hun id.",
        "en": "{n} of the {total} games were played with another version of this scenario. "
        "The texts come from the current version; choices that no longer exist show their id.",
    },
    "kpi_plays": {"nl": "gespeeld", "en": "played"},
    "kpi_finished": {"nl": "uitgespeeld", "en": "finished"},
    "kpi_score": {"nl": "gemiddelde score", "en": "average score"},
    "kpi_wait": {"nl": "dagen wachten (mediaan)", "en": "days waited (median)"},
    "kpi_wait_of": {"nl": "van {deadline}", "en": "of {deadline}"},
    "kpi_gave_in": {"nl": "toegegeven aan routines", "en": "gave in to routines"},
    "h_endings": {"nl": "Hoe het afliep", "en": "How it ended"},
    "h_endings_lead": {
        "nl": "Welk einde de spelers bereikten. De kleur is de uitkomst.",
        "en": "Which ending the players reached. The colour is the outcome.",
    },
    "h_outcomes": {"nl": "Uitkomst", "en": "Outcome"},
    "h_levels": {"nl": "Hoe ver kwam de doorbraak?", "en": "How far did the breakthrough go?"},
    "h_spread": {"nl": "Spreiding van de eindstand", "en": "Spread of the final state"},
    "hist_wait": {"nl": "Dagen wachten voor {client}", "en": "Days {client} waited"},
    "hist_safety": {"nl": "Veiligheid van de speler", "en": "Player's safety"},
    "hist_score": {"nl": "Score", "en": "Score"},
    "deadline": {"nl": "deadline", "en": "deadline"},
    "players_axis": {"nl": "spelers", "en": "players"},
    "h_routines": {
        "nl": "Routines: waar gaf de groep toe?",
        "en": "Routines: where did the room give in?",
    },
    "routines_lead": {
        "nl": "Toegeven betekent: meegaan met het 'nee' of het uitstellen. Wat dat kost, zie "
        "je pas aan het eind: hoeveel dagen {client} had gewacht toen het spel klaar was, bij "
        "wie toegaf en bij wie een tegenzet koos.",
        "en": "Giving in means: going along with the 'no', or postponing. What that costs only "
        "shows at the end: how many days {client} had waited when the game was over, for those "
        "who gave in and for those who chose a counter-move.",
    },
    "routines_foot": {
        "nl": "Onder elk getal: wat de keuze zelf deed met de wachttijd, op dat moment. Een "
        "doorverwijzing kost vaak nul dagen op het moment zelf, en toch wacht {client} aan het "
        "eind langer. Let op: wie toegeeft, doet dat vaak vaker. Vergelijk daarom ook de "
        "routines onderling.",
        "en": "Under each figure: what the choice itself did to the wait, at that moment. A "
        "referral often costs no day at the moment itself, and still {client} waits longer at "
        "the end. Note: those who give in often do so more than once, so compare the routines "
        "with each other too.",
    },
    "col_end_gave_in": {
        "nl": "Dagen aan het eind, na toegeven",
        "en": "Days at the end, after giving in",
    },
    "col_end_other": {
        "nl": "Dagen aan het eind, na een tegenzet",
        "en": "Days at the end, after a counter-move",
    },
    "days_end": {"nl": "{n} dagen ({games} spellen)", "en": "{n} days ({games} games)"},
    "days_step": {"nl": "op het moment zelf: {n}", "en": "at the moment itself: {n}"},
    "col_routine": {"nl": "Routine", "en": "Routine"},
    "col_met": {"nl": "Tegengekomen", "en": "Met"},
    "col_gave_in": {"nl": "Toegegeven", "en": "Gave in"},
    "gave_in_split": {
        "nl": "{comply} meegegaan, {defer} uitgesteld",
        "en": "{comply} went along, {defer} postponed",
    },
    "no_routines": {
        "nl": "In deze spellen werd op geen enkele routine gereageerd.",
        "en": "No routine was answered in these games.",
    },
    "h_nodes": {"nl": "Keuzes per moment", "en": "Choices, moment by moment"},
    "nodes_lead": {
        "nl": "Bij elk moment met keuzes: hoe vaak elke keuze gekozen werd, en wat die keuze deed.",
        "en": "At every moment with choices: how often each choice was taken, and what it did.",
    },
    "narrator": {"nl": "Verteller", "en": "Narrator"},
    "routine_tag": {"nl": "Routine", "en": "Routine"},
    "discuss": {"nl": "Om te bespreken", "en": "To discuss"},
    "col_choice": {"nl": "Keuze", "en": "Choice"},
    "col_response": {"nl": "Soort reactie", "en": "Kind of response"},
    "col_taken": {"nl": "Gekozen", "en": "Taken"},
    "col_votes": {"nl": "Handen", "en": "Hands"},
    "col_feedback": {"nl": "Wat het deed", "en": "What it did"},
    "not_reached": {"nl": "Niemand kwam hier.", "en": "Nobody got here."},
    "decisions_here": {
        "nl": "Hier is {n} keer gekozen; {votes} keer stemde een groep (de kolom Handen).",
        "en": "Decided here {n} times; {votes} time(s) a group voted (the Hands column).",
    },
    "unknown_choice": {"nl": "(niet meer in de casus)", "en": "(no longer in the scenario)"},
    "h_players": {"nl": "Deelnemers", "en": "Participants"},
    "col_player": {"nl": "Deelnemer", "en": "Participant"},
    "col_started": {"nl": "Gestart", "en": "Started"},
    "col_mode": {"nl": "Vorm", "en": "Mode"},
    "col_ending": {"nl": "Einde", "en": "Ending"},
    "col_outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "col_level": {"nl": "Doorbraak", "en": "Breakthrough"},
    "col_wait": {"nl": "Dagen", "en": "Days"},
    "col_safety": {"nl": "Veiligheid", "en": "Safety"},
    "col_score": {"nl": "Score", "en": "Score"},
    "col_choices": {"nl": "Keuzes", "en": "Choices"},
    "col_undos": {"nl": "Terug", "en": "Undos"},
    "col_note": {"nl": "Opmerking", "en": "Note"},
    "level_chart_none": {"nl": "Geen doorbraak", "en": "No breakthrough"},
    "level_chart_incident": {"nl": "Voor deze cliënt", "en": "For this client"},
    "level_chart_policy": {"nl": "In het teambeleid", "en": "In the team's policy"},
    "level_chart_system": {"nl": "In het systeem", "en": "In the system"},
    "level_short_none": {"nl": "geen", "en": "none"},
    "level_short_incident": {"nl": "cliënt", "en": "client"},
    "level_short_policy": {"nl": "beleid", "en": "policy"},
    "level_short_system": {"nl": "systeem", "en": "system"},
    "col_safety_short": {"nl": "Veilig", "en": "Safety"},
    "col_gave_in_short": {"nl": "Toegeg.", "en": "Gave in"},
    "not_finished": {"nl": "niet uitgespeeld", "en": "not finished"},
    "other_version": {"nl": "andere versie", "en": "other version"},
    "mode_solo": {"nl": "alleen", "en": "solo"},
    "mode_facilitator": {"nl": "groep", "en": "group"},
    "unnamed": {"nl": "(geen naam)", "en": "(no name)"},
    # -- debrief
    "h_debrief": {"nl": "Persoonlijke nabespreking", "en": "Personal debrief"},
    "debrief_for": {"nl": "{player} speelde '{title}'.", "en": "{player} played '{title}'."},
    "your_ending": {"nl": "Jouw einde", "en": "Your ending"},
    "unfinished_debrief": {
        "nl": "Dit spel is niet uitgespeeld. Hieronder staat de weg tot waar je kwam.",
        "en": "This game was not finished. Below is the way up to where you got.",
    },
    "score_of": {"nl": "score van de 100", "en": "score out of 100"},
    "client_points": {
        "nl": "Voor {client}: {points} punten ({wait} van de {deadline} dagen gewacht).",
        "en": "For {client}: {points} points ({wait} of {deadline} days waited).",
    },
    "safety_points": {
        "nl": "Voor jou: {points} punten (veiligheid {value} van {max}).",
        "en": "For you: {points} points (safety {value} of {max}).",
    },
    "ending_days": {
        "nl": "{client} wachtte {wait} van de {deadline} dagen.",
        "en": "{client} waited {wait} of {deadline} days.",
    },
    "ending_days_over": {
        "nl": "{client} wachtte {wait} dagen: langer dan de {deadline} dagen die er waren.",
        "en": "{client} waited {wait} days: longer than the {deadline} days there were.",
    },
    "ending_safety": {
        "nl": "{label} aan het eind: {value} van {max}.",
        "en": "{label} at the end: {value} of {max}.",
    },
    "aftermath": {"nl": "{text} ({change} veiligheid)", "en": "{text} ({change} safety)"},
    "best_score": {"nl": "beste haalbare score: {best}", "en": "best the case allows: {best}"},
    "score_parts": {
        "nl": "Zo telt het: uitkomst {outcome} + doorbraak {level} + dagen en veiligheid "
        "{meters} (van de {meters_max}) = {total} van {top}.",
        "en": "How it adds up: outcome {outcome} + breakthrough {level} + days and safety "
        "{meters} (of {meters_max}) = {total} of {top}.",
    },
    "h_reflect": {"nl": "Denk na", "en": "Think about it"},
    "reflect_lead": {
        "nl": "Neem er even de tijd voor. Schrijf je antwoord op, of bespreek het met een collega.",
        "en": "Take a moment. Write your answer down, or talk it over with a colleague.",
    },
    "h_own": {"nl": "Jouw eigen 'mag niet'", "en": "Your own 'not allowed'"},
    "own_lead": {
        "nl": "Hier gebruikte jij zelf een routine. Dat doen we allemaal: zo wordt het 'nee' van "
        "een ander ons eigen 'mag niet'.",
        "en": "Here you used a routine yourself. We all do: that is how someone else's 'no' "
        "becomes our own 'not allowed'.",
    },
    "own_unnamed": {"nl": "Meegaan met het 'nee'", "en": "Going along with the 'no'"},
    "h_causes": {"nl": "Waarom het zo liep", "en": "Why it went this way"},
    "causes_lead": {
        "nl": "Wat je tijdens het spel niet kon zien: waarom een deur openging of dichtbleef.",
        "en": "What you could not see during the game: why a door opened or stayed shut.",
    },
    "h_met": {
        "nl": "De routines die je tegenkwam, en wat je ook kunt doen",
        "en": "The routines you met, and what you can also do",
    },
    "met_lead": {
        "nl": "Elke routine die je hoorde, met wat jij antwoordde en de tegenzetten. Ook waar je "
        "niet toegaf: je kunt een 'nee' op meer manieren openbreken.",
        "en": "Every routine you heard, with what you answered and the counter-moves. Also "
        "where you did not give in: there is more than one way to open up a 'no'.",
    },
    "h_questions": {"nl": "Vragen voor de groep", "en": "Questions for the group"},
    "questions_lead": {
        "nl": "De vragen bij de momenten die je meemaakte. In een training bespreek je ze samen.",
        "en": "The questions at the moments you went through. In a workshop you discuss them "
        "together.",
    },
    "h_glossary": {"nl": "Woordenlijst", "en": "Glossary"},
    "glossary_lead": {
        "nl": "De vaktaal in deze casus, in gewone woorden.",
        "en": "The professional words in this case, in plain words.",
    },
    "h_meters": {"nl": "Je twee meters, keuze na keuze", "en": "Your two meters, choice by choice"},
    "meters_lead": {
        "nl": "Boven: hoeveel dagen {client} wachtte (de rode lijn is de deadline). "
        "Onder: jouw veiligheid als professional.",
        "en": "Top: how many days {client} waited (the red line is the deadline). "
        "Bottom: your safety as a professional.",
    },
    "axis_start": {"nl": "start", "en": "start"},
    "axis_end": {"nl": "einde", "en": "end"},
    "axis_moment": {"nl": "moment", "en": "moment"},
    "h_path": {"nl": "Jouw weg", "en": "Your way through"},
    "moment": {"nl": "Moment {n}", "en": "Moment {n}"},
    "you_chose": {"nl": "Jij koos", "en": "You chose"},
    "gave_in_tag": {"nl": "toegegeven", "en": "gave in"},
    "effect": {"nl": "Gevolg", "en": "Result"},
    "effect_wait": {"nl": "{sign}{days} voor {client}", "en": "{sign}{days} for {client}"},
    "effect_safety": {"nl": "{sign}{n} {label}", "en": "{sign}{n} {label}"},
    "effect_none": {"nl": "geen verandering", "en": "no change"},
    "what_routine": {"nl": "Wat gebeurde hier?", "en": "What happened here?"},
    "counter_moves": {"nl": "Wat je ook kunt doen", "en": "What you can also do"},
    "alternatives": {
        "nl": "De keuzes van dit moment en waar ze toe konden leiden",
        "en": "The choices at this moment and where they could lead",
    },
    "col_best": {"nl": "Beste score", "en": "Best score"},
    "col_worst": {"nl": "Slechtste score", "en": "Worst score"},
    "col_range": {"nl": "Bereik (0 tot 100)", "en": "Range (0 to 100)"},
    "your_choice": {"nl": "jouw keuze", "en": "your choice"},
    "not_open": {"nl": "Niet mogelijk", "en": "Not possible"},
    "range_dot": {
        "nl": "De balk loopt van de slechtste tot de beste score; de rode stip is jouw eindscore.",
        "en": "The bar runs from the worst to the best score; the red dot is your final score.",
    },
    "unknown_range": {"nl": "onbekend", "en": "unknown"},
    "range_analysis": {
        "nl": "Beste en slechtste score: berekend door de analyse van de casus, "
        "over alle wegen die na die keuze nog open liggen.",
        "en": "Best and worst score: computed by the scenario analyser, "
        "over every way that is still open after that choice.",
    },
    "range_analysis_sample": {
        "nl": "Beste en slechtste score: geschat door de analyse van de casus, met een steekproef "
        "van gespeelde wegen (de casus is te groot om alle wegen te proberen).",
        "en": "Best and worst score: estimated by the scenario analyser from a sample of "
        "playthroughs (the scenario is too large to try every way).",
    },
    "range_logs": {
        "nl": "Beste en slechtste score: uit {n} uitgespeelde logs van spelers die die keuze "
        "maakten (de analyse was niet beschikbaar). Niemand koos het: 'onbekend'.",
        "en": "Best and worst score: from {n} finished logs of players who took that choice "
        "(the analyser was not available). Nobody took it: 'unknown'.",
    },
    "version_warning": {
        "nl": "Let op: dit spel is gespeeld met een andere versie van de casus. "
        "De teksten komen uit de huidige versie.",
        "en": "Note: this game was played with another version of the scenario. "
        "The texts come from the current version.",
    },
    # -- problems and glossary
    "h_problems": {"nl": "Wat is overgeslagen", "en": "What was skipped"},
    "problems_lead": {
        "nl": "Logs zijn gewone bestanden. Wat niet te lezen was, is overgeslagen; "
        "de rest van het verslag klopt zonder die regels.",
        "en": "Logs are plain files. What could not be read was skipped; "
        "the rest of the report holds without those lines.",
    },
    "col_file": {"nl": "Bestand", "en": "File"},
    "col_line": {"nl": "Regel", "en": "Line"},
    "col_problem": {"nl": "Wat", "en": "What"},
    "h_reading": {"nl": "Zo lees je dit verslag", "en": "How to read this report"},
    "reading_gave_in": {
        "nl": "Toegeven: een reactie op een routine van het soort 'meegaan' (het 'nee' "
        "accepteren) of 'uitstellen' (wachten, later bespreken). Beide laten het 'nee' staan.",
        "en": "Giving in: answering a routine with 'comply' (accepting the 'no') or 'defer' "
        "(waiting, discussing it later). Both leave the 'no' standing.",
    },
    "reading_cost": {
        "nl": "Dagen aan het eind: hoeveel dagen de cliënt had gewacht toen het spel klaar "
        "was, gemiddeld over de spellen die de routine tegenkwamen. 'Na toegeven': de spellen "
        "waarin de speler ten minste één keer toegaf aan die routine. Zo telt ook de prijs die "
        "pas later komt, en niet alleen de dagen op het moment zelf.",
        "en": "Days at the end: how many days the client had waited when the game was over, on "
        "average over the games that met the routine. 'After giving in': the games in which "
        "the player gave in to that routine at least once. So the price that comes only later "
        "counts too, not just the days at the moment itself.",
    },
    "reading_score": {
        "nl": "Score: bij een casus in format 1.1 tellen de uitkomst (goed 40, gemengd 20, "
        "slecht 0), het doorbraakniveau (tot 20) en de dagen en veiligheid samen (tot 40). Na "
        "een slecht einde kost de klacht die volgt eerst veiligheid. Bij format 1: een gewogen "
        "gemiddelde van de punten voor de cliënt en voor de veiligheid.",
        "en": "Score: in a format-1.1 case the outcome (good 40, mixed 20, bad 0), the "
        "breakthrough level (up to 20) and the days and safety together (up to 40) count. "
        "After a bad ending the complaint that follows costs safety first. In format 1: a "
        "weighted average of the points for the client and for safety.",
    },
    "footer": {
        "nl": "Gemaakt met Doorbraak. Dit bestand werkt zonder internet en kan worden afgedrukt.",
        "en": "Made with Doorbraak. This file works without the internet and can be printed.",
    },
}


def t(key: str, lang: str, **values: object) -> str:
    return tr(STRINGS, key, lang, **values)
