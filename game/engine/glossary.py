"""The built-in glossary (woordenlijst): the words of the social domain that the cases use.

Experts in the cases speak as experts do, without explaining their own words;
the glossary explains them instead: on the ending screen (key W), in the
debrief, in the facilitator panels and in the trainer's kit. A format-1.1
scenario adds its own terms (``glossary:``). Pure data and a text search:
nothing here may import more than the model. Dutch at B1 level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from game.engine.model import GlossaryEntry, Scenario, Text


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    term: Text
    meaning: Text
    # Lowercase word starts that show the term is used in a text, per language;
    # the term itself (before any bracket) when none are given.
    match: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def patterns(self, lang: str) -> tuple[str, ...]:
        for code, words in self.match:
            if code == lang:
                return words
        return (self.term.render(lang).split(" (")[0].lower(),)


def _term(
    id_: str, nl: tuple[str, str], en: tuple[str, str], nl_match: tuple[str, ...] = (),
    en_match: tuple[str, ...] = (),
) -> Term:  # fmt: skip
    match = tuple((lang, words) for lang, words in (("nl", nl_match), ("en", en_match)) if words)
    return Term(
        id_,
        Text.plain({"nl": nl[0], "en": en[0]}, "nl"),
        Text.plain({"nl": nl[1], "en": en[1]}, "nl"),
        match,
    )


BUILTIN_GLOSSARY: tuple[Term, ...] = (
    _term(
        "mag_niet",
        (
            "'mag niet' (defensieve routine)",
            "Een zin waarmee iemand 'nee' zegt zonder het echt te onderzoeken. Niemand loopt dan "
            "risico, behalve de cliënt: die wacht.",
        ),
        (
            "'not allowed' (defensive routine)",
            "A sentence with which someone says 'no' without really looking into it. Nobody takes "
            "a risk then, except the client, who waits.",
        ),
        ("mag niet", "routine"),
        ("not allowed", "routine"),
    ),
    _term(
        "levels",
        (
            "band plakken, steen uit de band, weg vegen",
            "De drie niveaus van een doorbraak: deze ene cliënt helpen (de band plakken), anders "
            "beslissen in het team (de steen uit de band halen), het systeem veranderen (de weg "
            "vegen).",
        ),
        (
            "mend the tyre, remove the stone, sweep the road",
            "The three levels of a breakthrough: helping this one client (mending the tyre), the "
            "team deciding differently (removing the stone from the tyre), changing the system "
            "(sweeping the road).",
        ),
        ("band", "steen", "weg geveegd"),
        ("tyre", "stone", "road"),
    ),
    _term(
        "model_ii",
        (
            "'Dit zie ik, wat mis ik?' (Model II)",
            "Een manier van praten uit het werk van Chris Argyris. Je zegt wat je ziet en hoe je "
            "daarbij komt. Dan vraag je wat je mist. Zo kan de ander jouw beeld toetsen.",
        ),
        (
            "'This is what I see, what am I missing?' (Model II)",
            "A way of talking from the work of Chris Argyris. You say what you see and how you got "
            "there, then ask what you are missing. That way the other person can test your view.",
        ),
        ("wat mis ik", "dit zie ik"),
        ("what am i missing", "this is what i see"),
    ),
    _term(
        "wmo",
        (
            "Wmo",
            "De Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente mensen die het zelf "
            "niet redden, zodat ze mee kunnen doen en zelfstandig kunnen wonen.",
        ),
        (
            "Wmo",
            "The Social Support Act (Wet maatschappelijke ondersteuning). With it the municipality "
            "supports people who cannot manage alone, so they can take part and live on their own.",
        ),
        ("wmo",),
        ("wmo",),
    ),
    _term(
        "wmo_consulent",
        (
            "Wmo-consulent",
            "Medewerker van de gemeente of het wijkteam. Kijkt samen met iemand welke steun nodig "
            "is, en adviseert of beslist daarover.",
        ),
        (
            "Wmo consultant",
            "Works for the municipality or the neighbourhood team. Looks with someone at the "
            "support "
            "they need, and advises or decides on it.",
        ),
        ("wmo-consulent",),
        ("wmo consultant",),
    ),
    _term(
        "wijkteam",
        ("wijkteam", "Een team in de wijk met hulpverleners voor wonen, zorg, geld en opvoeden."),
        (
            "neighbourhood team",
            "A team in the neighbourhood with support workers for housing, care, money and "
            "parenting.",
        ),
    ),
    _term(
        "melding",
        (
            "melding",
            "Het eerste bericht dat iemand hulp nodig heeft: van de persoon zelf, of van "
            "bijvoorbeeld de huisarts. Vanaf de melding loopt de tijd.",
        ),
        (
            "referral (melding)",
            "The first message that someone needs help: from the person, or from their GP for "
            "example. From the referral on, the clock runs.",
        ),
        ("melding",),
        ("referral",),
    ),
    _term(
        "keukentafelgesprek",
        (
            "keukentafelgesprek",
            "Het gesprek bij iemand thuis over wat er nodig is. Het hoort bij het onderzoek van de "
            "Wmo.",
        ),
        (
            "kitchen-table conversation",
            "The conversation at someone's home about what they need. It is part of the Wmo "
            "assessment.",
        ),
        ("keukentafel",),
        ("kitchen-table", "kitchen table"),
    ),
    _term(
        "onderzoek",
        (
            "onderzoek (Wmo)",
            "Na een melding zoekt de gemeente uit wat iemand nodig heeft. Dat mag hoogstens zes "
            "weken duren. Daarna volgt de aanvraag en het besluit.",
        ),
        (
            "assessment (Wmo)",
            "After a referral the municipality works out what someone needs. That may take six "
            "weeks at most. Then come the application and the decision.",
        ),
        ("onderzoek",),
        ("assessment",),
    ),
    _term(
        "voorlopig_besluit",
        (
            "voorlopig besluit",
            "Een besluit dat geldt tot het echte besluit er is. Zo kan hulp al beginnen als het "
            "spoed heeft.",
        ),
        (
            "provisional decision",
            "A decision that holds until the real one is made. That way help can start when it is "
            "urgent.",
        ),
        ("voorlopig besluit", "voorlopige beslissing"),
        ("provisional decision",),
    ),
    _term(
        "spoedroute",
        (
            "spoedroute",
            "De snelle weg als iets niet kan wachten: een voorlopig besluit en meteen hulp, "
            "terwijl "
            "het onderzoek nog loopt.",
        ),
        (
            "urgent route",
            "The fast way when something cannot wait: a provisional decision and help at once, "
            "while the assessment goes on.",
        ),
        ("spoedroute",),
        ("urgent route", "fast track"),
    ),
    _term(
        "doorbraakbudget",
        (
            "doorbraakbudget",
            "Geld dat het wijkteam zelf mag inzetten als de gewone regels niet passen. Heet ook "
            "vrij budget of flexbudget.",
        ),
        (
            "breakthrough budget",
            "Money the neighbourhood team may spend itself when the usual rules do not fit. Also "
            "called a discretionary or flexible budget.",
        ),
        ("doorbraakbudget", "vrij budget"),
        ("breakthrough budget", "discretionary budget"),
    ),
    _term(
        "maatwerkvoorziening",
        (
            "maatwerkvoorziening",
            "Hulp uit de Wmo die bij één persoon past, met een officieel besluit (een "
            "beschikking). "
            "Dat is iets anders dan het doorbraakbudget.",
        ),
        (
            "customised provision",
            "Support under the Wmo that fits one person, with a formal decision. That is something "
            "else than the breakthrough budget.",
        ),
        ("maatwerk",),
        ("customised provision",),
    ),
    _term(
        "briefadres",
        (
            "briefadres",
            "Een adres voor je post als je geen vast woonadres hebt. Je staat dan toch "
            "ingeschreven "
            "in de gemeente, en je kunt toeslagen krijgen.",
        ),
        (
            "postal address (briefadres)",
            "An address for your post when you have no fixed home. You are still registered with "
            "the municipality then, and can receive benefits.",
        ),
        ("briefadres",),
        ("postal address",),
    ),
    _term(
        "briefadresgever",
        (
            "briefadresgever",
            "De persoon of organisatie die zegt: de post mag naar mijn adres. Bijvoorbeeld het "
            "wijkteam.",
        ),
        (
            "address provider",
            "The person or organisation that says: the post may come to my address. The "
            "neighbourhood team, for example.",
        ),
        ("briefadresgever",),
        ("address provider",),
    ),
    _term(
        "brp",
        (
            "basisregistratie personen (BRP)",
            "De lijst van de gemeente van wie waar woont. Wie nergens ingeschreven staat, mist "
            "vaak "
            "post en toeslagen.",
        ),
        (
            "Personal Records Database (BRP)",
            "The municipality's record of who lives where. Whoever is registered nowhere often "
            "misses post and benefits.",
        ),
        ("basisregistratie", "ingeschreven"),
        ("personal records", "registered"),
    ),
    _term(
        "burgerzaken",
        (
            "Burgerzaken",
            "De afdeling van de gemeente voor paspoorten, inschrijvingen en briefadressen.",
        ),
        (
            "Civil Affairs (Burgerzaken)",
            "The municipal department for passports, registrations and postal addresses.",
        ),
        ("burgerzaken",),
        ("civil affairs",),
    ),
    _term(
        "adresonderzoek",
        (
            "adresonderzoek",
            "Burgerzaken kijkt of iemand echt woont waar hij zegt. Hoe lang dat duurt, is vaak "
            "eigen beleid van de gemeente.",
        ),
        (
            "address check",
            "Civil Affairs checks whether someone really lives where they say. How long that takes "
            "is often the municipality's own policy.",
        ),
        ("adresonderzoek",),
        ("address check",),
    ),
    _term(
        "werk_en_inkomen",
        ("Werk en Inkomen", "De afdeling van de gemeente voor uitkeringen en bijzondere bijstand."),
        ("Work and Income", "The municipal department for benefits and special assistance."),
        ("werk en inkomen",),
        ("work and income",),
    ),
    _term(
        "huurtoeslag",
        (
            "huurtoeslag",
            "Geld van de overheid voor de huur, voor mensen met een laag inkomen. Het inkomen van "
            "wie bij je woont, telt mee.",
        ),
        (
            "housing benefit",
            "Money from the government towards the rent, for people on a low income. The income of "
            "whoever lives with you counts too.",
        ),
        ("huurtoeslag",),
        ("housing benefit",),
    ),
    _term(
        "zorgtoeslag",
        (
            "zorgtoeslag",
            "Geld van de overheid voor de zorgverzekering, voor mensen met een laag inkomen.",
        ),
        (
            "healthcare allowance",
            "Money from the government towards health insurance, for people on a low income.",
        ),
        ("zorgtoeslag",),
        ("healthcare allowance", "health care allowance"),
    ),
    _term(
        "kostendelersnorm",
        (
            "kostendelersnorm",
            "Een regel die een bijstandsuitkering lager maakt als je een huis deelt. Sinds 2023 "
            "tellen huisgenoten onder de 27 niet mee. Daarom speelt hij bij Sanne geen rol.",
        ),
        (
            "cost-sharers' rule",
            "A rule that lowers a social assistance benefit when you share a home. Since 2023 "
            "housemates under 27 do not count, which is why it plays no part for Sanne.",
        ),
        ("kostendeler", "huurtoeslag"),
        ("cost-sharer", "housing benefit"),
    ),
    _term(
        "urgentie",
        ("urgentie", "Voorrang op een sociale huurwoning, omdat je snel een huis nodig hebt."),
        ("urgency", "Priority for social housing, because you need a home soon."),
        ("urgentie",),
        ("urgency",),
    ),
    _term(
        "urgentiecommissie",
        (
            "urgentiecommissie",
            "De groep mensen die beslist wie urgentie krijgt. Ze komt eens in de paar weken bij "
            "elkaar.",
        ),
        (
            "urgency committee",
            "The group of people who decide who gets urgency. It meets once every few weeks.",
        ),
        ("urgentiecommissie", "commissie"),
        ("urgency committee", "committee"),
    ),
    _term(
        "spoedzitting",
        (
            "spoedzitting",
            "Een extra, snelle vergadering van een commissie, voor een zaak die niet kan wachten.",
        ),
        ("urgent session", "An extra, quick meeting of a committee, for a case that cannot wait."),
        ("spoedzitting",),
        ("urgent session", "emergency meeting"),
    ),
    _term(
        "voorzienbaar",
        (
            "voorzienbaar",
            "Iets wat je van tevoren had kunnen zien aankomen. Wie zijn woonprobleem zag aankomen, "
            "krijgt vaak geen urgentie. De regel is bedoeld voor wie zelf zijn huis opgeeft.",
        ),
        (
            "foreseeable",
            "Something you could have seen coming. Whoever saw their housing problem coming often "
            "gets no urgency. The rule is meant for people who give up their home themselves.",
        ),
        ("voorzienbaar",),
        ("foreseeable",),
    ),
    _term(
        "wisselwoning",
        ("wisselwoning", "Een tijdelijke woning, voor de tijd tot er een vaste woning is."),
        ("temporary home", "A home for a while, until there is a permanent one."),
        ("wisselwoning",),
        ("temporary home",),
    ),
    _term(
        "bezwaar",
        (
            "bezwaar",
            "Ben je het niet eens met een besluit van de overheid? Dan mag je binnen zes weken "
            "bezwaar maken. Het besluit wordt dan opnieuw bekeken.",
        ),
        (
            "objection",
            "If you disagree with a decision of the authorities, you may object within six weeks. "
            "The decision is then looked at again.",
        ),
        ("bezwaar",),
        ("objection", "object to"),
    ),
    _term(
        "bezwaarcommissie",
        ("bezwaarcommissie", "Een commissie die de gemeente advies geeft over een bezwaar."),
        ("objections committee", "A committee that advises the municipality on an objection."),
        ("bezwaarcommissie",),
        ("objections committee",),
    ),
    _term(
        "voorlopige_voorziening",
        (
            "voorlopige voorziening",
            "Een spoedprocedure bij de rechter, als je niet kunt wachten tot het bezwaar klaar is.",
        ),
        (
            "interim relief",
            "An urgent procedure at the court, when you cannot wait for the objection to be "
            "decided.",
        ),
        ("voorlopige voorziening",),
        ("interim relief", "urgent court"),
    ),
    _term(
        "huisvestingsverordening",
        (
            "huisvestingsverordening",
            "De regels van de gemeente over wie welke sociale huurwoning krijgt, en wie urgentie "
            "krijgt.",
        ),
        (
            "housing ordinance",
            "The municipality's rules about who gets which social housing, and who gets urgency.",
        ),
        ("huisvestingsverordening", "verordening"),
        ("housing ordinance", "ordinance"),
    ),
    _term(
        "hardheidsclausule",
        (
            "hardheidsclausule",
            "Een regel die zegt dat je van de regels mag afwijken als ze iemand te hard raken.",
        ),
        (
            "hardship clause",
            "A rule that says you may depart from the rules when they hit someone too hard.",
        ),
        ("hardheidsclausule",),
        ("hardship clause",),
    ),
    _term(
        "bijzondere_bijstand",
        (
            "bijzondere bijstand",
            "Geld van de gemeente voor kosten die je zelf niet kunt betalen, zoals een borg. Vaak "
            "als lening, die je in kleine bedragen terugbetaalt.",
        ),
        (
            "special assistance",
            "Money from the municipality for costs you cannot pay yourself, such as a deposit. "
            "Often as a loan that you pay back in small amounts.",
        ),
        ("bijzondere bijstand", "lening"),
        ("special assistance", "loan"),
    ),
    _term(
        "kostensom",
        (
            "maatschappelijke kostensom",
            "Een som die laat zien wat helpen kost, en wat niet helpen kost: opvang, crisiszorg, "
            "misschien een uithuisplaatsing.",
        ),
        (
            "social cost sum",
            "A sum that shows what helping costs, and what not helping costs: a shelter, crisis "
            "care, perhaps a child taken into care.",
        ),
        ("de som", "kostensom", "kosten-batensom"),
        ("the sum", "cost sum"),
    ),
    _term(
        "doormodderen",
        (
            "doormodderen",
            "Doorgaan zonder echte oplossing, terwijl de problemen en de kosten groter worden.",
        ),
        (
            "muddling through",
            "Carrying on without a real solution, while the problems and the costs grow.",
        ),
        ("doormodderen",),
        ("muddling", "muddle"),
    ),
    _term(
        "kraamzorg",
        (
            "kraamzorg",
            "Hulp thuis in de eerste dagen na de bevalling. Die regel je via je zorgverzekering.",
        ),
        (
            "maternity care",
            "Help at home in the first days after the birth, arranged through the health insurer.",
        ),
        ("kraamzorg",),
        ("maternity care",),
    ),
    _term(
        "zorgpad",
        (
            "zorgpad kwetsbare zwangeren",
            "Afspraken tussen verloskundigen, de jeugdgezondheidszorg en de gemeente over extra "
            "steun voor zwangere vrouwen in een moeilijke situatie.",
        ),
        (
            "care pathway for vulnerable pregnant women",
            "Agreements between midwives, youth health care and the municipality about extra "
            "support for pregnant women in a difficult situation.",
        ),
        ("zorgpad",),
        ("care pathway",),
    ),
    _term(
        "jgz",
        (
            "jeugdgezondheidszorg (JGZ)",
            "De zorg voor de gezondheid van kinderen tot 18 jaar, bijvoorbeeld op het "
            "consultatiebureau.",
        ),
        (
            "youth health care (JGZ)",
            "The health care for children up to 18, at the child health clinic for example.",
        ),
        ("jeugdgezondheidszorg", "jgz"),
        ("youth health care", "jgz"),
    ),
    _term(
        "jeugdverpleegkundige",
        (
            "jeugdverpleegkundige",
            "Verpleegkundige van de jeugdgezondheidszorg. Komt ook op huisbezoek, al vóór de "
            "geboorte.",
        ),
        (
            "youth nurse",
            "A nurse of youth health care. Also makes home visits, even before the birth.",
        ),
        ("jeugdverpleegkundige",),
        ("youth nurse", "health visitor"),
    ),
    _term(
        "consultatiebureau",
        (
            "consultatiebureau",
            "De plek waar ouders met hun baby of jonge kind komen voor controle en advies.",
        ),
        (
            "child health clinic",
            "The place where parents bring their baby or young child for check-ups and advice.",
        ),
        ("consultatiebureau",),
        ("child health clinic", "clinic"),
    ),
    _term(
        "prenataal_huisbezoek",
        (
            "prenataal huisbezoek",
            "Een bezoek van de jeugdverpleegkundige vóór de geboorte, aan zwangere vrouwen die "
            "extra steun kunnen gebruiken. De gemeente moet dit aanbieden.",
        ),
        (
            "prenatal home visit",
            "A visit by the youth nurse before the birth, to pregnant women who could use extra "
            "support. The municipality must offer it.",
        ),
        ("huisbezoek",),
        ("home visit",),
    ),
    _term(
        "jgt",
        ("jeugd- en gezinsteam", "Het team van de gemeente dat kinderen en gezinnen helpt."),
        ("youth and family team", "The municipal team that helps children and families."),
        ("jeugd- en gezinsteam", "gezinsteam"),
        ("youth and family team", "youth team"),
    ),
    _term(
        "opvang",
        (
            "maatschappelijke opvang",
            "Een tijdelijke plek om te slapen en te wonen voor wie dakloos is. Iedereen mag zich "
            "in "
            "elke gemeente melden: binding met de regio is geen voorwaarde.",
        ),
        (
            "shelter",
            "A temporary place to sleep and live for people who are homeless. Anyone may apply in "
            "any municipality: a tie to the region is not a condition.",
        ),
        ("opvang",),
        ("shelter",),
    ),
    _term(
        "huis_jonge_moeders",
        ("huis voor jonge moeders", "Een opvang voor jonge moeders en hun baby, met begeleiding."),
        ("mother-and-baby home", "A shelter for young mothers and their baby, with support."),
        ("jonge moeders", "moeder-en-kind"),
        ("young mothers", "mother-and-baby"),
    ),
    _term(
        "doorbraaktafel",
        (
            "doorbraaktafel",
            "Een overleg waar organisaties samen een vastgelopen zaak oplossen, en kijken wat er "
            "moet veranderen zodat het niet weer gebeurt.",
        ),
        (
            "breakthrough table",
            "A meeting where organisations solve a stuck case together, and look at what must "
            "change so that it does not happen again.",
        ),
        ("doorbraaktafel",),
        ("breakthrough table",),
    ),
    _term(
        "budgethouder",
        ("budgethouder", "De persoon die beslist waar het geld van een budget naartoe gaat."),
        ("budget holder", "The person who decides what a budget's money is spent on."),
        ("budgethouder",),
        ("budget holder",),
    ),
    _term(
        "integriteitscoordinator",
        (
            "integriteitscoördinator",
            "De persoon in de organisatie bij wie je meldt als er iets niet eerlijk of niet "
            "volgens "
            "de regels ging. Daarna volgt een gesprek.",
        ),
        (
            "integrity coordinator",
            "The person in the organisation to whom you report when something was not honest or "
            "not by the rules. A conversation follows.",
        ),
        ("integriteit",),
        ("integrity",),
    ),
    _term(
        "ots",
        (
            "ondertoezichtstelling (OTS)",
            "De kinderrechter besluit dat een jeugdbeschermer een gezin begeleidt, omdat de "
            "veiligheid van een kind in gevaar is.",
        ),
        (
            "supervision order (OTS)",
            "The juvenile judge decides that a youth protection worker supervises a family, "
            "because a child's safety is at risk.",
        ),
        ("ondertoezichtstelling", "ots"),
        ("supervision order", "ots"),
    ),
    _term(
        "jeugdbeschermer",
        (
            "jeugdbeschermer",
            "Werkt bij een gecertificeerde instelling. Houdt bij een OTS de regie over de "
            "veiligheid van het kind.",
        ),
        (
            "youth protection worker",
            "Works for a certified youth protection agency. Under a supervision order, keeps the "
            "lead on the child's safety.",
        ),
        ("jeugdbeschermer", "jeugdbescherming"),
        ("youth protection",),
    ),
    _term(
        "uithuisplaatsing",
        (
            "uithuisplaatsing",
            "Een kind gaat ergens anders wonen, bijvoorbeeld in een pleeggezin. Bij een OTS vraagt "
            "de jeugdbeschermer dat aan de kinderrechter.",
        ),
        (
            "out-of-home placement",
            "A child goes to live somewhere else, in a foster family for example. Under a "
            "supervision order the youth protection worker asks the juvenile judge for it.",
        ),
        ("uithuisplaatsing", "uit huis"),
        ("placement", "taken into care"),
    ),
    _term(
        "kinderrechter",
        (
            "kinderrechter",
            "De rechter die beslist over maatregelen voor kinderen, zoals een OTS of een "
            "uithuisplaatsing.",
        ),
        (
            "juvenile judge",
            "The judge who decides on measures for children, such as a supervision order or a "
            "placement.",
        ),
        ("kinderrechter",),
        ("juvenile judge",),
    ),
    _term(
        "zitting",
        ("zitting", "Het moment waarop de rechter een zaak behandelt."),
        ("hearing", "The moment when the court hears a case."),
        ("zitting",),
        ("hearing",),
    ),
    _term(
        "vonnis",
        ("vonnis", "De uitspraak van de rechter."),
        ("judgment", "The court's decision."),
        ("vonnis",),
        ("a judgment", "the judgment"),
    ),
    _term(
        "ontruiming",
        (
            "ontruiming",
            "De huurder moet het huis uit, omdat de rechter dat heeft toegestaan. De deurwaarder "
            "voert het uit.",
        ),
        (
            "eviction",
            "The tenant must leave the home, because the court allowed it. The bailiff carries it "
            "out.",
        ),
        ("ontruiming", "ontruimd"),
        ("eviction", "evict"),
    ),
    _term(
        "deurwaarder",
        (
            "deurwaarder",
            "Voert uitspraken van de rechter uit, zoals een ontruiming of beslag voor een schuld.",
        ),
        (
            "bailiff",
            "Carries out court decisions, such as an eviction or seizing goods for a debt.",
        ),
        ("deurwaarder",),
        ("bailiff",),
    ),
    _term(
        "schuldhulp",
        (
            "schuldhulp",
            "Hulp van de gemeente bij schulden. Dreigt er een ontruiming, dan moet de gemeente "
            "snel "
            "een eerste gesprek voeren.",
        ),
        (
            "debt counselling",
            "Help from the municipality with debts. When an eviction threatens, the municipality "
            "must hold a first talk quickly.",
        ),
        ("schuldhulp",),
        ("debt counselling", "debt help"),
    ),
    _term(
        "kredietbank",
        ("kredietbank", "Een organisatie van de gemeente die helpt met schulden en leningen."),
        (
            "municipal credit bank",
            "An organisation of the municipality that helps with debts and loans.",
        ),
        ("kredietbank",),
        ("credit bank",),
    ),
    _term(
        "schuldregeling",
        (
            "schuldregeling",
            "Een afspraak met alle schuldeisers: je betaalt een tijd wat je kunt, daarna vervalt "
            "de "
            "rest.",
        ),
        (
            "debt settlement",
            "An agreement with all creditors: for a time you pay what you can, after that the rest "
            "is written off.",
        ),
        ("schuldregeling",),
        ("debt settlement",),
    ),
    _term(
        "leerplichtambtenaar",
        (
            "leerplichtambtenaar",
            "Medewerker van de gemeente die let op kinderen die niet naar school gaan.",
        ),
        (
            "school attendance officer",
            "Works for the municipality and looks after children who do not go to school.",
        ),
        ("leerplicht",),
        ("attendance", "compulsory school"),
    ),
    _term(
        "zorgcoordinator",
        (
            "zorgcoördinator (school)",
            "De persoon op school die de extra zorg voor leerlingen regelt.",
        ),
        ("care coordinator (school)", "The person at school who arranges extra care for pupils."),
        ("zorgcoördinator",),
        ("care coordinator",),
    ),
    _term(
        "poh_ggz",
        (
            "praktijkondersteuner (POH-GGZ)",
            "Medewerker bij de huisarts die helpt bij psychische klachten, vaak zonder lange "
            "wachtlijst.",
        ),
        (
            "mental-health nurse at the GP's",
            "Works at the GP's practice and helps with mental-health problems, often without a "
            "long "
            "waiting list.",
        ),
        ("praktijkondersteuner", "poh"),
        ("mental-health nurse", "mental health nurse"),
    ),
    _term(
        "ggz",
        ("GGZ", "De geestelijke gezondheidszorg: hulp bij psychische klachten."),
        ("mental-health care (GGZ)", "Care for people with mental-health problems."),
        ("ggz",),
        ("mental-health care", "mental health care"),
    ),
    _term(
        "gezinstafel",
        ("gezinstafel", "Een overleg met het gezin en de hulpverleners samen, over één plan."),
        (
            "family meeting",
            "A meeting of the family and the support workers together, about one plan.",
        ),
        ("gezinstafel",),
        ("family meeting", "family table"),
    ),
    _term(
        "coordinator",
        (
            "coördinator van de hulp",
            "De ene persoon die de hulp aan een gezin op elkaar afstemt, naast de jeugdbeschermer. "
            "Vroeger heette dat vaak 'regisseur'.",
        ),
        (
            "coordinator of the support",
            "The one person who aligns the support to a family, next to the youth protection "
            "worker. It used to be called the 'director' of the case.",
        ),
        ("coördinator", "coördineert", "regie"),
        ("coordinator", "coordinates"),
    ),
    _term(
        "intervisie",
        (
            "intervisie",
            "Collega's bespreken samen een vraag uit het werk van één van hen, zonder "
            "leidinggevende. Een collega leidt het gesprek.",
        ),
        (
            "peer consultation (intervisie)",
            "Colleagues discuss a question from the work of one of them, without a manager. A "
            "colleague chairs.",
        ),
        ("intervisie",),
        ("peer consultation", "intervisie"),
    ),
    _term(
        "ketenoverleg",
        ("ketenoverleg", "Overleg tussen organisaties die voor dezelfde mensen werken."),
        ("chain meeting", "A meeting of the organisations that work for the same people."),
        ("ketenoverleg",),
        ("chain meeting",),
    ),
    _term(
        "casusoverleg",
        (
            "casusoverleg",
            "Overleg over één zaak, vaak met de leidinggevende erbij, dat eindigt in een besluit.",
        ),
        (
            "case meeting",
            "A meeting about one case, often with the manager present, that ends in a decision.",
        ),
        ("casusoverleg",),
        ("case meeting",),
    ),
    _term(
        "moreel_beraad",
        (
            "moreel beraad",
            "Een gesprek volgens een vaste methode over een moeilijke keuze: welke waarden spelen "
            "er, en wat is hier goed om te doen? Zonder druk naar een besluit.",
        ),
        (
            "moral deliberation",
            "A conversation by a set method about a hard choice: which values are at stake, and "
            "what is right to do here? Without pushing for a decision.",
        ),
        ("moreel beraad",),
        ("moral deliberation",),
    ),
)


def _words(scenario: Scenario) -> Iterator[Text]:
    yield scenario.title
    if scenario.summary is not None:
        yield scenario.summary
    for node in scenario.nodes.values():
        yield node.text
        for extra in (node.discuss, node.ending.title if node.ending else None):
            if extra is not None:
                yield extra
        for choice in node.choices or ():
            yield choice.text
            if choice.feedback is not None:
                yield choice.feedback


def _found(pattern: str, texts: Iterable[str]) -> bool:
    word = re.compile(r"(?<![\w-])" + re.escape(pattern), re.IGNORECASE)
    return any(word.search(text) for text in texts)


def terms_for(scenario: Scenario, lang: str) -> list[Term | GlossaryEntry]:
    """The built-in terms the scenario's texts use in ``lang``, and the scenario's own,
    in alphabetical order of the term as shown."""
    texts = [text.render(lang) for text in _words(scenario)]
    found: list[Term | GlossaryEntry] = [
        term for term in BUILTIN_GLOSSARY if any(_found(p, texts) for p in term.patterns(lang))
    ]
    own = {entry.id for entry in scenario.glossary}
    found = [t for t in found if t.id not in own] + list(scenario.glossary)
    return sorted(found, key=lambda t: sort_key(t.term.render(lang)))


def everything(lang: str) -> list[Term]:
    """The whole built-in glossary, in alphabetical order (for the trainer's kit)."""
    return sorted(BUILTIN_GLOSSARY, key=lambda t: sort_key(t.term.render(lang)))


def sort_key(term: str) -> str:
    return term.lstrip("'\"").casefold()
