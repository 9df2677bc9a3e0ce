"""What the window shows after a bug: a plain message that names the crash report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.crash import window_paragraphs

if TYPE_CHECKING:
    from game.ui.app import App


def show_crash(app: App, report: Path | None) -> None:
    """Back to a clean title screen, with the message on top: go on, or quit."""
    from game.ui.flow import show_title
    from game.ui.screens.message import MessageScreen, Option
    from game.ui.strings import t

    lang = app.settings.language

    def back() -> None:
        app.pop()

    show_title(app)  # the game in play keeps its save; its log is closed
    app.push(
        MessageScreen(
            app,
            t("crash.title", lang),
            window_paragraphs(report, lang),
            [
                Option("title", t("crash.to_title", lang), back),
                Option("quit", t("crash.quit", lang), app.quit),
            ],
        )
    )
