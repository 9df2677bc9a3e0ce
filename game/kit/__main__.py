"""Write docs/kit.md and docs/kit.en.md from the shipped cases (``--check``: exit 1 when stale)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from game.kit.markdown import REGENERATE, kit_markdown
from game.paths import DOCS_DIR, SCENARIOS_DIR

PAGES = {"nl": DOCS_DIR / "kit.md", "en": DOCS_DIR / "kit.en.md"}


def shipped() -> list:  # type: ignore[type-arg]
    """The shipped cases in the kit's order: the flagship first, the practice case last."""
    from game.scenario.loader import load_file, scenario_files

    order = {"sanne": 0, "intervisie": 1, "familie_visser": 2, "voorbeeld": 3}
    found = []
    for path in scenario_files(SCENARIOS_DIR):
        scenario = load_file(path).scenario
        if scenario is not None:
            found.append(scenario)
    return sorted(found, key=lambda s: (order.get(s.id, 2), s.id))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=REGENERATE, description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when stale")
    args = parser.parse_args(argv)
    cases = shipped()
    stale = []
    for lang, page in PAGES.items():
        text = kit_markdown(cases, lang)
        if args.check:
            if not page.is_file() or page.read_text(encoding="utf-8") != text:
                stale.append(page)
            continue
        Path(page).write_text(text, encoding="utf-8")
        print(f"wrote {page}")
    for page in stale:
        print(f"{page} is out of date; run {REGENERATE}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
