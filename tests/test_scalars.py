"""Offsets inside parsed scalars map back to the character the author wrote."""

from __future__ import annotations

import pytest
import yaml

from game.scenario.scalars import locate


def where(source: str, target: str) -> tuple[int, int]:
    """Parse `key: <scalar>` and locate the first `target` in the parsed value."""
    node = yaml.compose(source, Loader=yaml.SafeLoader).value[0][1]
    style = node.style or ""
    offset = node.value.index(target)
    mark = node.start_mark
    return locate(source.splitlines(), mark.line + 1, mark.column + 1, style, offset)


def find(source: str, target: str) -> tuple[int, int]:
    """Where `target` stands in the source text, 1-based (the expected answer)."""
    for number, line in enumerate(source.splitlines(), 1):
        if target in line:
            return number, line.index(target) + 1
    raise AssertionError(target)


@pytest.mark.parametrize(
    "source",
    [
        "k: plain text with XX inside\n",
        "k: 'it''s a quote, then XX'\n",
        'k: "escaped \\" quote \\x41 and \\u00e9 then XX"\n',
        "k: a plain scalar\n  that folds onto XX\n",
        "k: 'a quoted one\n\n  with a blank line, XX'\n",
        'k: "escaped \\\n  line break XX"\n',
        "k: |\n  first line\n  second XX line\n",
        "k: >\n  folded first\n  folded second\n\n  after blank XX\n",
        "k: |-\n    deeper indent\n\n    after a blank XX\n",
    ],
)
def test_offsets_land_on_the_written_character(source: str) -> None:
    assert where(source, "XX") == find(source, "XX")
