"""The browser player's own interface text (Dutch B1 first, English complete).

Where the window already says a thing (``game.ui.strings``), the browser
says it in the same words: ``t`` looks here first and then in the window's
catalogue, so a key such as ``dlg.continue`` or ``hud.safety`` is shared.
"""

from __future__ import annotations

from collections import ChainMap

from game.i18n import tr
from game.ui.strings import STRINGS as WINDOW

OWN: dict[str, dict[str, str]] = {
    # -- every page ---------------------------------------------------------------------
    "skip": {"nl": "Naar de inhoud", "en": "Skip to the content"},
    "nav.label": {"nl": "Menu", "en": "Menu"},
    "nav.cases": {"nl": "Casussen", "en": "Cases"},
    "nav.settings": {"nl": "Instellingen", "en": "Settings"},
    "nav.history": {"nl": "Wat er gezegd is", "en": "What was said"},
    "nav.conversation": {"nl": "Gesprek", "en": "Conversation"},
    "nav.glossary": {"nl": "Woordenlijst", "en": "Glossary"},
    "nav.ending": {"nl": "Afloop", "en": "How it ended"},
    "footer": {
        "nl": "Doorbraak: een oefenspel over routines die hulp tegenhouden.",
        "en": "Doorbraak: a practice game about the routines that hold help back.",
    },
    "privacy": {"nl": "Wat we bewaren", "en": "What we store"},
    # -- the start page -------------------------------------------------------------------
    "home.title": {"nl": "Oefen een gesprek", "en": "Practise a conversation"},
    "home.lead": {
        "nl": "Je bent Wmo-consulent. Kies een casus, kies je naam en begin. "
        "Je hoeft niets te installeren.",
        "en": "You are a Wmo consultant. Choose a case, choose your name and start. "
        "There is nothing to install.",
    },
    "home.name_help": {
        "nl": "Een bijnaam mag ook. Je begeleider ziet deze naam in het overzicht.",
        "en": "A nickname is fine too. Your trainer sees this name in the overview.",
    },
    "home.case_legend": {"nl": "Kies een casus", "en": "Choose a case"},
    "home.going": {"nl": "Verder met je spel", "en": "Carry on with your game"},
    "home.going_item": {"nl": "{title}, als {name}", "en": "{title}, as {name}"},
    "home.ended": {"nl": "afgelopen", "en": "finished"},
    "home.no_cases": {
        "nl": "Er staan geen casussen klaar. Vraag het je begeleider.",
        "en": "There are no cases ready. Ask your trainer.",
    },
    "home.case_langs": {"nl": "In het {langs}", "en": "In {langs}"},
    "lang_name.nl": {"nl": "Nederlands", "en": "Dutch"},
    "lang_name.en": {"nl": "Engels", "en": "English"},
    "home.privacy": {
        "nl": "Je spel wordt op deze server bewaard, zodat je verder kunt als je "
        "verbinding wegvalt. Je begeleider kan het overzicht zien en alles wissen.",
        "en": "Your game is kept on this server, so you can carry on if your connection "
        "drops. Your trainer can see the overview and delete everything.",
    },
    # -- the conversation ---------------------------------------------------------------
    "dlg.heading": {"nl": "Casus: {title}", "en": "Case: {title}"},
    "dlg.status": {"nl": "Zo staat het ervoor", "en": "Where things stand"},
    "dlg.now": {"nl": "Het gesprek", "en": "The conversation"},
    "dlg.place": {"nl": "Plek: {place}", "en": "Place: {place}"},
    "dlg.narration": {"nl": "Verteller", "en": "Narrator"},
    "dlg.choose": {"nl": "Wat doe je?", "en": "What do you do?"},
    "dlg.undo": {"nl": "Keuze terug", "en": "Undo choice"},
    "dlg.feedback_title": {"nl": "Je vorige keuze", "en": "Your last choice"},
    "dlg.you_said": {"nl": "Jij: {choice}", "en": "You: {choice}"},
    "dlg.changes": {"nl": "Gevolg: {changes}.", "en": "Result: {changes}."},
    "dlg.no_change": {"nl": "Je meters bleven gelijk.", "en": "Your meters stayed the same."},
    "dlg.reason": {"nl": "Kan nu niet: {reason}", "en": "Not possible now: {reason}"},
    "dlg.other_meter": {"nl": "{label}", "en": "{label}"},
    "dlg.case_changed": {
        "nl": "Deze casus is veranderd sinds je begon. Je spel past er niet meer in.",
        "en": "This case has changed since you started. Your game no longer fits it.",
    },
    # -- history ------------------------------------------------------------------------
    "hist.empty": {"nl": "Er is nog niets gezegd.", "en": "Nothing has been said yet."},
    "hist.now": {"nl": "nu", "en": "now"},
    # -- the ending -----------------------------------------------------------------------
    "end.title": {"nl": "Afloop: {title}", "en": "How it ended: {title}"},
    "end.levels": {
        "nl": "De vier treden van een doorbraak",
        "en": "The four steps of a breakthrough",
    },
    "end.reached": {"nl": "bereikt", "en": "reached"},
    "end.table": {"nl": "De cijfers als tabel", "en": "The figures as a table"},
    "end.col_moment": {"nl": "Moment", "en": "Moment"},
    "end.download": {
        "nl": "Nabespreking downloaden (webpagina)",
        "en": "Download the debrief (web page)",
    },
    "end.unfinished": {
        "nl": "Dit spel is nog niet afgelopen.",
        "en": "This game has not ended yet.",
    },
    "end.back": {"nl": "Terug naar het gesprek", "en": "Back to the conversation"},
    "end.meters_h": {"nl": "Zo stond het aan het eind", "en": "Where things stood at the end"},
    "end.best_again": {
        "nl": "Kijk over een paar tellen opnieuw",
        "en": "Look again in a few seconds",
    },
    "end.glossary_ask": {"nl": "Een woord niet duidelijk?", "en": "A word not clear?"},
    "end.glossary_open": {"nl": "Open de woordenlijst", "en": "Open the glossary"},
    "gloss.back_end": {"nl": "Terug naar de afloop", "en": "Back to how it ended"},
    # -- settings -------------------------------------------------------------------------
    "set.lead": {
        "nl": "Deze instellingen gelden in deze browser.",
        "en": "These settings apply in this browser.",
    },
    "set.save": {"nl": "Opslaan", "en": "Save"},
    "set.saved": {"nl": "Je instellingen zijn opgeslagen.", "en": "Your settings were saved."},
    "set.language_help": {
        "nl": "Ook de casus wisselt van taal, als die in die taal bestaat.",
        "en": "The case changes language too, if it exists in that language.",
    },
    # -- errors ---------------------------------------------------------------------------
    "err.page_title": {"nl": "Dat lukte niet", "en": "That did not work"},
    "err.to_game": {"nl": "Terug naar je spel", "en": "Back to your game"},
    "err.to_start": {"nl": "Naar het begin", "en": "To the start"},
    "err.400": {
        "nl": "Het formulier was niet goed ingevuld. Er is niets veranderd.",
        "en": "The form was not filled in correctly. Nothing was changed.",
    },
    "err.403": {
        "nl": "Dit formulier komt niet van deze pagina, of je browser is vergeten wie je bent. "
        "Er is niets veranderd. Open de pagina opnieuw en probeer het nog eens.",
        "en": "This form did not come from this page, or your browser forgot who you are. "
        "Nothing was changed. Open the page again and try once more.",
    },
    "err.not_yours": {
        "nl": "Dit spel hoort bij een andere browser. Je kunt het hier niet zien of spelen.",
        "en": "This game belongs to another browser. You cannot see or play it here.",
    },
    "err.404": {
        "nl": "Deze pagina of casus bestaat niet (meer).",
        "en": "This page or case does not exist (any more).",
    },
    "err.405": {
        "nl": "Zo kun je deze pagina niet openen.",
        "en": "This page cannot be opened like that.",
    },
    "err.stale": {
        "nl": "Deze keuze is al gemaakt, of het spel is intussen verder gegaan "
        "(misschien in een ander tabblad). Er is niets veranderd.",
        "en": "This choice was already made, or the game has moved on in the meantime "
        "(perhaps in another tab). Nothing was changed.",
    },
    "err.not_available": {
        "nl": "Die keuze kan nu niet. Er is niets veranderd.",
        "en": "That choice is not possible now. Nothing was changed.",
    },
    "err.413": {
        "nl": "Dat was te veel tekst in één keer. Er is niets veranderd.",
        "en": "That was too much text at once. Nothing was changed.",
    },
    "err.500": {
        "nl": "Er ging iets mis op de server. Je spel staat nog waar het stond. "
        "Probeer het zo nog eens.",
        "en": "Something went wrong on the server. Your game is still where it was. "
        "Try again in a moment.",
    },
    "err.503": {
        "nl": "De server is even te druk of nog aan het opstarten. Probeer het zo nog eens.",
        "en": "The server is busy or still starting. Try again in a moment.",
    },
    # -- the trainer --------------------------------------------------------------------
    "tr.title": {"nl": "Overzicht voor de begeleider", "en": "Overview for the trainer"},
    "tr.lead": {
        "nl": "Alle spellen op deze server. De pagina ververst niet vanzelf.",
        "en": "Every game on this server. The page does not refresh by itself.",
    },
    "tr.none": {"nl": "Er is nog niemand aan het spelen.", "en": "Nobody is playing yet."},
    "tr.col_name": {"nl": "Naam", "en": "Name"},
    "tr.col_case": {"nl": "Casus", "en": "Case"},
    "tr.col_where": {"nl": "Waar", "en": "Where"},
    "tr.col_choices": {"nl": "Keuzes", "en": "Choices"},
    "tr.col_wait": {"nl": "Dagen", "en": "Days"},
    "tr.col_safety": {"nl": "Veiligheid", "en": "Safety"},
    "tr.col_updated": {"nl": "Laatst", "en": "Last"},
    "tr.ended": {"nl": "klaar: {title}", "en": "finished: {title}"},
    "tr.export": {
        "nl": "Logs downloaden (zip met JSONL)",
        "en": "Download the logs (zip of JSONL)",
    },
    "tr.export_help": {
        "nl": "Pak het zip-bestand uit en maak een verslag met: doorbraak report MAP",
        "en": "Unzip the file and make a report with: doorbraak report FOLDER",
    },
    "tr.delete": {"nl": "Alle spellen wissen", "en": "Delete every game"},
    "tr.delete_one": {"nl": "Wissen", "en": "Delete"},
    "tr.delete_one_of": {"nl": "Spel van {name} wissen", "en": "Delete the game of {name}"},
    "tr.delete_help": {
        "nl": "Wist alle spellen en logs op deze server. Dit kan niet ongedaan worden gemaakt.",
        "en": "Deletes every game and log on this server. This cannot be undone.",
    },
    "tr.delete_confirm": {
        "nl": "Typ WISSEN om te bevestigen",
        "en": "Type DELETE to confirm",
    },
    "tr.delete_word": {"nl": "WISSEN", "en": "DELETE"},
    "tr.deleted": {"nl": "{n} spellen gewist.", "en": "{n} games deleted."},
    "tr.not_deleted": {
        "nl": "Niets gewist: typ het woord precies over.",
        "en": "Nothing deleted: type the word exactly.",
    },
    "tr.keep": {
        "nl": "Spellen die {days} dagen niet zijn gebruikt, worden vanzelf gewist.",
        "en": "Games not used for {days} days are deleted by themselves.",
    },
    "tr.keep_forever": {
        "nl": "Spellen blijven bewaard tot je ze wist.",
        "en": "Games are kept until you delete them.",
    },
    "tr.token": {
        "nl": "Deze pagina vraagt de code die de server bij het starten liet zien.",
        "en": "This page needs the code the server showed when it started.",
    },
    "tr.count": {"nl": "{n} spellen, {done} afgelopen", "en": "{n} games, {done} finished"},
}

STRINGS = ChainMap(OWN, WINDOW)


def t(key: str, lang: str, **values: object) -> str:
    return tr(STRINGS, key, lang, **values)
