"""Exception families. Every message says what is wrong, where, and how to fix it."""

from __future__ import annotations


class InfergwError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigError(InfergwError):
    """A value given by the user (property, config file, command-line flag) is not acceptable."""


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
