"""The trainer's kit's text, Dutch (B1, the default) and English."""

from __future__ import annotations

from game.i18n import tr

STRINGS: dict[str, dict[str, str]] = {
    "title": {"nl": "Doorbraak: de trainerskit", "en": "Doorbraak: the trainer's kit"},
    "brand": {"nl": "Doorbraak", "en": "Doorbraak"},
    "made": {
        "nl": "Gemaakt met Doorbraak {version}, uit de casussen zelf: {cases}.",
        "en": "Made with Doorbraak {version}, from the cases themselves: {cases}.",
    },
    "toc": {"nl": "Inhoud", "en": "Contents"},
    # -- how to use
    "h_use": {"nl": "Zo gebruik je deze kit", "en": "How to use this kit"},
    "use_lead": {
        "nl": "Deze kit helpt je een workshop te geven met Doorbraak. Per casus vind je een "
        "lesplan en routekaarten. Achterin staat een hand-out voor de deelnemers: de negen "
        "routines, wat je ertegen kunt doen, en een woordenlijst.",
        "en": "This kit helps you run a workshop with Doorbraak. For each case there is a "
        "lesson plan and route cards. At the back is a handout for the participants: the nine "
        "routines, what you can do about them, and a glossary.",
    },
    "use_1": {
        "nl": "Kies een casus. Sanne en Familie Visser passen in twee uur. Intervisie past in "
        "anderhalf uur. De oefencasus is kort: speel hem een paar keer, op verschillende "
        "manieren.",
        "en": "Choose a case. Sanne and the Visser family fit in two hours. Intervisie fits "
        "in an hour and a half. The practice case is short: play it a few times, in different "
        "ways.",
    },
    "use_2": {
        "nl": "Speel de casus vooraf één keer zelf. Gebruik de routekaart om de momenten te "
        "vinden die je wilt laten zien.",
        "en": "Play the case once yourself beforehand. Use the route card to find the moments "
        "you want to show.",
    },
    "use_3": {
        "nl": "Druk de hand-out af voor iedere deelnemer (dubbelzijdig, A4).",
        "en": "Print the handout for every participant (double-sided, A4).",
    },
    "use_4": {
        "nl": "Tijdens de workshop speel je samen, op de beamer: kies op het startscherm "
        "'Met begeleider'. De groep stemt bij elke keuze. Laat alle spellen een log schrijven "
        "in één map (zie de trainershandleiding).",
        "en": "During the workshop you play together, on the projector: choose 'With a "
        "facilitator' on the title screen. The room votes at every choice. Let every game "
        "write its log into one folder (see the trainers' guide).",
    },
    "use_5": {
        "nl": "Na het spelen maak je het verslag: doorbraak report MAP -o verslag.html. Daarin "
        "zie je waar de groep toegaf, en wat dat de cliënt aan het eind kostte.",
        "en": "After playing, make the report: doorbraak report FOLDER -o report.html. It "
        "shows where the room gave in, and what that cost the client in the end.",
    },
    "print_note": {
        "nl": "Afdrukken: open dit bestand in een browser en kies Afdrukken, A4, zonder kop- "
        "en voetteksten. Elke casus begint op een nieuwe pagina.",
        "en": "Printing: open this file in a browser and choose Print, A4, without headers and "
        "footers. Every case starts on a new page.",
    },
    "print_command": {
        "nl": "Deze kit opnieuw maken: doorbraak kit -o kit.html (--lang en voor Engels).",
        "en": "Make this kit again: doorbraak kit -o kit.html --lang en (Dutch without it).",
    },
    # -- a case
    "kicker_plan": {"nl": "Lesplan", "en": "Lesson plan"},
    "kicker_routes": {"nl": "Routekaarten", "en": "Route cards"},
    "plan_facts": {
        "nl": "{minutes} minuten · {players} deelnemers of meer · een beamer en één laptop "
        "met Doorbraak · de hand-out voor iedereen",
        "en": "{minutes} minutes · {players} participants or more · a projector and one "
        "laptop with Doorbraak · the handout for everyone",
    },
    "plan_case": {
        "nl": "Een ronde duurt {low} tot {high} keuzes (meestal {typical}). Reken met twee tot "
        "drie minuten per keuze als de groep stemt en praat.",
        "en": "A round takes {low} to {high} choices (usually {typical}). Count two to three "
        "minutes per choice when the room votes and talks.",
    },
    "col_time": {"nl": "Tijd", "en": "Time"},
    "col_block": {"nl": "Onderdeel", "en": "Part"},
    "col_do": {"nl": "Wat je doet", "en": "What you do"},
    "b_open": {"nl": "Opening", "en": "Opening"},
    "b_open_do": {
        "nl": "Vertel waar het over gaat: 'mag niet' bestaat vaak niet. Het is een manier om "
        "nee te zeggen zonder dat iemand risico loopt, behalve de cliënt. Vraag: welk 'nee' "
        "hoorde jij deze week? Schrijf een paar zinnen op het bord.",
        "en": "Say what it is about: 'not allowed' often does not exist. It is a way to say no "
        "without anyone taking a risk, except the client. Ask: which 'no' did you hear this "
        "week? Write a few sentences on the board.",
    },
    "b_case": {"nl": "De casus", "en": "The case"},
    "b_case_do": {
        "nl": "Lees de casus voor. Leg de twee meters uit: de dagen die {client} wacht, en "
        "jouw veiligheid. Leg de score uit: de uitkomst en de doorbraak tellen het zwaarst, "
        "en na een slecht einde volgt een klacht. Het spel toont ook de beste haalbare score.",
        "en": "Read the case aloud. Explain the two meters: the days {client} waits, and your "
        "safety. Explain the score: the outcome and the breakthrough count most, and a bad "
        "ending is followed by a complaint. The game also shows the best score the case "
        "allows.",
    },
    "b_play": {"nl": "Samen spelen", "en": "Playing together"},
    "b_play_do": {
        "nl": "Speel met begeleider op de beamer. Laat bij elke keuze stemmen. Geef bij de "
        "momenten hieronder de tijd voor de vraag (toets T voor een klok van twee minuten). "
        "Neem een keuze terug om te laten zien wat de andere had gedaan.",
        "en": "Play with a facilitator on the projector. Let the room vote at every choice. At "
        "the moments below, take time for the question (key T starts a two-minute clock). "
        "Take a choice back to show what the other one would have done.",
    },
    "b_play_practice": {
        "nl": "Speel de casus drie keer, elke keer anders. Ronde 1: de groep stemt. Ronde 2: "
        "ga met iedereen mee. Ronde 3: zoek bij elk 'nee' een bondgenoot of vraag door. "
        "Vergelijk de drie eindes en de drie scores.",
        "en": "Play the case three times, differently each time. Round 1: the room votes. "
        "Round 2: go along with everyone. Round 3: at every 'no' find an ally or probe. "
        "Compare the three endings and the three scores.",
    },
    "b_break": {"nl": "Pauze", "en": "Break"},
    "b_break_do": {
        "nl": "Maak intussen het verslag van de logs (doorbraak report).",
        "en": "Meanwhile make the report from the logs (doorbraak report).",
    },
    "b_debrief": {"nl": "Nabespreken", "en": "Debrief"},
    "b_debrief_do": {
        "nl": "Laat het verslag zien: het einde, de doorbraak en de routines waar de groep "
        "toegaf, met de dagen aan het eind. Bespreek de vragen voor de groep.",
        "en": "Show the report: the ending, the breakthrough and the routines where the room "
        "gave in, with the days at the end. Discuss the questions for the group.",
    },
    "b_own": {"nl": "Eigen casus", "en": "Own cases"},
    "b_own_do": {
        "nl": "In tweetallen: neem een 'nee' uit je eigen werk. Welke routine is het? Oefen de "
        "zin 'Dit zie ik, zo kom ik erbij, wat mis ik?'. Wissel na vijf minuten.",
        "en": "In pairs: take a 'no' from your own work. Which routine is it? Practise the "
        "sentence 'This is what I see, this is how I got there, what am I missing?'. Swap "
        "after five minutes.",
    },
    "b_close": {"nl": "Afsluiten", "en": "Closing"},
    "b_close_do": {
        "nl": "Iedereen schrijft de eerste zin op die hij de volgende keer zegt. Wie wil, "
        "leest hem voor.",
        "en": "Everyone writes down the first sentence they will say next time. Whoever wants "
        "to reads it out.",
    },
    "h_moments": {
        "nl": "Momenten om bij stil te staan",
        "en": "Moments to stop at",
    },
    "moments_lead": {
        "nl": "De vragen die de casus bij deze momenten stelt (ze staan ook in de begeleide "
        "modus en in het verslag). In de volgorde waarin je ze meestal tegenkomt.",
        "en": "The questions the case asks at these moments (they are also in facilitator "
        "mode and in the report). In the order you usually meet them.",
    },
    "h_group": {"nl": "Vragen voor de hele groep", "en": "Questions for the whole room"},
    "h_personal": {
        "nl": "Vragen voor iedereen zelf (ook op het eindscherm)",
        "en": "Questions for everyone personally (also on the ending screen)",
    },
    "personal_on_handout": {
        "nl": "De vier vragen voor iedereen zelf staan op de hand-out en op het eindscherm.",
        "en": "The four questions for everyone personally are on the handout and on the ending "
        "screen.",
    },
    "short_route": {
        "nl": "Weinig tijd? De kortste weg naar het beste einde ({ending}) is {n} keuzes.",
        "en": "Short of time? The shortest way to the best ending ({ending}) is {n} choices.",
    },
    # -- route cards
    "routes_lead": {
        "nl": "Per routine: wie hem zegt, welke keuzes er recht naartoe leiden, een kortste "
        "weg vanaf de start, en hoe vaak je hem tegenkomt als je willekeurig kiest. Een lage "
        "kans betekent: deze routine is makkelijk te missen. Stuur de groep er dan heen, of "
        "speel de weg vooraf.",
        "en": "For each routine: who says it, which choices lead straight to it, a shortest "
        "way from the start, and how often you meet it when choosing at random. A low chance "
        "means: this routine is easy to miss. Steer the room there, or play the way "
        "beforehand.",
    },
    "said_by": {"nl": "gezegd door {who}", "en": "said by {who}"},
    "leads_in": {"nl": "Recht ernaartoe", "en": "Straight there"},
    "way": {"nl": "Kortste weg ({n} keuzes)", "en": "Shortest way ({n} choices)"},
    "way_start": {"nl": "meteen bij de start", "en": "right at the start"},
    "no_way": {
        "nl": "Geen weg gevonden binnen de zoekgrens.",
        "en": "No way found within the search limit.",
    },
    "chance": {
        "nl": "Kwam voor in {pct}% van {n} willekeurige rondes.",
        "en": "Met in {pct}% of {n} random rounds.",
    },
    "easy_to_miss": {"nl": "makkelijk te missen", "en": "easy to miss"},
    "command": {"nl": "Om er direct heen te spelen:", "en": "To play straight there:"},
    "h_endings": {
        "nl": "De eindes, en de kortste weg ernaartoe",
        "en": "The endings, and the shortest way there",
    },
    "col_ending": {"nl": "Einde", "en": "Ending"},
    "col_outcome": {"nl": "Uitkomst en doorbraak", "en": "Outcome and breakthrough"},
    "col_choices": {"nl": "Keuzes", "en": "Choices"},
    "col_way": {"nl": "Kortste weg (keuze-id's)", "en": "Shortest way (choice ids)"},
    # -- handout
    "kicker_handout": {"nl": "Hand-out", "en": "Handout"},
    "h_handout": {"nl": "Negen manieren om 'nee' te zeggen", "en": "Nine ways to say 'no'"},
    "handout_lead": {
        "nl": "Een defensieve routine is een zin die het gesprek stopt. Niemand bedoelt het "
        "kwaad. Maar de cliënt wacht. Hieronder de negen routines uit het spel, wat ze doen, "
        "en wat je ertegen kunt doen.",
        "en": "A defensive routine is a sentence that stops the conversation. Nobody means "
        "harm. But the client waits. Below are the nine routines from the game, what they "
        "do, and what you can do about them.",
    },
    "what_it_does": {"nl": "Wat het doet", "en": "What it does"},
    "what_helps": {"nl": "Wat helpt", "en": "What helps"},
    "h_moves": {"nl": "Zo kun je reageren", "en": "Ways to respond"},
    "moves_lead": {
        "nl": "De soorten antwoorden in het spel. Meegaan en afwachten laten het 'nee' staan.",
        "en": "The kinds of answers in the game. Going along and waiting leave the 'no' standing.",
    },
    "h_model2": {"nl": "De zin die vaak helpt", "en": "The sentence that often helps"},
    "model2": {
        "nl": "'Dit zie ik. Zo kom ik erbij. Wat mis ik?' Je zegt wat je ziet en hoe je tot je "
        "oordeel komt, en je vraagt de ander wat hij anders ziet. Zo hoeft niemand te "
        "verliezen, en komt op tafel wat echt tegenhoudt.",
        "en": "'This is what I see. This is how I got there. What am I missing?' You say what "
        "you see and how you reached your view, and ask the other person what they see "
        "differently. That way nobody has to lose, and what really holds things up comes out.",
    },
    "h_levels": {"nl": "Drie niveaus van doorbraak", "en": "Three levels of breakthrough"},
    "level_incident": {
        "nl": "De band plakken: deze ene cliënt is geholpen.",
        "en": "Mend the tyre: this one client is helped.",
    },
    "level_policy": {
        "nl": "De steen uit de band halen: het team beslist voortaan anders.",
        "en": "Remove the stone from the tyre: the team decides differently from now on.",
    },
    "level_system": {
        "nl": "De weg vegen: het systeem dat zulke zaken maakt, verandert.",
        "en": "Sweep the road: the system that produces such cases changes.",
    },
    "h_glossary": {"nl": "Woordenlijst", "en": "Glossary"},
    "glossary_lead": {
        "nl": "De vaktaal uit de casussen, in gewone woorden.",
        "en": "The professional words from the cases, in plain words.",
    },
    "footer": {
        "nl": "Gemaakt met Doorbraak. Dit bestand werkt zonder internet en kan worden afgedrukt.",
        "en": "Made with Doorbraak. This file works without the internet and can be printed.",
    },
}


def t(key: str, lang: str, **values: object) -> str:
    return tr(STRINGS, key, lang, **values)
