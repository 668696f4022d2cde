#!/usr/bin/env python3
"""Writes Documentation/Benchmarks.md from the output of `forum-planner bench`.

Usage: write_benchmarks.py BENCH_OUTPUT.txt Documentation/Benchmarks.md --command "make bench ..."

The tables are copied as `bench` printed them, under a header naming the machine (processor,
cores, memory, load average), the date and the exact command, so the figures are never typed by
hand. Run by `make bench`. Standard library only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from pathlib import Path


def machine() -> str:
    cpu = "unknown processor"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                break
    except (OSError, ValueError):
        pass
    load = ", load average %.2f %.2f %.2f" % os.getloadavg() if hasattr(os, "getloadavg") else ""
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}{load}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_output", type=Path)
    parser.add_argument("markdown", type=Path)
    parser.add_argument("--command", default="make bench")
    args = parser.parse_args()
    text = args.bench_output.read_text(encoding="utf-8").strip("\n")
    if not text:
        print(f"write_benchmarks: {args.bench_output} is empty (did `bench` fail?)", file=sys.stderr)
        return 1
    tables = [block.strip("\n") for block in text.split("\n\n") if block.strip()]
    titles = {"instance": "Solver", "calendars": "Calendars", "claims": "Claims"}
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` from what `forum-planner bench` printed: do not edit by hand, run it",
        "again. How to read the columns, and what the figures mean for the solver, is in",
        "[Solver.md](Solver.md); the rows are explained by `forum-planner bench --help`.",
        "",
        f"- Date: {dt.datetime.now(dt.timezone.utc).strftime('%d %B %Y, %H:%M UTC')}",
        f"- Machine: {machine()}",
        f"- Command: `{args.command}`",
        "",
    ]
    for block in tables:
        first = block.split()[0]
        out += [f"## {titles.get(first, first)}", "", "```", block, "```", ""]
    out.append("[Back to the README](../README.md)")
    args.markdown.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"write_benchmarks: wrote {args.markdown} ({len(tables)} tables)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
