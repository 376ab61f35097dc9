"""How the endpoint picker reads its arguments: Go's ``flag`` package, for tests that check what the
picker would parse from a container's ``args`` (not how the strings look)."""

from __future__ import annotations

#: The picker flags the tests meet that Go declares as booleans (they take no separate value).
BOOLEAN_FLAGS = frozenset({"ha-enable-leader-election", "tracing", "metrics-endpoint-auth", "enable-pprof"})


def go_flags(args: list[str], booleans: frozenset[str] = BOOLEAN_FLAGS) -> tuple[dict[str, str], list[str]]:
    """Parse ``args`` as Go's ``flag.Parse`` does: ``-name``/``--name``, ``=value`` or (for a
    non-boolean) the next argument as its value; parsing stops at the first argument that is not a
    flag (or after ``--``). Returns the flags and the arguments left unparsed."""
    flags: dict[str, str] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            i += 1
            break
        if not arg.startswith("-") or arg == "-":
            break
        name = arg[2:] if arg.startswith("--") else arg[1:]
        if "=" in name:
            name, value = name.split("=", 1)
            flags[name] = value
            i += 1
        elif name in booleans:
            flags[name] = "true"
            i += 1
        else:
            if i + 1 >= len(args):
                raise ValueError(f"flag needs an argument: {arg}")
            flags[name] = args[i + 1]
            i += 2
    return flags, args[i:]


def intended_flags(args: list[str]) -> list[tuple[str, str]]:
    """The (name, value) pairs a chart author meant: ``--name value`` pairs a flag with the next
    argument unless that is a flag too (then the flag is a bare boolean, ``true``)."""
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(args):
        name = args[i].lstrip("-")
        if "=" in name:
            pairs.append(tuple(name.split("=", 1)))  # type: ignore[arg-type]
            i += 1
        elif i + 1 < len(args) and not args[i + 1].startswith("-"):
            pairs.append((name, args[i + 1]))
            i += 2
        else:
            pairs.append((name, "true"))
            i += 1
    return pairs
