"""The README opens with exactly the two commands that CI runs."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    head = text.split("## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", head, flags=re.S)


def test_readme_starts_with_two_single_line_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    install_and_run, install_and_test = commands
    assert "examples/fondapol-ia-securite.txt" in install_and_run
    assert "pytest" in install_and_test


def test_ci_runs_the_readme_commands_verbatim() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in readme_commands():
        assert any(line.startswith(command + " ") or line == command for line in ci), (
            f".ci/run does not run the README command: {command}")


def test_example_is_bundled() -> None:
    assert (REPO / "examples" / "fondapol-ia-securite.txt").stat().st_size > 1000
