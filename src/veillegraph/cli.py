"""The ``veillegraph`` command: a thin argparse shell over the library.

Each sub-command lives in ``veillegraph.commands.<name>`` and defines
``NAME``, ``HELP``, ``configure(parser)`` and ``run(args) -> int``.
Data goes to stdout, messages to stderr. Exit codes: 0 success, 1 the job ran
and found problems (violations, rejected records), 2 bad usage or unreadable
input, 3 an internal error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from . import __version__
from ._errors import InputError, UsageError, VeillegraphError

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = ("build", "validate", "query", "queries", "export", "report", "stats", "serve", "push", "pull", "link")

log = logging.getLogger("veillegraph")


def _command_modules() -> list[ModuleType]:
    mods = []
    for name in COMMANDS:
        try:
            mods.append(importlib.import_module(f"veillegraph.commands.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"veillegraph.commands.{name}":
                raise
    return mods


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="veillegraph", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"veillegraph {__version__}")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    verbosity.add_argument("-v", "--verbose", action="store_true", help="more detail on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for mod in _command_modules():
        p = sub.add_parser(mod.NAME, help=mod.HELP, description=mod.HELP)
        mod.configure(p)
        if not any("--quiet" in a.option_strings for a in p._actions):
            level = p.add_mutually_exclusive_group()
            level.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                               help="only errors on stderr")
            level.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                               help="more detail on stderr")
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (also used by the console script)."""
    try:
        parser = make_parser()
        args = parser.parse_args(argv)
        level = logging.ERROR if args.quiet else logging.DEBUG if args.verbose else logging.INFO
        logging.basicConfig(level=level, format="veillegraph: %(message)s", stream=sys.stderr, force=True)
        if not getattr(args, "_run", None):
            parser.print_help(sys.stderr)
            return 2
        code: int = args._run(args)
        return code
    except (UsageError, InputError) as exc:
        print(f"veillegraph: error: {exc}", file=sys.stderr)
        return 2
    except VeillegraphError as exc:
        print(f"veillegraph: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("veillegraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
