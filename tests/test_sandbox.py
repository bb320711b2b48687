"""Sandbox escape attempts (modelled on known Python sandbox escapes): each must fail
with a clean diagnostic at the right place and exit status 1, never reach a Python object
outside the allow-lists.  See docs/language.md, "Limits and the sandbox"."""
import io
import subprocess
import sys

import pytest

from gradcli.runner import run_source

#: (script, expected "LINE:COL: Type: message" of the report)
ESCAPES = [
    ('import torch\nprint(torch.tensor.__globals__)',
     "2:20: SyntaxError: access to dunder name '__globals__' is not allowed"),
    ('import torch\ng = torch.tensor.func_globals',
     "2:5: AttributeError: 'function' object has no attribute 'func_globals'"),
    ('import torch\nprint(torch.Tensor.__init__)',
     "2:7: AttributeError: access to attribute '__init__' is not allowed in scripts"),
    ('import torch\nprint(torch.Tensor.mro())',
     "2:7: AttributeError: 'type' object has no attribute 'mro'"),
    ('import torch\nprint(torch.nn.Linear.forward)',
     "2:7: AttributeError: 'type' object has no attribute 'forward'"),
    ('import torch\nx = torch.ones(2)\nprint(x.add.__self__)',
     "3:13: SyntaxError: access to dunder name '__self__' is not allowed"),
    ('import torch\nx = torch.ones(2)\nf = x.add\nprint(f.im_self)',
     "4:7: AttributeError: 'method' object has no attribute 'im_self'"),
    ('import torch\nx = torch.ones(2)\nprint(x._data)',
     "3:7: AttributeError: 'Tensor' object has no attribute '_data'"),
    ('import torch\nx = torch.ones(2)\nprint(x.numpy().ctypes)',
     "3:7: AttributeError: 'ndarray' object has no attribute 'ctypes'"),
    ('import torch\nx = torch.ones(2)\nprint(x.numpy().tofile)',
     "3:7: AttributeError: 'ndarray' object has no attribute 'tofile'"),
    ('print(().__class__.__bases__[0].__subclasses__())',
     "1:10: SyntaxError: access to dunder name '__class__' is not allowed"),
    ('print(type(()).__bases__)',
     "1:16: SyntaxError: access to dunder name '__bases__' is not allowed"),
    ('print(type(type(1)))',
     '1:7: TypeError: type() of a class is not supported in scripts'),
    ('print(type(1).mro())',
     "1:7: AttributeError: 'type' object has no attribute 'mro'"),
    ('t = type(1)\nprint(t.from_bytes)',
     "2:7: AttributeError: 'type' object has no attribute 'from_bytes'"),
    ("print(getattr(1, 'real'))",
     "1:7: NameError: name 'getattr' is not defined"),
    ("setattr(print, 'x', 1)",
     "1:1: NameError: name 'setattr' is not defined"),
    ('print(globals())',
     "1:7: NameError: name 'globals' is not defined"),
    ('print(vars())',
     "1:7: NameError: name 'vars' is not defined"),
    ('print(locals())',
     "1:7: NameError: name 'locals' is not defined"),
    ('print(dir())',
     "1:7: NameError: name 'dir' is not defined"),
    ("__import__('os')",
     "1:1: SyntaxError: access to dunder name '__import__' is not allowed"),
    ('import os',
     "1:1: ImportError: import of 'os' is not supported (scripts may import torch, math and collections)"),
    ('import sys',
     "1:1: ImportError: import of 'sys' is not supported (scripts may import torch, math and collections)"),
    ('from subprocess import run',
     "1:1: ImportError: import of 'subprocess' is not supported (scripts may import torch, math and collections)"),
    ('import torch.utils.cpp_extension',
     "1:1: ModuleNotFoundError: No module named 'torch.utils.cpp_extension'"),
    ('from math import __loader__',
     "1:18: SyntaxError: access to dunder name '__loader__' is not allowed"),
    ("open('/etc/passwd')",
     "1:1: NameError: name 'open' is not defined"),
    ("eval('1+1')",
     "1:1: NameError: name 'eval' is not defined"),
    ("exec('x = 1')",
     "1:1: NameError: name 'exec' is not defined"),
    ("compile('1', 'f', 'eval')",
     "1:1: NameError: name 'compile' is not defined"),
    ('breakpoint()',
     "1:1: NameError: name 'breakpoint' is not defined"),
    ('input()',
     "1:1: NameError: name 'input' is not defined"),
    ('exit()',
     "1:1: NameError: name 'exit' is not defined"),
    ('f = lambda: 0\nprint(f.__code__)',
     "2:9: SyntaxError: access to dunder name '__code__' is not allowed"),
    ('f = lambda: 0\nprint(f.func_code)',
     "2:7: AttributeError: 'function' object has no attribute 'func_code'"),
    ('def f(): pass\nprint(f.__globals__)',
     "2:9: SyntaxError: access to dunder name '__globals__' is not allowed"),
    ('def f(): pass\nprint(f.__closure__)',
     "2:9: SyntaxError: access to dunder name '__closure__' is not allowed"),
    ('def f(): pass\nprint(f.__defaults__)',
     "2:9: SyntaxError: access to dunder name '__defaults__' is not allowed"),
    ('try:\n    1/0\nexcept Exception as e:\n    print(e.__traceback__)',
     "4:13: SyntaxError: access to dunder name '__traceback__' is not allowed"),
    ('try:\n    1/0\nexcept Exception as e:\n    print(e.with_traceback)',
     "4:11: AttributeError: 'ZeroDivisionError' object has no attribute 'with_traceback'"),
    ('try:\n    1/0\nexcept Exception as e:\n    print(e.args[0].__class__)',
     "4:21: SyntaxError: access to dunder name '__class__' is not allowed"),
    ("print('{0.__class__}'.format(1))",
     "1:7: AttributeError: access to attribute '__class__' is not allowed in scripts"),
    ("print('{0.__class__.__base__}'.format(1))",
     "1:7: AttributeError: access to attribute '__class__' is not allowed in scripts"),
    ("print('{x.real.__class__}'.format_map({'x': 1}))",
     "1:7: AttributeError: access to attribute '__class__' is not allowed in scripts"),
    ('print(f\'{1:{"x".__class__}}\')',
     "1:17: SyntaxError: f-string: access to dunder name '__class__' is not allowed"),
    ("print(dict(**{'__class__': 1}).__class__)",
     "1:32: SyntaxError: access to dunder name '__class__' is not allowed"),
    ("def f(**k): return k\nprint(f(**{'__class__': 1})['__class__'].__class__)",
     "2:42: SyntaxError: access to dunder name '__class__' is not allowed"),
    ('g = (i for i in range(3))\nprint(g.gi_frame)',
     "2:7: AttributeError: 'generator' object has no attribute 'gi_frame'"),
    ('g = (i for i in range(3))\nprint(g.gi_code)',
     "2:7: AttributeError: 'generator' object has no attribute 'gi_code'"),
    ('r = range(3)\nprint(r.__reduce__())',
     "2:9: SyntaxError: access to dunder name '__reduce__' is not allowed"),
    ('d = {1: 2}\nprint(d.keys().mapping)',
     "2:7: AttributeError: 'dict_keys' object has no attribute 'mapping'"),
    ('it = iter([1])\nprint(it.__setstate__)',
     "2:10: SyntaxError: access to dunder name '__setstate__' is not allowed"),
    ('print(iter([1]).__length_hint__())',
     "1:17: SyntaxError: access to dunder name '__length_hint__' is not allowed"),
    ('m = map(str, [1])\nprint(m.__reduce__)',
     "2:9: SyntaxError: access to dunder name '__reduce__' is not allowed"),
    ('import math\nprint(math.__spec__)',
     "2:12: SyntaxError: access to dunder name '__spec__' is not allowed"),
    ('import math\nprint(math.sys)',
     "2:7: AttributeError: module 'math' has no attribute 'sys'"),
    ('import torch\nprint(torch.np)',
     "2:7: AttributeError: module 'torch' has no attribute 'np'"),
    ('import torch\nprint(torch.os)',
     "2:7: AttributeError: module 'torch' has no attribute 'os'"),
    ('print(print.__self__)',
     "1:13: SyntaxError: access to dunder name '__self__' is not allowed"),
    ('print(len.__module__)',
     "1:11: SyntaxError: access to dunder name '__module__' is not allowed"),
    ('print(type.__subclasses__)',
     "1:12: SyntaxError: access to dunder name '__subclasses__' is not allowed"),
    ('print(isinstance.__call__)',
     "1:7: AttributeError: access to attribute '__call__' is not allowed in scripts"),
    ('x = 1\nx.__class__ = str',
     "2:3: SyntaxError: access to dunder name '__class__' is not allowed"),
    ('print(Exception.__subclasses__())',
     "1:17: SyntaxError: access to dunder name '__subclasses__' is not allowed"),
    ('print(ValueError.mro())',
     "1:7: AttributeError: 'type' object has no attribute 'mro'"),
    ('class A(type): pass',
     "1:1: TypeError: a class can only derive from classes, not from 'function' objects"),
    ('def g():\n    yield 1',
     "2:5: SyntaxError: 'yield' (generators) is not supported"),
    ('print(str.maketrans)',
     "1:7: AttributeError: 'type' object has no attribute 'maketrans'"),
    ("print(''.maketrans)",
     "1:7: AttributeError: 'str' object has no attribute 'maketrans'"),
    ("print(''.encode)",
     "1:7: AttributeError: 'str' object has no attribute 'encode'"),
    ('print([].__iter__)',
     "1:7: AttributeError: access to attribute '__iter__' is not allowed in scripts"),
    ('print(slice(1).__reduce_ex__)',
     "1:16: SyntaxError: access to dunder name '__reduce_ex__' is not allowed"),
    ('print(NotImplemented.__class__)',
     "1:22: SyntaxError: access to dunder name '__class__' is not allowed"),
    ('print(Ellipsis.__reduce__)',
     "1:16: SyntaxError: access to dunder name '__reduce__' is not allowed"),
    ('print(format.__self__)',
     "1:14: SyntaxError: access to dunder name '__self__' is not allowed"),
    ('print(sorted.__text_signature__)',
     "1:14: SyntaxError: access to dunder name '__text_signature__' is not allowed"),
    ('print((1).__sizeof__())',
     "1:11: SyntaxError: access to dunder name '__sizeof__' is not allowed"),
    ('print(type(print).__call__)',
     "1:7: AttributeError: access to attribute '__call__' is not allowed in scripts"),
    ('import torch\nprint(torch.Tensor.__name__.__class__)',
     "2:29: SyntaxError: access to dunder name '__class__' is not allowed"),
    ('import torch\nx = torch.ones(1)\nx.foo = 1',
     "3:1: AttributeError: 'Tensor' object has no attribute 'foo'"),
    ('import torch\nprint(torch.manual_seed.__wrapped__)',
     "2:25: SyntaxError: access to dunder name '__wrapped__' is not allowed"),
    ('import torch\nprint(torch.nn.functional.relu.__kwdefaults__)',
     "2:32: SyntaxError: access to dunder name '__kwdefaults__' is not allowed"),
    ('import torch\nx=torch.ones(1,requires_grad=True)\ny=(x*2).sum()\nprint(y.grad_fn.__class__)',
     "4:17: SyntaxError: access to dunder name '__class__' is not allowed"),
    ('import torch\nx=torch.ones(1,requires_grad=True)\ny=(x*2).sum()\nprint(y.grad_fn._saved_self)',
     "4:7: AttributeError: 'SumBackward0' object has no attribute '_saved_self'"),
    ('import torch\nx=torch.ones(1,requires_grad=True)\ny=(x*2).sum()\nprint(y.grad_fn.apply)',
     "4:7: AttributeError: 'SumBackward0' object has no attribute 'apply'"),
]


@pytest.mark.parametrize("source,header", ESCAPES, ids=[str(i) for i in range(len(ESCAPES))])
def test_escape_is_refused(source, header):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source + "\n", "s.py", out, err)
    lines = err.getvalue().splitlines()
    assert code == 1
    assert lines[0] == "s.py:" + header
    assert "Traceback" not in err.getvalue()
    assert len(lines) == 3 and lines[2].strip().startswith("^")   # source line + caret
    # the caret sits under the reported column
    line_no, col = (int(v) for v in header.split(":")[:2])
    shown = source.splitlines()[line_no - 1]
    assert lines[1] == "    " + shown
    assert lines[2].index("^") - 4 == col - 1


def test_at_least_forty_attempts():
    assert len(ESCAPES) >= 40


def test_no_dangerous_builtins():
    from gradcli.runtime import make_builtins
    table = make_builtins()
    for name in ("open", "eval", "exec", "compile", "getattr", "setattr", "delattr",
                 "globals", "locals", "vars", "dir", "__import__", "input", "breakpoint",
                 "exit", "quit", "help", "memoryview", "bytearray", "bytes", "id"):
        assert name not in table, name


def test_escape_via_cli_exit_code(tmp_path):
    script = tmp_path / "e.py"
    script.write_text("print('{0.__class__}'.format(1))\n")
    proc = subprocess.run([sys.executable, "-m", "gradcli", "run", "--no-hints", str(script)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"{script}:1:7: AttributeError: access to attribute "
                                  f"'__class__' is not allowed in scripts")


def test_hasattr_follows_the_sandbox_policy():
    import io

    from gradcli.runner import run_source
    out, err = io.StringIO(), io.StringIO()
    src = ("import torch\nt = torch.ones(2)\n"
           "print(hasattr(t, 'shape'), hasattr(t, '__class__'), hasattr(t, '_data'), "
           "hasattr(print, '__self__'), hasattr(t, 'nope'))\n")
    assert run_source(src, "h.py", out, err) == 0, err.getvalue()
    assert out.getvalue() == "True False False False False\n"
