"""Golden transcripts, generated from the folder tests/plans/.

Every transcript runs twice: straight, and saving and reloading the session
state after every step (ink's round-trip mode), which must not change a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.transcript import PLANS, load, play, read_transcript

CASES = sorted(PLANS.glob("*/*.txt"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_there_are_transcripts() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("roundtrip", [False, True], ids=["straight", "roundtrip"])
@pytest.mark.parametrize("case", CASES, ids=_id)
def test_transcript(case: Path, roundtrip: bool) -> None:
    choices, lang, expected = read_transcript(case)
    actual = play(load(case.parent.name), choices, lang, roundtrip=roundtrip)
    assert actual == expected, (
        f"{_id(case)} changed; if intended, re-record with "
        f"python -m tests.transcript record {case.parent.name} {case.stem} "
        f"{','.join(choices)} {lang}"
    )
