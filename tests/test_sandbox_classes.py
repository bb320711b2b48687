"""Script classes stay inside the sandbox: escapes that classes could open are refused with
a positioned error, and special methods cannot smuggle huge sizes past the limits."""
from __future__ import annotations

import io

import pytest

from gradcli.runner import run_source

NET = ("import torch\nimport torch.nn as nn\nclass Net(nn.Module):\n"
       "    def __init__(self):\n        super().__init__()\n"
       "        self.fc = nn.Linear(2, 2)\n")

ESCAPES = [
    # special methods that would change attribute access, creation or finalisation
    ("class A:\n    def __getattr__(self, name):\n        return 1\n",
     "2:9: SyntaxError: access to dunder name '__getattr__' is not allowed"),
    ("class A:\n    def __getattribute__(self, name):\n        return 1\n",
     "2:9: SyntaxError: access to dunder name '__getattribute__' is not allowed"),
    ("class A:\n    def __del__(self):\n        pass\n",
     "2:9: SyntaxError: access to dunder name '__del__' is not allowed"),
    ("class A:\n    def __new__(cls):\n        pass\n",
     "2:9: SyntaxError: access to dunder name '__new__' is not allowed"),
    ("class A:\n    def __init_subclass__(cls):\n        pass\n",
     "2:9: SyntaxError: access to dunder name '__init_subclass__' is not allowed"),
    ("class A:\n    __slots__ = ()\n",
     "2:5: SyntaxError: access to dunder name '__slots__' is not allowed"),
    ("class A(metaclass=type):\n    pass\n",
     "1:9: SyntaxError: keyword arguments in a class definition (metaclass=...) are not "
     "supported"),
    # names gradcli's policy relies on
    ("class A:\n    _gradcli_script = False\n",
     "1:1: TypeError: class attribute name '_gradcli_script' is reserved by gradcli"),
    ("class A:\n    _script_attrs = frozenset({'x'})\n",
     "1:1: TypeError: class attribute name '_script_attrs' is reserved by gradcli"),
    ("class A:\n    pass\nA._script_settable = 1\n",
     "3:1: AttributeError: cannot set attribute '_script_settable' of class 'A' in scripts"),
    # bases outside the allowed set
    ("class A(int):\n    pass\n",
     "1:1: TypeError: gradcli: a script class can derive from object, torch.nn.Module, "
     "torch.autograd.Function, torch.utils.data.Dataset, an exception class or another "
     "script class, not from 'int'"),
    ("import torch\nclass T(torch.Tensor):\n    pass\n",
     "2:1: TypeError: gradcli: a script class can derive from object, torch.nn.Module, "
     "torch.autograd.Function, torch.utils.data.Dataset, an exception class or another "
     "script class, not from "
     "'Tensor'"),
    ("class A(dict):\n    pass\n",
     "1:1: TypeError: gradcli: a script class can derive from object, torch.nn.Module, "
     "torch.autograd.Function, torch.utils.data.Dataset, an exception class or another "
     "script class, not from 'dict'"),
    # engine internals of a base class stay private
    (NET + "n = Net()\nprint(n._params)\n",
     "8:7: AttributeError: 'Net' object has no attribute '_params'"),
    (NET + "n = Net()\nprint('{0._children}'.format(n))\n",
     "8:7: AttributeError: 'Net' object has no attribute '_children'"),
    (NET + "n = Net()\nn._params = {}\n",
     "8:1: AttributeError: cannot set attribute '_params' of 'Net' objects in scripts"),
    (NET + "print(Net._named)\n",
     "7:7: AttributeError: type object 'Net' has no attribute '_named'"),
    ("import torch\nclass F(torch.autograd.Function):\n    @staticmethod\n"
     "    def forward(ctx, x):\n        return ctx._saved\n"
     "F.apply(torch.ones(1))\n",
     "5:16: AttributeError: 'FunctionCtx' object has no attribute '_saved'"),
    # the class object and super() expose only what the script defined
    ("class A:\n    pass\nprint(A.mro)\n",
     "3:7: AttributeError: type object 'A' has no attribute 'mro'"),
    ("class A:\n    pass\nprint(type(A()).mro)\n",
     "3:7: AttributeError: type object 'A' has no attribute 'mro'"),
    ("class A:\n    pass\nprint(super(A, A()).__repr__)\n",
     "3:7: AttributeError: 'super' object has no attribute '__repr__'"),
    ("print(super(int, 5).bit_length)\n",
     "1:7: AttributeError: 'super' object has no attribute 'bit_length'"),
    ("print(object.__init__)\n",
     "1:7: AttributeError: access to attribute '__init__' is not allowed in scripts"),
    ("class A:\n    pass\nprint(A().__init__)\n",
     "3:7: AttributeError: 'A' object has no attribute '__init__'"),
    # special methods used as sizes are checked like ints
    ("class N:\n    def __index__(self):\n        return 10**12\nx = [0] * N()\n",
     "4:5: LimitExceeded: max-elements limit: the list would have 1_000_000_000_000 "
     "elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 "
     "means no limit)"),
    ("class N:\n    def __index__(self):\n        return 10**12\nx = 'ab'.ljust(N())\n",
     "4:5: LimitExceeded: max-elements limit: the string would have 1_000_000_000_000 "
     "elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 "
     "means no limit)"),
    ("import math\nclass N:\n    def __index__(self):\n        return 10**9\n"
     "x = math.factorial(N())\n",
     "5:5: LimitExceeded: int-size limit: math.factorial() of an argument larger than "
     "100_000 is refused (a fixed limit)"),
    ("class N:\n    def __index__(self):\n        return 10**12\nx = [1]\nx *= N()\n",
     "5:1: LimitExceeded: max-elements limit: the list would have 1_000_000_000_000 "
     "elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 "
     "means no limit)"),
]


@pytest.mark.parametrize("source,header", ESCAPES, ids=[str(i) for i in range(len(ESCAPES))])
def test_class_escape_is_refused(source, header):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source, "s.py", out, err)
    lines = err.getvalue().splitlines()
    assert code == 1, err.getvalue()
    assert lines[0] == "s.py:" + header
    assert "Traceback" not in err.getvalue()


def test_runaway_special_method_recursion_is_a_clean_error():
    src = "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n"
    out, err = io.StringIO(), io.StringIO()
    assert run_source(src, "s.py", out, err) == 1
    assert "RecursionError: maximum recursion depth exceeded" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_special_methods_run_as_metered_script_code():
    src = ("class Forever:\n    def __iter__(self):\n        return self\n"
           "    def __next__(self):\n        return 1\nfor x in Forever():\n    pass\n")
    from gradcli.limits import Limits, configure
    out, err = io.StringIO(), io.StringIO()
    configure(Limits(max_steps=10_000))
    try:
        assert run_source(src, "s.py", out, err) == 1
    finally:
        configure(Limits())
    assert "max-steps limit" in err.getvalue()
