"""The result model every check and every output format shares."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One problem (or note) about one object, addressed by file, line and JSON path.

    :param rule: stable identifier of the check, e.g. ``schema``, ``cel``, ``reference/backend``
    """

    file: str
    line: int
    kind: str
    namespace: str
    name: str
    path: str
    message: str
    rule: str
    severity: Severity = "error"

    @property
    def object_label(self) -> str:
        """``Kind namespace/name`` (``Kind name`` for objects without a namespace)."""
        who = f"{self.namespace}/{self.name}" if self.namespace else self.name
        return f"{self.kind} {who}".strip()

    def as_text(self) -> str:
        """``file:line: Kind namespace/name: path: message [rule]`` (message prefixed by a non-error severity)."""
        head = f"{self.file}:{self.line}: "
        subject = f"{self.object_label}: " if self.kind or self.name else ""
        path = f"{self.path}: " if self.path else ""
        severity = "" if self.severity == "error" else f"{self.severity}: "
        return f"{head}{subject}{path}{severity}{self.message} [{self.rule}]"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error (warnings and notes do not fail a run)."""
    return any(f.severity == "error" for f in findings)
