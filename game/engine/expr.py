"""The scenario expression language: the ``if`` of choices and ``next`` branches.

One left-to-right pass tokenizes, parses, type-checks and compiles an
expression into nested closures. Doing it in one pass means the problem an
author is told about is the first one a reader meets going left to right;
compiling to closures means evaluation costs a few microseconds and no tree
is walked per call.

Safety: nothing here resolves a name to a Python object. A name only indexes
``Env.values`` and a quoted node id only indexes ``Env.visits``; there is no
``eval``, ``exec`` or ``compile``. Every input is bounded (length, nesting,
digits), so no text can crash, hang or exhaust the interpreter's stack, and
the only exception that leaves :func:`compile_expr` is :class:`ExprError`.

The parser is a precedence climber rather than one function per grammar
rule: that keeps the Python stack per nesting level at a handful of frames,
so the 64-level nesting limit is far from the interpreter's recursion limit.
"""

from __future__ import annotations

import difflib
import operator
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from typing import NoReturn

from game.engine.model import Env, Expr, Value

# Mirrors game.scenario.codes (the engine must not import the loader package).
SYNTAX = "DB501"
UNKNOWN_NAME = "DB502"
TYPE = "DB503"
UNKNOWN_NODE = "DB504"

MAX_SOURCE = 2000  # characters; real conditions are a line or two
MAX_DEPTH = 64  # parentheses, 'not' and unary '-' nested inside one another
MAX_DIGITS = 15  # integers beyond this are typos, not meters

KEYWORDS = frozenset({"and", "or", "not", "true", "false", "visited", "visits"})
_FUNCTIONS = ("visits", "visited")

# Binding strength, lowest first. NOT and UNARY are prefix levels only.
OR, AND, NOT, COMPARE, SUM, PRODUCT, UNARY = range(1, 8)
_BINARY = {"or": OR, "and": AND, "*": PRODUCT, "+": SUM, "-": SUM}
_COMPARISONS: dict[str, Callable[[Value, Value], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_BINARY.update(dict.fromkeys(_COMPARISONS, COMPARE))
# "3 < x" is "x > 3": the operator seen from the other side.
_MIRROR = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

_DIGITS = frozenset("0123456789")
_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHARS = _NAME_START | _DIGITS
# YAML block scalars put newlines inside an expression; they are just spacing.
_SPACE = frozenset(" \t\n\r")
_QUOTES = frozenset("'\"")
_CURLY_QUOTES = frozenset("“”„‘’‚«»")
_OPERATORS = frozenset(("==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "(", ")"))
_ARITHMETIC_ONLY = "only '+', '-' and '*' can be used for calculating"
# What authors coming from spreadsheets or other languages type, and the fix.
_NOT_OPERATORS = {
    "&&": "use 'and'",
    "||": "use 'or'",
    "=>": "use '>='",
    "=<": "use '<='",
    "<>": "use '!='",
    "**": _ARITHMETIC_ONLY,
    "//": _ARITHMETIC_ONLY,
    "=": "use '==' to compare",
    "&": "use 'and'",
    "|": "use 'or'",
    "!": "use 'not'",
    "/": _ARITHMETIC_ONLY,
    "%": _ARITHMETIC_ONLY,
    "≤": "use '<='",
    "≥": "use '>='",
    "≠": "use '!='",
}

Evaluator = Callable[[Env], Value]


class ExprError(Exception):
    """An author's mistake in an expression."""

    def __init__(self, message: str, column: int, code: str) -> None:
        # All three in args so the error survives pickling (multiprocessing loaders).
        super().__init__(message, column, code)
        self.message = message
        self.column = column  # 1-based, inside the expression source
        self.code = code

    def __str__(self) -> str:
        return f"column {self.column}: {self.message} [{self.code}]"


def format_type(t: type) -> str:
    """How a value type is named in messages for authors."""
    if t is bool:
        return "true/false"
    if t is int:
        return "a number"
    return t.__name__


def compile_expr(
    source: str,
    names: Mapping[str, type],
    node_ids: Collection[str],
    *,
    expect: type = bool,
) -> Expr:
    """Parse, type-check and compile ``source``; raise ExprError on the first problem."""
    _check_size(source)
    parser = _Parser(source, names, node_ids)
    try:
        term = parser.parse()
    except RecursionError:  # a safety net only: MAX_DEPTH keeps the stack shallow
        raise ExprError("expression is nested too deeply", 1, SYNTAX) from None
    _check_result(source, term, expect)
    return Expr(
        source=source,
        evaluate=term.fn,
        reads_visits=frozenset(parser.reads_visits),
        reads_names=frozenset(parser.reads_names),
        atoms=tuple(parser.atoms),
        atom_only=parser.atom_only(),
    )


def _check_size(source: object) -> None:
    if not isinstance(source, str):
        raise ExprError("an expression must be text", 1, SYNTAX)
    if len(source) > MAX_SOURCE:
        message = f"the expression is too long ({len(source)} characters; at most {MAX_SOURCE})"
        raise ExprError(message, MAX_SOURCE + 1, SYNTAX)
    if all(char in _SPACE for char in source):
        raise ExprError("the expression is empty", 1, SYNTAX)


def _check_result(source: str, term: _Term, expect: type) -> None:
    if term.typ is expect:
        return
    if expect is bool:
        snippet = _snippet(source, term)
        hint = f"; compare it, e.g. '{snippet} > 0'" if len(snippet) <= 30 else ""
        message = f"the condition must be true or false, but this is a number{hint}"
    else:
        message = f"the value must be {format_type(expect)}, but this is {format_type(term.typ)}"
    raise ExprError(message, term.start + 1, TYPE)


def _snippet(source: str, term: _Term) -> str:
    return " ".join(source[term.start : term.end].split())


def _clip(text: str, limit: int = 40) -> str:
    """Keep messages one short line even for absurd input."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "int", "name", "kw", "str", "op" or "end"
    text: str  # exactly as in the source (strings keep their quotes)
    start: int  # 0-based index into the source
    end: int


class _Lexer:
    """Hands out one token at a time, so a bad character is only reported when
    the parser reaches it (after any earlier problem)."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0
        self.last_end = 0  # where "end of expression" is reported: after the last token

    def next(self) -> _Token:
        self._skip_space()
        if self.pos >= len(self.src):
            return _Token("end", "", self.last_end, self.last_end)
        token = self._token(self.src[self.pos])
        self.pos = self.last_end = token.end
        return token

    def peek_char(self) -> str:
        self._skip_space()
        return self.src[self.pos : self.pos + 1]

    def _skip_space(self) -> None:
        while self.pos < len(self.src) and self.src[self.pos] in _SPACE:
            self.pos += 1

    def _token(self, char: str) -> _Token:
        if char in _DIGITS:
            return self._number()
        if char in _NAME_START:
            return self._name()
        if char in _QUOTES:
            return self._string(char)
        return self._operator(char)

    def _scan(self, chars: frozenset[str]) -> int:
        end = self.pos
        while end < len(self.src) and self.src[end] in chars:
            end += 1
        return end

    def _number(self) -> _Token:
        end = self._scan(_DIGITS)
        after = self.src[end : end + 2]
        if after[:1] in _NAME_START:
            word = _clip(self.src[self.pos : self._scan(_NAME_CHARS)])
            self._fail(f"'{word}' is not a number or a name; names start with a letter")
        if after[:1] == "." and after[1:] in _DIGITS:
            self._fail("only whole numbers can be used")
        if end - self.pos > MAX_DIGITS:
            self._fail(f"this number is too long (at most {MAX_DIGITS} digits)")
        return _Token("int", self.src[self.pos : end], self.pos, end)

    def _name(self) -> _Token:
        end = self._scan(_NAME_CHARS)
        text = self.src[self.pos : end]
        return _Token("kw" if text in KEYWORDS else "name", text, self.pos, end)

    def _string(self, quote: str) -> _Token:
        close = self.src.find(quote, self.pos + 1)
        if close < 0:
            self._fail(f"this text has no closing quote; add {quote} after the node id")
        return _Token("str", self.src[self.pos : close + 1], self.pos, close + 1)

    def _operator(self, char: str) -> _Token:
        for text in (self.src[self.pos : self.pos + 2], char):
            if text in _OPERATORS:
                return _Token("op", text, self.pos, self.pos + len(text))
            if text in _NOT_OPERATORS:
                self._fail(f"'{text}' is not an operator; {_NOT_OPERATORS[text]}")
        self._fail(_unexpected_character(char))

    def _fail(self, message: str) -> NoReturn:
        raise ExprError(message, self.pos + 1, SYNTAX)


def _unexpected_character(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if char in _CURLY_QUOTES:
        return f"'{char}' is a curly quote; use a straight quote \" or '"
    if unicodedata.category(char) == "Cc":
        return f"unexpected control character {code}"
    if char.isspace():
        return f"unexpected space character {code}; use an ordinary space"
    if not char.isprintable():
        return f"unexpected invisible character {code}"
    return f"unexpected character '{char}'"


def _describe(token: _Token) -> str:
    if token.kind == "end":
        return "the end of the expression"
    if token.kind == "int":
        return f"the number {token.text}"
    if token.kind == "name":
        return f"the name '{_clip(token.text)}'"
    if token.kind == "str":
        return f"the text {_clip(token.text)}"
    return f"'{token.text}'"


# --------------------------------------------------------------------------- terms


@dataclass(frozen=True, slots=True)
class _Term:
    """A checked, compiled sub-expression and the source span it came from."""

    typ: type  # int or bool
    start: int
    end: int
    fn: Evaluator
    const: Value | None = None  # set when the value is known at compile time
    name: str | None = None  # set when the term is a bare meter name


def _constant(typ: type, value: Value, start: int, end: int) -> _Term:
    return _Term(typ, start, end, lambda env: value, value)


def _reader(name: str) -> Evaluator:
    def read(env: Env) -> Value:
        return env.values[name]

    return read


def _visits(node: str) -> Evaluator:
    def visits(env: Env) -> int:
        return env.visits.get(node, 0)

    return visits


def _visited(node: str) -> Evaluator:
    def visited(env: Env) -> bool:
        return env.visits.get(node, 0) > 0

    return visited


def _logical_not(start: int, term: _Term) -> _Term:
    if term.const is not None:
        return _constant(bool, not term.const, start, term.end)
    fn = term.fn
    return _Term(bool, start, term.end, lambda env: not fn(env))


def _negative(start: int, term: _Term) -> _Term:
    if term.const is not None:
        return _constant(int, -term.const, start, term.end)
    fn = term.fn
    return _Term(int, start, term.end, lambda env: -fn(env))


def _logic(parts: list[tuple[str, _Term]], absorbing: bool) -> _Term:
    """An 'and' chain (absorbing False) or an 'or' chain (absorbing True).

    Chains become one n-ary closure, never a nest of binary ones, so a long
    chain cannot overflow the stack when evaluated.
    """
    terms = [term for _, term in parts]
    start, end = terms[0].start, terms[-1].end
    if any(term.const is not None and term.const == absorbing for term in terms):
        return _constant(bool, absorbing, start, end)
    fns = [term.fn for term in terms if term.const is None]
    if not fns:
        return _constant(bool, not absorbing, start, end)
    fn = fns[0] if len(fns) == 1 else (_any_of(fns) if absorbing else _all_of(fns))
    return _Term(bool, start, end, fn)


def _all_of(fns: list[Evaluator]) -> Evaluator:
    if len(fns) == 2:
        first, second = fns
        return lambda env: first(env) and second(env)

    def all_of(env: Env) -> bool:
        return all(fn(env) for fn in fns)

    return all_of


def _any_of(fns: list[Evaluator]) -> Evaluator:
    if len(fns) == 2:
        first, second = fns
        return lambda env: first(env) or second(env)

    def any_of(env: Env) -> bool:
        return any(fn(env) for fn in fns)

    return any_of


def _sum(parts: list[tuple[str, _Term]]) -> _Term:
    total, live = 0, []
    for op, term in parts:
        sign = -1 if op == "-" else 1
        if term.const is None:
            live.append((sign, term.fn))
        else:
            total += sign * term.const
    start, end = parts[0][1].start, parts[-1][1].end
    if not live:
        return _constant(int, total, start, end)
    return _Term(int, start, end, _adder(live, total))


def _adder(live: list[tuple[int, Evaluator]], total: int) -> Evaluator:
    if len(live) == 1:
        sign, fn = live[0]
        if sign < 0:
            return lambda env: total - fn(env)
        return fn if total == 0 else (lambda env: fn(env) + total)

    def add(env: Env) -> int:
        value = total
        for sign, fn in live:
            value += fn(env) if sign > 0 else -fn(env)
        return value

    return add


def _product(parts: list[tuple[str, _Term]]) -> _Term:
    factor, live = 1, []
    for _, term in parts:
        if term.const is None:
            live.append(term.fn)
        else:
            factor *= term.const
    start, end = parts[0][1].start, parts[-1][1].end
    if not live or factor == 0:
        return _constant(int, factor, start, end)
    return _Term(int, start, end, _multiplier(live, factor))


def _multiplier(live: list[Evaluator], factor: int) -> Evaluator:
    if len(live) == 1:
        fn = live[0]
        return fn if factor == 1 else (lambda env: fn(env) * factor)

    def multiply(env: Env) -> int:
        value = factor
        for fn in live:
            value *= fn(env)
        return value

    return multiply


def _comparison(op: str, left: _Term, right: _Term) -> _Term:
    test = _COMPARISONS[op]
    start, end = left.start, right.end
    if left.const is not None and right.const is not None:
        return _constant(bool, test(left.const, right.const), start, end)
    return _Term(bool, start, end, _comparer(test, left, right))


def _comparer(test: Callable[[Value, Value], bool], left: _Term, right: _Term) -> Evaluator:
    # Comparing a meter with a literal is by far the common case: skip a call.
    first, second = left.fn, right.fn
    if right.const is not None:
        fixed_right: Value = right.const
        return lambda env: test(first(env), fixed_right)
    if left.const is not None:
        fixed_left: Value = left.const
        return lambda env: test(fixed_left, second(env))
    return lambda env: test(first(env), second(env))


_BUILDERS: dict[int, Callable[[list[tuple[str, _Term]]], _Term]] = {
    OR: lambda parts: _logic(parts, True),
    AND: lambda parts: _logic(parts, False),
    SUM: _sum,
    PRODUCT: _product,
    COMPARE: lambda parts: _comparison(parts[1][0], parts[0][1], parts[1][1]),
}


# --------------------------------------------------------------------------- parser


class _Parser:
    """Precedence climbing over the grammar in docs (or < and < not < compare
    < sum < product < unary), checking types as each operator is met."""

    def __init__(self, source: str, names: Mapping[str, type], node_ids: Collection[str]) -> None:
        self.src = source
        self.names = names
        self.node_ids = node_ids
        self.lexer = _Lexer(source)
        self.tok = self.lexer.next()
        self.depth = 0
        self.reads_visits: set[str] = set()
        self.reads_names: set[str] = set()
        # Comparisons of a bare number name with a constant, and how often each
        # number name is read at all: the analyser turns such comparisons into
        # thresholds, which is only sound when they are every read of the name.
        self.atoms: list[tuple[str, str, int]] = []
        self.name_uses: dict[str, int] = {}

    def atom_only(self) -> frozenset[str]:
        """Number names read only as ``name <op> constant`` (or the mirror)."""
        in_atoms: dict[str, int] = {}
        for name, _, _ in self.atoms:
            in_atoms[name] = in_atoms.get(name, 0) + 1
        return frozenset(n for n, uses in self.name_uses.items() if in_atoms.get(n) == uses)

    def parse(self) -> _Term:
        term = self._expr(OR)
        if self.tok.kind != "end":
            self._fail(self._trailing_message(), self.tok)
        return term

    # ---- helpers

    def _advance(self) -> _Token:
        token, self.tok = self.tok, self.lexer.next()
        return token

    def _at(self, *texts: str) -> bool:
        return self.tok.kind in ("op", "kw") and self.tok.text in texts

    def _fail(self, message: str, token: _Token | _Term, code: str = SYNTAX) -> NoReturn:
        raise ExprError(message, token.start + 1, code)

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self._fail("expression is nested too deeply", self.tok)

    def _binding(self) -> int:
        """How strongly the current token binds as a binary operator (0: it is not one)."""
        if self.tok.kind in ("op", "kw"):
            return _BINARY.get(self.tok.text, 0)
        return 0

    # ---- grammar

    def _expr(self, min_level: int) -> _Term:
        left = self._prefix(min_level)
        while (level := self._binding()) >= min_level:
            left = self._chain(left, level)
        return left

    def _chain(self, first: _Term, level: int) -> _Term:
        """Operators of one level in a row: 'a + b - c', 'p and q and r', 'x < y'."""
        parts = [("", first)]
        while self._binding() == level:
            if level == COMPARE and len(parts) > 1:
                self._fail(
                    "comparisons cannot be chained; join them with 'and', e.g. 'a < b and b < c'",
                    self.tok,
                )
            op = self.tok
            self._check_left(op.text, first)
            self._advance()
            right = self._expr(level + 1)
            self._check_right(op.text, first, right)
            parts.append((op.text, right))
        if level == COMPARE:
            self._note_atom(parts[0][1], parts[1][0], parts[1][1])
        return _BUILDERS[level](parts)

    def _note_atom(self, left: _Term, op: str, right: _Term) -> None:
        if left.name is not None and isinstance(right.const, int):
            self.atoms.append((left.name, op, int(right.const)))
        elif right.name is not None and isinstance(left.const, int):
            self.atoms.append((right.name, _MIRROR[op], int(left.const)))

    def _prefix(self, min_level: int) -> _Term:
        if self._at("not"):
            if min_level > NOT:
                self._fail("put 'not ...' in parentheses here, e.g. 'x == (not done)'", self.tok)
            return self._not()
        if self._at("-"):
            return self._minus()
        return self._atom()

    def _not(self) -> _Term:
        op = self.tok
        self._enter()
        self._advance()
        operand = self._expr(NOT)
        self.depth -= 1
        self._need(bool, operand, "'not' needs true/false")
        return _logical_not(op.start, operand)

    def _minus(self) -> _Term:
        op = self.tok
        self._enter()
        self._advance()
        operand = self._expr(UNARY)
        self.depth -= 1
        self._need(int, operand, "'-' needs a number")
        return _negative(op.start, operand)

    def _atom(self) -> _Term:
        token = self.tok
        if token.kind == "int":
            self._advance()
            return _constant(int, int(token.text), token.start, token.end)
        if token.kind == "kw" and token.text in ("true", "false"):
            self._advance()
            return _constant(bool, token.text == "true", token.start, token.end)
        if token.kind == "kw" and token.text in _FUNCTIONS:
            return self._call()
        if token.kind == "name":
            return self._name()
        if self._at("("):
            return self._group()
        self._fail(self._expected_value_message(), token)

    def _group(self) -> _Term:
        self._enter()
        opening = self._advance()
        inner = self._expr(OR)
        closing = self._close(opening)
        self.depth -= 1
        # The span grows to the parentheses so messages quote what the author wrote.
        return replace(inner, start=opening.start, end=closing.end)

    def _close(self, opening: _Token) -> _Token:
        if not self._at(")"):
            self._fail(f"expected ')' to close '(' at column {opening.start + 1}", self.tok)
        return self._advance()

    def _name(self) -> _Term:
        token = self.tok
        # Look at the raw next character, not the next token, so that the
        # problem with this name is reported before anything to its right.
        if self.lexer.peek_char() == "(":
            self._fail_call(token)
        if token.text not in self.names:
            self._fail(self._unknown_name(token.text), token, UNKNOWN_NAME)
        self._advance()
        self.reads_names.add(token.text)
        if self.names[token.text] is bool:
            return _Term(bool, token.start, token.end, _reader(token.text))
        self.name_uses[token.text] = self.name_uses.get(token.text, 0) + 1
        return _Term(int, token.start, token.end, _reader(token.text), name=token.text)

    def _call(self) -> _Term:
        function = self._advance()
        if not self._at("("):
            example = f'{function.text}("{self._example_node()}")'
            self._fail(f"{function.text} needs a node in parentheses, e.g. {example}", self.tok)
        opening = self._advance()
        node = self._node_argument(function.text)
        closing = self._close(opening)
        self.reads_visits.add(node)
        if function.text == "visited":
            return _Term(bool, function.start, closing.end, _visited(node))
        return _Term(int, function.start, closing.end, _visits(node))

    def _node_argument(self, function: str) -> str:
        token = self.tok
        if token.kind != "str":
            word = token.text if token.kind in ("name", "kw") else self._example_node()
            self._fail(f'the node id must be in quotes, e.g. {function}("{_clip(word)}")', token)
        node = token.text[1:-1]
        if node not in self.node_ids:
            self._fail(self._unknown_node(node), token, UNKNOWN_NODE)
        self._advance()
        return node

    # ---- checks

    def _need(self, typ: type, term: _Term, what: str) -> None:
        if term.typ is not typ:
            quoted = _clip(_snippet(self.src, term))
            message = f"{what}, but '{quoted}' is {format_type(term.typ)}"
            self._fail(message, term, TYPE)

    def _check_left(self, op: str, left: _Term) -> None:
        if op in ("and", "or"):
            self._need(bool, left, f"'{op}' needs true/false on both sides")
        elif op not in ("==", "!="):
            self._need(int, left, f"'{op}' needs numbers")

    def _check_right(self, op: str, left: _Term, right: _Term) -> None:
        if op not in ("==", "!="):
            self._check_left(op, right)
        elif left.typ is not right.typ:
            quoted = _clip(_snippet(self.src, right))
            message = (
                f"cannot compare {format_type(left.typ)} with {format_type(right.typ)}: "
                f"'{quoted}' is {format_type(right.typ)}"
            )
            self._fail(message, right, TYPE)

    # ---- messages

    def _fail_call(self, token: _Token) -> NoReturn:
        name = _clip(token.text)
        close = difflib.get_close_matches(token.text.lower(), _FUNCTIONS, n=1)
        if close:
            self._fail(f"unknown name '{name}'; did you mean '{close[0]}'?", token, UNKNOWN_NAME)
        message = (
            f'\'{name}\' is not a function; only visits("node") and visited("node") can be called'
        )
        self._fail(message, token)

    def _unknown_name(self, name: str) -> str:
        message = f"unknown name '{_clip(name)}'"
        if name in self.node_ids:
            return f'{message}; to test a node, write visited("{name}")'
        close = difflib.get_close_matches(name.lower(), [*self.names, *sorted(KEYWORDS)], n=1)
        return f"{message}; did you mean '{close[0]}'?" if close else message

    def _unknown_node(self, node: str) -> str:
        message = f"unknown node '{_clip(node)}'"
        close = difflib.get_close_matches(node, list(self.node_ids), n=1)
        return f"{message}; did you mean '{close[0]}'?" if close else message

    def _example_node(self) -> str:
        return min(self.node_ids, default="node")

    def _expected_value_message(self) -> str:
        token = self.tok
        if token.kind == "end":
            return "unexpected end of expression; expected a value"
        if token.kind == "str":
            return "text in quotes can only be used inside visits(...) and visited(...)"
        return f"expected a value but found {_describe(token)}"

    def _trailing_message(self) -> str:
        if self._at(")"):
            return "')' has no matching '('"
        found = _describe(self.tok)
        return f"found {found} after a complete expression; did you forget 'and' or 'or'?"
