"""Exception families. Every message says what is wrong, where, and how to fix it."""

from __future__ import annotations

from typing import Any


class InfergwError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigError(InfergwError):
    """A value given by the user (property, config file, command-line flag) is not acceptable."""


class PropsError(ConfigError):
    """A props value is not acceptable: ``field`` (a path such as ``listeners[1].port``), why, and the fix."""

    def __init__(self, field: str, value: Any, message: str) -> None:
        shown = repr(value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        super().__init__(f"{field}={shown}: {message}" if field else message)
        self.field = field
        self.value = value
        self.message = message

    def within(self, prefix: str) -> PropsError:
        """The same problem, one level down: ``rules[0]`` + ``headers[1].name``."""
        joined = f"{prefix}{'' if self.field.startswith('[') else '.'}{self.field}" if self.field else prefix
        return PropsError(joined, self.value, self.message)


class ConstructError(ConfigError):
    """A construct was given impossible input; the message starts with its construct path."""

    def __init__(self, path: object, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)


class NodeMissingError(InfergwError):
    """Node.js, which the jsii runtime under cdk8s needs, is not installed."""


class SynthError(InfergwError):
    """Synthesis could not produce a valid output; nothing was written."""


class OutputError(InfergwError):
    """The output directory cannot be replaced safely (or at all); nothing was written."""
