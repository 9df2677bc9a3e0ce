"""Work the window hands to a helper process: ``python -m game.ui.worker debrief LOG LANG``.

Writing the personal debrief runs the analyser, seconds of CPU in pure
Python. In its own process it cannot hold up the window's frames (threads
share one interpreter lock). The answer is one JSON line on standard output:
``{"path": ...}`` or ``{"problem": ...}``. No pygame here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def debrief(log: str, lang: str) -> dict[str, str]:
    from game.trainer.offer import write_debrief_next_to

    target, problem = write_debrief_next_to(Path(log), lang)
    return {"path": str(target)} if target is not None else {"problem": problem or "?"}


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "debrief":
        print(json.dumps({"problem": "usage: debrief LOG LANG"}))
        return 2
    try:
        answer = debrief(argv[1], argv[2])
    except Exception as err:  # the window shows the reason; it must not be a traceback
        answer = {"problem": f"{type(err).__name__}: {err}"}
    print(json.dumps(answer, ensure_ascii=False))
    return 0 if "path" in answer else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
