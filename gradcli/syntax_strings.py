"""String literals: escape decoding and f-string splitting.

An f-string body is split into literal text and fields; each field's
expression is parsed with the expression start rule and converted by a fresh
builder whose positions are shifted to where the field sits in the file.
"""

from __future__ import annotations

import re
import unicodedata

from lark import Token, Tree

from gradcli.errors import ScriptSyntaxError, Span
from gradcli.parser import parse_expression_tree



def _nodes():
    """The AST module (imported late: gradcli.syntax imports this module)."""
    from gradcli import syntax
    return syntax

_ESCAPE_RE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}"
                        r"|[0-7]{1,3}|[\s\S])")
_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b",
                   "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def string_parts(builder, tok: Token) -> list:
    """The decoded pieces of one string token (text, or f-string fields)."""
    text = str(tok)
    i = 0
    while text[i] not in "'\"":
        i += 1
    prefix = text[:i].lower()
    quote = 3 if text[i:i + 3] in ('"""', "'''") else 1
    body_start = i + quote
    body = text[body_start:len(text) - quote]
    raw = "r" in prefix
    if "f" not in prefix:
        return [body if raw else builder.unescape(body, tok)]
    return _FStringReader(builder, tok, body, body_start, raw).read()


def unescape(body: str, error) -> str:
    """Decode backslash escapes; ``error(message)`` builds the exception to raise."""
    if "\\" not in body:
        return body

    def replace(match):
        esc = match.group(1)
        head = esc[0]
        if head in _SIMPLE_ESCAPES and len(esc) == 1:
            return _SIMPLE_ESCAPES[head]
        if head in "xuU" and len(esc) > 1:
            return chr(int(esc[1:], 16))
        if head == "N" and len(esc) > 1:
            try:
                return unicodedata.lookup(esc[2:-1])
            except KeyError:
                raise error("(unicode error) 'unicodeescape' codec can't decode "
                            "bytes: unknown Unicode character name") from None
        if head in "01234567":
            return chr(int(esc, 8))
        if head in "xuUN":
            raise error(f"(unicode error) 'unicodeescape' codec can't decode bytes: "
                        f"truncated \\{head} escape")
        return "\\" + esc
    return _ESCAPE_RE.sub(replace, body)


class _FStringReader:
    """Splits an f-string body into literal text and formatted fields."""

    def __init__(self, builder, tok: Token, body: str, offset: int, raw: bool):
        self.b, self.tok, self.body, self.offset, self.raw = builder, tok, body, offset, raw

    def read(self) -> list:
        parts, _ = self.read_until(0, nested=False)
        return parts

    def literal(self, text: str) -> str:
        return text if self.raw else self.b.unescape(text, self.tok)

    def read_until(self, pos: int, nested: bool):
        body, parts, buf = self.body, [], []
        while pos < len(body):
            ch = body[pos]
            if ch == "{":
                if body.startswith("{{", pos) and not nested:
                    buf.append("{")
                    pos += 2
                    continue
                if buf:
                    parts.append(self.literal("".join(buf)))
                    buf = []
                field, pos = self.read_field(pos + 1)
                parts.extend(field)
                continue
            if ch == "}":
                if nested:
                    break
                if body.startswith("}}", pos):
                    buf.append("}")
                    pos += 2
                    continue
                raise self.b.error("f-string: single '}' is not allowed", self.tok)
            buf.append(ch)
            pos += 1
        if buf:
            parts.append(self.literal("".join(buf)))
        return parts, pos

    def read_field(self, start: int):
        body = self.body
        depth, pos, quote = 0, start, None
        while pos < len(body):
            ch = body[pos]
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch in "([{":
                depth += 1
            elif ch in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and ch == "!" and body[pos + 1:pos + 2] != "=":
                break
            elif depth == 0 and ch == ":":
                break
            elif depth == 0 and ch == "=" and body[pos + 1:pos + 2] in ("}", "!", ":") \
                    and body[pos - 1:pos] not in ("=", "!", "<", ">"):
                break
            pos += 1
        text = body[start:pos]
        if pos >= len(body):
            raise self.b.error("f-string: expecting '}'", self.tok)
        if not text.strip():
            raise self.b.error("f-string: empty expression not allowed", self.tok)
        if "\\" in text:
            raise self.b.error("f-string expression part cannot include a backslash", self.tok)
        value = self.parse_field(text, start)
        prefix: list = []
        conversion = None
        if body[pos] == "=":
            prefix.append(text + "=")
            conversion = "r"
            pos += 1
        if body[pos] == "!":
            conversion = body[pos + 1:pos + 2]
            if conversion not in ("r", "s", "a"):
                raise self.b.error("f-string: invalid conversion character: expected 's', 'r', "
                                   "or 'a'", self.tok)
            pos += 2
        spec = None
        if pos < len(body) and body[pos] == ":":
            spec_parts, pos = self.read_until(pos + 1, nested=True)
            spec = _nodes().FString(spec_parts, span=value.span)
            if prefix and conversion == "r" and body[pos - 1:pos] != "!":
                conversion = None
        if pos >= len(body) or body[pos] != "}":
            raise self.b.error("f-string: expecting '}'", self.tok)
        return prefix + [_nodes().FormattedValue(value, conversion, spec, span=value.span)], pos + 1

    def parse_field(self, text: str, start: int) -> Expr:
        tok = self.tok
        before = str(tok)[:self.offset + start]
        line = (tok.line or 1) + before.count("\n")
        if "\n" in before:
            column = len(before) - before.rfind("\n")
        else:
            column = (tok.column or 1) + len(before)
        tree = parse_expression_tree_at(text, line, column)
        builder = type(self.b)(line - 1, column - 1)
        builder.depth = self.b.depth
        return builder.expr(tree.children[0])


def parse_expression_tree_at(text: str, line: int, column: int) -> Tree:
    """Parse an f-string field; shift error positions to where the field sits."""
    try:
        return parse_expression_tree(text)
    except ScriptSyntaxError as err:
        if err.span is not None:
            span = err.span
            col = span.column + (column - 1 if span.line == 1 else 0)
            err.span = Span(span.line + line - 1, col)
        err.message = f"f-string: {err.message}"
        err.args = (err.message,)
        raise
