"""Reading the config file: one YAML mapping whose values remember their lines.

Refused, each with the file and line: a path that is not a regular file (a FIFO or a device would
block or never end), more than :data:`MAX_BYTES`, text that is not UTF-8, malformed YAML, several
documents, duplicate keys (YAML keeps the last one silently), anchors that expand past
:data:`MAX_NODES` and an empty file.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from infergw.errors import ConfigError

MAX_BYTES = 1024 * 1024
MAX_NODES = 100_000
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Constructor(yaml.constructor.SafeConstructor):
    """Safe YAML values, with timestamps kept as the text they are (every config value is JSON)."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


@dataclass(frozen=True)
class ConfigDocument:
    """The parsed config and its node tree, to name the line of any key path."""

    source: str
    data: Any
    node: yaml.Node | None

    def line_of(self, path: Iterable[str | int]) -> int:
        """The line of the value at ``path`` (the deepest part of it that exists in the file)."""
        node = self.node
        line = node.start_mark.line + 1 if node is not None else 1
        for part in path:
            if isinstance(node, yaml.MappingNode):
                found = [(k, v) for k, v in node.value if getattr(k, "value", None) == part]
                node = found[0][1] if found else None
                if found:
                    line = found[0][0].start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                node = None
            if node is None:
                break
        return line

    def where(self, path: Iterable[str | int]) -> str:
        """``file:line: key.path`` for messages (``pools[0].autoscaling.minReplicas``)."""
        parts = list(path)
        return f"{self.source}:{self.line_of(parts)}: {key_path(parts)}" if parts else f"{self.source}:1"


def key_path(path: Iterable[str | int]) -> str:
    """``("pools", 0, "name")`` -> ``pools[0].name``; keys that are not plain words are quoted
    (``matchLabels["app.kubernetes.io/name"]``)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(str(part)):
            out += f".{part}" if out else str(part)
        else:
            out += f"[{json.dumps(str(part))}]"
    return out


def _read_bytes(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise ConfigError(f"{path}: not a regular file: give the path of a YAML config file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_BYTES // 1024} KiB; a config file is a few hundred lines")
    return data


def _duplicate(node: yaml.Node) -> yaml.Node | None:
    """The first key that appears twice in a mapping of ``node``, searched iteratively."""
    stack, seen_nodes, count = [node], set(), 0
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        count += 1
        if count > MAX_NODES:
            raise ConfigError(f"more than {MAX_NODES} YAML nodes (anchors expanding?); write the config out plainly")
        if isinstance(current, yaml.MappingNode):
            keys: set[Any] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        return key
                    keys.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return None


def read_config_document(path: Path | str) -> ConfigDocument:
    """Read and parse the config file at ``path``; raise :class:`ConfigError` naming file and line."""
    path = Path(path)
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 text; save the config file as UTF-8") from None
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from None
    nodes = [n for n in nodes if n is not None]
    if not nodes:
        raise ConfigError(
            f"{path}: the config file is empty: describe at least one pool (see `infergw schema config`, "
            "or start from the file `infergw init` writes)"
        )
    if len(nodes) > 1:
        raise ConfigError(f"{path}:{nodes[1].start_mark.line + 1}: a second YAML document; the config is one document")
    (node,) = nodes
    try:
        duplicate = _duplicate(node)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if duplicate is not None:
        raise ConfigError(
            f"{path}:{duplicate.start_mark.line + 1}: duplicate key {duplicate.value!r}: YAML would keep only the "
            "last one; remove one of them"
        )
    try:
        value = _Constructor().construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: cannot read a value: {getattr(exc, 'problem', None) or exc}") from None
    return ConfigDocument(str(path), value, node)
