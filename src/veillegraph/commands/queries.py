"""``veillegraph queries``: list the stored queries with their summaries and parameters.

``--format markdown`` prints the library's reference, the text of ``docs/queries.md``.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..query import load_library
from ..query.docs import library_markdown

NAME = "queries"
HELP = "list the stored queries with their summaries and parameters"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", help="only queries with this tag")
    p.add_argument(
        "-f",
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text (default), json, or markdown (the docs/queries.md reference)",
    )


def run(args: argparse.Namespace) -> int:
    lib = load_library()
    queries = [q for q in lib if args.tag is None or args.tag in q.tags]
    if args.format == "markdown":
        sys.stdout.write(library_markdown(queries))
        return 0
    if args.format == "json":
        data = [
            {
                "name": q.name,
                "form": q.form,
                "summary": q.summary,
                "tags": list(q.tags),
                "params": [
                    {
                        "name": p.name,
                        "type": p.type,
                        "required": p.required,
                        "default": p.default,
                        "description": p.description,
                    }
                    for p in q.params
                ],
            }
            for q in queries
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    width = max((len(q.name) for q in queries), default=0)
    for q in queries:
        print(f"{q.name.ljust(width)}  {q.summary}")
        for p in q.params:
            print(f"{'':{width}}    --param {p.describe()}")
    return 0
