"""History (H): everything said so far, newest at the bottom, in the game's language."""

from __future__ import annotations

from game.ui.art.palette import GRID
from game.ui.playthrough import Playthrough
from game.ui.replay import transcript, walk
from game.ui.screens.reading import INDENT, ReadingScreen
from game.ui.scroll import Row, wrap_rows


class HistoryScreen(ReadingScreen):
    own_key = "h"
    start_at_end = True

    def __init__(self, app, play: Playthrough) -> None:  # type: ignore[no-untyped-def]
        self.play = play
        super().__init__(app)

    def title(self) -> str:
        return self.t("hist.title")

    def hint_text(self) -> str:
        return self.t("hist.hint")

    def close_label(self) -> str:
        return self.t("hist.close")

    def rows(self, width: int) -> list[Row]:
        theme, lang = self.theme, self.play.lang
        rows: list[Row] = []
        for said in transcript(
            self.play.engine, walk(self.play.engine, self.play.session.state), lang
        ):
            gap = 2 * GRID if rows else 0
            if said.kind == "choice":
                rows += wrap_rows(
                    theme, self.t("hist.you"), "label_bold", width, "accent", space_before=gap
                )
                rows += wrap_rows(theme, said.text, "body", width, "accent", INDENT)
                continue
            who = said.speaker or self.t("hist.narration")
            if said.title:
                who = f"{who} · {said.title}"
            rows += wrap_rows(theme, who, "label_bold", width, "ink_soft", space_before=gap)
            role = "body" if said.speaker else "body_italic"
            rows += wrap_rows(theme, said.text, role, width, "ink", INDENT)
        return rows
