"""Reading manifests: files, directories and stdin into documents that remember their lines.

Hazards are findings, never crashes: files over :data:`MAX_FILE_BYTES`, binary or non-UTF-8
content, malformed YAML, duplicate keys, tags that would construct Python objects, and alias
"bombs" (documents whose anchors expand past :data:`MAX_EXPANDED_NODES`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from infergw.errors import InfergwError
from infergw.validation.findings import Finding

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_EXPANDED_NODES = 1_000_000
SUFFIXES = (".yaml", ".yml", ".json")
#: Files that describe how to build manifests rather than being manifests.
SKIPPED_NAMES = frozenset({"kustomization.yaml", "kustomization.yml", "Kustomization"})
#: Folders of artefacts for outside the cluster (infergw writes scripts and JSON there).
SKIPPED_DIRS = frozenset({"prerequisites"})

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InputError(InfergwError):
    """A path could not be read at all (missing, unreadable); the command exits 2."""


@dataclass
class Document:
    """One Kubernetes object read from ``source``, starting at ``line`` (1-based)."""

    source: str
    line: int
    obj: dict[str, Any]
    node: yaml.Node | None = field(default=None, repr=False, compare=False)

    def line_of(self, path: Iterable[str | int]) -> int:
        """The line of the value at ``path`` (the deepest part of it that exists in the file)."""
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


def iter_files(paths: Iterable[str]) -> Iterator[Path | str]:
    """Expand ``paths``: files as given, directories recursively (sorted; dot-folders, ``prerequisites/``
    and kustomization files skipped), ``-`` kept."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                relative = found.relative_to(path).parts
                if any(part.startswith(".") or part in SKIPPED_DIRS for part in relative[:-1]):
                    continue
                if found.is_file() and found.suffix in SUFFIXES and found.name not in SKIPPED_NAMES:
                    yield found
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


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """How many nodes ``node`` stands for once every alias is expanded (memoized on shared nodes)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # a node under construction (a recursive alias) counts once
    if isinstance(node, yaml.MappingNode):
        total = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    elif isinstance(node, yaml.SequenceNode):
        total = 1 + sum(_expanded_size(v, memo) for v in node.value)
    else:
        total = 1
    memo[key] = total
    return total


def _duplicate_key(node: yaml.Node) -> yaml.Node | None:
    """The first mapping key that repeats an earlier key of the same mapping, at any depth."""
    stack, seen_nodes = [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            keys = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    marker = (key.tag, key.value)
                    if marker in keys:
                        return key
                    keys.add(marker)
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return None


def parse(source: str, data: bytes) -> tuple[list[Document], list[Finding]]:
    """Parse one file's bytes into documents; problems become findings that name the line."""
    if len(data) > MAX_FILE_BYTES:
        return [], [_problem(source, 1, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; split it into smaller files")]
    if b"\x00" in data:
        return [], [_problem(source, 1, "binary file: expected YAML or JSON text")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [_problem(source, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); re-save the file as UTF-8")]
    documents: list[Document] = []
    findings: list[Finding] = []
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        return [], [_problem(source, line, f"malformed YAML: {problem}")]
    for node in nodes:
        if node is None:
            continue
        line = node.start_mark.line + 1
        size = _expanded_size(node, {})
        if size > MAX_EXPANDED_NODES:
            findings.append(_problem(source, line, f"YAML aliases expand this document to {size} nodes (limit {MAX_EXPANDED_NODES}); remove the anchors"))
            continue
        duplicate = _duplicate_key(node)
        if duplicate is not None:
            findings.append(
                _problem(source, duplicate.start_mark.line + 1, f"duplicate key {duplicate.value!r}: the API server would keep only one of them", "duplicate-key")
            )
            continue
        try:
            value = SafeConstructor().construct_document(node)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            findings.append(_problem(source, mark.line + 1 if mark else line, f"cannot read YAML value: {getattr(exc, 'problem', exc)}"))
            continue
        documents.extend(_objects(source, line, value, node, findings))
    return documents, findings


def _objects(source: str, line: int, value: Any, node: yaml.Node, findings: list[Finding]) -> Iterator[Document]:
    if not isinstance(value, dict):
        findings.append(_problem(source, line, f"document is a {type(value).__name__}, not a Kubernetes object (a mapping)"))
        return
    kind, api_version = value.get("kind"), value.get("apiVersion")
    if isinstance(kind, str) and kind.endswith("List") and isinstance(value.get("items"), list):
        items_node = next((v for k, v in node.value if getattr(k, "value", None) == "items"), None)
        for index, item in enumerate(value["items"]):
            item_node = items_node.value[index] if isinstance(items_node, yaml.SequenceNode) else None
            item_line = item_node.start_mark.line + 1 if item_node is not None else line
            yield from _objects(source, item_line, item, item_node, findings)
        return
    missing = [key for key, v in (("apiVersion", api_version), ("kind", kind)) if not isinstance(v, str) or not v]
    if missing:
        name = value.get("metadata", {}).get("name", "") if isinstance(value.get("metadata"), dict) else ""
        findings.append(
            Finding(source, line, str(kind or ""), "", str(name), missing[0], f"missing {' and '.join(missing)}: every Kubernetes object needs both", "input")
        )
        return
    yield Document(source, line, value, node)


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
