"""Built-in texts for looking back: reflection questions and what follows an ending.

Shown on the ending screen, in the terminal, in the debrief and in the
trainer's kit. A format-1.1 scenario may write its own questions
(``reflection:``, and ``reflect:`` on an ending) and its own aftermath
(``aftermath: {text: ...}``). Pure data: nothing here may import more than
the model. Dutch at B1 level.
"""

from __future__ import annotations

from game.engine.model import Text


def _t(nl: str, en: str) -> Text:
    return Text.plain({"nl": nl, "en": en}, "nl")


# For each player, after every ending (the content review, section 4).
PERSONAL: tuple[Text, ...] = (
    _t(
        "Bij welk 'nee' ging jij mee? Wat maakte dat veilig voor jou?",
        "Which 'no' did you go along with? What made that feel safe for you?",
    ),
    _t(
        "Welke zin uit het spel hoor je ook in je eigen werk? Van wie, en van jezelf?",
        "Which sentence from the game do you also hear in your own work? From whom, and from "
        "yourself?",
    ),
    _t(
        "Wat vinden wij in jouw team blijkbaar belangrijker dan de nood van de cliënt?",
        "What does your team apparently find more important than the client's need?",
    ),
    _t(
        "Schrijf de eerste zin op die je de volgende keer zegt.",
        "Write down the first sentence you will say next time.",
    ),
)

# For the whole group, in a workshop (the trainer's report and kit).
GROUP: tuple[Text, ...] = (
    _t(
        "Band, steen of weg: tot waar kwamen jullie? Wat was er nodig voor één stap verder?",
        "Tyre, stone or road: how far did you get? What would one more step have needed?",
    ),
    _t(
        "Wie beslist in jullie organisatie echt, als iemand zegt 'pak je ruimte'?",
        "Who really decides in your organisation, when someone says 'use your discretion'?",
    ),
)

_AFTERMATH: dict[str, Text] = {
    "bad": _t(
        "Na afloop komt er een klacht, of een onderzoek naar wat er misging. Ook jij moet "
        "uitleggen wat je deed, en wat je liet. Meegaan was maar even veilig.",
        "Afterwards comes a complaint, or a review of what went wrong. You too must explain "
        "what you did, and what you left undone. Going along was safe only for a while.",
    ),
    "mixed": _t(
        "Na afloop komen er vragen: waarom duurde het zo lang? Ook jij moet dat uitleggen.",
        "Afterwards there are questions: why did it take so long? You too have to explain.",
    ),
    "gain": _t(
        "Na afloop hoor je dat je goed werk deed. Dat geeft je steun voor de volgende keer.",
        "Afterwards you hear that you did good work. That gives you backing for next time.",
    ),
}


def aftermath_text(outcome: str, amount: int) -> Text:
    """The standard text for an ending's aftermath of ``amount`` safety."""
    if amount > 0:
        return _AFTERMATH["gain"]
    return _AFTERMATH["bad" if outcome == "bad" else "mixed"]
