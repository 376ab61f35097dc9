"""YAML read in C, when that is provably what a slower reader would give.

rapidyaml parses the text and writes it as JSON, which :func:`json.loads` reads: both in C, about
three times quicker than composing with libyaml. :func:`load` takes only text where that gives the
values a reference reader gives, and proves it cheaply; on any doubt it returns None and the caller
reads the text its own way (which also reports what is wrong with it):

* the text is ASCII and ends with a line break, without tabs, carriage returns, backslashes
  (escapes), control characters, tags, anchors, aliases, directives, ``...`` lines, complex or
  flow-collection keys, block scalars with a keep (``+``) or indentation indicator;
* every document is a block mapping whose first key starts a line at column 0 (that is its line),
  documents are separated by bare ``---`` lines, and none is empty;
* JSON keeps no plain/quoted distinction, so a string that the reader's scalar resolution
  (``plain_is_text``) would not keep as text when written plain (``yes``, ``~``, ``0755``,
  ``.inf`` ...) sends the text back, unless each of its occurrences in the text is a whole quoted
  scalar. rapidyaml writes a plain scalar unquoted only as a JSON number, true, false or null, so
  the texts it would have written so (decimal integers and fractions, the three words) were quoted
  in the YAML and are text; the numbers it writes are read as JSON reads them (a float beyond
  float64, NaN or Infinity sends the text back, and, for ``exponents=False`` readers such as
  PyYAML's YAML 1.1, any number with an exponent);
* a repeated key (json.loads would keep the last) or nesting past ``max_depth`` sends it back;
* rapidyaml prints its errors on file descriptor 2, which points at /dev/null while a text that is
  not vetted is parsed: another thread of the process writing to stderr in that instant loses its
  output. Vetted texts parse without an error and without the redirect, so synthesis, where cdk8s'
  jsii thread copies Node's stderr, never redirects.

Used by the validator's loader (goyaml.v2 resolution) and by the CRD catalogue (PyYAML's); each has
a test holding this path to its reference reader on every YAML file it reads.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import cache
from typing import Any

_REFUSED_CHARACTERS = re.compile(r"[\t\r&\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: (a character, the context in which it refuses the text): only searched for when it occurs at all.
_REFUSED_CONTEXTS = tuple(
    (character, re.compile(pattern, re.M))
    for character, pattern in (
        ("%", r"^%"),
        ("...", r"^\.\.\."),
        ("?", r"^[ ]*\?"),
        ("!", r"(?:^|[\s,\[{])!"),
        ("*", r"(?:^|[\s,\[{])\*"),
        ("]", r"\][ ]*:(?:[ \n]|$)"),
        ("}", r"\}[ ]*:(?:[ \n]|$)"),
        ("|", r"\|(?:-?[+1-9]|[+1-9]-?)[ ]*(?:#.*)?$"),  # block scalars that keep or set their indentation
        (">", r">(?:-?[+1-9]|[+1-9]-?)[ ]*(?:#.*)?$"),
    )
)
_SEPARATOR_LINE = re.compile(r"^(---|\.\.\.)(.*)$", re.M)
_BARE_SEPARATOR = re.compile(r"^(?:[ ]*|[ ]+#.*)$")
_CONTENT_LINE = re.compile(r"^[ ]*[^\s#]", re.M)
#: The start of JSON strings a resolver may read as something else when plain: words and texts
#: starting with a sign, a dot or a digit. Matched with their escapes, so a match never starts inside
#: a string; group 1 a value (not one rapidyaml would have written unquoted had it been plain),
#: group 2 a key.
_WORDS = "y|Y|n|N|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|True|TRUE|False|FALSE|~|Null|NULL|<<|=|true|false|null"
_DOUBTFUL = re.compile(
    r'"(?=[-+.0-9yYnNoOtTfF~<=])'  # the first character first: most strings fail here, quickly
    r'(?!(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|true|false|null)"(?![ ]*:))'
    rf'((?:{_WORDS}|[-+]?[.0-9](?:[^"\\]|\\.)*))"(?:(?![ ]*:)|([ ]*:))'
)
_EXPONENT = re.compile(r"[0-9][eE][-+]?[0-9]")


class _Doubt(ValueError):
    pass


def refuses(text: str) -> bool:
    """Whether :func:`load` leaves ``text`` to the caller for what it contains."""
    return (
        not text.isascii()
        or "\\" in text
        or not text.endswith("\n")  # a block scalar on the last line would keep a line break libyaml drops
        or _REFUSED_CHARACTERS.search(text) is not None
        or any(character in text and pattern.search(text) for character, pattern in _REFUSED_CONTEXTS)
    )


def document_lines(text: str) -> list[int] | None:
    """The line of each document's first key, or None unless every document is a block mapping at
    column 0 between bare ``---`` lines (and none is empty)."""
    lines: list[int] = []
    bounds: list[tuple[int, int]] = []
    start = 0
    for separator in _SEPARATOR_LINE.finditer(text):
        if separator[1] != "---" or not _BARE_SEPARATOR.match(separator[2]):
            return None
        bounds.append((start, separator.start()))
        start = separator.end() + 1
    bounds.append((start, len(text)))
    counted, line = 0, 1
    for index, (begin, end) in enumerate(bounds):
        if begin < end and text[begin] not in " #\n-[{\"'|>":
            first = begin  # the usual case: the first key right after the separator
        else:
            content = _CONTENT_LINE.search(text, begin, end)
            if content is None:
                if index == 0 and len(bounds) > 1:
                    continue  # nothing before the first "---": no document there
                return None  # an empty document
            first = content.start()
            if text[first] == " " or text[first] in "-[{\"'|>":
                return None  # not a block mapping at column 0
        line += text.count("\n", counted, first)
        counted = first
        lines.append(line)
    return lines


@cache
def _rapidyaml() -> Any:
    try:
        import ryml  # rapidyaml: imported on first use (20 ms)
    except ImportError:  # pragma: no cover - a pinned dependency; without it every caller reads its own way
        return None
    return ryml


@cache
def _devnull() -> int:
    return os.open(os.devnull, os.O_WRONLY)


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """rapidyaml prints its parse errors on the process's stderr: the caller's reader reports them instead."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        os.dup2(_devnull(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _only_quoted(text: str, found: str) -> bool:
    """Whether every occurrence of ``found`` in ``text`` is a whole quoted scalar (``'yes'``,
    ``"1970-01-01T00:00:00Z"``), so that no plain scalar reads ``found`` (one that did would be an
    occurrence without quotes around it)."""
    if '"' in found or "'" in found or "\\" in found or found.lstrip("+-").lower() in _REWRITTEN:
        return False
    occurrences = text.count(found)
    return occurrences > 0 and occurrences == text.count(f"'{found}'") + text.count(f'"{found}"')


#: Plain scalars rapidyaml writes as other JSON strings (``.NaN`` and ``inf`` become ``.nan`` and
#: ``.inf``): a string of this family may stand for a plain scalar that reads otherwise.
_REWRITTEN = frozenset({".inf", ".nan", "inf", "nan", "infinity"})


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _Doubt("beyond float64")
    return value


def _no_constant(text: str) -> None:
    raise _Doubt(text)


def _shape(value: Any) -> tuple[int, int]:
    """(mapping entries, deepest nesting) of a JSON value, the value itself at depth 1."""
    entries, deepest = 0, 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, depth = pop()
        deepest = max(deepest, depth)
        if type(item) is dict:
            entries += len(item)
            item = item.values()
        for child in item:
            if type(child) is dict or type(child) is list:
                push((child, depth + 1))
    return entries, deepest


def load(
    text: str,
    plain_is_text: Callable[[str], bool],
    *,
    keys_as_text: bool,
    exponents: bool,
    max_depth: int,
    vetted: bool = False,
) -> list[tuple[int, Any]] | None:
    """``(line of its first key, value)`` of each document of ``text``, or None when this path cannot
    vouch for them (see the module's docstring).

    :param plain_is_text: whether the reader keeps a plain scalar of this text as that text
    :param keys_as_text: the reader keeps every mapping key as its text (goyaml.v2 through
        sigs.k8s.io/yaml); otherwise keys are resolved as values are (PyYAML)
    :param exponents: the reader reads ``1e3`` as a JSON number (goyaml.v2 does, YAML 1.1 does not)
    :param max_depth: the deepest nesting of mappings and lists taken
    :param vetted: ``text`` is one of a fixed set of files that a test compares with the reference
        reader on every run of the suite (the CRD catalogue's): the text checks of :func:`refuses`,
        which keep away syntax rapidyaml and libyaml might read apart, are left out; the checks of
        the values are not
    """
    if not vetted and refuses(text):
        return None
    lines = document_lines(text)
    ryml = _rapidyaml()
    if lines is None or ryml is None:
        return None
    try:
        with nullcontext() if vetted else _quiet_stderr():  # vetted texts parse without a message
            tree = ryml.parse_in_arena(text.encode("ascii"))
            root = tree.root_id()
            emitted: str = ryml.emit_json_malloc(tree, root)
        stream = bool(tree.is_stream(root))
        if not exponents and _EXPONENT.search(emitted):
            return None
        vouched: set[str] = set()
        for doubtful in _DOUBTFUL.finditer(emitted):
            found = doubtful[1]
            if (doubtful[2] is not None and keys_as_text and found != "<<") or found in vouched:
                continue  # a key other than a merge key: kept as its text
            if not plain_is_text(found) and not _only_quoted(text, found):
                return None
            vouched.add(found)
        values = json.loads(emitted, parse_float=_finite_float, parse_constant=_no_constant)
    except (_Doubt, ValueError, RuntimeError, RecursionError, ryml.ExceptionBasic):
        return None
    documents = values if stream else [values]
    if len(documents) != len(lines) or not all(isinstance(value, dict) for value in documents):
        return None
    # Every key rapidyaml wrote ends with '": ' (inside strings the quote is escaped: '\": '); a repeated
    # key leaves one mapping entry fewer after json.loads.
    keys = emitted.count('": ') - emitted.count('\\": ')
    entries = 0
    for value in documents:
        found, deepest = _shape(value)
        if deepest > max_depth:
            return None
        entries += found
    if entries != keys:
        return None
    return list(zip(lines, documents, strict=True))
