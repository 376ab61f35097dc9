"""Reading manifests: files, directories and stdin into documents that remember their lines.

Hazards are findings, never crashes: files over :data:`MAX_FILE_BYTES`, binary or non-UTF-8
content, malformed YAML, duplicate keys, tags that would construct Python objects, nesting deeper
than :data:`MAX_DEPTH`, recursive aliases and alias "bombs" (documents whose anchors expand past
:data:`MAX_EXPANDED_NODES`).

Speed without losing exactness: most manifests are read by :func:`infergw.quickyaml.load`
(rapidyaml writes the file as JSON, which json.loads reads, both in C), which takes only files whose
values it can vouch for and says None otherwise. The others: libyaml (PyYAML's C parser) composes the
file, plain scalars resolved as goyaml.v2 (inside sigs.k8s.io/yaml) resolves them (:func:`go_tag`); one pass then
builds and checks each document (:func:`_fast_value`). What that pass does not handle itself
(anchors and aliases, ``<<`` merge keys, repeated keys, other tags, nesting near the limit) sends
the document through the exact path: the hazard walks, then PyYAML's constructor with the
Kubernetes adjustments, which also says what is wrong (``parse(..., exact=True)`` takes it for
every document). Both give the values sigs.k8s.io/yaml gives: ``yes``/``no``/``on``/``off`` and
``y``/``n`` are booleans, ``0755`` and ``0o755`` octal, ``1e3`` a float, base-60 ``1:30`` and
timestamps text. Documents keep only their file's text, not the node trees (about a hundred
Python objects per object checked, which the cycle collector would walk again and again): a line
is re-read from the text when a finding asks for one (each file composed again once, at most).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from infergw import quickyaml
from infergw.errors import InfergwError
from infergw.validation.findings import Finding

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_EXPANDED_NODES = 1_000_000
#: Deepest nesting of lists and mappings accepted (the deepest CRD in the catalogue nests 24 levels).
MAX_DEPTH = 100
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[{]}")
SUFFIXES = (".yaml", ".yml", ".json")
#: Files that describe how to build manifests rather than being manifests.
SKIPPED_NAMES = frozenset({"kustomization.yaml", "kustomization.yml", "Kustomization"})
#: Folders of artefacts for outside the cluster (infergw writes scripts and JSON there).
SKIPPED_DIRS = frozenset({"prerequisites"})

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InputError(InfergwError):
    """A path could not be read at all (missing, unreadable); the command exits 2."""


class SourceText:
    """A file's text, shared by its documents, re-composed (once) when a line is asked for after
    the documents' node trees were dropped."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._nodes: list[yaml.Node] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"text": self.text}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.text, self._nodes = state["text"], None

    def node(self, index: int, item: tuple[int, ...]) -> yaml.Node | None:
        """The root node of document ``index`` (non-empty documents counted), or of the list item
        at positions ``item`` (``List`` objects, nested)."""
        if self._nodes is None:
            self._nodes = [n for n in yaml.compose_all(self.text, Loader=_Loader) if n is not None]
        node: yaml.Node | None = self._nodes[index] if index < len(self._nodes) else None
        for position in item:
            items = _child_node(node, "items")
            ok = isinstance(items, yaml.SequenceNode) and position < len(items.value)
            node = items.value[position] if ok else None  # type: ignore[union-attr]
        return node


@dataclass
class Document:
    """One Kubernetes object read from ``source``, starting at ``line`` (1-based).

    ``node`` is its YAML node tree (for lines) while it is at hand; ``text``, ``index`` and ``item``
    find it again in the file's text when it is not (see :meth:`without_node`).
    """

    source: str
    line: int
    obj: dict[str, Any]
    node: yaml.Node | None = field(default=None, repr=False, compare=False)
    text: SourceText | None = field(default=None, repr=False, compare=False)
    index: int = field(default=0, repr=False, compare=False)
    item: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def without_node(self) -> Document:
        """The same document, its node tree dropped (to send it to another process cheaply)."""
        return Document(self.source, self.line, self.obj, None, self.text, self.index, self.item)

    def line_of(self, path: Iterable[str | int]) -> int:
        """The line of the value at ``path`` (the deepest part of it that exists in the file)."""
        if self.node is None and self.text is not None:
            self.node = self.text.node(self.index, self.item)
        node, line = self.node, self.line
        for part in path:
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
            else:
                node = None
            if node is None:
                break
            line = node.start_mark.line + 1
        return line


def _problem(source: str, line: int, message: str, rule: str = "input") -> Finding:
    return Finding(source, line, "", "", "", "", message, rule)


def walk_files(root: Path, skip_dir: Callable[[str], bool] = lambda name: False) -> Iterator[Path]:
    """Every file under the directory ``root``, in sorted order; directories named by ``skip_dir``
    are left out. Fail-closed: a directory that cannot be read raises :class:`InputError` (never an
    empty result), and a symbolic link to a directory is followed, except one that loops back into
    its own ancestors, which raises."""

    def visit(directory: Path, ancestors: frozenset[Path]) -> Iterator[Path]:
        real = directory.resolve()
        if real in ancestors:
            raise InputError(
                f"{directory}: a symbolic link that leads back to {real}, which contains it; remove the link "
                "or name the directories to check yourself"
            )
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            raise InputError(
                f"{directory}: cannot read the directory ({exc.strerror}), so its files would go unchecked; "
                "make it readable or leave it out of the paths"
            ) from None
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows symbolic links
            except OSError:
                is_dir = False
            if is_dir:
                if not skip_dir(entry.name):
                    yield from visit(path, ancestors | {real})
            else:
                yield path

    yield from visit(root, frozenset())


def iter_files(paths: Iterable[str]) -> Iterator[Path | str]:
    """Expand ``paths``: files as given, directories recursively (sorted; dot-folders, ``prerequisites/``
    and kustomization files skipped; directory symbolic links followed), ``-`` kept. A directory
    without a single manifest, or one that cannot be read, raises :class:`InputError`."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found_any = False
            for found in walk_files(path, lambda name: name.startswith(".") or name in SKIPPED_DIRS):
                if found.suffix in SUFFIXES and found.name not in SKIPPED_NAMES:
                    if not found.is_file():
                        raise InputError(
                            f"{found}: not a regular file (a dangling symbolic link, a FIFO or a device), so it cannot "
                            "be checked; remove it or replace it with the manifest"
                        )
                    found_any = True
                    yield found
            if not found_any:
                raise InputError(
                    f"{raw}: no manifests in this directory (files ending in {', '.join(SUFFIXES)}, outside "
                    f"dot-folders and {', '.join(sorted(SKIPPED_DIRS))}/): name the directory that holds them"
                )
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{raw}: no such file or directory")


def read_source(item: Path | str) -> tuple[str, bytes]:
    """``(label, bytes)`` of a file or of stdin (``-``), at most :data:`MAX_FILE_BYTES` + 1 bytes."""
    if item == "-":
        return "<stdin>", sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    try:
        with open(item, "rb") as handle:
            return str(item), handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{item}: cannot read: {exc.strerror}") from None


def _nesting_bound(data: bytes) -> int:
    """An upper bound of the flow nesting (``[``/``{``) of ``data``, cheap enough for any input.

    YAML parsers take quadratic time on deeply nested flow collections, so this runs before them.
    """
    brackets = data.translate(None, _NOT_BRACKETS)
    if len(brackets) <= MAX_DEPTH:
        return len(brackets)
    return max(accumulate((1 if b in b"[{" else -1 for b in brackets), initial=0))


def _shape_problem(root: yaml.Node) -> tuple[yaml.Node, str] | None:
    """The first node that makes a document unsafe to construct: nested deeper than
    :data:`MAX_DEPTH`, containing itself through an alias, or expanding (aliases followed) past
    :data:`MAX_EXPANDED_NODES` nodes. Iterative, so hostile input cannot exhaust the stack."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
            sizes[key] = min(1 + sum(sizes[id(c)] for c in children), MAX_EXPANDED_NODES + 1)
            on_path.discard(key)
            continue
        if key in on_path:
            return node, "a YAML alias refers to a node that contains it (a recursive structure); remove the anchor"
        if key in sizes:
            continue
        if not isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
            sizes[key] = 1
            continue
        if depth > MAX_DEPTH:
            return node, f"nested deeper than {MAX_DEPTH} levels; Kubernetes manifests never need that"
        on_path.add(key)
        stack.append((node, depth, True))
        children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
        stack.extend((child, depth + 1, False) for child in reversed(children))
    if sizes[id(root)] > MAX_EXPANDED_NODES:
        return root, f"YAML aliases expand this document past {MAX_EXPANDED_NODES} nodes; remove the anchors"
    return None


def _duplicate_key(node: yaml.Node) -> yaml.Node | None:
    """The first mapping key that repeats an earlier key of the same mapping, at any depth (keys
    compared as the text they become: ``1`` and ``"1"`` collide)."""
    stack, seen_nodes = [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            keys = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    if key.value in keys:
                        return key
                    keys.add(key.value)
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return None


_STR = "tag:yaml.org,2002:str"
_FLOAT_TAG = "tag:yaml.org,2002:float"
#: Plain scalars sigs.k8s.io/yaml (its goyaml.v2) reads as booleans, nulls and special floats, word for word.
GO_TRUE = frozenset({"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})
GO_FALSE = frozenset({"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})
GO_NULL = frozenset({"", "~", "null", "Null", "NULL"})
GO_SPECIAL_FLOATS = frozenset(
    {f"{sign}{word}" for sign in ("", "+", "-") for word in (".inf", ".Inf", ".INF")} | {".nan", ".NaN", ".NAN"}
)
_GO_INT_DIGITS = {2: "01", 8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}
_GO_YAML_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_GO_DOT_FLOAT = re.compile(r"^\.[0-9]+(?:[eE][-+]?[0-9]+)?\Z")
_BOOL_TAG, _INT_TAG, _NULL_TAG = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"


def go_int(text: str) -> int | None:
    """``strconv.ParseInt(text, 0, 64)`` (falling back to ParseUint and big.Int, as goyaml.v2 does)
    on ``text`` without underscores: a sign, then ``0b``/``0o``/``0x`` or a leading ``0`` (octal)."""
    plain = text.replace("_", "")
    sign, digits = (plain[0], plain[1:]) if plain[:1] in ("+", "-") else ("", plain)
    base = 10
    if digits[:2] in ("0b", "0B", "0o", "0O", "0x", "0X"):
        base, digits = {"b": 2, "o": 8, "x": 16}[digits[1].lower()], digits[2:]
    elif len(digits) > 1 and digits[0] == "0":
        base, digits = 8, digits[1:]
    if not digits or any(c not in _GO_INT_DIGITS[base] for c in digits):
        return None
    value = int(digits, base)
    return -value if sign == "-" else value


def go_float(text: str) -> float | None:
    """A finite float as goyaml.v2 resolves one (the YAML-style float syntax, ``1e3`` included)."""
    plain = text.replace("_", "")
    if not _GO_YAML_FLOAT.match(plain):
        return None
    value = float(plain)
    return None if math.isinf(value) else value  # Go: out of range, not a float


def go_tag(value: str) -> str:
    """The tag goyaml.v2 (sigs.k8s.io/yaml, what kubectl sends) resolves a plain scalar to."""
    if value in GO_TRUE or value in GO_FALSE:
        return _BOOL_TAG
    if value in GO_NULL:
        return _NULL_TAG
    if value in GO_SPECIAL_FLOATS:
        return _FLOAT_TAG
    if value == "<<":
        return "tag:yaml.org,2002:merge"
    first = value[:1]
    if first == ".":
        return _FLOAT_TAG if _GO_DOT_FLOAT.match(value) else _STR
    if first in "+-0123456789":
        if go_int(value) is not None:
            return _INT_TAG
        if go_float(value) is not None:
            return _FLOAT_TAG
    return _STR  # timestamps too: sigs.k8s.io/yaml keeps them as the text


class _KubernetesConstructor(SafeConstructor):
    """Values as the API server reads YAML (sigs.k8s.io/yaml): goyaml.v2's booleans, integers and
    floats, timestamps and binary as the text written, non-string mapping keys as their text, and
    numbers JSON cannot carry refused."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConstructorError(
                    None, None, "a mapping key must be a plain value, not a list or mapping", key_node.start_mark
                )
            key = self.construct_object(key_node, deep=deep)
            mapping[key if isinstance(key, str) else key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        text = str(node.value)
        whole = go_int(text) if text[:1] in "+-0123456789" else None
        value = float(whole) if whole is not None else go_float(text)
        if value is None:
            problem = (
                "is not a number JSON can carry" if text.lower().lstrip("+-") in (".inf", ".nan") else "is not a float"
            )
            raise ConstructorError(None, None, f"{text} {problem}; quote it if it is text", node.start_mark)
        return value

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        value = go_int(str(node.value)) if str(node.value)[:1] in "+-0123456789" else None
        if value is None:
            raise ConstructorError(
                None, None, f"{node.value} is not an integer; quote it if it is text", node.start_mark
            )
        return value

    def construct_yaml_bool(self, node: yaml.ScalarNode) -> bool:
        if node.value not in GO_TRUE and node.value not in GO_FALSE:
            raise ConstructorError(
                None, None, f"{node.value} is not a boolean; quote it if it is text", node.start_mark
            )
        return node.value in GO_TRUE


_KubernetesConstructor.add_constructor("tag:yaml.org,2002:float", _KubernetesConstructor.construct_yaml_float)
_KubernetesConstructor.add_constructor("tag:yaml.org,2002:int", _KubernetesConstructor.construct_yaml_int)  # type: ignore[type-var]
_KubernetesConstructor.add_constructor("tag:yaml.org,2002:bool", _KubernetesConstructor.construct_yaml_bool)  # type: ignore[type-var]
for _tag in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"):
    _KubernetesConstructor.add_constructor(_tag, SafeConstructor.construct_scalar)


#: :func:`go_tag` of plain scalars already seen (keys and values repeat across a set's documents);
#: short texts only, and at most :data:`_TAG_CACHE_SIZE` of them.
_TAGS: dict[str, str] = {}
_TAG_CACHE_SIZE = 100_000


def _cached_go_tag(value: str) -> str:
    tag = _TAGS.get(value)
    if tag is None:
        tag = go_tag(value)
        if len(value) <= 64 and len(_TAGS) < _TAG_CACHE_SIZE:
            _TAGS[value] = tag
    return tag


class _ExactLoader(_Loader):  # type: ignore[misc, valid-type]
    """libyaml composing, plain scalars resolved as goyaml.v2 resolves them (:func:`go_tag`)."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return _cached_go_tag(value) if implicit[0] else _STR
        return "tag:yaml.org,2002:seq" if kind is SequenceNode else "tag:yaml.org,2002:map"


class _FastLoader(_ExactLoader):
    """The same, without PyYAML's path-resolver machinery (which infergw never registers)."""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


class _Exact(Exception):
    """The document needs the exact path (aliases, merge keys, repeated keys, other tags, deep nesting)."""


_SCALARS = {
    "tag:yaml.org,2002:str": None,
    "tag:yaml.org,2002:timestamp": None,  # the text, as sigs.k8s.io/yaml keeps it
    "tag:yaml.org,2002:null": lambda c, n: None,
    "tag:yaml.org,2002:bool": _KubernetesConstructor.construct_yaml_bool,
    "tag:yaml.org,2002:int": _KubernetesConstructor.construct_yaml_int,
    "tag:yaml.org,2002:float": None,  # below: finite floats only
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


def _fast_value(node: yaml.Node, constructor: _KubernetesConstructor, depth: int = 1) -> Any:
    """The value of a document without aliases, built and checked in one pass; :class:`_Exact` when
    it needs more than this handles (the exact path then judges it, with the same result)."""
    cls = type(node)
    if cls is ScalarNode:
        tag = node.tag
        if tag == _STR or tag == "tag:yaml.org,2002:timestamp":
            return node.value
        if tag == _FLOAT_TAG:
            if node.value in GO_SPECIAL_FLOATS:
                raise _Exact  # refused, with its message, by the exact path
            return constructor.construct_yaml_float(cast(ScalarNode, node))
        build = _SCALARS.get(tag)
        if build is None:
            raise _Exact
        return build(constructor, cast(ScalarNode, node))
    if depth > MAX_DEPTH - 1:
        raise _Exact
    if cls is MappingNode:
        if node.tag != _MAP_TAG:
            raise _Exact
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode or key_node.tag == "tag:yaml.org,2002:merge":
                raise _Exact
            key = key_node.value
            if key in mapping:
                raise _Exact
            if key_node.tag != _STR and key_node.tag not in _SCALARS:
                raise _Exact  # a key of another tag: the constructor decides
            mapping[key] = _fast_value(value_node, constructor, depth + 1)
        return mapping
    if cls is SequenceNode:
        if node.tag != _SEQ_TAG:
            raise _Exact
        return [_fast_value(item, constructor, depth + 1) for item in node.value]
    raise _Exact


class _DuplicateJsonKey(ValueError):
    pass


def _json_documents(source: str, text: str) -> tuple[list[Document], list[Finding]]:
    """A ``.json`` file that YAML cannot read (JSON escapes YAML lacks, such as surrogate pairs):
    read as JSON, every object at line 1."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        for key, value in items:
            if key in mapping:
                raise _DuplicateJsonKey(f"duplicate key {key!r}: the API server would keep only one of them")
            mapping[key] = value
        return mapping

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not a number JSON can carry")

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_constant=refuse)
    except json.JSONDecodeError as exc:
        return [], [_problem(source, exc.lineno, f"malformed JSON: {exc.msg}")]
    except _DuplicateJsonKey as exc:
        return [], [_problem(source, 1, str(exc), "duplicate-key")]
    except (ValueError, RecursionError) as exc:
        message = str(exc) if isinstance(exc, ValueError) else f"nested deeper than {MAX_DEPTH} levels"
        return [], [_problem(source, 1, f"cannot read JSON: {message}")]
    findings: list[Finding] = []
    return list(_objects(source, 1, value, None, findings)), findings


def parse(source: str, data: bytes, *, exact: bool = False) -> tuple[list[Document], list[Finding]]:
    """Parse one file's bytes into documents; problems become findings that name the line.

    ``exact``: every document through the exact path (the reference the fast path is tested against).
    """
    if len(data) > MAX_FILE_BYTES:
        return [], [
            _problem(
                source, 1, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; split it into smaller files"
            )
        ]
    if b"\x00" in data:
        return [], [_problem(source, 1, "binary file: expected YAML or JSON text")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [_problem(source, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); re-save the file as UTF-8")]
    if _nesting_bound(data) > MAX_DEPTH:
        return [], [
            _problem(source, 1, f"brackets nested deeper than {MAX_DEPTH} levels; Kubernetes manifests never need that")
        ]
    return _parse_text(source, text, fast=not exact)


def _parse_text(source: str, text: str, *, fast: bool) -> tuple[list[Document], list[Finding]]:
    documents: list[Document] = []
    findings: list[Finding] = []
    # Without "&" there are no anchors, so no aliases: the one-pass builder is safe for every document.
    fast = fast and "&" not in text
    shared = SourceText(text)
    if fast and not source.endswith(".json"):
        quick = _rapidyaml_documents(source, text, shared)
        if quick is not None:
            return quick
    try:
        nodes = list(yaml.compose_all(text, Loader=_FastLoader if fast else _ExactLoader))
    except (yaml.YAMLError, UnicodeError) as exc:
        if source.endswith(".json"):
            return _json_documents(source, text)
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context:
            started = context_mark.line + 1 if context_mark is not None else line
            problem += f" ({context}{f' started at line {started}' if started != line else ''})"
        return [], [_problem(source, line, f"malformed YAML: {problem}")]
    constructor = _KubernetesConstructor()
    index = -1
    for node in nodes:
        if node is None:
            continue
        index += 1
        line = node.start_mark.line + 1
        if fast:
            try:
                value = _fast_value(node, constructor)
            except _Exact:
                pass
            else:
                documents.extend(_objects(source, line, value, node, findings, shared, index))
                continue
        shape = _shape_problem(node)
        if shape is not None:
            findings.append(_problem(source, shape[0].start_mark.line + 1, shape[1]))
            continue
        duplicate = _duplicate_key(node)
        if duplicate is not None:
            findings.append(
                _problem(
                    source,
                    duplicate.start_mark.line + 1,
                    f"duplicate key {duplicate.value!r}: the API server would keep only one of them",
                    "duplicate-key",
                )
            )
            continue
        try:
            value = _KubernetesConstructor().construct_document(node)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            findings.append(
                _problem(
                    source, mark.line + 1 if mark else line, f"cannot read YAML value: {getattr(exc, 'problem', exc)}"
                )
            )
            continue
        documents.extend(_objects(source, line, value, node, findings, shared, index))
    return documents, findings


def _go_plain_is_text(text: str) -> bool:
    return _cached_go_tag(text) == _STR


def _rapidyaml_documents(source: str, text: str, shared: SourceText) -> tuple[list[Document], list[Finding]] | None:
    """The file's documents read by :func:`infergw.quickyaml.load` (rapidyaml, then JSON: goyaml.v2's
    values when it can vouch for them), or None: the file then takes the libyaml paths, which also
    report its problems. A ``List`` object takes them too (its items' lines come from the node tree).
    tests/infergw/validation/test_loader_equivalence.py holds this path to the exact one on every YAML
    file of the repository and the reference, and on each rule and hazard."""
    loaded = quickyaml.load(text, _go_plain_is_text, keys_as_text=True, exponents=True, max_depth=MAX_DEPTH - 2)
    if loaded is None:
        return None
    documents: list[Document] = []
    findings: list[Finding] = []
    for index, (line, value) in enumerate(loaded):
        kind = value.get("kind")
        if isinstance(kind, str) and kind.endswith("List") and isinstance(value.get("items"), list):
            return None
        documents.extend(_objects(source, line, value, None, findings, shared, index))
    return documents, findings


def _child_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if getattr(k, "value", None) == key), None)


def _objects(
    source: str,
    line: int,
    value: Any,
    node: yaml.Node | None,
    findings: list[Finding],
    text: SourceText | None = None,
    index: int = 0,
    item: tuple[int, ...] = (),
) -> Iterator[Document]:
    if value is None:
        return  # an empty document, as kubectl skips it
    if not isinstance(value, dict):
        findings.append(
            _problem(source, line, f"document is a {type(value).__name__}, not a Kubernetes object (a mapping)")
        )
        return
    kind, api_version = value.get("kind"), value.get("apiVersion")
    if isinstance(kind, str) and kind.endswith("List") and isinstance(value.get("items"), list):
        items_node = _child_node(node, "items")
        for position, entry in enumerate(value["items"]):
            item_node = items_node.value[position] if isinstance(items_node, yaml.SequenceNode) else None
            item_line = item_node.start_mark.line + 1 if item_node is not None else line
            if entry is None:
                findings.append(
                    _problem(source, item_line, f"{kind} item {position} is empty, not a Kubernetes object")
                )
            yield from _objects(source, item_line, entry, item_node, findings, text, index, (*item, position))
        return
    missing = [key for key, v in (("apiVersion", api_version), ("kind", kind)) if key not in value]
    wrong = [
        key
        for key, v in (("apiVersion", api_version), ("kind", kind))
        if key in value and not (isinstance(v, str) and v)
    ]
    if missing or wrong:
        meta = value.get("metadata")
        name = meta.get("name") if isinstance(meta, dict) and isinstance(meta.get("name"), str) else ""
        problems = ([f"missing {' and '.join(missing)}"] if missing else []) + [
            f"{key} must be a non-empty string" for key in wrong
        ]
        findings.append(
            Finding(
                source,
                line,
                kind if isinstance(kind, str) else "",
                "",
                name,
                (missing + wrong)[0],
                f"{'; '.join(problems)}: every Kubernetes object needs both (for example apiVersion: apps/v1, kind: "
                "Deployment)",
                "input",
            )
        )
        return
    # Without the node tree when the text can give it back (see the module's docstring).
    yield Document(source, line, value, None if text is not None else node, text, index, item)


def load_paths(paths: Iterable[str]) -> tuple[list[Document], list[Finding]]:
    """Read every manifest under ``paths``; unreadable paths raise :class:`InputError`."""
    documents: list[Document] = []
    findings: list[Finding] = []
    for item in iter_files(paths):
        source, data = read_source(item)
        docs, problems = parse(source, data)
        documents.extend(docs)
        findings.extend(problems)
    return documents, findings
