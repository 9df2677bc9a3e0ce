"""``new``: a commented starter scenario that validates without warnings and plays to an ending.

The starter is small on purpose: one client, one colleague with a defensive
routine, four answers and four endings. It shows the parts an author needs
first (texts, effects, a meter, a flag, a once-choice, branches, a deadline)
and points at docs/authoring.md for the rest.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from game.fileio import exists

ID_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
ID_RULE = (
    "a scenario id starts with a lowercase letter and has only lowercase letters "
    "a-z, digits and '_', at most 64 of them (for example: mijn_casus)"
)
MAX_ID = 64  # as game.scenario.limits (DB109): the id names the save file
LANGUAGES = ("nl", "en")


def is_valid_id(scenario_id: str) -> bool:
    return len(scenario_id) <= MAX_ID and bool(ID_RE.match(scenario_id))


def default_title(scenario_id: str) -> str:
    """``mijn_casus`` -> ``Mijn casus``: a readable first title the author will change."""
    words = scenario_id.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


SCHEMA_NAME = "scenario.schema.json"
# The modeline names the copy of the schema beside the case, so the line stays
# right when the folder is mailed to a colleague or the game is reinstalled;
# yaml-language-server resolves a relative path against the YAML file's folder.
MODELINE = f"# yaml-language-server: $schema={SCHEMA_NAME}"


def write_schema_beside(target_dir: Path) -> Path:
    """Put this game's schema in ``target_dir`` (refreshing an older copy); return its path."""
    from game.scenario.schema import schema_text

    target = target_dir / SCHEMA_NAME
    text = schema_text()
    try:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
    except (OSError, UnicodeDecodeError):
        current = None
    if current != text:
        from game.fileio import write_atomic

        write_atomic(target, text)
    return target


# The game reads YAML 1.1 (PyYAML): `yes` is true, `No` is false. Red Hat's YAML
# extension reads 1.2 unless told, and would then flag `once: yes` and pass
# `text: No` (a boolean to the game) as a text.
EDITOR_SETTINGS = '{\n  "yaml.yamlVersion": "1.1"\n}\n'


def write_editor_settings(target_dir: Path) -> Path | None:
    """Tell VS Code in ``target_dir`` to read YAML as the game does; an author's own
    settings file is left as it is. The file written, or None."""
    target = target_dir / ".vscode" / "settings.json"
    if target.exists() or target.is_symlink():
        return None
    from game.fileio import write_atomic

    target.parent.mkdir(exist_ok=True)
    write_atomic(target, EDITOR_SETTINGS)
    return target


def starter_text(scenario_id: str, target_dir: Path, lang: str = "nl") -> str:
    """The starter scenario for ``scenario_id`` in ``lang`` (nl or en), as YAML text."""
    template = _NL if lang == "nl" else _EN
    text = (
        template.replace("__MODELINE__", MODELINE)
        .replace("__PROGRAM__", program_name())
        .replace("__PATH__", command_name(target_path(scenario_id, target_dir)))
        .replace("__ID__", scenario_id)
        .replace("__TITLE__", default_title(scenario_id).replace('"', "'"))
    )
    return "".join(_align_comment(line) for line in text.splitlines(keepends=True))


_COMMENT_COLUMN = 31


def _align_comment(line: str) -> str:
    """Keep the comments of the ``id:`` and ``title:`` lines in their column after substitution."""
    if not line.startswith(("id: ", "title: ")) or " # " not in line:
        return line
    code, _, comment = line.partition(" # ")
    return code.rstrip().ljust(_COMMENT_COLUMN - 1) + " # " + comment


def program_name() -> str:
    """How the player started this program: ``python main.py`` in a checkout, else ``doorbraak``."""
    return "python main.py" if Path(sys.argv[0]).name == "main.py" else "doorbraak"


def command_path(path: Path) -> str:
    """How to name ``path`` in a command: relative to the current folder when inside it."""
    resolved = path.resolve()
    try:
        shown = resolved.relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        shown = str(resolved)
    return f'"{shown}"' if any(ch.isspace() for ch in shown) else shown


def command_name(path: Path) -> str:
    """The shortest way to name the case in a command: its id, where the game finds it by id."""
    from game.scenario.loader import resolve_scenario, scenario_folders

    try:
        folder = path.parent.resolve()
        searched = any(folder == f.resolve() for f in scenario_folders())
        found = resolve_scenario(path.stem) if searched else None
        if searched and (found is None or found.resolve() == path.resolve()):
            return path.stem
    except OSError:
        pass
    return command_path(path)


def target_path(scenario_id: str, target_dir: Path) -> Path:
    return target_dir / f"{scenario_id}.yaml"


def existing_file(scenario_id: str, target_dir: Path) -> Path | None:
    """A file the starter would clash with: ``ID.yaml`` or ``ID.yml`` in the folder."""
    for suffix in (".yaml", ".yml"):
        candidate = target_dir / f"{scenario_id}{suffix}"
        if exists(candidate):
            return candidate
    return None


_NL = """\
__MODELINE__
#
# Een nieuwe casus. Verander de teksten, voeg knopen toe, en probeer het uit:
#   __PROGRAM__ validate __PATH__
#       (controleert het bestand)
#   __PROGRAM__ play __PATH__ --text
#       (speelt de casus in de terminal)
# Uitleg over elk onderdeel: de schrijfgids (docs/authoring.md bij het spel)
# Een regel die met # begint is een opmerking: het spel leest die niet.

format: 1.1                    # de versie van het formaat: bij 1.1 telt helpen mee
id: __ID__                     # de naam van dit bestand, zonder .yaml
title: "__TITLE__"             # de titel in het menu
summary: "Sanne moet uit haar kamer. Haar collega zegt nee. Wat doe jij?"
languages: [nl]                # de eerste taal is de standaardtaal
client: sanne                  # de cliënt: haar wachttijd telt mee in de score
deadline_days: 30              # zo lang kan zij wachten (in dagen)
deadline_node: te_laat         # hierheen als de wachttijd op is
start: intake                  # de eerste knoop van het verhaal

# Meters zijn getallen. wait_days (dagen gewacht) en safety (jouw
# veiligheid, 0 tot 100, begint op 50) zijn er altijd. Hier komt er een bij.
meters:
  steun: {start: 0, min: 0, max: 3, label: "Steun in het team"}

# Vlaggen zijn ja/nee. Aan het begin staan ze op false (nee).
flags: [gebeld]

characters:
  sanne: {name: Sanne, role: client, title: "Cliënt, 7 maanden zwanger"}
  joost: {name: Joost, role: colleague, title: "Collega"}

places:
  spreekkamer: {name: "Wijkteam, spreekkamer"}

nodes:
  intake:
    place: spreekkamer         # deze plek blijft tot een knoop een andere noemt
    speaker: sanne
    mood: worried
    text: "Hoi {player}. Over drie weken moet ik uit mijn kamer. Kun je me helpen?"
    effects: {wait_days: 2}    # bij binnenkomst: Sanne wacht twee dagen
    next: collega              # daarna gaat het verhaal vanzelf verder

  collega:
    speaker: joost
    mood: defensive
    routine: criteria          # de defensieve routine die Joost hier gebruikt
    discuss: "Welk criterium bedoelt Joost? En waar is dat criterium voor?"
    text: "Ze voldoet niet aan de criteria. Daar kunnen we niets mee."
    choices:
      - id: accepteren
        text: "Oké, dan verwijs ik haar door naar de woningcorporatie."
        response: comply       # het soort antwoord: het 'nee' accepteren
        effects: {wait_days: 14, safety: 5}
        feedback: "Jij bent veilig, maar Sanne begint opnieuw."
        goto: doorverwezen
      - id: bellen
        text: "Ik bel eerst zelf even met de woningcorporatie."
        response: ally
        once: true             # deze keuze kan maar één keer
        effects: {wait_days: 3, safety: 5, steun: 1, gebeld: true}
        feedback: "Je zoekt een bondgenoot. Dat kost drie dagen."
        goto: collega          # terug naar Joost, met meer informatie
      - id: doorvragen
        text: "Welk criterium precies? Laten we het samen lezen."
        response: probe
        effects: {wait_days: 2, safety: -10}
        feedback: "Spannend, maar het gesprek gaat weer open."
        goto: besluit
      - id: wachten
        text: "Laten we het bespreken in het teamoverleg van volgende maand."
        response: defer
        effects: {wait_days: 30, safety: 10}
        feedback: "Uitstel voelt rustig, maar de tijd van Sanne loopt door."
        goto: collega

  besluit:
    text: "Het team beslist. Sanne heeft nu {wait_days} dagen gewacht."
    next:                      # de eerste tak waarvan de 'if' klopt, wint
      - if: gebeld and steun >= 1
        goto: woning
      - goto: alleen           # de laatste tak heeft geen 'if'

  # --- Eindes -------------------------------------------------------------
  woning:
    speaker: sanne
    mood: relieved
    text: "Ik heb een tijdelijke woning. Dank je wel."
    ending: {title: "Sanne heeft een dak", outcome: good, breakthrough: incident}
  alleen:
    speaker: joost
    mood: annoyed
    text: "Goed, we kijken ernaar. Maar je staat er wel alleen voor."
    effects: {safety: -15}     # alleen staan kost veiligheid
    ending: {title: "Een begin", outcome: mixed}
  doorverwezen:
    speaker: sanne
    mood: sad
    text: "Ik sta weer achteraan in de rij."
    ending: {title: "Mag niet wint", outcome: bad}
  te_laat:                     # de deadline_node: hier eindigt het als de tijd op is
    text: "De baby is geboren. Sanne heeft nog steeds geen woning."
    ending: {title: "Te laat", outcome: bad}
"""

_EN = """\
__MODELINE__
#
# A new case. Change the texts, add nodes, and try it out:
#   __PROGRAM__ validate __PATH__
#       (checks the file)
#   __PROGRAM__ play __PATH__ --text
#       (plays the case in the terminal)
# Every part is explained in the authoring guide (docs/authoring.en.md with the game)
# A line that starts with # is a comment: the game does not read it.

format: 1.1                    # the version of the format: with 1.1 helping counts
id: __ID__                     # the name of this file, without .yaml
title: "__TITLE__"             # the title in the menu
summary: "Sanne has to leave her room. Her colleague says no. What do you do?"
languages: [en]                # the first language is the default language
client: sanne                  # the client: her waiting time counts in the score
deadline_days: 30              # how long she can wait (in days)
deadline_node: too_late        # where the story goes when her time is up
start: intake                  # the first node of the story

# Meters are numbers. wait_days (days waited) and safety (your safety,
# 0 to 100, starts at 50) always exist. This adds one more.
meters:
  support: {start: 0, min: 0, max: 3, label: "Support in the team"}

# Flags are yes/no. They start as false (no).
flags: [called]

characters:
  sanne: {name: Sanne, role: client, title: "Client, 7 months pregnant"}
  joost: {name: Joost, role: colleague, title: "Colleague"}

places:
  meeting_room: {name: "Neighbourhood team, meeting room"}

nodes:
  intake:
    place: meeting_room        # this place stays until a node names another
    speaker: sanne
    mood: worried
    text: "Hi {player}. In three weeks I have to leave my room. Can you help me?"
    effects: {wait_days: 2}    # on entering: Sanne waits two days
    next: colleague            # then the story goes on by itself

  colleague:
    speaker: joost
    mood: defensive
    routine: criteria          # the defensive routine Joost uses here
    discuss: "Which criterion does Joost mean? And what is that criterion for?"
    text: "She doesn't meet the criteria. There's nothing we can do."
    choices:
      - id: accept
        text: "OK, then I'll refer her to the housing association."
        response: comply       # the kind of answer: accepting the 'no'
        effects: {wait_days: 14, safety: 5}
        feedback: "You are safe, but Sanne starts over."
        goto: referred
      - id: call
        text: "Let me call the housing association myself first."
        response: ally
        once: true             # this choice can be taken only once
        effects: {wait_days: 3, safety: 5, support: 1, called: true}
        feedback: "You look for an ally. It costs three days."
        goto: colleague        # back to Joost, knowing more
      - id: probe
        text: "Which criterion exactly? Let's read it together."
        response: probe
        effects: {wait_days: 2, safety: -10}
        feedback: "Tense, but the conversation opens up again."
        goto: decision
      - id: wait
        text: "Let's discuss it at next month's team meeting."
        response: defer
        effects: {wait_days: 30, safety: 10}
        feedback: "Postponing feels calm, but Sanne's time runs on."
        goto: colleague

  decision:
    text: "The team decides. Sanne has waited {wait_days} days now."
    next:                      # the first branch whose 'if' holds wins
      - if: called and support >= 1
        goto: housed
      - goto: alone            # the last branch has no 'if'

  # --- Endings --------------------------------------------------------------
  housed:
    speaker: sanne
    mood: relieved
    text: "I have a temporary home. Thank you."
    ending: {title: "Sanne has a roof", outcome: good, breakthrough: incident}
  alone:
    speaker: joost
    mood: annoyed
    text: "Fine, we'll look into it. But you're on your own."
    effects: {safety: -15}     # standing alone costs safety
    ending: {title: "A beginning", outcome: mixed}
  referred:
    speaker: sanne
    mood: sad
    text: "I'm at the back of the queue again."
    ending: {title: "'Not allowed' wins", outcome: bad}
  too_late:                    # the deadline_node: the story ends here when time is up
    text: "The baby has been born. Sanne still has no home."
    ending: {title: "Too late", outcome: bad}
"""
