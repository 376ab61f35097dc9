"""Checks shared by the renderers, beside :func:`infergw.settings.check_props`."""

from __future__ import annotations

import dataclasses
from typing import Any

from infergw.settings import PropsError, check_props


def check_props_nested(props: Any) -> None:
    """:func:`check_props`, looking first inside the optional nested settings of ``props``.

    A nested settings value that may be None (``logging: AccessLogging | None``) is a choice of two
    schemas, and the schema check reports a problem inside it as the whole value not matching;
    checking the nested value on its own names the field that is wrong (``logging.sample_rate``).
    """
    for f in dataclasses.fields(props):
        value = getattr(props, f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            try:
                check_props_nested(value)
            except PropsError as exc:
                raise PropsError(f"{f.name}.{exc.field}", exc.value, exc.message) from None
    check_props(props)
