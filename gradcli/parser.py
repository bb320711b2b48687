"""Build the Lark parser once (cached on disk) and turn Lark errors into ours.

Public entry points:

* :func:`parse_tree` -- source text to a Lark tree (``file_input``).
* :func:`parse_expression_tree` -- an expression (used for f-string fields).
* :func:`get_parser` -- the shared ``lark.Lark`` instance.

Every failure comes out as :class:`gradcli.errors.ScriptSyntaxError` with a span
and a message in Python's words where possible.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

import lark
from lark import Lark, Token
from lark.exceptions import (UnexpectedCharacters, UnexpectedEOF, UnexpectedInput,
                             UnexpectedToken)
from lark.indenter import Indenter

from gradcli.errors import (ScriptIndentationError, ScriptSyntaxError, ScriptTabError,
                            Span)
from gradcli.script_classes import METHOD_DUNDERS

#: Brackets nested deeper than this are rejected (CPython's tokenizer uses 200).
MAX_BRACKET_DEPTH = 200
#: Indentation deeper than this is rejected (CPython allows 100 levels).
MAX_INDENT_DEPTH = 100

#: The only dunder names a script may spell: ``if __name__ == "__main__":``,
#: ``from __future__ import ...``, ``torch.__version__`` and the special methods above.
ALLOWED_DUNDERS = frozenset({"__name__", "__future__", "__version__"}) | METHOD_DUNDERS

_UNSUPPORTED_WORDS = {
    "yield": "'yield' (generators) is not supported",
    "async": "'async' is not supported",
    "await": "'await' is not supported",
}
_BRACKET_PAIRS = {"RPAR": "LPAR", "RSQB": "LSQB", "RBRACE": "LBRACE"}
_BRACKET_TEXT = {"LPAR": "(", "LSQB": "[", "LBRACE": "{", "RPAR": ")", "RSQB": "]",
                 "RBRACE": "}"}


def _token_span(tok: Token) -> Span:
    line = tok.line or 1
    column = tok.column or 1
    end_line = tok.end_line or line
    end_column = tok.end_column or column + 1
    if end_line == line and end_column <= column:
        end_column = column + 1
    return Span(line, column, end_line, end_column)


class ScriptIndenter(Indenter):
    """Python-style INDENT/DEDENT tokens, with positions and bracket checks.

    Lark's stock Indenter raises a position-less ``DedentError`` and only counts
    brackets; this one remembers the open bracket tokens so errors can point at
    them ("'(' was never closed") and limits the nesting depth.
    """

    NL_type = "_NEWLINE"
    OPEN_PAREN_types = ["LPAR", "LSQB", "LBRACE"]
    CLOSE_PAREN_types = ["RPAR", "RSQB", "RBRACE"]
    INDENT_type = "_INDENT"
    DEDENT_type = "_DEDENT"
    tab_len = 8

    def __init__(self) -> None:
        super().__init__()
        self.open_brackets: list[Token] = []

    def process(self, stream):
        self.paren_level = 0
        self.indent_level = [0]
        self.alt_level = [0]    # the same levels with a tab counted as one column
        self.open_brackets = []
        return self._process(stream)

    def _indent_token(self, kind: str, nl: Token, indent_str: str) -> Token:
        line = nl.end_line or nl.line
        col = len(indent_str) + 1
        return Token(kind, indent_str, nl.end_pos, line, col, line, col + 1, nl.end_pos)

    def _handle_newline(self, nl: Token):
        yield nl
        indent_str = nl.value.rsplit("\n", 1)[1]
        width = 0
        for ch in indent_str:
            width = (width // self.tab_len + 1) * self.tab_len if ch == "\t" else width + 1
        alt = len(indent_str)
        if width > self.indent_level[-1]:
            if len(self.indent_level) > MAX_INDENT_DEPTH:
                raise ScriptIndentationError("too many levels of indentation",
                                        Span(nl.end_line or 1, 1))
            if alt <= self.alt_level[-1]:
                raise self._tab_error(nl, indent_str)
            self.indent_level.append(width)
            self.alt_level.append(alt)
            yield self._indent_token(self.INDENT_type, nl, indent_str)
            return
        while width < self.indent_level[-1]:
            self.indent_level.pop()
            self.alt_level.pop()
            yield self._indent_token(self.DEDENT_type, nl, indent_str)
        if width == self.indent_level[-1] and alt != self.alt_level[-1]:
            raise self._tab_error(nl, indent_str)
        if width != self.indent_level[-1]:
            line = nl.end_line or 1
            raise ScriptIndentationError(
                "unindent does not match any outer indentation level",
                Span(line, len(indent_str) + 1))

    @staticmethod
    def _tab_error(nl: Token, indent_str: str) -> ScriptTabError:
        """Python's TabError: the block structure would change with another tab size."""
        return ScriptTabError("inconsistent use of tabs and spaces in indentation",
                              Span(nl.end_line or 1, len(indent_str) + 1))

    def _process(self, stream):
        last = None
        for tok in stream:
            last = tok
            kind = tok.type
            if kind == self.NL_type:
                if not self.open_brackets:
                    yield from self._handle_newline(tok)
                continue
            if kind in _BRACKET_TEXT:
                if kind in _BRACKET_PAIRS:
                    self._close(tok)
                else:
                    if len(self.open_brackets) >= MAX_BRACKET_DEPTH:
                        raise ScriptSyntaxError("too many nested parentheses",
                                                _token_span(tok))
                    self.open_brackets.append(tok)
                self.paren_level = len(self.open_brackets)
            yield tok
        while len(self.indent_level) > 1:
            self.indent_level.pop()
            if last is not None:
                yield Token.new_borrow_pos(self.DEDENT_type, "", last)
            else:
                yield Token(self.DEDENT_type, "", 0, 1, 1, 1, 1, 0)

    def _close(self, tok: Token) -> None:
        if not self.open_brackets:
            raise ScriptSyntaxError(f"unmatched '{tok.value}'", _token_span(tok))
        opener = self.open_brackets.pop()
        if _BRACKET_PAIRS[tok.type] != opener.type:
            message = (f"closing parenthesis '{tok.value}' does not match opening "
                       f"parenthesis '{opener.value}'")
            if opener.line != tok.line:
                message += f" on line {opener.line}"
            raise ScriptSyntaxError(message, _token_span(tok))


def _check_name(tok: Token) -> Token:
    """Lexer callback for NAME: reject unsupported keywords and dunder names."""
    text = tok.value
    if text in _UNSUPPORTED_WORDS:
        raise ScriptSyntaxError(_UNSUPPORTED_WORDS[text], _token_span(tok))
    if text.startswith("__") and text.endswith("__") and len(text) > 4 \
            and text not in ALLOWED_DUNDERS:
        raise ScriptSyntaxError(f"access to dunder name '{text}' is not allowed",
                                _token_span(tok))
    return tok


# ---------------------------------------------------------------- building

def grammar_text() -> str:
    """The grammar source, from the installed package or the source tree."""
    try:
        from importlib.resources import files
        return files("gradcli.grammar").joinpath("gradcli.lark").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        here = Path(__file__).resolve().parent.parent / "grammar" / "gradcli.lark"
        return here.read_text("utf-8")


def _cache_path(text: str) -> str | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"grammar-{digest}-lark{lark.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    folder = os.path.join(base, "gradcli")
    try:
        os.makedirs(folder, exist_ok=True)
        if not os.access(folder, os.W_OK):
            return None
    except OSError:
        return None
    return os.path.join(folder, name)


_PARSER: Lark | None = None
_INDENTER: ScriptIndenter | None = None


def get_parser() -> Lark:
    """The shared parser, built on first use (from the disk cache when possible)."""
    global _PARSER, _INDENTER
    if _PARSER is None:
        text = grammar_text()
        _INDENTER = ScriptIndenter()
        options = dict(parser="lalr", lexer="contextual", postlex=_INDENTER,
                       propagate_positions=True, maybe_placeholders=True,
                       start=["file_input", "expr_input"],
                       lexer_callbacks={"NAME": _check_name})
        path = _cache_path(text)
        try:
            _PARSER = Lark(text, cache=path or False, **options)
        except (OSError, EOFError):
            _PARSER = Lark(text, **options)
    return _PARSER


# ---------------------------------------------------------------- parsing

def parse_tree(source: str) -> lark.Tree:
    """Parse a whole script; raise ScriptSyntaxError on any error."""
    if not source.endswith("\n"):
        source += "\n"
    nul = source.find("\x00")
    if nul >= 0:
        line = source.count("\n", 0, nul) + 1
        col = nul - (source.rfind("\n", 0, nul) + 1) + 1
        raise ScriptSyntaxError("source code cannot contain null bytes", Span(line, col))
    _check_first_indent(source)
    return _parse(source, "file_input")


def _check_first_indent(source: str) -> None:
    """The indenter only sees indentation after a newline; check line one's."""
    for number, line in enumerate(source.split("\n"), start=1):
        body = line.lstrip(" \t\f")
        if not body or body.startswith("#") or body == "\r":
            continue
        if body != line:
            raise ScriptIndentationError("unexpected indent",
                                         Span(number, len(line) - len(body) + 1))
        return


def parse_expression_tree(text: str) -> lark.Tree:
    """Parse one expression (an f-string field); raise ScriptSyntaxError."""
    return _parse(text + "\n", "expr_input")


def _parse(source: str, start: str) -> lark.Tree:
    parser = get_parser()
    try:
        return parser.parse(source, start=start)
    except ScriptSyntaxError:
        raise
    except UnexpectedInput as err:
        raise _convert(err, source) from None
    except RecursionError:
        raise ScriptSyntaxError("too many nested expressions", Span(1, 1)) from None


def _convert(err: UnexpectedInput, source: str) -> ScriptSyntaxError:
    """Map a Lark error to a ScriptSyntaxError with Python's wording."""
    open_brackets = _INDENTER.open_brackets if _INDENTER is not None else []
    if isinstance(err, UnexpectedCharacters):
        return _bad_character(err, source)
    if isinstance(err, UnexpectedEOF) or (
            isinstance(err, UnexpectedToken) and err.token.type == "$END"):
        if open_brackets:
            opener = open_brackets[-1]
            return ScriptSyntaxError(f"'{opener.value}' was never closed",
                                     _token_span(opener))
        line = source.count("\n") or 1
        return ScriptSyntaxError("unexpected EOF while parsing", Span(line, 1))
    assert isinstance(err, UnexpectedToken)
    tok = err.token
    if open_brackets:
        unclosed = _still_open(open_brackets, source, tok.end_pos or tok.start_pos or 0)
        if unclosed is not None:
            return ScriptSyntaxError(f"'{unclosed.value}' was never closed",
                                     _token_span(unclosed))
    try:
        expected = set(err.interactive_parser.accepts())
    except Exception:  # noqa: BLE001 - fall back to Lark's own (coarser) set
        expected = set(err.expected)
    span = _token_span(tok)
    if tok.type == "_INDENT":
        return ScriptIndentationError("unexpected indent", span)
    if "_INDENT" in expected:
        return ScriptIndentationError("expected an indented block", span)
    if tok.type == "_DEDENT":
        return ScriptSyntaxError("invalid syntax", span)
    if "COLON" in expected and tok.type in ("_NEWLINE", "_INDENT"):
        return ScriptSyntaxError("expected ':'", _newline_span(tok, source))
    if open_brackets and "COMMA" in expected and tok.type in _ATOM_TOKENS:
        return ScriptSyntaxError("invalid syntax. Perhaps you forgot a comma?", span)
    if tok.type == "_NEWLINE":
        if open_brackets:
            opener = open_brackets[-1]
            return ScriptSyntaxError(f"'{opener.value}' was never closed",
                                     _token_span(opener))
        return ScriptSyntaxError("invalid syntax", _newline_span(tok, source))
    return ScriptSyntaxError("invalid syntax", span)


_ATOM_TOKENS = {"NAME", "DEC_NUMBER", "HEX_NUMBER", "OCT_NUMBER", "BIN_NUMBER",
                "FLOAT_NUMBER", "IMAG_NUMBER", "STRING", "NONE", "TRUE", "FALSE"}
# Strings and comments, skipped when counting brackets in the unparsed rest.
_STRING_OR_COMMENT = re.compile(
    r"#[^\n]*"
    r"|'''[\s\S]*?'''" r'|"""[\s\S]*?"""'
    r"|'(?:[^'\\\n]|\\.)*'" r'|"(?:[^"\\\n]|\\.)*"')


def _still_open(open_brackets: list, source: str, pos: int):
    """The innermost of ``open_brackets`` that the rest of the text never closes."""
    stack = list(open_brackets)
    rest = _STRING_OR_COMMENT.sub("", source[pos:])
    for ch in rest:
        if ch in "([{":
            stack.append(None)
        elif ch in ")]}" and stack:
            stack.pop()
    remaining = [t for t in stack if t is not None]
    return remaining[-1] if remaining else None


def _newline_span(tok: Token, source: str) -> Span:
    """Point at the end of the line a NEWLINE token ends (or at its comment)."""
    return Span(tok.line or 1, tok.column or 1)


def _bad_character(err: UnexpectedCharacters, source: str) -> ScriptSyntaxError:
    pos = err.pos_in_stream
    ch = source[pos] if 0 <= pos < len(source) else ""
    span = Span(err.line, err.column)
    rest = source[pos:]
    stripped = rest.lstrip("rRfFuUbB")
    if ch in ("'", '"') and source[max(pos - 2, 0):pos] == ch * 2:
        # the lexer took the first two quotes of an open triple quote as ''
        pos -= 2
        span = Span(err.line, err.column - 2)
        rest = source[pos:]
        stripped = rest
    if stripped[:1] in ("'", '"') and len(rest) - len(stripped) <= 2:
        last_line = source.count("\n") + (0 if source.endswith("\n") else 1)
        if stripped[:3] in ("'''", '"""'):
            return ScriptSyntaxError(
                f"unterminated triple-quoted string literal (detected at line {last_line})",
                span)
        return ScriptSyntaxError(
            f"unterminated string literal (detected at line {err.line})", span)
    if ch == "\\":
        return ScriptSyntaxError("unexpected character after line continuation character",
                                 span)
    if ch and not ch.isascii():
        return ScriptSyntaxError(f"invalid character '{ch}' (U+{ord(ch):04X})", span)
    return ScriptSyntaxError("invalid syntax", span)
