"""The scene a place gets when its author chose none: read from the place's id and name.

Pure text work, no drawing. Two kinds of word are looked for, in Dutch and
English:

- words for a *room* ("kraamafdeling", "spreekkamer", "balie", "keuken"):
  the most specific kind found in the id or the name wins, so
  "meeting_room_rechtbank" is a courtroom and "Wijkteam, spreekkamer" a
  consulting room;
- words for a *building* ("stadhuis", "woningcorporatie", "wijkteam"),
  used only when no room word is found: a town hall holds meeting rooms and
  offices as well as counters.

A name that places one thing by another ("Bushalte bij de verloskundigenpraktijk",
"The walkway outside the flat") is read up to that word: the bus stop is
the place, the practice only tells where it is.

A word matches inside a Dutch compound ("wijkteamkantoor" has "kantoor"),
unless it is written with spaces around it (" huis "), which makes it a
whole word only ("ziekenhuis" and "gemeentehuis" are not homes).
"""

from __future__ import annotations

import unicodedata

NEUTRAL = "neutral"
# "X near Y": only X is the place (not when the name starts with it: "Bij de familie thuis").
NEAR_WORDS = (" bij ", " naast ", " voor de ", " achter de ", " tegenover ", " near ", " next to ",
              " outside ", " at ", " by the ", " behind ")

# Most specific first: the first kind in this list with a word in the text wins.
ROOM_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hospital_ward", ("kraamafdeling", "kraamsuite", "kraamkamer", "verloskamer", "ziekenhuis",
                       "hospital", "maternity", "verpleegafdeling", "ziekenkamer")),
    ("midwife_practice", ("verloskund", "midwife", "midwives", "praktijk", "practice",
                          "huisarts", " gp ", "doctor", "kliniek", "clinic", "consultatiebureau")),
    ("courtroom", ("rechtbank", "rechter", "court", "zitting", "hearing", "gerechtshof",
                   "tribunal")),
    ("school", ("school", "klaslokaal", " klas ", "classroom", "zorgcoordinator", "leerling")),
    ("shelter_intake", ("opvang", "shelter", "dakloz", "homeless", "slaapplek")),
    ("town_hall_room", ("raadzaal", "raadszaal", "council", "doorbraaktafel", "breakthrough table",
                        "trouwzaal", "burgerzaal")),
    ("kitchen", ("keuken", "kitchen")),
    ("walkway", ("galerij", "gallery", "walkway", "portiek", "trappenhuis", "stairwell")),
    ("consulting_room", ("spreekkamer", "consulting", "gespreksruimte", "gesprekskamer",
                         "interview room", "spreekuur")),
    ("meeting_room", ("vergader", "overleg", "meeting", "intervisie", "beraad", " zaal ",
                      "zaal ", "tafel", " table", "boardroom", "conference")),
    ("counter", ("balie", "loket", "counter", "reception", "receptie", "wachtkamer",
                 "waiting room", "front desk", "service desk", "intake desk")),
    ("office_floor", ("kantoortuin", "open plan", "open-plan", "werkvloer", "office floor",
                      "flexplek", "teamruimte")),
    ("office", ("kantoor", "office", "bureau", "desk", "werkplek", "workplace", "directie",
                "directeur", "director", "manager", "juridisch", "legal", "financien", "finance")),
    ("street", ("straat", "street", "buiten", "bushalte", "halte", "bus stop", "outside",
                "plein", "square", " park", "stoep", "road", "markt", "station")),
    ("studio_flat", ("studio", "appartement", "apartment", "nieuwe kamer", "new room",
                     "nieuwe plek", "new place", "nieuwe woning", "new home")),
    ("living_room", ("woonkamer", "huiskamer", "living room", "lounge", "thuis", " home",
                     " huis ", " woning ", "sofa", " bank ", " flat ")),
    ("bedroom", ("slaapkamer", "bedroom", "kamertje", "kamer", " room ", "logeer")),
)
BUILDING_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("counter", ("gemeentehuis", "stadhuis", "stadskantoor", "town hall", "city hall",
                 "city office", "corporatie", "housing association", "woningbouw")),
    ("office", ("wijkteam", "neighbourhood team", "gemeente", "municipality")),
    ("consulting_room", ("kredietbank", "schuldhulp", "credit bank", "debt")),
)


def place_kind(place_id: str, name: str = "") -> str:
    """The scene for a place without a `scene` of its own, from its id and name."""
    text = f" {_normalise(place_id)} | {_head(_normalise(name))} "
    for table in (ROOM_WORDS, BUILDING_WORDS):
        for kind, words in table:
            if any(word in text for word in words):
                return kind
    return NEUTRAL


def _head(name: str) -> str:
    """The part of a name before a word that places it by something else."""
    padded = f" {name} "
    cuts = [padded.find(word) for word in NEAR_WORDS if padded.find(word) > 0]
    return padded[: min(cuts)].strip() if cuts else name


def _normalise(text: str) -> str:
    """Lower case, no accents, every run of punctuation or '_' one space."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = "".join(ch if ch.isalnum() or ch == "'" else " " for ch in plain)
    return " ".join(spaced.split())
