"""The expression language: values, error codes and columns, robustness, safety."""

from __future__ import annotations

import ast
import builtins
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from game.engine import expr as expr_module
from game.engine.expr import ExprError, compile_expr, format_type
from game.engine.model import Env, Expr

ROOT = Path(__file__).resolve().parent.parent

NAMES = {"safety": int, "wait_days": int, "done": bool, "called": bool}
NODES = ("intake", "team", "street")
ENV = Env(
    {"safety": 50, "wait_days": 3, "done": True, "called": False},
    {"intake": 2, "team": 0},
)


def evaluate(source: str, expect: type = bool) -> object:
    return compile_expr(source, NAMES, NODES, expect=expect).evaluate(ENV)


# --------------------------------------------------------------------------- valid

CONDITIONS = [
    ("safety > 40", True),
    ("safety >= 50", True),
    ("safety > 50", False),
    ("safety <= 50 and safety != 49", True),
    ("not done == called", True),  # not (done == called)
    ("not done and called", False),  # (not done) and called
    ("not (done and called)", True),
    ("not not done", True),
    ("1 < 2 and not false", True),
    ("true or false and false", True),  # 'and' binds tighter than 'or'
    ("false and false or true", True),
    ("done or called and false", True),
    ("-2*3+1 == -5", True),
    ("1 + 2 * 3 == 7", True),
    ("(1 + 2) * 3 == 9", True),
    ("2 * 3 - 4 * 5 == -14", True),
    ("3 - -3 == 6", True),
    ("-safety < 0", True),
    ("10 - 3 - 2 == 5", True),  # left-associative
    ('visits("intake") >= 2', True),
    ("visits('intake') + visits('team') == 2", True),
    ("visited('intake')", True),
    ('visited("team")', False),
    ('visited("street")', False),  # never entered: not in the visits mapping
    ("done == true", True),
    ("done != called", True),
    ("called == false", True),
    ("(safety == 50) == true", True),
    ("safety > 40 and wait_days < 7", True),
    ("not (safety < 40 or called)", True),
    ("safety\n  > 40\tand done", True),  # YAML block scalars bring newlines
    ("  safety>40 and(done)  ", True),
    ("999999999999999 > 1", True),
    ("true", True),
    ("false", False),
]


@pytest.mark.parametrize(("source", "value"), CONDITIONS)
def test_condition_values(source: str, value: bool) -> None:
    result = evaluate(source)
    assert result is value


NUMBERS = [
    ("-2*3+1", -5),
    ("2+3*4", 14),
    ("(2+3)*4", 20),
    ("10-3-2", 5),
    ("-(-3)", 3),
    ("--3", 3),
    ("- -3", 3),
    ("2 * -3", -6),
    ("safety - wait_days * 2", 44),
    ("visits('intake') * 10", 20),
    ("visits('team')", 0),
    ("safety * 0 + 7", 7),
    ("999999999999999 * 999999999999999", 999999999999999**2),
]


@pytest.mark.parametrize(("source", "value"), NUMBERS)
def test_number_values(source: str, value: int) -> None:
    result = evaluate(source, expect=int)
    assert result == value
    assert type(result) is int


def test_evaluation_on_a_plain_env() -> None:
    compiled = compile_expr("safety >= 40 and visited('intake') and not called", NAMES, NODES)
    assert isinstance(compiled, Expr)
    assert compiled.source == "safety >= 40 and visited('intake') and not called"
    on = Env({"safety": 40, "called": False}, {"intake": 1})
    off = Env({"safety": 39, "called": False}, {"intake": 1})
    unvisited = Env({"safety": 90, "called": False}, {})
    assert compiled.evaluate(on) is True
    assert compiled.evaluate(off) is False
    assert compiled.evaluate(unvisited) is False


def test_reads_are_reported() -> None:
    compiled = compile_expr(
        "visits('team') > 1 or safety > wait_days and visited(\"intake\")", NAMES, NODES
    )
    assert compiled.reads_visits == frozenset({"team", "intake"})
    assert compiled.reads_names == frozenset({"safety", "wait_days"})
    constant = compile_expr("1 + 2 > 2", NAMES, NODES)
    assert constant.reads_names == frozenset()
    assert constant.evaluate(Env({}, {})) is True


def test_and_or_short_circuit() -> None:
    # 'ghost' is declared but missing from the env: reading it would raise KeyError.
    names = {**NAMES, "ghost": bool}
    env = Env({"done": True, "called": False}, {})
    assert compile_expr("called and ghost", names, NODES).evaluate(env) is False
    assert compile_expr("done or ghost", names, NODES).evaluate(env) is True
    assert compile_expr("called and ghost and ghost", names, NODES).evaluate(env) is False
    assert compile_expr("done or ghost or ghost", names, NODES).evaluate(env) is True


def test_constant_folding_keeps_values() -> None:
    assert compile_expr("false and done", NAMES, NODES).evaluate(Env({}, {})) is False
    assert compile_expr("true or done", NAMES, NODES).evaluate(Env({}, {})) is True
    assert compile_expr("safety * 0", NAMES, NODES, expect=int).evaluate(Env({}, {})) == 0
    assert compile_expr("2 - safety + 1", NAMES, NODES, expect=int).evaluate(ENV) == -47


def test_long_chains_evaluate_without_deep_recursion() -> None:
    # A nest of binary closures this long would overflow the stack when called.
    names, env = {"a": int, "p": bool}, Env({"a": 1, "p": True}, {})
    many_sums = "+".join(["a"] * 990) + " > 0"
    many_ands = " and ".join(["p"] * 330)
    assert compile_expr(many_sums, names, NODES).evaluate(env) is True
    assert compile_expr(many_ands, names, NODES).evaluate(env) is True


def test_evaluation_is_fast() -> None:
    compiled = compile_expr(
        "safety >= 40 and (wait_days + 2) * 3 > 10 or not done and visited('intake')",
        NAMES,
        NODES,
    )
    runs = 20_000
    started = time.perf_counter()
    for _ in range(runs):
        compiled.evaluate(ENV)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 50e-6  # a few microseconds normally; generous for busy machines


# --------------------------------------------------------------------------- invalid

# (source, code, column, part of the message)
MISTAKES = [
    ("", "DB501", 1, "empty"),
    ("   \n", "DB501", 1, "empty"),
    ("safty > 3", "DB502", 1, "unknown name 'safty'; did you mean 'safety'?"),
    ("Safety > 3", "DB502", 1, "did you mean 'safety'?"),
    ("True", "DB502", 1, "did you mean 'true'?"),
    ("qqqq > 3", "DB502", 1, "unknown name 'qqqq'"),
    ("intake", "DB502", 1, 'visited("intake")'),
    ("visted('intake')", "DB502", 1, "did you mean 'visited'?"),
    ("safety = 3", "DB501", 8, "'=' is not an operator; use '==' to compare"),
    ("done && called", "DB501", 6, "'&&' is not an operator; use 'and'"),
    ("done || called", "DB501", 6, "use 'or'"),
    ("!done", "DB501", 1, "use 'not'"),
    ("safety <> 2", "DB501", 8, "use '!='"),
    ("safety => 2", "DB501", 8, "use '>='"),
    ("safety ** 2 > 1", "DB501", 8, "only '+', '-' and '*'"),
    ("safety / 2 > 1", "DB501", 8, "only '+', '-' and '*'"),
    ("safety % 2 > 1", "DB501", 8, "only '+', '-' and '*'"),
    ("safety $", "DB501", 8, "unexpected character '$'"),
    ("safety\x07 > 1", "DB501", 7, "control character"),
    ("safety\u00a0> 3", "DB501", 7, "ordinary space"),
    ("safety\u200b> 3", "DB501", 7, "invisible"),
    ("visited(“intake”)", "DB501", 9, "straight quote"),
    ("(safety > 3", "DB501", 12, "expected ')' to close '(' at column 1"),
    ("safety > (1 + 2", "DB501", 16, "expected ')' to close '(' at column 10"),
    ("(1 + 2", "DB501", 7, "to close '('"),
    ("safety >", "DB501", 9, "unexpected end of expression; expected a value"),
    ("safety > 40 and", "DB501", 16, "unexpected end of expression"),
    ("not", "DB501", 4, "unexpected end of expression"),
    ("1 + * 2", "DB501", 5, "expected a value but found '*'"),
    ("* 2", "DB501", 1, "expected a value"),
    ("+1 > 0", "DB501", 1, "expected a value"),
    ("and", "DB501", 1, "expected a value"),
    ("safety > 40 and and", "DB501", 17, "expected a value"),
    ("safety > 40 done", "DB501", 13, "did you forget 'and' or 'or'?"),
    ("safety > 40)", "DB501", 12, "no matching '('"),
    ("1 < 2 < 3", "DB501", 7, "cannot be chained"),
    ("safety == 1 == 1", "DB501", 13, "cannot be chained"),
    ("done == not called", "DB501", 9, "parentheses"),
    ("- not done", "DB501", 3, "parentheses"),
    ("1.5 > 1", "DB501", 1, "whole numbers"),
    ("12ab > 1", "DB501", 1, "'12ab'"),
    ("9999999999999999 > 1", "DB501", 1, "too long"),
    ("'abc", "DB501", 1, "closing quote"),
    ("visits('intake) > 1", "DB501", 8, "closing quote"),
    ("safety == 'x'", "DB501", 11, "only be used inside visits"),
    ("visits(intake) > 1", "DB501", 8, 'visits("intake")'),
    ("visits(5) > 1", "DB501", 8, "in quotes"),
    ("visits > 2", "DB501", 8, "visits needs a node"),
    ("visits('intake'", "DB501", 16, "to close '(' at column 7"),
    ("visits('intake', 'team')", "DB501", 16, "','"),
    ('visits("intak") > 1', "DB504", 8, "unknown node 'intak'; did you mean 'intake'?"),
    ("visited('nowhere')", "DB504", 9, "unknown node 'nowhere'"),
    ('visits("") > 0', "DB504", 8, "unknown node ''"),
    ("safety(1) > 0", "DB501", 1, "'safety' is not a function"),
    (
        "foo()",
        "DB501",
        1,
        '\'foo\' is not a function; only visits("node") and visited("node") can be called',
    ),
    (
        "wait_days and done",
        "DB503",
        1,
        "'and' needs true/false on both sides, but 'wait_days' is a number",
    ),
    ("done and wait_days", "DB503", 10, "'and' needs true/false on both sides"),
    ("5 or true", "DB503", 1, "'or' needs true/false"),
    ("true and 5", "DB503", 10, "but '5' is a number"),
    ("safety", "DB503", 1, "the condition must be true or false, but this is a number"),
    ("visits('intake')", "DB503", 1, "the condition must be true or false"),
    ("done + 1 > 0", "DB503", 1, "'+' needs numbers, but 'done' is true/false"),
    ("1 - (done) > 0", "DB503", 5, "'-' needs numbers, but '(done)' is true/false"),
    ("safety == done", "DB503", 11, "cannot compare a number with true/false"),
    ("done != 1", "DB503", 9, "cannot compare true/false with a number"),
    ("safety < done", "DB503", 10, "'<' needs numbers"),
    ("done < 3", "DB503", 1, "'<' needs numbers"),
    ('visited("intake") + 1 > 0', "DB503", 1, "'+' needs numbers"),
    ("not 5", "DB503", 5, "'not' needs true/false, but '5' is a number"),
    ("-true", "DB503", 2, "'-' needs a number"),
    ("safety > 40 and -(done) > 0", "DB503", 18, "'-' needs a number"),
    ("safety > 40\n and done &", "DB501", 23, "use 'and'"),
    ("x" * 2001, "DB501", 2001, "too long"),
    ("(" * 65 + "true" + ")" * 65, "DB501", 65, "expression is nested too deeply"),
    ("not " * 65 + "true", "DB501", 257, "nested too deeply"),
    ("-" * 65 + "1 > 0", "DB501", 65, "nested too deeply"),
    ("not (" * 40 + "true" + ")" * 40, "DB501", 161, "nested too deeply"),
]


@pytest.mark.parametrize(("source", "code", "column", "message"), MISTAKES)
def test_mistakes_are_reported(source: str, code: str, column: int, message: str) -> None:
    with pytest.raises(ExprError) as caught:
        compile_expr(source, NAMES, NODES)
    error = caught.value
    assert (error.code, error.column) == (code, column), error.message
    assert message in error.message


def test_first_problem_from_the_left_wins() -> None:
    with pytest.raises(ExprError) as caught:
        compile_expr("safty > 1 and $", NAMES, NODES)
    assert caught.value.code == "DB502"
    with pytest.raises(ExprError) as caught:
        compile_expr("1 + 2 and nonsense", NAMES, NODES)
    assert (caught.value.code, caught.value.column) == ("DB503", 1)


def test_no_suggestion_when_nothing_is_close() -> None:
    with pytest.raises(ExprError) as caught:
        compile_expr("zzz > 1", NAMES, NODES)
    assert caught.value.message == "unknown name 'zzz'"


def test_expected_type_number() -> None:
    assert compile_expr("safety + 1", NAMES, NODES, expect=int).evaluate(ENV) == 51
    with pytest.raises(ExprError) as caught:
        compile_expr("done", NAMES, NODES, expect=int)
    assert caught.value.code == "DB503"
    assert "must be a number" in caught.value.message


def test_deepest_allowed_nesting_compiles() -> None:
    source = "(" * 64 + "safety" + ")" * 64 + " > 0"
    assert compile_expr(source, NAMES, NODES).evaluate(ENV) is True
    nots = "not " * 64 + "done"
    assert compile_expr(nots, NAMES, NODES).evaluate(ENV) is True


def test_error_object() -> None:
    error = ExprError("unknown name 'x'", 3, "DB502")
    assert isinstance(error, Exception)
    assert (error.message, error.column, error.code) == ("unknown name 'x'", 3, "DB502")
    assert "column 3" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.column, copy.code) == (error.message, 3, "DB502")


def test_format_type() -> None:
    assert format_type(int) == "a number"
    assert format_type(bool) == "true/false"


# --------------------------------------------------------------------------- safety


ATTACKS = [
    "__import__('os').system('x')",
    "().__class__",
    "().__class__.__bases__[0].__subclasses__()",
    'open("f")',
    "eval('1')",
    "exec('import os')",
    "getattr(done, 'x')",
    "lambda: 1",
    "[x for x in ()]",
    "x" * 100_000,
    "(" * 10_000 + ")" * 10_000,
    "(" * 999 + "1" + ")" * 999,
    "not " * 499 + "done",
    "-" * 1999 + "1",
    "1 " + "+ 1 " * 999,
    "\x00" * 50,
    "'" * 2000,
]


@pytest.mark.parametrize("source", ATTACKS, ids=lambda s: repr(s[:30]))
def test_attacks_are_refused_and_run_nothing(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []

    def spy(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def record(*args: object, **kwargs: object) -> object:
            called.append(f"{name}{args[:1]}")
            return real(*args, **kwargs)  # harmless calls still work; we only watch

        return record

    monkeypatch.setattr(os, "system", spy("os.system", lambda *args: 0))
    for name in ("open", "eval", "exec", "compile", "__import__"):
        monkeypatch.setattr(builtins, name, spy(name, getattr(builtins, name)))
    started = time.perf_counter()
    try:
        compile_expr(source, NAMES, NODES)
        outcome = "compiled"
    except ExprError:
        outcome = "refused"
    finally:
        # Undo at once: pytest itself imports while reporting a failure.
        monkeypatch.undo()
    elapsed = time.perf_counter() - started
    assert outcome == "refused"
    assert called == []
    assert elapsed < 0.5


def test_module_uses_no_dynamic_code_and_only_the_standard_library() -> None:
    tree = ast.parse(Path(expr_module.__file__).read_text(encoding="utf-8"))
    forbidden = {"eval", "exec", "compile", "__import__", "getattr", "literal_eval"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            assert name not in forbidden, f"line {node.lineno} calls {name}"
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
        else:
            continue
        for module in modules:
            top = module.split(".")[0]
            assert top in sys.stdlib_module_names or module == "game.engine.model", module


def test_import_pulls_in_neither_yaml_nor_pygame() -> None:
    code = (
        "import sys, game.engine.expr; "
        "print(sorted(m for m in ('yaml', 'pygame') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --------------------------------------------------------------------------- properties

EXPRESSION_CHARACTERS = "()-+*<>=!&|/ \t\n'\"_.,$xqandortuefalsvi0123456789"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_only_ever_raises_expr_error(source: str) -> None:
    _compile_or_refuse(source)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=EXPRESSION_CHARACTERS, max_size=80))
def test_expression_like_text_only_ever_raises_expr_error(source: str) -> None:
    _compile_or_refuse(source)


def _compile_or_refuse(source: str) -> None:
    names = {"a": int, "b": int, "x": bool, "and_": bool, "q": int}
    try:
        compiled = compile_expr(source, names, ("x", "intake"))
    except ExprError as error:
        assert error.code in {"DB501", "DB502", "DB503", "DB504"}
        assert 1 <= error.column <= max(len(source), 1) + 1
        assert error.message
        return
    env = Env({"a": 1, "b": -2, "x": True, "and_": False, "q": 0}, {"x": 1})
    assert isinstance(compiled.evaluate(env), bool)


# Well-formed expression trees, a pretty-printer using as few parentheses as
# the grammar allows, and a reference evaluator written independently.
INT_NAMES = ("a", "b")
BOOL_NAMES = ("p", "q")
TREE_NODES = ("x", "y")
TREE_NAMES = dict.fromkeys(INT_NAMES, int) | dict.fromkeys(BOOL_NAMES, bool)

int_leaves = st.one_of(
    st.integers(0, 10**15 - 1).map(lambda n: ("int", n)),
    st.sampled_from(INT_NAMES).map(lambda n: ("name", n)),
    st.sampled_from(TREE_NODES).map(lambda n: ("visits", n)),
)
bool_leaves = st.one_of(
    st.booleans().map(lambda b: ("bool", b)),
    st.sampled_from(BOOL_NAMES).map(lambda n: ("name", n)),
    st.sampled_from(TREE_NODES).map(lambda n: ("visited", n)),
)
int_trees = st.deferred(
    lambda: st.one_of(
        int_leaves,
        st.tuples(st.just("neg"), int_trees),
        st.tuples(st.just("op"), st.sampled_from(["+", "-", "*"]), int_trees, int_trees),
    )
)
bool_trees = st.deferred(
    lambda: st.one_of(
        bool_leaves,
        st.tuples(st.just("not"), bool_trees),
        st.tuples(st.just("op"), st.sampled_from(["and", "or"]), bool_trees, bool_trees),
        st.tuples(
            st.just("op"), st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), int_trees, int_trees
        ),
        st.tuples(st.just("op"), st.sampled_from(["==", "!="]), bool_trees, bool_trees),
    )
)

LEVEL = {"or": 1, "and": 2, "not": 3, "+": 5, "-": 5, "*": 6, "neg": 7}
LEVEL.update(dict.fromkeys(["<", "<=", ">", ">=", "==", "!="], 4))
ATOM = 8
REFERENCE_OPS = {
    "+": lambda x, y: x + y,
    "-": lambda x, y: x - y,
    "*": lambda x, y: x * y,
    "and": lambda x, y: x and y,
    "or": lambda x, y: x or y,
    "<": lambda x, y: x < y,
    "<=": lambda x, y: x <= y,
    ">": lambda x, y: x > y,
    ">=": lambda x, y: x >= y,
    "==": lambda x, y: x == y,
    "!=": lambda x, y: x != y,
}


def show(tree: tuple, parenthesise_all: bool) -> tuple[str, int]:
    """Source text and binding level of ``tree``."""
    kind = tree[0]
    if kind in ("int", "name"):
        return str(tree[1]), ATOM
    if kind == "bool":
        return ("true" if tree[1] else "false"), ATOM
    if kind in ("visits", "visited"):
        return f'{kind}("{tree[1]}")', ATOM
    if kind in ("not", "neg"):
        level = LEVEL[kind]
        prefix = "not " if kind == "not" else "-"
        return prefix + wrap(tree[1], level, parenthesise_all), level
    op, left, right = tree[1:]
    level = LEVEL[op]
    # Comparisons do not chain; other operators are left-associative.
    left_needs, right_needs = (5, 5) if level == 4 else (level, level + 1)
    left_text = wrap(left, left_needs, parenthesise_all)
    return f"{left_text} {op} {wrap(right, right_needs, parenthesise_all)}", level


def wrap(tree: tuple, needs: int, parenthesise_all: bool) -> str:
    text, level = show(tree, parenthesise_all)
    if level < needs or (parenthesise_all and level != ATOM):
        return f"({text})"
    return text


def reference(tree: tuple, values: dict, visits: dict) -> object:
    kind = tree[0]
    if kind in ("int", "bool"):
        return tree[1]
    if kind == "name":
        return values[tree[1]]
    if kind == "visits":
        return visits.get(tree[1], 0)
    if kind == "visited":
        return visits.get(tree[1], 0) > 0
    if kind == "not":
        return not reference(tree[1], values, visits)
    if kind == "neg":
        return -reference(tree[1], values, visits)
    op, left, right = tree[1:]
    return REFERENCE_OPS[op](reference(left, values, visits), reference(right, values, visits))


def leaves_of(tree: tuple, kinds: tuple[str, ...]) -> set[str]:
    if tree[0] in kinds:
        return {tree[1]}
    return set().union(*(leaves_of(t, kinds) for t in tree[1:] if isinstance(t, tuple)))


environments = st.fixed_dictionaries(
    {
        "a": st.integers(-1000, 1000),
        "b": st.integers(-(10**9), 10**9),
        "p": st.booleans(),
        "q": st.booleans(),
    }
)
visit_counts = st.fixed_dictionaries({}, optional={"x": st.integers(0, 3), "y": st.integers(0, 3)})
spacing = st.sampled_from([" ", "  ", "\t", "\n", " \n "])


def _check_tree(
    tree: tuple, typ: type, values: dict, visits: dict, all_parens: bool, gap: str
) -> None:
    source = show(tree, all_parens)[0].replace(" ", gap)
    assume(len(source) <= 2000)
    try:
        compiled = compile_expr(source, TREE_NAMES, TREE_NODES, expect=typ)
    except ExprError as error:
        # The only legitimate refusal of a well-formed tree is the nesting bound.
        assert error.message == "expression is nested too deeply", (source, error)
        return
    result = compiled.evaluate(Env(values, visits))
    expected = reference(tree, values, visits)
    assert result == expected, source
    assert type(result) is typ, source
    assert compiled.reads_names == leaves_of(tree, ("name",))
    assert compiled.reads_visits == leaves_of(tree, ("visits", "visited"))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bool_trees, environments, visit_counts, st.booleans(), spacing)
def test_conditions_match_the_reference_evaluator(tree, values, visits, all_parens, gap) -> None:
    _check_tree(tree, bool, values, visits, all_parens, gap)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(int_trees, environments, visit_counts, st.booleans(), spacing)
def test_numbers_match_the_reference_evaluator(tree, values, visits, all_parens, gap) -> None:
    _check_tree(tree, int, values, visits, all_parens, gap)


# -- what the analyser learns about comparisons -------------------------------------------

ATOM_NAMES = {"wait_days": int, "safety": int, "a": int, "flag": bool}


@pytest.mark.parametrize(
    ("source", "atoms", "atom_only"),
    [
        ("wait_days >= 35 and not flag", [("wait_days", ">=", 35)], {"wait_days"}),
        ("3 < a", [("a", ">", 3)], {"a"}),  # seen from the name's side
        ("(a) == 4 or a < -2", [("a", "==", 4), ("a", "<", -2)], {"a"}),
        ("a + 1 > 2", [], set()),  # arithmetic: not a plain comparison
        ("a > 2 and a + safety < 9", [("a", ">", 2)], set()),  # a is also read otherwise
        ("-a > 2", [], set()),
        ("a > safety", [], set()),
        ('visits("n") < 3 and safety <= 10', [("safety", "<=", 10)], {"safety"}),
    ],
)
def test_comparisons_with_a_constant_are_noted_for_the_analyser(
    source: str, atoms: list[tuple[str, str, int]], atom_only: set[str]
) -> None:
    expr = compile_expr(source, ATOM_NAMES, ["n"])
    assert list(expr.atoms) == atoms
    assert expr.atom_only == atom_only
