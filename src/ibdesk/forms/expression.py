"""Expression language for conditions and constraints: tokenizer, parser, AST.

Hand-written on purpose: expressions come from definition files and must never
reach Python (no eval/exec/compile, no attribute access, no subscripts). The
parser only produces the node types below, and only calls to known functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

#: name -> (min args, max args); implementations live in evaluator.py.
FUNCTIONS: dict[str, tuple[int, int]] = {
    "today": (0, 0),
    "date": (1, 1),
    "len": (1, 1),
    "filled": (1, 1),
    "empty": (1, 1),
    "matches": (2, 2),
    "days_between": (2, 2),
    "add_days": (2, 2),
    "age": (1, 1),
}
SIGNATURES: dict[str, str] = {
    "today": "today()",
    "date": "date('YYYY-MM-DD')",
    "len": "len(x)",
    "filled": "filled(x)",
    "empty": "empty(x)",
    "matches": "matches(x, 'regex')",
    "days_between": "days_between(a, b)",
    "add_days": "add_days(date, n)",
    "age": "age(birthdate)",
}
KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})
COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">=", "in"})
MAX_DEPTH = 100
MAX_NUMBER_DIGITS = 18
_NAME_START = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHARS = _NAME_START | set("0123456789")
_DIGITS = set("0123456789")
_TWO_CHAR_OPS = ("==", "!=", "<=", ">=")
_ONE_CHAR_OPS = "<>+-(),"


class ExpressionSyntaxError(ValueError):
    """Any problem found while parsing; ``position`` is a 0-based offset."""

    code = "E201"

    def __init__(self, message: str, position: int, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.position = position
        self.hint = hint or "see 'Expressions' in forms/README.md"


class UnknownFunctionError(ExpressionSyntaxError):
    code = "E202"


class ArityError(ExpressionSyntaxError):
    code = "E203"


# ---------------------------------------------------------------- AST nodes


@dataclass(frozen=True)
class Literal:
    value: object
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Name:
    name: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "not"
    operand: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Binary:
    op: str  # "+", "-", comparisons, "in", "and", "or"
    left: Node
    right: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


Node = Literal | Name | Unary | Binary | Call


# ---------------------------------------------------------------- tokenizer


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "str", "name", "kw", "op", "end"
    text: str
    pos: int
    value: object = None


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens; raise ExpressionSyntaxError on bad input."""
    tokens: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch in " \t\r\n":
            i += 1
        elif ch in _DIGITS:
            i = _number(source, i, tokens)
        elif ch in "'\"":
            i = _string(source, i, tokens)
        elif ch in _NAME_START:
            j = i
            while j < n and source[j] in _NAME_CHARS:
                j += 1
            word = source[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, i))
            i = j
        elif source.startswith(_TWO_CHAR_OPS, i):
            tokens.append(Token("op", source[i : i + 2], i))
            i += 2
        elif ch in _ONE_CHAR_OPS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise _bad_char(ch, i)
    tokens.append(Token("end", "", n))
    return tokens


def _bad_char(ch: str, pos: int) -> ExpressionSyntaxError:
    hints = {
        "=": "compare with '=='",
        ".": "attribute access is not supported; use a field id or a function",
        "[": "indexing is not supported; use len(x) or 'x' in list",
        "&": "use 'and'",
        "|": "use 'or'",
        "!": "use 'not' or '!='",
    }
    hint = hints.get(ch, "operators are: or and not == != < <= > >= in + - ( )")
    return ExpressionSyntaxError(f"unexpected character {ch!r}", pos, hint)


def _number(source: str, i: int, tokens: list[Token]) -> int:
    j = i
    while j < len(source) and source[j] in _DIGITS:
        j += 1
    is_float = j + 1 < len(source) and source[j] == "." and source[j + 1] in _DIGITS
    if is_float:
        j += 1
        while j < len(source) and source[j] in _DIGITS:
            j += 1
    text = source[i:j]
    if len(text) > MAX_NUMBER_DIGITS:
        raise ExpressionSyntaxError("number is too long", i)
    if j < len(source) and source[j] in _NAME_CHARS:
        raise ExpressionSyntaxError(f"invalid number {source[i : j + 1]!r}", i)
    tokens.append(Token("num", text, i, float(text) if is_float else int(text)))
    return j


def _string(source: str, i: int, tokens: list[Token]) -> int:
    """Quoted string; backslash escapes only a quote or a backslash."""
    quote, j, out = source[i], i + 1, []
    while j < len(source):
        ch = source[j]
        if ch == "\\" and j + 1 < len(source) and source[j + 1] in "\\'\"":
            out.append(source[j + 1])
            j += 2
        elif ch == quote:
            tokens.append(Token("str", source[i : j + 1], i, "".join(out)))
            return j + 1
        else:
            out.append(ch)
            j += 1
    raise ExpressionSyntaxError("text is not closed", i, f"add the closing {quote}")


# ---------------------------------------------------------------- parser


class _Parser:
    """Recursive descent; precedence low→high: or, and, not, comparison, + -, unary -."""

    def __init__(self, source: str):
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at(self, kind: str, *texts: str) -> bool:
        return self.tok.kind == kind and (not texts or self.tok.text in texts)

    def expect_op(self, text: str, hint: str = "") -> Token:
        if not self.at("op", text):
            raise self.error(f"expected {text!r}", hint)
        return self.take()

    def error(self, message: str, hint: str = "") -> ExpressionSyntaxError:
        found = "end of expression" if self.tok.kind == "end" else repr(self.tok.text)
        return ExpressionSyntaxError(f"{message}, found {found}", self.tok.pos, hint)

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionSyntaxError("expression is nested too deeply", self.tok.pos)

    def parse(self) -> Node:
        if self.at("end"):
            raise ExpressionSyntaxError("empty expression", 0, "write a condition")
        node = self.or_expr()
        if not self.at("end"):
            raise self.error("unexpected token", "join conditions with 'and' / 'or'")
        return node

    def or_expr(self) -> Node:
        return self._chain("or", self.and_expr)

    def and_expr(self) -> Node:
        return self._chain("and", self.not_expr)

    def _chain(self, word: str, operand) -> Node:
        node, start = operand(), self.depth
        while self.at("kw", word):
            pos = self.take().pos
            self.nest()  # left-deep trees count as nesting for the evaluator
            node = Binary(word, node, operand(), pos)
        self.depth = start
        return node

    def not_expr(self) -> Node:
        if self.at("kw", "not"):
            pos = self.take().pos
            self.nest()
            node = Unary("not", self.not_expr(), pos)
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        left = self.additive()
        if not self._at_comparison():
            return left
        op = self.take()
        node = Binary(op.text, left, self.additive(), op.pos)
        if self._at_comparison():
            raise self.error("comparisons cannot be chained", "use 'a < b and b < c'")
        return node

    def _at_comparison(self) -> bool:
        return self.tok.text in COMPARISONS and self.tok.kind in ("op", "kw")

    def additive(self) -> Node:
        node, start = self.unary(), self.depth
        while self.at("op", "+", "-"):
            op = self.take()
            self.nest()
            node = Binary(op.text, node, self.unary(), op.pos)
        self.depth = start
        return node

    def unary(self) -> Node:
        if self.at("op", "-"):
            pos = self.take().pos
            self.nest()
            node = Unary("-", self.unary(), pos)
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        tok = self.tok
        if tok.kind in ("num", "str"):
            self.take()
            return Literal(tok.value, tok.pos)
        if tok.kind == "kw" and tok.text in ("true", "false", "null"):
            self.take()
            return Literal({"true": True, "false": False, "null": None}[tok.text], tok.pos)
        if tok.kind == "name":
            self.take()
            return self.call(tok) if self.at("op", "(") else Name(tok.text, tok.pos)
        if self.at("op", "("):
            self.take()
            self.nest()
            node = self.or_expr()
            self.depth -= 1
            self.expect_op(")", "close the parenthesis")
            return node
        raise self.error("expected a value, field id or '('")

    def call(self, name: Token) -> Call:
        if name.text not in FUNCTIONS:
            raise UnknownFunctionError(
                f"unknown function {name.text!r}", name.pos, "use one of: " + ", ".join(f"{f}()" for f in FUNCTIONS)
            )
        self.take()  # "("
        self.nest()
        args: list[Node] = []
        if not self.at("op", ")"):
            args.append(self.or_expr())
            while self.at("op", ","):
                self.take()
                args.append(self.or_expr())
        self.expect_op(")", "separate arguments with ',' and close with ')'")
        self.depth -= 1
        low, high = FUNCTIONS[name.text]
        if not low <= len(args) <= high:
            raise ArityError(
                f"{name.text}() takes {low} argument{'s' if low != 1 else ''}, got {len(args)}",
                name.pos,
                f"write it as {SIGNATURES[name.text]}",
            )
        return Call(name.text, tuple(args), name.pos)


@lru_cache(maxsize=4096)
def parse(source: str) -> Node:
    """Parse an expression (cached: ASTs are immutable and shared)."""
    if not isinstance(source, str):
        raise ExpressionSyntaxError("expression must be text", 0)
    return _Parser(source).parse()


def walk(node: Node):
    """Yield every node of the tree, depth first."""
    stack = [node]
    while stack:
        cur = stack.pop()
        yield cur
        if isinstance(cur, Unary):
            stack.append(cur.operand)
        elif isinstance(cur, Binary):
            stack.extend((cur.right, cur.left))
        elif isinstance(cur, Call):
            stack.extend(reversed(cur.args))


def references(expr: str | Node) -> set[str]:
    """Field names referred to (``value`` included when used)."""
    node = parse(expr) if isinstance(expr, str) else expr
    return {n.name for n in walk(node) if isinstance(n, Name)}


def name_nodes(expr: str | Node) -> list[Name]:
    node = parse(expr) if isinstance(expr, str) else expr
    return [n for n in walk(node) if isinstance(n, Name)]


def to_source(node: Node) -> str:
    """Render an AST back to text (fully parenthesised); parse(to_source(n)) == n."""
    if isinstance(node, Literal):
        return _literal_source(node.value)
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Unary):
        sep = " " if node.op == "not" else ""
        return f"({node.op}{sep}{to_source(node.operand)})"
    if isinstance(node, Binary):
        return f"({to_source(node.left)} {node.op} {to_source(node.right)})"
    return f"{node.name}({', '.join(to_source(a) for a in node.args)})"


def _literal_source(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return repr(value)
