"""The SIGKILL benchmark (issue 9) as a ``bench/run.py`` entry: see ``kill_bench.py``."""

from kill_bench import run

__all__ = ["run"]
