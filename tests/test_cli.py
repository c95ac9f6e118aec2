"""The command line: help on every command, errors on stderr, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from veillegraph.cli import COMMANDS, main, make_parser


def commands() -> list[str]:
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[arg-type]


def test_core_commands_exist() -> None:
    assert {"build", "validate", "query", "export"} <= set(commands())
    assert set(commands()) <= set(COMMANDS)


@pytest.mark.parametrize("name", commands())
def test_help_of_each_command(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "usage: veillegraph " + name in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_bad_option_is_a_usage_error_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "x.txt", "--output", "g.trig", "--no-such-option"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--no-such-option" in captured.err and "--help" in captured.err


def test_console_script_runs_as_module(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "veillegraph", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.startswith("veillegraph ")


def test_quiet_and_verbose_work_after_the_command() -> None:
    parser = make_parser()
    assert parser.parse_args(["build", "x.txt", "-o", "g.trig", "-q"]).quiet is True
    assert parser.parse_args(["-v", "build", "x.txt", "-o", "g.trig"]).verbose is True
    assert parser.parse_args(["build", "x.txt", "-o", "g.trig"]).quiet is False
