"""CEL for ``x-kubernetes-validations``: Google's C++ CEL (cel-expr-python) plus the parts of the
Kubernetes CEL environment that CRD rules use.

Kubernetes additions provided here: the strings extension (``split`` and friends), optional syntax
(``?.``, ``orValue``), ``isURL``, and the API server's data conventions: property names that are
CEL keywords or contain ``.``, ``-``, ``/`` or ``__`` are escaped (``namespace`` is read as
``self.__namespace__``), ``format: duration`` strings are durations and ``format: date-time``
strings are timestamps (passed to CEL as protobuf well-known types, which it reads natively).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from cel_expr_python import cel
from cel_expr_python.ext import ext_optional, ext_strings
from google.protobuf import duration_pb2, timestamp_pb2

#: Identifiers CEL reserves; a property with one of these names is ``__<name>__`` in a rule.
CEL_RESERVED = frozenset(
    [
        *("true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if"),
        *("import", "let", "loop", "package", "namespace", "return", "var", "void", "while"),
    ]
)
_ESCAPES = (("__", "__underscores__"), (".", "__dot__"), ("-", "__dash__"), ("/", "__slash__"))
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: Go's time.ParseDuration grammar (what the API server accepts for ``format: duration``).
GO_DURATION = re.compile(r"^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def escape_property(name: str) -> str:
    """The name a CEL rule uses for the object property ``name``."""
    if name in CEL_RESERVED:
        return f"__{name}__"
    if _IDENTIFIER.match(name) and "__" not in name:
        return name
    for raw, escaped in _ESCAPES:
        name = name.replace(raw, escaped)
    return name


def parse_go_duration(text: str) -> datetime.timedelta | None:
    """A Go duration string as a timedelta, or None when it is not one."""
    if not isinstance(text, str) or not GO_DURATION.match(text):
        return None
    sign = -1 if text.startswith("-") else 1
    seconds = sum(float(n) * _UNIT_SECONDS[u] for n, u in _DURATION_PART.findall(text))
    if seconds > _INT64 / 1e9:
        return None  # Go: "invalid duration" (beyond time.Duration's int64 nanoseconds)
    return datetime.timedelta(seconds=sign * seconds)


#: kube-openapi's ``strfmt`` duration (what the API server's OpenAPI ``format: duration`` accepts when
#: Go's time.ParseDuration does not): number-unit pairs with optional spaces, units matched by name or
#: prefix (``10 seconds``, ``1 hour 2 minutes``, ``1d``, ``3 weeks``).
_STRFMT_DURATION = re.compile(r"^[\t\n\f\r ]*(?:[0-9]+[\t\n\f\r ]*[A-Za-zµ]+[\t\n\f\r ]*)+\Z")
_STRFMT_PART = re.compile(r"([0-9]+)[\t\n\f\r ]*([A-Za-zµ]+)")
#: (names, the last also matched as a prefix) -> nanoseconds, in strfmt's order.
_STRFMT_UNITS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("ns", "nano"), 1),
    (("us", "µs", "micro"), 1_000),
    (("ms", "milli"), 1_000_000),
    (("s", "sec"), 1_000_000_000),
    (("m", "min"), 60 * 1_000_000_000),
    (("h", "hr", "hour"), 3600 * 1_000_000_000),
    (("d", "day"), 86400 * 1_000_000_000),
    (("w", "wk", "week"), 7 * 86400 * 1_000_000_000),
)
_INT64 = 2**63


def parse_openapi_duration(text: str) -> datetime.timedelta | None:
    """A ``format: duration`` value as the API server reads it (kube-openapi ``strfmt.ParseDuration``:
    Go's time.ParseDuration first, then the unit-name forms), or None when it refuses it."""
    go = parse_go_duration(text)
    if go is not None or not isinstance(text, str) or not _STRFMT_DURATION.match(text):
        return go
    total, matched = 0, False
    for digits, unit_text in _STRFMT_PART.findall(text):
        factor = int(digits)
        if factor >= _INT64:
            return None  # strconv.Atoi fails
        unit = unit_text.lower()
        for names, nanoseconds in _STRFMT_UNITS:
            for index, name in enumerate(names):
                if (index == len(names) - 1 and unit.startswith(name)) or name.lower() == unit:
                    matched = True
                    total += factor * nanoseconds
    if not matched:
        return None
    total = (total + _INT64) % (2 * _INT64) - _INT64  # time.Duration arithmetic wraps
    return datetime.timedelta(microseconds=total // 1000)


def parse_date_time(text: str) -> datetime.datetime | None:
    """An RFC 3339 timestamp as an aware datetime, or None."""
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None


def cel_duration(text: str) -> duration_pb2.Duration | None:
    """A ``format: duration`` string as the value CEL types as a duration (None if it is not one)."""
    delta = parse_openapi_duration(text)
    if delta is None:
        return None
    value = duration_pb2.Duration()
    value.FromTimedelta(delta)
    return value


def cel_timestamp(text: str) -> timestamp_pb2.Timestamp | None:
    """A ``format: date-time`` string as the value CEL types as a timestamp (None if it is not one)."""
    moment = parse_date_time(text)
    if moment is None:
        return None
    value = timestamp_pb2.Timestamp()
    value.FromDatetime(moment)
    return value


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: Characters Go's net/url accepts in a host (besides letters and digits), and in a port.
_HOST = re.compile(r"^[A-Za-z0-9\-._~!$&'()*+,;=\[\]<>\"%]*$")
_PORT = re.compile(r"^[0-9]*$")


def _is_url(text: str) -> bool:
    """Kubernetes' ``isURL``: whether Go's ``url.ParseRequestURI`` accepts ``text``: an absolute
    URI (``scheme:opaque`` or ``scheme://authority/path``) or an absolute path, with valid percent
    escapes, no control characters, a valid host and a numeric port."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text) or _BAD_ESCAPE.search(text.split("?", 1)[0]):
        return False
    scheme = _SCHEME.match(text)
    if scheme is None:
        return text.startswith("/")
    rest = text[scheme.end() :].split("?", 1)[0]
    if not rest.startswith("//"):
        return True  # an opaque URI (mailto:x) or a path after the scheme
    authority = rest[2:].split("/", 1)[0]
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        _, bracket, port = host[1:].partition("]")
        return bool(bracket) and (not port or (port.startswith(":") and bool(_PORT.match(port[1:]))))
    name, _, port = host.rpartition(":") if ":" in host else (host, "", "")
    return bool(_HOST.match(name)) and bool(_PORT.match(port))


_MISSING_KEY = re.compile(r'(?:Key not found in map|no such key)\s*:\s*"?([^"]+)"?')

#: Variables of CRD validation rules.
RULE_VARIABLES = ("self", "oldSelf")


#: Variables of CRD validation rules.
RULE_VARIABLES = ("self", "oldSelf")


@cache
def environment(variables: tuple[str, ...] = RULE_VARIABLES) -> cel.Env:
    """A CEL environment with ``variables`` as dynamic values and the Kubernetes functions."""
    return cel.NewEnv(
        variables={name: cel.Type.DYN for name in variables},
        extensions=[ext_strings.ExtStrings(), ext_optional.ExtOptional()],
        functions=[
            cel.FunctionDecl("isURL", [cel.Overload("isURL_string", cel.Type.BOOL, [cel.Type.STRING], impl=_is_url)])
        ],
    )


class CelCompileError(ValueError):
    """A rule is not valid CEL for this environment."""


@dataclass(frozen=True)
class Rule:
    """One compiled ``x-kubernetes-validations`` entry."""

    rule: str
    message: str | None
    message_expression: str | None
    field_path: str | None
    reason: str | None
    transition: bool

    def evaluate(self, value: Any) -> tuple[bool, str | None]:
        """``(passed, message)``; an evaluation error fails the rule, as in the API server."""
        try:
            outcome = _compiled(self.rule).eval(data={"self": value})
            result = outcome.value()
            failed = outcome.type() == cel.Type.ERROR
        except Exception as exc:
            failed, result = True, exc
        if failed:
            missing = _MISSING_KEY.search(str(result))
            reason = f"it reads {missing.group(1)}, which is not set" if missing else str(result)
            return False, f"rule could not be evaluated ({reason}); the API server rejects the object: {self.rule}"
        if result is True:
            return True, None
        if not isinstance(result, bool):
            return (
                False,
                f"rule returned {type(result).__name__}, not a bool; the API server rejects the object: {self.rule}",
            )
        return False, self._message(value)

    def _message(self, value: Any) -> str:
        if self.message_expression:
            try:
                outcome = _compiled(self.message_expression).eval(data={"self": value})
                text = None if outcome.type() == cel.Type.ERROR else outcome.value()
            except Exception:
                text = None
            if isinstance(text, str) and text.strip():
                return text
        return self.message or f"failed rule: {self.rule}"


def evaluate_rules(rules: Sequence[Rule], value: Any) -> list[tuple[bool, str | None]]:
    """``Rule.evaluate`` of each rule on the same value, in one CEL evaluation when they all evaluate
    cleanly to booleans (the value is converted once); otherwise rule by rule, for exact verdicts."""
    if len(rules) > 1:
        batch = _batch(tuple(rule.rule for rule in rules))
        if batch is not None:
            try:
                outcome = batch.eval(data={"self": value})
                results = None if outcome.type() == cel.Type.ERROR else outcome.plain_value()
            except Exception:
                results = None
            if isinstance(results, list) and all(isinstance(r, bool) for r in results):
                return [
                    (True, None) if ok else (False, rule._message(value))
                    for rule, ok in zip(rules, results, strict=True)
                ]
    return [rule.evaluate(value) for rule in rules]


@cache
def _batch(texts: tuple[str, ...]) -> cel.Expression | None:
    """The rules as one list expression (each on its own lines, so a ``//`` comment ends with it)."""
    try:
        return environment(RULE_VARIABLES).compile("[" + ",".join(f"(\n{text}\n)" for text in texts) + "]")
    except Exception:
        return None


@cache
def _compiled(expression: str, variables: tuple[str, ...] = RULE_VARIABLES) -> cel.Expression:
    try:
        return environment(variables).compile(expression)
    except Exception as exc:
        hint = ""
        if "undeclared reference" in str(exc):
            hint = (
                " (functions available: the CEL standard library, the strings and optional extensions, "
                "isURL; Kubernetes' lists, regex, quantity, URL, IP and CIDR libraries are not provided)"
            )
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CelCompileError(f"invalid CEL expression {expression!r}: {reason}{hint}") from None


def compile_expression(expression: str, variables: tuple[str, ...]) -> cel.Expression:
    """Compile ``expression`` for ``variables``; raise :class:`CelCompileError` with the reason."""
    return _compiled(expression, variables)


def evaluate(expression: cel.Expression, data: dict[str, Any]) -> tuple[Any, str | None]:
    """``(value as plain Python data, None)``, or ``(None, error)`` when evaluation fails."""
    try:
        outcome = expression.eval(data=data)
        if outcome.type() == cel.Type.ERROR:
            return None, str(outcome.value())
        return outcome.plain_value(), None
    except Exception as exc:
        return None, str(exc)


def escape_reserved(value: Any) -> Any:
    """``value`` with mapping keys that are CEL keywords escaped (``namespace`` -> ``__namespace__``).

    Used for whole objects without a schema at hand (admission policies): other keys stay as they
    are, so map keys such as label names keep working with ``labels['app.kubernetes.io/name']``.
    """
    if isinstance(value, dict):
        return {(f"__{k}__" if k in CEL_RESERVED else k): escape_reserved(v) for k, v in value.items()}
    if isinstance(value, list):
        return [escape_reserved(v) for v in value]
    return value


_SELF = re.compile(r"\bself\b(?:\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()|(?:\.\?)?)")


def fields_read(rules: Sequence[Rule]) -> frozenset[str] | None:
    """The fields of ``self`` the rules (and their message expressions) read, when every ``self`` in
    their text is a field selection ``self.name`` (not a call such as ``self.all(...)``, an optional
    ``self.?name``, an escaped ``__name__`` or ``self`` on its own, which read more): the rules then
    judge the object restricted to those fields exactly as the whole object. None otherwise (a
    ``self`` in a string literal or a comment counts too: it only makes the answer None)."""
    names: set[str] = set()
    for rule in rules:
        for text in (rule.rule, rule.message_expression or ""):
            for found in _SELF.finditer(text):
                name = found[1]
                if name is None or "__" in name:
                    return None
                names.add(name)
    return frozenset(names)


def compile_rule(entry: dict[str, Any]) -> Rule:
    """Compile one ``x-kubernetes-validations`` entry; raise :class:`CelCompileError` if it is not valid."""
    text = entry["rule"]
    _compiled(text)
    if entry.get("messageExpression"):
        _compiled(entry["messageExpression"])
    return Rule(
        rule=text,
        message=entry.get("message"),
        message_expression=entry.get("messageExpression"),
        field_path=entry.get("fieldPath"),
        reason=entry.get("reason"),
        transition=bool(re.search(r"\boldSelf\b", text)),
    )
