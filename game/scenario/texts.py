"""Texts: language checks and the ``{name}`` slots, compiled to ``model.Text``."""

from __future__ import annotations

import re
from collections.abc import Collection

from game.engine.model import Text, TextPart
from game.scenario import codes
from game.scenario.report import Reporter, did_you_mean
from game.scenario.yamlsource import Path

_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")


class TextCompiler:
    """Checks and compiles every text of one scenario."""

    def __init__(self, report: Reporter, languages: tuple[str, ...], names: Collection[str]):
        self.report = report
        self.languages = languages
        self.default = languages[0]
        self.names = set(names) | {"player"}

    def compile(self, raw: str | dict[str, str], path: Path, what: str) -> Text:
        by_lang = {self.default: raw} if isinstance(raw, str) else dict(raw)
        if not isinstance(raw, str):
            self._check_languages(by_lang, path, what)
        parts: dict[str, tuple[TextPart, ...]] = {}
        for lang, string in by_lang.items():
            where = path if isinstance(raw, str) else (*path, lang)
            parts[lang] = self._parts(string, where)
        if self.default not in parts:  # reported above; keep going with what there is
            parts[self.default] = next(iter(parts.values()), (TextPart(""),))
        return Text(parts, self.default)

    def _check_languages(self, by_lang: dict[str, str], path: Path, what: str) -> None:
        for lang in by_lang:
            if lang not in self.languages:
                hint = did_you_mean(lang, self.languages)
                self.report.error(
                    codes.UNKNOWN_LANGUAGE,
                    f"{what} has language '{lang}', which is not in 'languages'{hint}",
                    (*path, lang),
                    key=True,
                )
        if self.default not in by_lang:
            self.report.error(
                codes.MISSING_DEFAULT_LANGUAGE,
                f"{what} has no text in the default language '{self.default}'",
                path,
            )
            return
        for lang in self.languages[1:]:
            if lang not in by_lang:
                self.report.warning(
                    codes.MISSING_TRANSLATION,
                    f"{what} has no '{lang}' text; the '{self.default}' text is shown instead",
                    path,
                )

    def _parts(self, string: str, path: Path) -> tuple[TextPart, ...]:
        parts: list[TextPart] = []
        literal: list[str] = []
        i, n = 0, len(string)
        while i < n:
            # Jump to the next brace: most of a text is plain words.
            opening, closing = string.find("{", i), string.find("}", i)
            brace = min(b for b in (opening, closing, n) if b >= 0)
            if brace > i:
                literal.append(string[i:brace])
                i = brace
                if i >= n:
                    break
            ch = string[i]
            if ch in "{}" and string.startswith(ch * 2, i):
                literal.append(ch)
                i += 2
            elif ch == "{":
                end = string.find("}", i + 1)
                if end < 0:
                    self._brace_error("a '{' without its '}'", path, i)
                    return (TextPart(string),)
                name = string[i + 1 : end]
                self._check_name(name, path, i + 1)
                if literal:
                    parts.append(TextPart("".join(literal)))
                    literal = []
                parts.append(TextPart(name=name))
                i = end + 1
            else:  # a lone '}'
                self._brace_error("a '}' without its '{'", path, i)
                return (TextPart(string),)
        if literal or not parts:
            parts.append(TextPart("".join(literal)))
        return tuple(parts)

    def _brace_error(self, what: str, path: Path, offset: int) -> None:
        self.report.error(
            codes.BAD_BRACES,
            f"{what}: write '{{{{' and '}}}}' for literal braces",
            path,
            offset=offset,
        )

    def _check_name(self, name: str, path: Path, offset: int) -> None:
        if not _NAME.match(name):
            self.report.error(
                codes.BAD_BRACES,
                f"'{{{name}}}' is not a name: write a meter or flag name such as {{wait_days}}",
                path,
                offset=offset,
            )
        elif name not in self.names:
            hint = did_you_mean(name, self.names)
            self.report.error(
                codes.UNKNOWN_TEXT_NAME,
                f"unknown name '{{{name}}}' in a text{hint}",
                path,
                offset=offset,
            )
