"""The stack config file (``infergw.yaml``): a small typed description of what to synthesize."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from infergw.catalogue import check_release
from infergw.errors import ConfigError
from infergw.versions import GkeVersion

DEFAULT_CONFIG = "infergw.yaml"


@dataclass(frozen=True)
class StackConfig:
    """What ``infergw synth`` builds.

    :param release: inference-extension release. default: v1.0.2
    :param gke_version: the cluster's GKE version; decides which CRDs GKE already ships.
        default: unknown (every CRD of the release is emitted)
    """

    release: str = "v1.0.2"
    gke_version: GkeVersion | None = None


_KEYS = {"release": "release", "gkeVersion": "gke_version"}


def parse_config(data: Any, source: str) -> StackConfig:
    """Check a parsed config document and build a :class:`StackConfig`; errors name ``source`` and key."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the config must be a mapping of keys to values, not {type(data).__name__}")
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{source}: unknown key {unknown[0]!r}; allowed keys: {', '.join(sorted(_KEYS))}")
    values: dict[str, Any] = {}
    if "release" in data:
        try:
            values["release"] = check_release(data["release"])
        except ConfigError as exc:
            raise ConfigError(f"{source}: release: {exc}") from None
    if data.get("gkeVersion") is not None:
        try:
            values["gke_version"] = GkeVersion.parse(str(data["gkeVersion"]))
        except ConfigError as exc:
            raise ConfigError(f"{source}: gkeVersion: {exc}") from None
    return StackConfig(**values)


def load_config(path: Path | str | None) -> StackConfig:
    """Read the config at ``path``; ``None`` gives the defaults."""
    if path is None:
        return StackConfig()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the config file is not UTF-8 text") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    return parse_config(data, str(path))
