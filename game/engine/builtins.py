"""The built-in defensive routines and response types (format page, version 1).

Every scenario can use these ids without declaring them. Each routine carries
a short explanation and two or three counter-moves, shown in facilitator mode
and in debriefs. Dutch is written at B1 level: short sentences, everyday
words. Pure data: nothing here may import more than the model.
"""

from __future__ import annotations

from game.engine.model import Label, Text


def _t(nl: str, en: str) -> Text:
    return Text.plain({"nl": nl, "en": en}, "nl")


def _routine(id_: str, label: Text, explanation: Text, *moves: Text) -> Label:
    return Label(id=id_, label=label, explanation=explanation, counter_moves=moves, builtin=True)


def _response(id_: str, label: Text, explanation: Text) -> Label:
    return Label(id=id_, label=label, explanation=explanation, counter_moves=(), builtin=True)


BUILTIN_ROUTINES: dict[str, Label] = {
    "rules": _routine(
        "rules",
        _t("Het mag niet van de regels", "The rules don't allow it"),
        _t(
            "Iemand wijst naar 'de regels' zonder te zeggen welke. Vaak gaat het om eigen beleid van "
            "de organisatie. Daar mag je van afwijken. Met het woord 'regels' lijkt het gesprek klaar.",
            "Someone points at 'the rules' without saying which ones. Often it is the organisation's "
            "own policy, which may be departed from. The word 'rules' makes it seem the conversation is over.",
        ),
        _t(
            "Vraag welke regel het precies is, en lees hem samen.",
            "Ask which rule it is exactly, and read it together.",
        ),
        _t(
            "Vraag of het om de wet gaat of om eigen beleid. Van eigen beleid mag je afwijken.",
            "Ask whether it is the law or the organisation's own policy. An organisation may depart from its own policy.",
        ),
        _t(
            "Vraag naar de hardheidsclausule: de regel die zegt wanneer je van de regels mag afwijken.",
            "Ask about the hardship clause: the rule that says when you may depart from the rules.",
        ),
    ),
    "criteria": _routine(
        "criteria",
        _t("Zij voldoet niet aan de criteria", "She doesn't meet the criteria"),
        _t(
            "Een lijst met criteria helpt om gelijk te beslissen. Maar dan wordt de lijst het doel, "
            "en niet de nood van de persoon. Wie net buiten de lijst valt, valt ook buiten de hulp.",
            "A list of criteria helps people decide alike. But then the list becomes the goal, not "
            "the person's need. Whoever falls just outside the list also falls outside the help.",
        ),
        _t(
            "Vraag waar het criterium voor bedoeld is, en of deze situatie daar eigenlijk onder valt.",
            "Ask what the criterion is meant for, and whether this situation really falls under that purpose.",
        ),
        _t(
            "Draai het om: wat heeft zij nodig, en welke regel maakt dat mogelijk?",
            "Turn it around: what does she need, and which rule makes that possible?",
        ),
        _t(
            "Vraag om een besluit op papier, met de reden erbij. Dan kan zij bezwaar maken.",
            "Ask for a written decision with its reasons. Then she can object.",
        ),
    ),
    "not_feasible": _routine(
        "not_feasible",
        _t("Hier kunnen we niet aan beginnen", "We can't start on this"),
        _t(
            "De vraag lijkt te groot, dus begint niemand. Het voelt als een berg werk zonder einde. "
            "Zo blijft de hele situatie vastzitten.",
            "The request looks too big, so nobody starts. It feels like a mountain of work without "
            "an end. So the whole situation stays stuck.",
        ),
        _t(
            "Maak de vraag klein: welke ene stap maakt de rest los? Een borg, een briefadres.",
            "Make the request small: which one step unblocks the rest? A deposit, a postal address.",
        ),
        _t(
            "Spreek af wie wat doet, en wanneer. Schrijf het op.",
            "Agree who does what, and by when. Write it down.",
        ),
    ),
    "too_expensive": _routine(
        "too_expensive",
        _t("Dit is te duur", "This is too expensive"),
        _t(
            "Het geld van één potje wordt bewaakt, ook als niets doen elders veel meer kost. Niemand "
            "telt wat doormodderen kost: doorgaan zonder echte oplossing. Zo lijkt 'nee' goedkoop.",
            "The money in one budget line is guarded, even when doing nothing costs far more "
            "elsewhere. Nobody counts the cost of muddling on without a real solution. So 'no' looks cheap.",
        ),
        _t(
            "Maak de som: wat kost doormodderen (opvang, crisis, uithuisplaatsing) en wat kost de oplossing?",
            "Do the sum: what does muddling on cost (shelter, crisis, placement), and what does the solution cost?",
        ),
        _t(
            "Vraag voor wiens potje het te duur is. Misschien past het in een ander budget.",
            "Ask whose budget line it is too expensive for. It may fit in another one.",
        ),
        _t(
            "Gebruik een vrij budget, zoals een doorbraakbudget: geld voor 'wat nodig is'.",
            "Use a discretionary budget: money meant for 'whatever is needed'.",
        ),
    ),
    "law": _routine(
        "law",
        _t("Het mag niet van de wet", "The law doesn't allow it"),
        _t(
            "'De wet' klinkt als een muur waar je niet omheen kunt. Toch laat de wet vaak ruimte. "
            "Soms verplicht de wet ons juist om te helpen. Wie naar de wet wijst, hoeft niet zelf te kiezen.",
            "'The law' sounds like a wall you cannot get around. Yet the law often leaves room, and "
            "sometimes it even requires us to help. Whoever points at the law doesn't have to make a choice themselves.",
        ),
        _t(
            "Noem wat de wet wel verplicht: opvang in het hele land, een briefadres, snel een voorlopig besluit als het spoed heeft.",
            "Name what the law does require: shelter open to all, a postal address, a quick interim decision when it is urgent.",
        ),
        _t(
            "Vraag de jurist niet óf het kan, maar hóé het kan.",
            "Don't ask the lawyer whether it can be done, ask how it can be done.",
        ),
    ),
    "wrong_desk": _routine(
        "wrong_desk",
        _t("Je moet niet bij mij zijn maar bij iemand anders", "I'm not the one you need"),
        _t(
            "Iedereen stuurt de persoon door naar een ander loket. Elke organisatie doet haar eigen "
            "stukje goed, maar niemand is eigenaar. Ondertussen loopt de persoon rondjes.",
            "'It's not me you need, it's someone else': everyone sends the person on to another desk. "
            "Each organisation does its own piece well, but nobody owns the case. Meanwhile the person walks in circles.",
        ),
        _t(
            "Verwijs warm: bel de andere organisatie nu, samen met de cliënt.",
            "Make a warm handover: call the other organisation now, together with the client.",
        ),
        _t(
            "Breng iedereen rond één tafel en spreek af wie de eigenaar van de casus is.",
            "Bring everyone around one table and agree who owns the case.",
        ),
    ),
    "self_reliance": _routine(
        "self_reliance",
        _t("Als wij het oplossen, leert zij het zelf niet", "If we solve it, she won't learn to"),
        _t(
            "Zelfredzaamheid is een goed doel. Maar het wordt een reden om niet te helpen, ook als "
            "iemand in nood zit. Wie geen dak heeft, leert weinig.",
            "Self-reliance is a good goal. But it becomes a reason not to help, even when someone "
            "is in crisis. Someone without a roof learns little.",
        ),
        _t(
            "Los eerst het probleem op dat alles blokkeert. Zelfredzaam worden komt na rust.",
            "First solve the problem that blocks everything. Self-reliance comes after stability.",
        ),
        _t(
            "Laat de cliënt zelf haar plan schrijven. Zo houdt zij de regie.",
            "Let the client write her own plan. That way she stays in charge.",
        ),
    ),
    "precedent": _routine(
        "precedent",
        _t("Dan is het hek van de dam", "Then the floodgates open"),
        _t(
            "De angst is: als we het één keer doen, wil morgen iedereen het. Die angst zit diep. "
            "Maar zelden telt iemand hoeveel gevallen er echt zijn.",
            "The fear is: if we do it once, tomorrow everyone will want it. That fear runs deep. "
            "But rarely does anyone count how many such cases there really are.",
        ),
        _t(
            "Vraag hoeveel vergelijkbare gevallen er het afgelopen jaar echt waren.",
            "Ask how many comparable cases there really were in the past year.",
        ),
        _t(
            "Ongelijke gevallen mag je ongelijk behandelen. Leg uit wat dit geval anders maakt.",
            "Unequal cases may be treated unequally. Explain what makes this case different.",
        ),
        _t(
            "Leg het besluit vast met de redenen. Dan wordt één geval een afspraak voor de volgende keer.",
            "Record the decision with its reasons. Then one case becomes an agreement for next time.",
        ),
    ),
    "good_will": _routine(
        "good_will",
        _t("Ik zou wel willen, maar ...", "I'd like to, but ..."),
        _t(
            "De ander toont begrip en zegt toch nee. Met het 'maar' zegt de ander: ik kan er niets aan "
            "doen. Zo lijkt het alsof hij zelf niet mag kiezen.",
            "The other person shows sympathy and still says no. With the 'but' they are saying: there's "
            "nothing I can do. It makes it look as if they aren't allowed to choose for themselves.",
        ),
        _t(
            "Neem het 'ik wil wel' serieus: wat is er nodig om het te doen?",
            "Take the 'I'd like to' seriously: what is needed to make it happen?",
        ),
        _t(
            "Vraag om een besluit, niet om begrip. Wie beslist, en wanneer?",
            "Ask for a decision, not for sympathy. Who decides, and when?",
        ),
    ),
}


# Responses that leave the "no" standing: going along (comply) or waiting (defer).
GIVING_IN = frozenset({"comply", "defer"})

BUILTIN_RESPONSES: dict[str, Label] = {
    "comply": _response(
        "comply",
        _t("Het 'nee' accepteren", "Accept the 'no'"),
        _t(
            "Je gaat mee met het 'nee'. Dat is veilig voor jou en scheelt gedoe. De cliënt wacht langer of begint "
            "opnieuw. Zo wordt het 'nee' van een ander ook jouw eigen 'mag niet'.",
            "You go along with the 'no'. It is safe for you and avoids trouble. The client waits longer or starts "
            "over. That way someone else's 'no' becomes your own 'not allowed' too.",
        ),
    ),
    "probe": _response(
        "probe",
        _t("Doorvragen", "Probe"),
        _t(
            "Je vraagt naar de precieze regel, het criterium of het doel erachter. Zo wordt een gesloten 'nee' weer een gesprek.",
            "You ask for the exact rule or criterion, or the purpose behind it. That turns a closed 'no' back into a conversation.",
        ),
    ),
    "reframe": _response(
        "reframe",
        _t("Omdraaien: eerst de nood", "Reframe: need first"),
        _t(
            "Je zet de nood van de cliënt voorop. Eerst de vraag wat nodig is, dan pas welke regel dat mogelijk maakt.",
            "You put the client's need first. First what is needed, only then which rule makes it possible.",
        ),
    ),
    "exception": _response(
        "exception",
        _t("De ruimte in de regels gebruiken", "Use the discretion the rules allow"),
        _t(
            "Je gebruikt wat de regels zelf bieden: een hardheidsclausule of een vrij budget. Dat mag, maar je moet het uitleggen.",
            "You use what the rules themselves offer: a hardship clause or a discretionary budget. It is allowed, but you must explain it.",
        ),
    ),
    "escalate": _response(
        "escalate",
        _t("Opschalen", "Escalate"),
        _t(
            "Je legt de zaak bij een leidinggevende of een doorbraaktafel. Met feiten, niet met druk.",
            "You take the case to a manager or a breakthrough table. With facts, not with pressure.",
        ),
    ),
    "ally": _response(
        "ally",
        _t("Bondgenoten zoeken", "Find allies"),
        _t(
            "Je zoekt steun: een warme overdracht, samen bellen, een partner die meedenkt. Samen sta je sterker.",
            "You look for support: a warm handover, a joint call, a partner who thinks along. Together you stand stronger.",
        ),
    ),
    "discuss": _response(
        "discuss",
        _t("Bespreekbaar maken", "Make it discussable"),
        _t(
            "Je benoemt de routine zelf, of wat niemand durft te zeggen. Zo kan het team ervan leren.",
            "You name the routine itself, or what nobody dares to say. That way the team can learn from it.",
        ),
    ),
    "defer": _response(
        "defer",
        _t("Afwachten", "Wait"),
        _t(
            "Je stelt het uit of wacht op een ander. Soms is dat verstandig, maar de klok loopt door.",
            "You put it off or wait for someone else. Sometimes that is wise, but the clock keeps running.",
        ),
    ),
    "workaround": _response(
        "workaround",
        _t("Er stiekem omheen werken", "Work around it in secret"),
        _t(
            "Je regelt het buiten de regels om, zonder het te melden. Snel voor de cliënt, riskant voor jou. En het team leert er niets van.",
            "You arrange it outside the rules, without reporting it. Fast for the client, risky for you. And the team learns nothing.",
        ),
    ),
}
