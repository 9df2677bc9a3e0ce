"""The scenarios on the title screen: a quick look first, the full check after.

The full loader takes about half a second the first time (pydantic builds its
models), too slow for a title screen that must appear within 1.5 s. So the
title first shows what the loader's own YAML stage gives (title, summary,
languages) and a background thread runs the real loader; broken files are
then marked. The quick look uses the same guarded reader and the same
hardened YAML reader as the loader (no alias bombs, no pipes, no huge files),
and keeps only short, plain texts: one file in the folder never stops the
window from starting.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.fileio import InputError, is_folder, read_input
from game.plaintext import font_text
from game.scenario.loader import LoadResult, load_file, scenario_files
from game.scenario.yamlsource import MAX_BYTES, load_yaml

PEEK_LIMIT = MAX_BYTES
# What the title screen shows of a case's title and summary: what a valid case
# may have (DB210, game.scenario.limits), also for one that has errors.
TITLE_LIMIT = 120
SUMMARY_LIMIT = 1000
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True, slots=True)
class Peek:
    id: str
    title: Any  # str or {lang: str}, as written
    summary: Any
    languages: tuple[str, ...]
    featured: bool = False  # the case to start with (format 1.1 ``featured: true``)


def peek(path: Path) -> Peek:
    """Title, summary and languages from the YAML stage alone; the file name if that fails."""
    fallback = Peek(path.stem, path.stem, None, ("nl",))
    try:
        source = read_input(path, PEEK_LIMIT)
    except InputError:
        return fallback
    doc, _ = load_yaml(source, str(path))
    data = doc.data if doc is not None else None
    if not isinstance(data, dict):
        return fallback
    langs = data.get("languages")
    if not (isinstance(langs, list) and langs and all(_is_lang(x) for x in langs)):
        langs = ["nl"]
    return Peek(
        _peek_id(data.get("id"), path.stem),
        _peek_text(data.get("title"), TITLE_LIMIT) or path.stem,
        _peek_text(data.get("summary"), SUMMARY_LIMIT),
        tuple(langs),
        data.get("featured") is True,
    )


def _is_lang(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 12 and value.isascii()


def _peek_id(value: Any, stem: str) -> str:
    if isinstance(value, str) and 0 < len(value) <= 64 and set(value) <= _ID_CHARS:
        return value
    return stem


def _peek_text(value: Any, limit: int) -> Any:
    """A text as written (a string or {lang: string}), each string cleaned and cut."""
    if isinstance(value, str):
        return shown_text(value, limit)
    if isinstance(value, dict):
        texts = {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}
        return {k: shown_text(v, limit) for k, v in texts.items()}
    return None


def shown_text(text: str, limit: int) -> str:
    """What a card shows of a text: visible characters on one line, at most ``limit``."""
    return " ".join(font_text(text, limit).split())


def pick_text(text: Any, lang: str, languages: tuple[str, ...]) -> str:
    """A peeked text in ``lang``, else the scenario's default language."""
    if isinstance(text, str):
        return text
    if isinstance(text, dict):
        for key in (lang, *languages):
            value = text.get(key)
            if isinstance(value, str):
                return value
    return ""


@dataclass
class Entry:
    path: Path
    peek: Peek
    result: LoadResult | None = None  # None until the loader has checked it

    @property
    def checked(self) -> bool:
        return self.result is not None

    @property
    def broken(self) -> bool:
        return self.result is not None and not self.result.ok

    @property
    def languages(self) -> tuple[str, ...]:
        if self.result is not None and self.result.scenario is not None:
            return self.result.scenario.languages
        return self.peek.languages

    def title(self, lang: str) -> str:
        if self.result is not None and self.result.scenario is not None:
            return shown_text(self.result.scenario.title.render(lang), TITLE_LIMIT)
        return pick_text(self.peek.title, lang, self.peek.languages) or self.path.stem

    def summary(self, lang: str) -> str:
        scenario = self.result.scenario if self.result is not None else None
        if scenario is not None:
            text = scenario.summary.render(lang) if scenario.summary else ""
            return shown_text(text, SUMMARY_LIMIT)
        return pick_text(self.peek.summary, lang, self.peek.languages)


def _sort_title(entry: Entry) -> str:
    return str(
        pick_text(entry.peek.title, entry.peek.languages[0], entry.peek.languages)
    ).casefold()


@dataclass
class Catalog:
    entries: list[Entry] = field(default_factory=list)
    _done: queue.Queue[tuple[int, LoadResult]] = field(default_factory=queue.Queue)

    @staticmethod
    def scan(*folders: Path) -> Catalog:
        """The cases of ``folders`` in order: featured first, then by title (in the case's
        own language), folder by folder (the shipped cases before the author's own)."""
        entries = []
        for rank, folder in enumerate(folders):
            if is_folder(folder):
                found = [Entry(path, peek(path)) for path in scenario_files(folder)]
                entries += [(rank, e) for e in found]
        entries.sort(key=lambda pair: (not pair[1].peek.featured, pair[0], _sort_title(pair[1])))
        return Catalog([entry for _, entry in entries])

    def check_in_background(self, notify: Callable[[], None]) -> threading.Thread:
        """Load every entry in a thread; ``notify`` is called after each one."""
        paths = [entry.path for entry in self.entries]

        def work() -> None:
            for index, path in enumerate(paths):
                self._done.put((index, load_file(path)))
                notify()

        thread = threading.Thread(target=work, name="scenario-check", daemon=True)
        thread.start()
        return thread

    def collect(self) -> bool:
        """Take the results the thread has finished; True when something changed."""
        changed = False
        while True:
            try:
                index, result = self._done.get_nowait()
            except queue.Empty:
                return changed
            if index < len(self.entries):
                self.entries[index].result = result
                changed = True

    def check_now(self, entry: Entry) -> LoadResult:
        """Load one entry on the spot (the player wants to start it before the thread got there)."""
        self.collect()
        if entry.result is None:
            entry.result = load_file(entry.path)
        return entry.result

    @property
    def all_checked(self) -> bool:
        return all(entry.checked for entry in self.entries)
