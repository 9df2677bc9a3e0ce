"""``strings``: every text of a scenario in a CSV table, and back into the YAML.

Export writes one row per text: a stable ``text_id`` (``nodes.intake.text``,
``nodes.intake.choices.luisteren.feedback``; a choice without an ``id`` is
named by its number, counting from 1), one column per language of the
scenario, and the scenario's id (so a table cannot be imported into the
wrong file). The file is UTF-8 with a byte order mark, which Excel needs to
show ë and é correctly.

Import changes only the texts whose cells differ from the file and leaves
every other character of the YAML as it was (see ``yamlspans``): an export
followed by an unchanged import writes nothing at all. An empty cell means
"no change". A text written as a plain string that gets a translation
becomes a mapping (``{nl: ..., en: ...}``). The result is re-read and
validated before the file is replaced; when it would not load, nothing is
written.

A cell that a spreadsheet would take for a formula (it starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with an
apostrophe in front, as the report's CSV does, so opening the table never
runs anything; import takes that apostrophe off again (``cell_text``), so
an export followed by an import changes nothing.
"""

from __future__ import annotations

import copy
import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.authoring import yamlwrite
from game.authoring.yamlspans import PathItem, Span, block_body_end, line_end, parse_spans

ID_COLUMN = "text_id"
SCENARIO_COLUMN = "scenario"
SEPARATORS = {",": ",", ";": ";", "tab": "\t"}
MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_LISTED = 10
FLOW_LINE_LIMIT = 100
LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?\Z")

Path = tuple[PathItem, ...]
TextValue = str | dict[str, str]


class StringsError(Exception):
    """A problem with the input; the message (possibly several lines) is for the author."""


# --- the texts of a scenario ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextEntry:
    id: str
    path: Path
    value: TextValue

    def by_lang(self, default: str) -> dict[str, str]:
        return {default: self.value} if isinstance(self.value, str) else dict(self.value)


_LABELLED = ("label", "explanation")
_SECTIONS: Mapping[str, tuple[str, ...]] = {
    "meters": ("label",),
    "characters": ("name", "title"),
    "places": ("name",),
    "routines": _LABELLED,
    "responses": _LABELLED,
}
_NODE_TEXTS = ("text", "discuss")
_CHOICE_TEXTS = ("text", "unavailable", "feedback")


def text_entries(data: Mapping[str, Any]) -> list[TextEntry]:
    """Every text of a loaded scenario's data, in the order of the file."""
    return [TextEntry(text_id, path, value) for text_id, path, value in _walk(data)]


def _walk(data: Mapping[str, Any]) -> Iterator[tuple[str, Path, TextValue]]:
    for key, value in data.items():
        if key in ("title", "summary"):
            yield key, (key,), value
        elif key in _SECTIONS and isinstance(value, Mapping):
            yield from _section(key, value, _SECTIONS[key])
        elif key == "nodes" and isinstance(value, Mapping):
            for node_id, node in value.items():
                yield from _node(node_id, node)


def _section(
    key: str, items: Mapping[str, Any], names: tuple[str, ...]
) -> Iterator[tuple[str, Path, TextValue]]:
    for item_id, item in items.items():
        yield from _fields(f"{key}.{item_id}", (key, item_id), item, names)


def _fields(
    prefix: str, path: Path, mapping: Any, names: tuple[str, ...]
) -> Iterator[tuple[str, Path, TextValue]]:
    if not isinstance(mapping, Mapping):
        return
    for name, value in mapping.items():
        if name in names and isinstance(value, (str, dict)):
            yield f"{prefix}.{name}", (*path, name), value


def _node(node_id: str, node: Any) -> Iterator[tuple[str, Path, TextValue]]:
    if not isinstance(node, Mapping):
        return
    prefix, path = f"nodes.{node_id}", ("nodes", node_id)
    for key, value in node.items():
        if key in _NODE_TEXTS and isinstance(value, (str, dict)):
            yield f"{prefix}.{key}", (*path, key), value
        elif key == "choices" and isinstance(value, list):
            for index, choice in enumerate(value):
                name = _choice_name(choice, index)
                yield from _fields(
                    f"{prefix}.choices.{name}", (*path, "choices", index), choice, _CHOICE_TEXTS
                )
        elif key == "ending":
            yield from _fields(f"{prefix}.ending", (*path, "ending"), value, ("title",))


def _choice_name(choice: Any, index: int) -> str:
    if isinstance(choice, Mapping):
        name = choice.get("id")
        if isinstance(name, str):
            return name
    return str(index + 1)


# --- export ---------------------------------------------------------------------


def export_csv(
    entries: Sequence[TextEntry], languages: Sequence[str], scenario_id: str, sep: str = ","
) -> bytes:
    """The CSV table, UTF-8 with a byte order mark, lines ending in CRLF (as Excel writes)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow([ID_COLUMN, *languages, SCENARIO_COLUMN])
    default = languages[0]
    for entry in entries:
        values = entry.by_lang(default)
        cells = (inert_cell(values.get(lang, "")) for lang in languages)
        writer.writerow([entry.id, *cells, scenario_id])
    return out.getvalue().encode("utf-8-sig")


# A cell starting with one of these is a formula in Excel and LibreOffice (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_formula(text: str) -> bool:
    # Apostrophes first are looked through, so that a text that itself starts
    # with "'=" gets one more and comes back whole ("'s avonds" is left alone).
    return text.lstrip("'").startswith(FORMULA_START)


def inert_cell(text: str) -> str:
    """A text as a cell no spreadsheet runs: an apostrophe before a would-be formula."""
    return "'" + text if _looks_like_formula(text) else text


def cell_text(cell: str) -> str:
    """The text of a cell written by ``inert_cell`` (the inverse: ``cell_text(inert_cell(t)) == t``)."""
    return cell[1:] if cell.startswith("'") and _looks_like_formula(cell[1:]) else cell


# --- reading a table -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # as a spreadsheet numbers rows: the header is row 1
    cells: dict[str, str]  # language -> cell


def read_csv(
    data: bytes, languages: Sequence[str], scenario_id: str, known_ids: Sequence[str]
) -> dict[str, Row]:
    """The table's rows by text id; raises StringsError listing every problem found."""
    text = _decode_csv(data)
    sep = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    try:
        header = next(reader, [])
        columns = _check_header(header, languages)
        return _rows(reader, columns, languages, scenario_id, known_ids)
    except csv.Error as err:
        raise StringsError(
            f"the CSV is broken near line {reader.line_num} of the file: {err}"
        ) from err


def _decode_csv(data: bytes) -> str:
    if len(data) > MAX_CSV_BYTES:
        raise StringsError(f"the CSV is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise StringsError(
            f"the CSV is not UTF-8 (byte {err.start + 1} cannot be read); in Excel, save it "
            "with 'Save as' and the type 'CSV UTF-8'"
        ) from err
    if not text.strip():
        raise StringsError("the CSV is empty")
    return text


def _separator(text: str) -> str:
    if not text.startswith(ID_COLUMN):
        raise StringsError(
            f"the first column must be '{ID_COLUMN}': is this a table made by `strings export`?"
        )
    sep = text[len(ID_COLUMN) : len(ID_COLUMN) + 1]
    if sep not in SEPARATORS.values():
        raise StringsError(
            f"after '{ID_COLUMN}' the header must have a comma, semicolon or tab, not {sep!r}"
        )
    return sep


def _check_header(header: list[str], languages: Sequence[str]) -> dict[str, int]:
    expected = [ID_COLUMN, *languages, SCENARIO_COLUMN]
    problems = []
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        name = name.strip()
        if not name:
            continue
        if name in columns:
            problems.append(f"the column '{name}' appears twice")
        elif name not in expected:
            problems.append(_unknown_column(name, languages, expected))
        columns[name] = index
    for name in expected:
        if name not in columns:
            problems.append(_missing_column(name, languages))
    if problems:
        raise StringsError("\n".join(problems))
    return columns


def _unknown_column(name: str, languages: Sequence[str], expected: list[str]) -> str:
    if LANG_RE.match(name):
        return (
            f"the column '{name}' is a language the scenario does not have "
            f"(languages: {', '.join(languages)}); add '{name}' to 'languages' in the "
            "YAML file first, then export again"
        )
    return f"unknown column '{name}' (the columns are: {', '.join(expected)})"


def _missing_column(name: str, languages: Sequence[str]) -> str:
    if name in languages:
        return (
            f"the CSV has no column '{name}'; the scenario's languages are "
            f"{', '.join(languages)} and every one needs a column (leave cells empty to keep "
            "the texts as they are)"
        )
    return f"the CSV has no column '{name}'"


def _rows(
    reader: Iterator[list[str]],
    columns: dict[str, int],
    languages: Sequence[str],
    scenario_id: str,
    known_ids: Sequence[str],
) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    problems = _Problems()
    # Counted as a spreadsheet counts rows (the header is row 1), not as lines
    # of the file: a cell may hold several lines.
    for number, record in enumerate(reader, start=2):
        if not any(cell.strip() for cell in record):
            continue
        _read_record(record, number, columns, languages, scenario_id, rows, problems)
    problems.check_ids(rows, known_ids)
    problems.raise_if_any()
    return rows


def _read_record(
    record: list[str],
    line: int,
    columns: dict[str, int],
    languages: Sequence[str],
    scenario_id: str,
    rows: dict[str, Row],
    problems: _Problems,
) -> None:
    def cell(name: str) -> str:
        index = columns[name]
        return record[index] if index < len(record) else ""

    used = set(columns.values())
    if any(value.strip() for i, value in enumerate(record) if i not in used):
        problems.add(f"row {line}: a cell outside the named columns has text in it")
    text_id = cell(ID_COLUMN).strip()
    owner = cell(SCENARIO_COLUMN).strip()
    if owner != scenario_id:
        problems.foreign(owner, line)
    if not text_id:
        problems.add(f"row {line}: the row has no {ID_COLUMN}")
        return
    if text_id in rows:
        problems.add(f"row {line}: '{text_id}' is also in row {rows[text_id].number}")
        return
    cells = {lang: cell_text(_normalise(cell(lang))) for lang in languages}
    rows[text_id] = Row(line, cells)


def _normalise(cell: str) -> str:
    # Spreadsheets on Windows may write a line break inside a cell as CRLF.
    return cell.replace("\r\n", "\n")


@dataclass
class _Problems:
    messages: list[str] = field(default_factory=list)
    foreign_ids: dict[str, int] = field(default_factory=dict)

    def add(self, message: str) -> None:
        self.messages.append(message)

    def foreign(self, owner: str, line: int) -> None:
        self.foreign_ids.setdefault(owner, line)

    def check_ids(self, rows: Mapping[str, Row], known_ids: Sequence[str]) -> None:
        from game.scenario.report import did_you_mean

        known = set(known_ids)
        for text_id, row in rows.items():
            if text_id not in known:
                hint = did_you_mean(text_id, known_ids)
                self.add(f"row {row.number}: unknown {ID_COLUMN} '{text_id}'{hint}")

    def raise_if_any(self) -> None:
        messages = list(self.messages)
        if self.foreign_ids:
            owner, line = next(iter(self.foreign_ids.items()))
            shown = f"'{owner}'" if owner else "no scenario"
            messages.insert(
                0,
                f"this table is for {shown} (row {line}), not for this scenario: "
                "export the table again from the right file",
            )
        if messages:
            more = len(messages) - MAX_LISTED
            listed = messages[:MAX_LISTED] + ([f"... and {more} more"] if more > 0 else [])
            raise StringsError("\n".join(listed))


# --- planning the changes --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    entry: TextEntry
    new: dict[str, str]  # language -> new text, only those that differ from the file

    def describe(self) -> str:
        return f"{self.entry.id} ({', '.join(self.new)})"


def plan_changes(
    entries: Sequence[TextEntry], rows: Mapping[str, Row], languages: Sequence[str]
) -> list[Change]:
    changes = []
    default = languages[0]
    for entry in entries:
        row = rows.get(entry.id)
        if row is None:
            continue
        current = entry.by_lang(default)
        new = {
            lang: cell
            for lang, cell in row.cells.items()
            if cell != "" and cell != current.get(lang)
        }
        if new:
            changes.append(Change(entry, new))
    return changes


def expected_data(
    data: Mapping[str, Any], changes: Sequence[Change], languages: Sequence[str]
) -> dict[str, Any]:
    """The loader's data as it must read after the changes (to check the written text)."""
    result = copy.deepcopy(dict(data))
    for change in changes:
        parent: Any = result  # the mappings and lists along the path, then the text's parent
        for item in change.entry.path[:-1]:
            parent = parent[item]
        parent[change.entry.path[-1]] = _merged(change, languages)
    return result


def _merged(change: Change, languages: Sequence[str]) -> TextValue:
    value = change.entry.value
    default = languages[0]
    if isinstance(value, str) and set(change.new) <= {default}:
        return change.new.get(default, value)
    merged = change.entry.by_lang(default)
    merged.update(change.new)
    return merged


# --- writing the changes into the YAML text ---------------------------------------


class EditError(StringsError):
    """A text that cannot be changed in place (an anchor, alias or merge key)."""


Edit = tuple[int, int, str]


@dataclass
class Editor:
    """Builds the edits for a list of changes against one YAML text."""

    text: str
    languages: Sequence[str]
    safe: bool = False  # second attempt: double quotes and flow mappings only
    root: Span = field(init=False)

    def __post_init__(self) -> None:
        self.root = parse_spans(self.text)

    def apply(self, changes: Sequence[Change]) -> str:
        edits = [edit for change in changes for edit in self._edits(change)]
        newline = "\r\n" if "\r\n" in self.text else "\n"
        out = self.text
        for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            out = out[:start] + replacement.replace("\n", newline) + out[end:]
        return out

    def _edits(self, change: Change) -> list[Edit]:
        path = change.entry.path
        span = self._editable(self.root.find(path), change.entry.id)
        if span.kind == "scalar":
            return [self._replace_plain_text(span, change, path)]
        if span.kind == "mapping":
            return self._edit_mapping(span, change)
        raise EditError(f"{change.entry.id}: this text is not written as a string or mapping")

    @staticmethod
    def _editable(span: Span | None, text_id: str) -> Span:
        if span is None or span.kind == "alias" or span.anchor is not None:
            raise EditError(
                f"'{text_id}' is written with a YAML anchor, alias or merge key; "
                "change it in the YAML file itself"
            )
        return span

    # A text written as one string (the default language)

    def _replace_plain_text(self, span: Span, change: Change, path: Path) -> Edit:
        default = self.languages[0]
        if set(change.new) == {default}:
            return self._replace_scalar(span, change.new[default])
        assert isinstance(change.entry.value, str)
        values = {default: change.entry.value, **change.new}
        ordered = {lang: values[lang] for lang in self.languages if lang in values}
        return self._to_mapping(span, ordered, path)

    def _replace_scalar(self, span: Span, value: str) -> Edit:
        if span.style in ("|", ">"):
            end = block_body_end(self.text, span)
            block = None if self.safe else self._block(span, value)
            return span.start, end, block or yamlwrite.double_quoted(value) + "\n"
        style = span.style if not self.safe else '"'
        return span.start, span.end, yamlwrite.inline(value, style, span.in_flow)

    def _block(self, span: Span, value: str, indent: int | None = None) -> str | None:
        written = self.text[span.start : block_body_end(self.text, span)].split("\n")
        lines = [line.rstrip("\r") for line in written]
        header, content = lines[0], [line for line in lines[1:] if line.strip()]
        if indent is None:
            if not content:
                return None
            indent = len(content[0]) - len(content[0].lstrip(" "))
        if span.style == "|":
            return yamlwrite.literal(value, indent, header)
        width = max((len(line.rstrip()) for line in content), default=80)
        return yamlwrite.folded(value, indent, max(width, indent + 40), header)

    def _to_mapping(self, span: Span, values: dict[str, str], path: Path) -> Edit:
        is_block = span.style in ("|", ">")
        end = block_body_end(self.text, span) if is_block else span.end
        parent = self.root.find(path[:-1])
        key = parent.key_of(str(path[-1])) if parent is not None else None
        colon = self._colon_after(key, span) if key is not None else None
        flow = self._flow_mapping(values, span.style)
        line_length = span.column + len(flow) + len(self.text[span.end : line_end(self.text, end)])
        fits = not is_block and line_length <= FLOW_LINE_LIMIT
        if span.in_flow or self.safe or colon is None or key is None or fits:
            return span.start, end, flow + ("\n" if is_block else "")
        block = self._block_mapping(span, values, key.column + 2)
        return colon, end, block if is_block else block.rstrip("\n")

    def _colon_after(self, key: Span, value: Span) -> int | None:
        """The index after the ':' between a key and its value, when only spaces follow it."""
        between = self.text[key.end : value.start]
        match = re.fullmatch(r"[ \t]*:[ \t]*", between)
        return key.end + between.index(":") + 1 if match else None

    def _flow_mapping(self, values: Mapping[str, str], style: str | None) -> str:
        inline_style = style if style in (None, "'", '"') and not self.safe else '"'
        parts = [f"{lang}: {yamlwrite.inline(v, inline_style, True)}" for lang, v in values.items()]
        return "{" + ", ".join(parts) + "}"

    def _block_mapping(self, span: Span, values: Mapping[str, str], indent: int) -> str:
        lines = []
        for lang, value in values.items():
            if value == span.value and span.style in ("|", ">") and not self.safe:
                entry = self._reindented(span, indent + 2)  # unchanged: keep its line breaks
            else:
                entry = self._entry_value(span, value, indent + 2)
            lines.append(" " * indent + f"{lang}: " + entry)
        return "\n" + "".join(lines)

    def _reindented(self, span: Span, indent: int) -> str:
        """A block scalar as written, its content moved to ``indent``; ends with a line break."""
        written_lines = self.text[span.start : block_body_end(self.text, span)].split("\n")
        header, *content = [line.rstrip("\r") for line in written_lines]
        content = content[:-1] if content and content[-1] == "" else content
        written = [line for line in content if line.strip()]
        old = len(written[0]) - len(written[0].lstrip(" ")) if written else indent
        moved = [" " * indent + line[old:] if line.strip() else "" for line in content]
        return header + "\n" + "".join(line + "\n" for line in moved)

    def _entry_value(self, like: Span, value: str, indent: int) -> str:
        """A mapping entry's value in the style of ``like``; always ends with a line break."""
        if like.style in ("|", ">") and not self.safe:
            block = self._block(like, value, indent)
            if block is not None:
                return block
            return yamlwrite.double_quoted(value) + "\n"
        style = like.style if not self.safe else '"'
        return yamlwrite.inline(value, style, like.in_flow) + "\n"

    # A text written as a mapping from language to string

    def _edit_mapping(self, span: Span, change: Change) -> list[Edit]:
        edits: list[Edit] = []
        added: dict[str, str] = {}
        for lang in self.languages:
            if lang not in change.new:
                continue
            child = span.get(lang)
            if child is None:
                added[lang] = change.new[lang]
                continue
            child = self._editable(child, change.entry.id)
            if child.kind != "scalar":
                raise EditError(f"{change.entry.id}: the '{lang}' text is not a string")
            edits.append(self._replace_scalar(child, change.new[lang]))
        if added:
            edits.append(self._insert(span, added))
        return edits

    def _insert(self, mapping: Span, values: Mapping[str, str]) -> Edit:
        last = mapping.items[-1]
        if mapping.flow:
            style = last.style if not self.safe else '"'
            parts = [f", {lang}: {yamlwrite.inline(v, style, True)}" for lang, v in values.items()]
            return last.end, last.end, "".join(parts)
        indent = " " * mapping.keys[0].column
        entries = "".join(
            f"{indent}{lang}: {self._entry_value(last, value, len(indent) + 2)}"
            for lang, value in values.items()
        )
        if last.style in ("|", ">"):
            at = block_body_end(self.text, last)
            return at, at, entries
        at = line_end(self.text, last.end)
        return at, at, "\n" + entries.rstrip("\n")


# --- the whole import ---------------------------------------------------------------


BOM = "\ufeff"


def rewrite(
    source: str, data: Mapping[str, Any], rows: Mapping[str, Row], languages: Sequence[str]
) -> tuple[list[Change], str]:
    """The changes the table asks for and the YAML text with them written in.

    The text is re-read and must give exactly the expected data; if the
    style-keeping edit does not, a second try writes the changed texts
    double-quoted. ``source`` is the file's text without a byte order mark.
    """
    changes = plan_changes(text_entries(data), rows, languages)
    if not changes:
        return [], source
    expected = expected_data(data, changes, languages)
    for safe in (False, True):
        written = Editor(source, languages, safe).apply(changes)
        if _reads_as(written, expected):
            return changes, written
    raise StringsError(
        "the new texts could not be written so that they read back exactly; "
        "nothing was changed (please report this with the CSV)"
    )


def _reads_as(text: str, expected: Mapping[str, Any]) -> bool:
    from game.scenario.yamlsource import load_yaml

    doc, diagnostics = load_yaml(text.encode("utf-8"), "<import>")
    return doc is not None and not any(d.is_error for d in diagnostics) and doc.data == expected


def split_bom(raw: bytes) -> tuple[str, str]:
    """(byte order mark or '', the text after it) of a UTF-8 file."""
    text = raw.decode("utf-8")
    return (BOM, text[1:]) if text.startswith(BOM) else ("", text)
