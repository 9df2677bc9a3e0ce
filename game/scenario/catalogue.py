"""The catalogue of diagnostics: one entry per code, each with a failing example.

Yarn Spinner's habit: every code an author can meet is explained in one place,
with a small scenario that triggers it. ``tests/test_catalogue.py`` loads every
example and checks that it reports its code (and nothing else), and
``docs/diagnostics.md`` is generated from this module, with the message the
game really prints for each example, so the page cannot drift from the loader:

    python -m game.scenario.catalogue            # writes docs/diagnostics.md
    python -m game.scenario.catalogue --check    # exit 1 when the page is stale
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from game.paths import DOCS_DIR
from game.scenario import codes
from game.scenario.diagnostics import Diagnostic, Severity
from game.scenario.loader import load_bytes, load_file
from game.scenario.yamlsource import MAX_BYTES

DOCS_FILE = DOCS_DIR / "diagnostics.md"
EXAMPLE_FILE = "example.yaml"
REGENERATE = "python -m game.scenario.catalogue"

Example = str | Callable[[], bytes] | None


@dataclass(frozen=True, slots=True)
class Entry:
    """One diagnostic code, explained for authors.

    ``example`` is a complete scenario that reports ``code``: YAML text, or a
    function producing bytes when the problem cannot be shown as text, or
    None for a file that cannot be read at all (the example is then a path
    that does not exist). ``also`` lists codes the example unavoidably
    reports besides its own; each use says why in a comment. ``files`` makes
    what the example needs next to it; ``example_note`` then says what that is.
    """

    code: str
    severity: Severity
    title: str
    explanation: str
    example: Example
    example_note: str | None = None
    also: tuple[str, ...] = ()
    # Files the example needs beside it (an image, a link), made in its folder.
    files: Callable[[Path], None] | None = None
    # "validate": the loader reports it; "analyze": the analyser's learning checks,
    # which need every way to play (``doorbraak analyze``).
    stage: str = "validate"


def all_codes() -> list[str]:
    """Every code defined in ``codes.py``, in number order."""
    found = {
        value
        for name, value in vars(codes).items()
        if name.isupper() and isinstance(value, str) and re.fullmatch(r"DB\d{3}", value)
    }
    return sorted(found)


def run_example(entry: Entry) -> list[Diagnostic]:
    """What the loader reports for the entry's example, as file ``example.yaml``."""
    if entry.example is None:
        with tempfile.TemporaryDirectory() as folder:
            result = load_file(Path(folder) / EXAMPLE_FILE)
        return [dataclasses.replace(d, file=EXAMPLE_FILE) for d in result.diagnostics]
    if entry.files is not None:
        with tempfile.TemporaryDirectory() as root:
            case_folder = Path(root) / "case"
            case_folder.mkdir()
            entry.files(case_folder)
            (case_folder / EXAMPLE_FILE).write_bytes(example_bytes(entry))
            result = load_file(case_folder / EXAMPLE_FILE)
        return [dataclasses.replace(d, file=EXAMPLE_FILE) for d in result.diagnostics]
    loaded = load_bytes(example_bytes(entry), EXAMPLE_FILE)
    if entry.stage != "analyze" or loaded.scenario is None:
        return loaded.diagnostics
    from game.analysis import analyse  # the analyser needs the loader, not the reverse

    return [*loaded.diagnostics, *analyse(loaded.scenario, file=EXAMPLE_FILE).learning]


def example_bytes(entry: Entry) -> bytes:
    if entry.example is None:
        raise ValueError(f"{entry.code} has no example file")
    if isinstance(entry.example, str):
        return entry.example.encode("utf-8")
    return entry.example()


# --- examples that cannot be written as text -----------------------------------

_VALID = """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
"""


def _latin1_file() -> bytes:
    # Saved by an editor set to Latin-1 (Windows-1252): é is the single byte 0xe9.
    return _VALID.replace("title: Voorbeeld", "title: Café de Wijk").encode("latin-1")


def _huge_file() -> bytes:
    # A valid scenario followed by a comment that pushes it past the limit.
    filler = b"# " + b"x" * 78 + b"\n"
    return _VALID.encode("utf-8") + filler * (MAX_BYTES // len(filler) + 1)


def _png_header(width: int, height: int) -> bytes:
    """A PNG that is only its header: enough for the game to judge its size."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + chunk + end


def _huge_image(folder: Path) -> None:
    (folder / "images").mkdir()
    (folder / "images" / "kamer.png").write_bytes(_png_header(40_000, 40_000))


def _text_as_image(folder: Path) -> None:
    (folder / "images").mkdir()
    (folder / "images" / "kamer.png").write_text("Dit is geen plaatje.\n", encoding="utf-8")


def _linked_image(folder: Path) -> None:
    elsewhere = folder.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "foto.png").write_bytes(_png_header(640, 480))
    (folder / "images").mkdir()
    (folder / "images" / "kamer.png").symlink_to(elsewhere / "foto.png")


# --- the entries ------------------------------------------------------------------

ENTRIES: tuple[Entry, ...] = (
    Entry(
        codes.FILE_UNREADABLE,
        "error",
        "The file cannot be read",
        "The file does not exist, is a folder, or the game has no permission to read it. "
        "Check the path you gave (it is relative to the folder you are in) and that the "
        "file is not locked by another program.",
        None,
        "Validating a path where no file exists, such as `doorbraak validate example.yaml` "
        "in a folder without that file.",
    ),
    Entry(
        codes.NOT_UTF8,
        "error",
        "The file is not UTF-8",
        "Scenarios are read as UTF-8 text. The file was saved in another encoding (often "
        "Latin-1 or Windows-1252 by an older editor), so a letter such as é cannot be read. "
        "Open the file in your editor and save it again with the encoding UTF-8.",
        _latin1_file,
        "A scenario with `title: Café de Wijk`, saved as Latin-1, so that `é` is the single "
        "byte 0xe9.",
    ),
    Entry(
        codes.FILE_TOO_LARGE,
        "error",
        "The file is too large",
        "A scenario may be at most 2 MB and hold at most 250,000 values; real scenarios "
        "are far smaller. A larger file is refused before it is read, so a wrong file (a "
        "log, a data dump) cannot slow the game down. Check that you chose the right file, or "
        "split the story into several scenarios.",
        _huge_file,
        "A small valid scenario followed by more than 2 MB of comment lines.",
    ),
    Entry(
        codes.YAML_SYNTAX,
        "error",
        "YAML syntax error",
        "The file is not valid YAML, so nothing else in it can be checked. Common causes "
        "are a text that holds `: ` or starts with `{`, `[` or `*` and is not in quotes, a "
        "quote that is never closed, a tab used for indentation, and a line indented more "
        "or less than its neighbours. Fix the place the message points at (or the place it "
        "names as the start); the problem is often just before it.",
        _VALID.replace("text: Ik moet mijn kamer uit.", "text: Ik moet: mijn kamer uit."),
        'A text with `: ` in it must be put in quotes: `text: "Ik moet: mijn kamer uit."`.',
    ),
    Entry(
        codes.EMPTY_DOCUMENT,
        "error",
        "The document is empty",
        "The file holds no YAML at all, or only comments. A scenario starts with keys such "
        "as `format: 1` and `id: ...`; copy the small example from the authoring guide to "
        "begin.",
        """\
# Sanne's case: still to be written.
""",
    ),
    Entry(
        codes.NOT_A_MAPPING,
        "error",
        "The document is not a mapping",
        "A scenario is one mapping of keys to values (`format: 1`, `id: ...`, `nodes: ...`). "
        "This file holds a list (lines starting with `-`) or a single value instead. Remove "
        "the `- ` in front of the top-level keys.",
        """\
- format: 1
- id: example
- title: Voorbeeld
""",
    ),
    Entry(
        codes.UNSAFE_TAG,
        "error",
        "A tag that is not allowed",
        "Scenarios use plain YAML. A tag such as `!!python/tuple` or `!!python/object` asks "
        "a YAML library to build a program object (files written by a Python program with "
        "`yaml.dump` can hold them), and such tags are how YAML files are used to attack "
        "programs, so the game refuses them. Remove the tag (the word starting with `!`) "
        "and keep the plain value.",
        """\
format: 1
id: example
title: Voorbeeld
languages: !!python/tuple [nl, en]
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.ALIAS_EXPLOSION,
        "error",
        "Aliases expand too far",
        "An alias (`*name`) repeats what an anchor (`&name`) marks. Aliases that repeat "
        "aliases can grow a small file into billions of values (an 'alias bomb'), and an "
        "alias inside its own anchor never ends; the game stops reading such a file. Write "
        "the repeated values out, or repeat only small parts.",
        """\
format: 1
id: example
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
""",
        "Each line repeats the line above ten times, so `f` alone would hold a million values.",
    ),
    Entry(
        codes.DUPLICATE_KEY,
        "error",
        "Duplicate key",
        "The same key appears twice in one mapping. Other YAML readers silently keep the "
        "last one, which hides a mistake; the game refuses it. Often a line was copied and "
        "not renamed: remove one of the two, or give it the key you meant.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    text: Over drie weken.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.MULTIPLE_DOCUMENTS,
        "error",
        "More than one YAML document",
        "A line `---` starts a new YAML document, and a scenario file holds exactly one. "
        "Remove the `---` line (one at the very top is fine), or put the second scenario "
        "in a file of its own.",
        _VALID
        + """\
---
id: example_two
""",
    ),
    Entry(
        codes.NESTED_TOO_DEEP,
        "error",
        "Values nested too deeply",
        "Values are nested more than 100 levels deep (lists in lists in lists ...). No "
        "scenario needs that; it usually means brackets that were never closed in the "
        "intended place, or a generated file. Flatten the structure.",
        _VALID.replace("title: Voorbeeld", "title: " + "[" * 101 + "]" * 101),
    ),
    Entry(
        codes.UNKNOWN_KEY,
        "error",
        "Unknown key",
        "A key that the scenario format does not have at this place. Most often it is a "
        "typo; the message suggests the closest known key, or lists the keys allowed here. "
        "Unknown keys are errors so that a misspelt key never silently does nothing.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.MISSING_KEY,
        "error",
        "Missing key",
        "A required key is missing, such as the `text` of a node or the `goto` of a choice. "
        "The message points at the mapping that needs it. Add the key; the format reference "
        "lists which keys are required where.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.WRONG_TYPE,
        "error",
        "Wrong type of value",
        "The value has the wrong kind: text where a whole number is needed, a list where a "
        'mapping is needed, and so on. Quotes make a value text, so `"30"` is not a '
        "number: remove them. The message says what kind of value is expected.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: "30"
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.UNSUPPORTED_FORMAT,
        "error",
        "Unsupported format version",
        "The `format` key says which version of the scenario format the file follows, and "
        "this game reads format 1 and 1.1. A file written for another version may mean "
        "something else by its keys, so it is refused rather than guessed at. Write "
        "`format: 1` (or `format: 1.1`) and check the file against the format reference.",
        _VALID.replace("format: 1", "format: 2"),
    ),
    Entry(
        codes.INVALID_ID,
        "error",
        "Invalid id",
        "Ids of scenarios, nodes, characters, places, meters, flags, routines and responses "
        "use lowercase letters, digits and `_`, and start with a letter (a choice id may "
        "also hold one `.`). Ids end up in logs and reports, so they must be simple. "
        "Rename the id, and every reference to it.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: Einde
  Einde:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.RESERVED_NAME,
        "error",
        "Reserved name for a meter or flag",
        "Meters and flags are read by name in conditions, so they cannot be called like a "
        "word of the condition language: `and`, `or`, `not`, `true`, `false`, `visited`, "
        "`visits` or `player`. Choose another name, such as `was_visited`.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
flags: [visited]
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    effects: {visited: true}
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.INVALID_VALUE,
        "error",
        "Invalid value",
        "The value has the right kind but is not one of the values allowed here: an "
        "`outcome` other than good, mixed or bad, a `role` that does not exist, a colour not "
        "written as `#rrggbb`, a language code in capitals. The message lists what is "
        "allowed; the words are English, also in a Dutch scenario.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: goed}
""",
    ),
    Entry(
        codes.NEEDS_FORMAT_1_1,
        "error",
        "A key of format 1.1 in a format 1 file",
        "Format 1.1 adds a few optional keys: `scene` for a place and `look` for a character, "
        "the score where helping counts (`scoring: outcome`, an ending's `aftermath`), "
        "reflection questions, reasons for branches (`because`) and a `glossary`. A file that "
        "uses one must say so in its first key, so that an older game refuses it clearly "
        "instead of misreading it; change `format: 1` into `format: 1.1`, and note that a "
        "format-1.1 file also gets the format-1.1 score (docs/format.md).",
        _VALID.replace(
            "  sanne: {name: Sanne, role: client}",
            "  sanne: {name: Sanne, role: client, look: {presentation: woman, age: young}}",
        ),
    ),
    Entry(
        codes.ID_TOO_LONG,
        "error",
        "Id too long",
        "An id names a save file and goes into every session log and report, so it must stay "
        "short: at most 64 characters. A long id is usually a sentence where a name was meant. "
        "Choose a short id (the text can be as long as it needs to be).",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: een_knoop_met_een_id_dat_veel_te_lang_is_om_in_een_bestandsnaam_te_passen
  een_knoop_met_een_id_dat_veel_te_lang_is_om_in_een_bestandsnaam_te_passen:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.NUMBER_TOO_LARGE,
        "error",
        "Number too large",
        "The game computes with every number of a case (meters, effects, weights) and shows "
        "them on screen and in reports, so a number must stay between minus and plus a "
        "billion. Such a number is almost always a typing mistake; count in days or points.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    effects: {wait_days: 5000000000}
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.UNKNOWN_REFERENCE,
        "error",
        "Unknown reference",
        "A node, character, place, routine, response, meter or flag is named that the "
        "scenario does not define. It is usually a typo; the message suggests the closest "
        "known id. Correct the name, or add what it refers to.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sane
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.DUPLICATE_ID,
        "error",
        "Duplicate id",
        "Two things of one kind have the same id: two choices with the same `id`, a flag "
        "listed twice or named like a meter, a language listed twice, or a routine or "
        "response that reuses a built-in id. Logs and reports find things by id, so each "
        "must be unique: rename one.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - {id: help, text: Ik zoek een kamer voor je., goto: end}
      - {id: help, text: Ik bel de woningcorporatie., goto: end}
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.MISSING_DEFAULT_LANGUAGE,
        "error",
        "Text without the default language",
        "A text written as a mapping of languages must contain the default language: the "
        "first one in `languages` (`nl` when there is no `languages`). The game shows that "
        "text when a translation is missing, so it cannot be left out. Add it, or change "
        "the order of `languages`.",
        """\
format: 1
id: example
title: {en: Example}
languages: [nl, en]
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.MISSING_TRANSLATION,
        "warning",
        "Missing translation",
        "A text written as a mapping of languages lacks one of the other languages in "
        "`languages`. The scenario still works: players who chose that language see the "
        "default language's text here. Add the translation when you can.",
        """\
format: 1
id: example
title: {nl: Voorbeeld}
languages: [nl, en]
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.UNKNOWN_LANGUAGE,
        "error",
        "Language not in `languages`",
        "A text has a language that the scenario does not list in `languages`. Add the "
        "language to `languages` (the first one listed is the default), or correct the "
        "language code.",
        """\
format: 1
id: example
title: {nl: Voorbeeld, en: Example}
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.UNKNOWN_TEXT_NAME,
        "error",
        "Unknown name in a text",
        "In a text, `{name}` shows the current value of the meter or flag `name`, and "
        "`{player}` the player's name. The name in braces is not a meter, flag or "
        "`player`. Correct it, declare the meter or flag, or write `{{` and `}}` for "
        "literal braces.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik wacht al {wait_day} dagen.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.BAD_BRACES,
        "error",
        "Braces that do not pair up",
        "Braces in a text mark a name to fill in, such as `{wait_days}`. A `{` without its "
        "`}` (or the other way round), or braces around something that is not a name, "
        "cannot be filled in. Close the brace, or write `{{` and `}}` to show a brace "
        "itself.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik wacht al {wait_days dagen.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.CLIENT_NOT_IN_CAST,
        "error",
        "The client is not in the cast",
        "`client` names the person whose wait is scored, and must be one of `characters`. "
        "Correct the id (the message suggests the closest character), or add the client to "
        "`characters` with `role: client`.",
        """\
format: 1
id: example
title: Voorbeeld
client: sana
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.CONTROL_CHARACTER,
        "error",
        "Invisible control character",
        "A text holds a character that is not meant to be seen (a NUL, an escape or a bell): "
        "the game window cannot draw it and a terminal would obey it. Between double quotes a "
        "backslash starts such a character (`\\\\0`, `\\\\e`, `\\\\a`); remove it.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: "Ik moet mijn kamer uit.\\0"
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.TEXT_TOO_LONG,
        "error",
        "Text too long",
        "The case's title and the names, labels and ending titles appear on one line of a "
        "card or a badge, so they may be at most 120 characters; the summary at most 1000, and "
        "any other text at most 10,000. Shorten it, or put the rest in a node's text.",
        """\
format: 1
id: example
title: "Sanne, negentien jaar en zwanger, moet over drie weken haar kamer uit:
  een casus over de Wmo, de woningcorporatie, het wijkteam en de regels"
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.NODE_KIND,
        "error",
        "A node needs exactly one of choices, next, ending",
        "Every node says how the story goes on in exactly one way: `choices` (the player "
        "chooses), `next` (the story moves on by itself) or `ending` (the scenario ends). "
        "A node with none of them, or with two, is ambiguous. Keep the one you mean.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - {text: Ik help je., goto: end}
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.BRANCH_FALLBACK,
        "error",
        "Branches of `next` need one fallback, at the end",
        "In a list of branches under `next`, the first branch whose `if` holds is taken. "
        "The last branch must have no `if`, so that the story always goes somewhere; every "
        "other branch must have one, or the branches after it could never be taken. Remove "
        "the `if` of the last branch, or add one to the earlier branch.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next:
      - {if: safety >= 50, goto: housed}
      - {if: safety < 50, goto: street}
  housed:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
  street:
    text: Sanne staat op straat.
    ending: {title: Helaas, outcome: bad}
""",
    ),
    Entry(
        codes.EMPTY_CHOICES,
        "error",
        "Empty list of choices",
        "A node with `choices` must offer at least one; with none the player would be "
        "stuck. Add a choice, or use `next` or `ending` instead.",
        # The deadline node gives every node a way to an ending, so this
        # example reports no dead end besides the empty list.
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
deadline_node: end
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices: []
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.UNAVAILABLE_WITHOUT_IF,
        "warning",
        "`unavailable` without `if`",
        "`unavailable` is the reason shown when a choice's `if` is false and the choice is "
        "shown disabled. Without an `if` the choice is always available, so the reason is "
        "never shown. Add the `if` you meant, or remove `unavailable`.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - text: Ik regel een noodbed.
        unavailable: Daar heb je geen budget voor.
        goto: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.NEXT_LOOP,
        "error",
        "A loop of `next` without a way out",
        "These nodes lead to each other with `next` only, so once the story gets there it "
        "goes round for ever without a choice or an ending. Give one of the nodes `choices`, "
        "or a branch that leads out of the loop.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - {text: Ik zet je op de wachtlijst., goto: wait}
      - {text: Ik regel een kamer., goto: end}
  wait:
    text: Je wacht af.
    next: check
  check:
    text: Je kijkt of er al plek is.
    next: wait
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
        also=(codes.NO_ENDING_REACHABLE,),
    ),
    Entry(
        codes.METER_BOUNDS,
        "error",
        "Meter start or bounds do not fit",
        "A meter's `start` lies outside its `min` and `max`, or its `min` is above its "
        "`max`. `safety` runs from 0 to 100 unless the scenario changes that, and "
        "`wait_days` cannot go below 0. Change `start`, or widen the bounds.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
meters:
  safety: {start: 120}
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.SAFETY_UNBOUNDED,
        "error",
        "`safety` needs both bounds",
        "The score compares `safety` with its lowest and highest possible value, so "
        "`safety` must keep a whole-number `min` below its `max`. Remove the `min: null` "
        "or `max: null`, or give bounds such as `min: 0` and `max: 100`.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
meters:
  safety: {start: 60, max: null}
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.BAD_EFFECT_VALUE,
        "error",
        "Effect value does not fit",
        "An effect on a meter adds a whole number (`safety: -10`) or sets it with a text "
        'like `"=50"`; an effect on a flag sets it to `true` or `false`. The value given '
        "fits neither. For a flag, write true or false; for a meter, a whole number.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
flags: [warned]
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    effects: {warned: 5}
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.BAD_WEIGHTS,
        "error",
        "Score weights do not work",
        "The score is a weighted mean of the client score and the safety score. A weight "
        "below 0, or both weights 0, leaves no score to compute. Use weights of 0 or more "
        "with at least one above 0; leave out `scoring` for equal weights. In format 1.1, "
        "outcome, breakthrough and meter points that are all 0 leave nothing to count either.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
scoring: {weights: {client: 0, safety: 0}}
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.EXPR_SYNTAX,
        "error",
        "Syntax error in a condition",
        "The `if` cannot be read as a condition. The column points at the first character "
        "that does not fit; the message often names the fix, such as `>=` for `=>`, `and` "
        "for `&&`, `==` for `=`. The format reference gives the full grammar.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next:
      - {if: safety => 50, goto: housed}
      - {goto: street}
  housed:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
  street:
    text: Sanne staat op straat.
    ending: {title: Helaas, outcome: bad}
""",
    ),
    Entry(
        codes.EXPR_UNKNOWN_NAME,
        "error",
        "Unknown name in a condition",
        "A condition reads a name that is no meter or flag of the scenario. Correct the "
        "spelling (the message suggests the closest name), or declare the meter under "
        "`meters` or the flag under `flags`. To test whether a node was visited, write "
        '`visited("node")`.',
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next:
      - {if: saftey >= 50, goto: housed}
      - {goto: street}
  housed:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
  street:
    text: Sanne staat op straat.
    ending: {title: Helaas, outcome: bad}
""",
    ),
    Entry(
        codes.EXPR_TYPE,
        "error",
        "Type error in a condition",
        "Meters are numbers and flags are true/false, and the two do not mix: `<` and `+` "
        "need numbers, `and`, `or` and `not` need true/false, and a condition as a whole "
        "must be true or false. Compare a meter with a number (`safety > 0`), and use a "
        "flag on its own (`warned`, `not warned`).",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
flags: [warned]
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    effects: {warned: true}
    next:
      - {if: warned > 0, goto: housed}
      - {goto: street}
  housed:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
  street:
    text: Sanne staat op straat.
    ending: {title: Helaas, outcome: bad}
""",
    ),
    Entry(
        codes.EXPR_UNKNOWN_NODE,
        "error",
        "Unknown node in `visited` or `visits`",
        '`visited("x")` and `visits("x")` name a node by its id, and no node has the id '
        "given. Correct the id (the message suggests the closest one).",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next:
      - {if: 'visited("intak")', goto: housed}
      - {goto: street}
  housed:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
  street:
    text: Sanne staat op straat.
    ending: {title: Helaas, outcome: bad}
""",
    ),
    Entry(
        codes.UNSAFE_PATH,
        "error",
        "Unsafe asset path",
        "Images are found next to the scenario file or in the game's `assets` folder. A "
        "path that starts with `/` or a drive letter, or that climbs out with `..`, could "
        "reach any file on the computer, so it is refused. Put the image next to the "
        "scenario, or in a folder beside it, and give the path from there.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
places:
  room: {name: Sannes kamer, background: ../images/kamer.png}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.MISSING_ASSET,
        "warning",
        "Missing asset",
        "No file was found at this path, next to the scenario or in the game's `assets` "
        "folder. The scenario still works: the game draws its own portrait or backdrop. "
        "Check the spelling of the file name (capitals count) and where the file is.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
places:
  room: {name: Sannes kamer, background: kamer.png}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.IMAGE_TOO_LARGE,
        "warning",
        "Image too large",
        "The image has more pixels than the game will decode (at most 8192 a side and 16 "
        "million in all; a backdrop of 1280 x 720 is enough for any screen). The game draws "
        "its own picture instead. Make the image smaller in an image editor.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
places:
  room: {name: Sannes kamer, background: images/kamer.png}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
        example_note="next to the file, `images/kamer.png` is a PNG of 40000 x 40000 pixels "
        "(a 4.6 MB file can be that large; its header says so).",
        files=_huge_image,
    ),
    Entry(
        codes.NOT_AN_IMAGE,
        "warning",
        "Not an image the game can show",
        "The file is there, but it is not a PNG, JPEG, GIF, BMP or WebP image (or it cannot be "
        "read). The game draws its own picture instead. Save the image as PNG, and check that "
        "the path names the picture and not another file.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
places:
  room: {name: Sannes kamer, background: images/kamer.png}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
        example_note="next to the file, `images/kamer.png` holds text, not an image.",
        files=_text_as_image,
    ),
    Entry(
        codes.ASSET_OUTSIDE,
        "error",
        "Image outside the scenario's folder",
        "The path stays inside the folder as text, but the file is a link (or lies in a linked "
        "folder) that leads outside the scenario's folder and the game's assets. Nothing in a "
        "case may read files elsewhere on the computer; copy the image into the folder.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
places:
  room: {name: Sannes kamer, background: images/kamer.png}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
        example_note="next to the file, `images/kamer.png` is a link to a picture in "
        "another folder.",
        files=_linked_image,
    ),
    Entry(
        codes.UNREACHABLE_NODE,
        "warning",
        "Unreachable node",
        "No path of choices, `next` and the deadline leads from `start` to this node, so no "
        "player will ever see it. Often a `goto` that should point here points elsewhere. "
        "Add a way to it, or remove it.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  followup:
    text: Een week later belt Sanne terug.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.NO_ENDING_REACHABLE,
        "warning",
        "No ending can be reached",
        "From this node no path leads to an ending: the story can only go round in a "
        "circle, or stop at a node with nowhere to go. A player who gets here can never "
        "finish. Add a choice or branch that leads towards an ending, or set a "
        "`deadline_node`.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: wait
  wait:
    text: Je zet Sanne op de wachtlijst.
    choices:
      - {text: Vraag opnieuw., goto: intake}
""",
    ),
    Entry(
        codes.UNUSED,
        "warning",
        "Never used",
        "A character that never speaks (and is not the client), a place no node is set "
        "in, or a meter or flag that no effect, condition or text uses. It may be left "
        "over from an earlier version, or a sign that a reference is misspelt. Use it, or "
        "remove it.",
        """\
format: 1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
  joost: {name: Joost, role: colleague}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
""",
    ),
    Entry(
        codes.GOOD_BELOW_BAD,
        "warning",
        "A good ending can score at or below a bad one",
        "Some way to a good ending (the client helped) scores no more than some way to a bad "
        "one: a trainee who helps can end below one who gave in, and learns the opposite of "
        "the case. Give the outcome more weight (`scoring: outcome`), or give the bad ending "
        "a cost to the professional (`aftermath`). Reported by `analyze`.",
        """\
format: 1.1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
scoring: {outcome: {good: 10}}
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - text: Ik zoek het voor je uit, hoe lang het ook duurt.
        response: probe
        effects: {wait_days: 30, safety: -20}
        goto: housed
      - text: Dat kan ik niet voor je doen.
        response: comply
        effects: {safety: 20}
        goto: street
  housed:
    text: Sanne heeft een huis.
    ending: {title: Eindelijk, outcome: good}
  street:
    text: Sanne bevalt zonder huis.
    ending: {title: Mag niet wint, outcome: bad}
""",
        stage="analyze",
    ),
    Entry(
        codes.BEST_NOT_DEEPEST,
        "warning",
        "The best score is not at the deepest breakthrough",
        "The highest score the case allows is reached at an ending of a lower breakthrough "
        "level than the deepest one the case has: the score rewards stopping at helping this "
        "one client, where the case wants the player to change the team or the system. Give "
        "the deeper level more points (`scoring: breakthrough`), or make the way there cost "
        "less. Reported by `analyze`.",
        """\
format: 1.1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client}
nodes:
  intake:
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - text: Regel het budget voor haar borg.
        response: exception
        effects: {wait_days: 5}
        goto: housed
      - text: Breng het naar de doorbraaktafel, voor iedereen zoals zij.
        response: escalate
        effects: {wait_days: 29, safety: -30}
        goto: changed
  housed:
    text: Sanne heeft een huis.
    ending: {title: De band geplakt, outcome: good, breakthrough: incident}
  changed:
    text: De regels veranderen, net op tijd voor Sanne.
    ending: {title: De weg geveegd, outcome: good, breakthrough: system}
""",
        stage="analyze",
    ),
    Entry(
        codes.GOING_ALONG_PAYS,
        "warning",
        "Going along with a routine scores best",
        "At a moment where someone uses a defensive routine, the choice that gives in "
        "(`response: comply` or `defer`) can reach a higher score than every counter-move "
        "there. The score then teaches that going along pays. Give the counter-moves a way "
        "to do better, or let giving in cost days or safety later on. Reported by `analyze`.",
        """\
format: 1.1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: team
characters:
  sanne: {name: Sanne, role: client}
  joost: {name: Joost, role: colleague}
nodes:
  team:
    speaker: joost
    routine: criteria
    text: Ze voldoet niet aan de criteria.
    choices:
      - text: Goed, dan volg ik de gewone route.
        response: comply
        effects: {wait_days: 10}
        goto: housed
      - text: Welk criterium precies? Ik wil het zien.
        response: probe
        effects: {wait_days: 2, safety: -40}
        goto: housed
  housed:
    text: Sanne krijgt een huis.
    ending: {title: Een huis, outcome: good, breakthrough: incident}
""",
        stage="analyze",
    ),
    Entry(
        codes.FREE_ROUTINE,
        "warning",
        "Giving in to a routine never costs anything",
        "In every situation where the player can give in to this routine, even the best way "
        "on after giving in is as fast for the client and as safe for the professional as "
        "the best way on after a counter-move, also counting what happens later and the "
        "aftermath of the ending. Let giving in cost days later on (the help that did not "
        "come), or safety (the complaint that follows). Reported by `analyze`.",
        """\
format: 1.1
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: team
characters:
  sanne: {name: Sanne, role: client}
  kees: {name: Kees, role: partner}
nodes:
  team:
    speaker: kees
    routine: wrong_desk
    text: Daar moet je niet bij ons voor zijn.
    choices:
      - text: Dan bel ik iemand anders.
        response: comply
        effects: {wait_days: 2}
        goto: housed
      - text: Laten we samen kijken wie het wel doet.
        response: ally
        effects: {wait_days: 2}
        goto: together
  housed:
    text: Sanne krijgt een huis.
    ending: {title: Een huis, outcome: good, breakthrough: incident}
  together:
    text: Sanne krijgt een huis, en jullie spreken af hoe het de volgende keer gaat.
    ending: {title: Samen, outcome: good, breakthrough: policy}
""",
        stage="analyze",
    ),
)


def by_code() -> dict[str, Entry]:
    return {entry.code: entry for entry in ENTRIES}


# --- the generated page -------------------------------------------------------------

_INTRO = f"""\
# Diagnostics

<!-- Generated by `{REGENERATE}` from game/scenario/catalogue.py; do not edit. -->

When the game loads a scenario it checks the whole file and reports every
problem it finds, one per line:

```text
<path>:<line>:<column>: <error|warning>: <message> [<code>]
```

`line` and `column` count from 1 and point at the offending key or value;
inside a condition or a text they point at the offending character. Most
editors jump to the place when you click such a line. A reference to an id
that does not exist suggests the closest known one ("did you mean ...?").

- An **error** means the scenario cannot be played until it is fixed.
- A **warning** points at something that is probably a mistake (a missing
  translation, a node no player can reach), but the scenario can still be
  played.

Check one or more files, or whole folders, with:

```sh
doorbraak validate scenarios/
```

(`python main.py validate ...` does the same.) Its exit code tells scripts
and CI what it found:

| exit code | meaning |
|---|---|
| 0 | no errors (warnings are allowed) |
| 1 | at least one file has errors |
| 2 | a usage or input problem: no such file or folder, a folder without `.yaml` files |

The checks run in three stages: the YAML itself (codes DB0xx), the shape of
the document (DB1xx), and then the meaning of what is written (DB2xx to
DB7xx). When a stage finds an error, the later stages do not run, because
their messages would only follow from the first problem; fix the reported
errors and validate again.

`validate` reports DB0xx to DB7xx. The learning checks, DB8xx, need every
way to play the case and are reported by `doorbraak analyze` (see
`docs/analyze.md`, "Learning checks"): they are warnings that the score
would teach the opposite of the case.

The codes are stable: a code keeps its number and meaning in every version
of the game, so you can search for it. Each code below comes with a small
scenario that triggers it and the exact lines the game prints for it (the
file is called `{EXAMPLE_FILE}`).
"""

_GROUPS = (
    ("DB0", "File and YAML"),
    ("DB1", "Document shape"),
    ("DB2", "References and texts"),
    ("DB3", "Node structure"),
    ("DB4", "Meters and effects"),
    ("DB5", "Conditions"),
    ("DB6", "Images"),
    ("DB7", "Graph and usage"),
    ("DB8", "Learning checks (analyze)"),
)


def render() -> str:
    """The text of docs/diagnostics.md."""
    parts = [_INTRO, _index()]
    for prefix, name in _GROUPS:
        parts.append(f"## {name}\n")
        parts += [_section(e) for e in ENTRIES if e.code.startswith(prefix)]
    return "\n".join(parts)


def _index() -> str:
    rows = ["| code | severity | problem |", "|---|---|---|"]
    for entry in ENTRIES:
        heading = _heading(entry)
        rows.append(f"| [{entry.code}](#{_anchor(heading)}) | {entry.severity} | {entry.title} |")
    return "\n".join(rows) + "\n"


def _heading(entry: Entry) -> str:
    return f"{entry.code}: {entry.title}"


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces to '-'."""
    kept = re.sub(r"[^\w\- ]", "", heading.lower())
    return kept.replace(" ", "-")


def _section(entry: Entry) -> str:
    lines = [f"### {_heading(entry)}", "", f"Severity: {entry.severity}.", "", entry.explanation]
    lines.append("")
    if isinstance(entry.example, str):
        lines += ["Example:", "", "```yaml", entry.example.rstrip("\n"), "```", ""]
        if entry.example_note:
            lines += [entry.example_note, ""]
    else:
        lines += [f"Example: {entry.example_note}", ""]
    lines += ["The game reports:", "", "```text"]
    lines += [d.format() for d in run_example(entry)]
    lines += ["```", ""]
    return "\n".join(lines)


def write_docs(target: Path = DOCS_FILE) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=REGENERATE,
        description="Write docs/diagnostics.md from the catalogue of diagnostic codes.",
    )
    parser.add_argument("-o", "--output", type=Path, default=DOCS_FILE, help="file to write")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when the file is out of date"
    )
    args = parser.parse_args(argv)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
        if current != render():
            print(f"{args.output} is out of date; run {REGENERATE}", file=sys.stderr)
            return 1
        return 0
    write_docs(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
