#!/usr/bin/env python3
"""Writes N distinct articles made from samples/articles as JSON Lines, for the web latency benchmark.

Each article is a sample article (taken in turn) with its publication date moved by up to two years
and a dispatch number added at the end, so that every text (and so every id) differs while the words
stay those of the samples. Ingest the output with `vigie ingest FILE --db STORE` (docs/BENCHMARKS.md).

    python3 bench/web/make-articles.py 100000 > /tmp/bench-articles.jsonl
"""
import datetime
import json
import pathlib
import re
import sys


def samples(root):
    for path in sorted((root / "samples" / "articles").glob("*.txt")):
        # The article format: an optional "date YYYY-MM-DD" header, the body, "Source: …" last; the file name starts with the date.
        text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", path.read_text(encoding="utf-8")).strip()
        lines = text.split("\n")
        source = lines[-1].removeprefix("Source: ").strip() if lines[-1].startswith("Source: ") else None
        body = "\n".join(lines[:-1] if source else lines).strip()
        yield datetime.date.fromisoformat(path.name[:10]), source, body


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    root = pathlib.Path(__file__).resolve().parents[2]
    base = list(samples(root))
    out = sys.stdout
    for i in range(count):
        published, source, body = base[i % len(base)]
        day = published + datetime.timedelta(days=(i // len(base)) % 730 - 365)
        record = {"text": f"{body}\n\nDépêche n° {i}.", "published": day.isoformat(), "source": source}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
