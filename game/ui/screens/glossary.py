"""The glossary (W): the words of the social domain that this case uses, explained at
B1 level (``game.engine.glossary``), from the conversation, the facilitator's panels
and the ending."""

from __future__ import annotations

from game.engine.glossary import terms_for
from game.engine.model import Scenario
from game.ui.art.palette import GRID
from game.ui.screens.reading import INDENT, ReadingScreen
from game.ui.scroll import Row, wrap_rows


class GlossaryScreen(ReadingScreen):
    own_key = "w"

    def __init__(self, app, scenario: Scenario, lang: str) -> None:  # type: ignore[no-untyped-def]
        self.scenario = scenario
        self.game_lang = lang
        super().__init__(app)

    def title(self) -> str:
        return self.t("gloss.title")

    def hint_text(self) -> str:
        return self.t("gloss.hint")

    def close_label(self) -> str:
        return self.t("gloss.close")

    def rows(self, width: int) -> list[Row]:
        theme = self.theme
        terms = terms_for(self.scenario, self.game_lang)
        rows = wrap_rows(theme, self.t("gloss.lead"), "label", width, "ink_soft")
        if not terms:
            return rows + wrap_rows(
                theme, self.t("gloss.none"), "label", width, "ink", space_before=2 * GRID
            )
        for term in terms:
            rows += wrap_rows(
                theme,
                term.term.render(self.game_lang),
                "label_bold",
                width,
                "accent",
                space_before=2 * GRID,
            )
            rows += wrap_rows(
                theme, term.meaning.render(self.game_lang), "body", width, "ink", INDENT
            )
        return rows
