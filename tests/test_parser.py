"""The parser builds the right AST for every construct, with Python's precedence."""

from __future__ import annotations

import pytest

from gradcli import syntax as A
from gradcli.errors import ScriptSyntaxError, Span
from gradcli.syntax import parse, parse_expression


def N(name):
    return A.Name(name)


def C(value):
    return A.Constant(value)


def B(left, op, right):
    return A.BinOp(left, op, right)


def stmt(src):
    body = parse(src).body
    assert len(body) == 1
    return body[0]


PRECEDENCE = [
    ("-x**2", A.UnaryOp("-", B(N("x"), "**", C(2)))),
    ("2**-1", B(C(2), "**", A.UnaryOp("-", C(1)))),
    ("a**b**c", B(N("a"), "**", B(N("b"), "**", N("c")))),
    ("a-b-c", B(B(N("a"), "-", N("b")), "-", N("c"))),
    ("a/b*c", B(B(N("a"), "/", N("b")), "*", N("c"))),
    ("a+b*c", B(N("a"), "+", B(N("b"), "*", N("c")))),
    ("a@b+c", B(B(N("a"), "@", N("b")), "+", N("c"))),
    ("a//b%c", B(B(N("a"), "//", N("b")), "%", N("c"))),
    ("a<<b+c", B(N("a"), "<<", B(N("b"), "+", N("c")))),
    ("a|b^c&d", B(N("a"), "|", B(N("b"), "^", B(N("c"), "&", N("d"))))),
    ("a<b<c", A.Compare(N("a"), ["<", "<"], [N("b"), N("c")])),
    ("a not in b", A.Compare(N("a"), ["not in"], [N("b")])),
    ("a is not b", A.Compare(N("a"), ["is not"], [N("b")])),
    ("not a == b", A.UnaryOp("not", A.Compare(N("a"), ["=="], [N("b")]))),
    ("a or b and c", A.BoolOp("or", [N("a"), A.BoolOp("and", [N("b"), N("c")])])),
    ("not a and b", A.BoolOp("and", [A.UnaryOp("not", N("a")), N("b")])),
    ("a if b else c if d else e",
     A.IfExp(N("b"), N("a"), A.IfExp(N("d"), N("c"), N("e")))),
    ("-a.b", A.UnaryOp("-", A.Attribute(N("a"), "b"))),
    ("~a[0]", A.UnaryOp("~", A.Subscript(N("a"), C(0)))),
    ("(a+b)*c", B(B(N("a"), "+", N("b")), "*", N("c"))),
    ("lambda x: x + 1", A.Lambda(A.Params(0, ["x"], [], None, [], {}, None),
                                 B(N("x"), "+", C(1)))),
]


@pytest.mark.parametrize("src,expected", PRECEDENCE, ids=[p[0] for p in PRECEDENCE])
def test_precedence(src, expected):
    assert parse_expression(src) == expected


LITERALS = [
    ("1e-3", 1e-3), ("1.", 1.0), (".5", 0.5), ("0xff", 255), ("0o17", 15), ("0b101", 5),
    ("1_000", 1000), ("2j", 2j), ("True", True), ("False", False), ("None", None),
    ("...", Ellipsis), ("'a' \"b\"", "ab"), (r"'\n\t\x41'", "\n\tA"), (r"r'\d'", "\\d"),
    ("'''x\ny'''", "x\ny"), ("'中文'", "中文"), (r"'\N{BULLET}'", "\u2022"),
]


@pytest.mark.parametrize("src,value", LITERALS, ids=[p[0] for p in LITERALS])
def test_literals(src, value):
    node = parse_expression(src)
    assert node == C(value)
    assert type(node.value) is type(value)


def test_fstring_parts():
    node = parse_expression("f'a{x!r}b{v:.{w}f}{{c}}'")
    assert node == A.FString([
        "a", A.FormattedValue(N("x"), "r", None), "b",
        A.FormattedValue(N("v"), None, A.FString([".", A.FormattedValue(N("w"), None, None),
                                                  "f"])),
        "{c}"])


def test_fstring_field_span_points_into_the_string():
    node = parse_expression("  f'ab{x}'")
    assert node.parts[1].value.span == Span(1, 8, 1, 9)


def test_displays_and_comprehensions():
    assert parse_expression("[1, *a]") == A.List([C(1), A.Starred(N("a"))])
    assert parse_expression("(1,)") == A.Tuple([C(1)])
    assert parse_expression("()") == A.Tuple([])
    assert parse_expression("(1)") == C(1)
    assert parse_expression("{}") == A.Dict([], [])
    assert parse_expression("{1}") == A.Set([C(1)])
    assert parse_expression("{'a': 1, **d}") == A.Dict([C("a"), None], [C(1), N("d")])
    comp = parse_expression("[x for x in xs if x for y in ys]")
    assert comp == A.ListComp(N("x"), [A.Comprehension(N("x"), N("xs"), [N("x")]),
                                       A.Comprehension(N("y"), N("ys"), [])])
    gen = parse_expression("sum(x*x for x in xs)")
    assert isinstance(gen.args[0], A.GeneratorExp)
    assert isinstance(parse_expression("{k: v for k, v in d}"), A.DictComp)
    assert isinstance(parse_expression("{k for k in d}"), A.SetComp)


def test_calls():
    node = parse_expression("f(a, *b, k=1, **kw)")
    assert node == A.Call(N("f"), [N("a"), A.Starred(N("b"))],
                          [A.Keyword("k", C(1)), A.Keyword(None, N("kw"))])


def test_subscripts_and_slices():
    S = A.Slice
    assert parse_expression("x[0]") == A.Subscript(N("x"), C(0))
    assert parse_expression("x[:, 1]") == A.Subscript(N("x"), A.Tuple([S(None, None, None), C(1)]))
    assert parse_expression("x[1:3:2]") == A.Subscript(N("x"), S(C(1), C(3), C(2)))
    assert parse_expression("x[::2]") == A.Subscript(N("x"), S(None, None, C(2)))
    assert parse_expression("x[..., None]") == A.Subscript(N("x"), A.Tuple([C(...), C(None)]))
    assert parse_expression("x[1,]") == A.Subscript(N("x"), A.Tuple([C(1)]))
    assert parse_expression("x[m]") == A.Subscript(N("x"), N("m"))


def test_assignments():
    assert stmt("a, b = 1, 2") == A.Assign([A.Tuple([N("a"), N("b")])], A.Tuple([C(1), C(2)]))
    assert stmt("a = b = 3") == A.Assign([N("a"), N("b")], C(3))
    assert stmt("x[i] = v") == A.Assign([A.Subscript(N("x"), N("i"))], N("v"))
    assert stmt("x.data *= 100") == A.AugAssign(A.Attribute(N("x"), "data"), "*", C(100))
    assert stmt("x @= y") == A.AugAssign(N("x"), "@", N("y"))
    assert stmt("a, *b = c") == A.Assign([A.Tuple([N("a"), A.Starred(N("b"))])], N("c"))
    assert stmt("x: int = 1") == A.AnnAssign(N("x"), C(1))


def test_compound_statements():
    node = stmt("if a:\n    pass\nelif b:\n    x = 1\nelse:\n    pass\n")
    assert node == A.If(N("a"), [A.Pass()],
                        [A.If(N("b"), [A.Assign([N("x")], C(1))], [A.Pass()])])
    node = stmt("for i, v in enumerate(xs):\n    break\nelse:\n    continue\n")
    assert node.target == A.Tuple([N("i"), N("v")]) and node.orelse == [A.Continue()]
    node = stmt("while x:\n    pass\nelse:\n    pass\n")
    assert node == A.While(N("x"), [A.Pass()], [A.Pass()])
    node = stmt("with a as b, c:\n    pass\n")
    assert node == A.With([(N("a"), N("b")), (N("c"), None)], [A.Pass()])
    node = stmt("try:\n    pass\nexcept (A, B) as e:\n    raise\nexcept:\n    pass\n"
                "else:\n    pass\nfinally:\n    del x, y[0]\n")
    assert node.handlers[0] == A.ExceptHandler(A.Tuple([N("A"), N("B")]), "e", [A.Raise(None, None)])
    assert node.handlers[1].type is None
    assert node.finalbody == [A.Delete([N("x"), A.Subscript(N("y"), C(0))])]


def test_functions():
    node = stmt("@torch.no_grad()\ndef f(a, b=2, *args, c, d=4, **kw) -> int:\n    return a\n")
    assert node.name == "f"
    assert node.params == A.Params(0, ["a", "b"], [C(2)], "args", ["c", "d"], {"d": C(4)}, "kw")
    assert node.decorators == [A.Call(A.Attribute(N("torch"), "no_grad"), [], [])]
    assert node.body == [A.Return(N("a"))]
    assert stmt("def g(x, /, y): pass").params.posonly == 1


def test_simple_statements():
    assert stmt("import torch.nn.functional as F") == A.Import([("torch.nn.functional", "F")])
    assert stmt("from torch import nn, autograd as ag") == \
        A.ImportFrom("torch", [("nn", None), ("autograd", "ag")])
    assert stmt("from math import *") == A.ImportFrom("math", None)
    assert stmt("global a, b") == A.Global(["a", "b"])
    assert stmt("nonlocal a") == A.Nonlocal(["a"])
    assert stmt("assert x, 'm'") == A.Assert(N("x"), C("m"))
    assert stmt("raise E from None") == A.Raise(N("E"), C(None))
    assert stmt("return") == A.Return(None)


def test_blank_lines_comments_continuations():
    src = "# 中文注释\n\nx = (1 +\n  2)  # 注释\n\ny = 1 + \\\n    2\n   # indented comment\nz = [\n1,\n]\n"
    body = parse(src).body
    assert [type(s) for s in body] == [A.Assign] * 3


def test_spans():
    node = stmt("y = x.backward()\n")
    assert node.span == Span(1, 1, 1, 17)
    assert node.value.span == Span(1, 5, 1, 17)


@pytest.mark.parametrize("src,message", [
    ("class A(metaclass=M):\n    pass",
     "keyword arguments in a class definition (metaclass=...) are not supported"),
    ("class A(*bases):\n    pass", "'*' in a class's bases is not supported"),
    ("def f():\n    yield 1", "'yield' (generators) is not supported"),
    ("x.__class__", "access to dunder name '__class__' is not allowed"),
    ("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
    ("f(x=1, 2)", "positional argument follows keyword argument"),
    ("def f(a=1, b): pass", "non-default argument follows default argument"),
    ("def f(a, a): pass", "duplicate argument 'a' in function definition"),
])
def test_rejected(src, message):
    with pytest.raises(ScriptSyntaxError) as info:
        parse(src)
    assert info.value.message == message


def test_deep_nesting_is_a_clean_error():
    for src in ["(" * 10000 + "1" + ")" * 10000, "-" * 10000 + "x", "x" + ".a" * 5000,
                "[" * 199 + "]" * 199 + "\n" + "a**" * 3000 + "a"]:
        with pytest.raises(ScriptSyntaxError):
            parse(src)
