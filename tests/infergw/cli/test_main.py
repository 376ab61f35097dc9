"""The command's last resort: an unexpected exception is one line and exit 3, never a traceback."""

from __future__ import annotations

import pytest
from infergw.cli import crds as crds_command
from infergw.cli import main


def _explode(args):
    raise KeyError("boom")


def test_an_internal_error_is_one_line_and_exit_3(monkeypatch, capsys):
    monkeypatch.setattr(crds_command, "handle", _explode)
    monkeypatch.delenv("INFERGW_DEBUG", raising=False)
    assert main(["crds"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("infergw crds: internal error: KeyError: 'boom'. Existing output is unchanged.")
    assert "Traceback" not in err and err.count("\n") == 1


def test_infergw_debug_shows_the_traceback(monkeypatch):
    monkeypatch.setattr(crds_command, "handle", _explode)
    monkeypatch.setenv("INFERGW_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["crds"])
