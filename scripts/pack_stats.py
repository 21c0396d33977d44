#!/usr/bin/env python3
"""Prints Markdown tables of the quiz packs in quizzes/: an overview of every pack, then, for each
pack, how many questions it has per topic, by kind and by difficulty.

Usage (from the repository root, or anywhere):
    python3 scripts/pack_stats.py            # the packs in quizzes/
    python3 scripts/pack_stats.py DIR        # the packs in another folder

Python 3 standard library only. It reads the JSON as is and does not validate it: run
`cargo run --release --bin halol -- validate quizzes/` for that.
"""

import json
import sys
from collections import Counter
from pathlib import Path

# The kinds in the order quizzes/FORMAT.md lists them.
KINDS = ["single", "multiple", "true_false", "ordering", "situation"]
DIFFICULTIES = [1, 2, 3]


def pack_files(folder):
    """The pack files of a folder: *.json but not *.schema.json, sorted by name."""
    return sorted(
        p for p in folder.glob("*.json") if not p.name.endswith(".schema.json")
    )


def table(header, rows):
    """A Markdown table; columns of numbers are right-aligned."""
    def numeric(i):
        return all(isinstance(row[i], int) or row[i] in ("", "-") for row in rows)

    align = ["---:" if numeric(i) else "---" for i in range(len(header))]
    lines = [header, align] + [[str(c) for c in row] for row in rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def overview(packs):
    rows = []
    for pack in packs:
        questions = pack["questions"]
        settings = pack.get("settings", {})
        per_attempt = settings.get("question_count", len(questions))
        limit = settings.get("time_limit_secs")
        minutes = limit // 60 if limit else "-"
        rows.append(
            [
                f"`{pack['id']}`",
                pack["kind"],
                pack["title"].get("uz-Cyrl", ""),
                len(questions),
                per_attempt,
                minutes,
            ]
        )
    header = ["pack", "kind", "title", "questions", "per attempt", "time limit, min"]
    return table(header, rows)


def per_topic(pack):
    """Rows: topics (then the total); columns: each kind used, each difficulty, the total."""
    questions = pack["questions"]
    kinds = [k for k in KINDS if any(q["kind"] == k for q in questions)]
    topics = sorted({q.get("topic", "(none)") for q in questions})
    has_unrated = any("difficulty" not in q for q in questions)
    levels = DIFFICULTIES + (["?"] if has_unrated else [])

    def row(label, subset):
        by_kind = Counter(q["kind"] for q in subset)
        by_level = Counter(q.get("difficulty", "?") for q in subset)
        return (
            [label]
            + [by_kind[k] or "" for k in kinds]
            + [by_level[d] or "" for d in levels]
            + [len(subset)]
        )

    rows = [
        row(f"`{t}`", [q for q in questions if q.get("topic", "(none)") == t])
        for t in topics
    ]
    rows.append(row("**total**", questions))
    header = ["topic"] + kinds + [f"level {d}" for d in levels] + ["total"]
    return table(header, rows)


def main():
    root = Path(__file__).resolve().parent.parent
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "quizzes"
    packs = []
    for path in pack_files(folder):
        with open(path, encoding="utf-8-sig") as f:
            packs.append(json.load(f))
    print(overview(packs))
    for pack in packs:
        print()
        print(f"#### `{pack['id']}`")
        print()
        print(per_topic(pack))


if __name__ == "__main__":
    main()
