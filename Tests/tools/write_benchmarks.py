#!/usr/bin/env python3
"""Writes Documentation/Benchmarks.md from the output of `forum-planner bench`.

Usage: write_benchmarks.py BENCH_OUTPUT.txt Documentation/Benchmarks.md --command "make bench ..."
       [--load-at-start FILE]

The tables are copied as `bench` printed them, under a header naming the machine (processor,
cores, memory, load average at the start, from FILE, a copy of /proc/loadavg made before the run,
and at the end), the date and the exact command, so the figures are never typed by hand. A table
whose first line is `## Title` (the side-by-side tables of --perturb and --highs-areas) gets that
title; the others are named by their first column. Run by `make bench`. Standard library only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from pathlib import Path


def machine(load_at_start: str | None) -> str:
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
    if load and load_at_start:
        load = f", load average {' '.join(load_at_start.split()[:3])} at the start, {load.split('load average ')[1]} at the end"
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}{load}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_output", type=Path)
    parser.add_argument("markdown", type=Path)
    parser.add_argument("--command", default="make bench")
    parser.add_argument("--load-at-start", type=Path, help="a copy of /proc/loadavg made before the run")
    args = parser.parse_args()
    load_at_start = None
    if args.load_at_start is not None:
        try:
            load_at_start = args.load_at_start.read_text(encoding="utf-8")
        except OSError as error:
            print(f"write_benchmarks: {args.load_at_start}: {error.strerror}", file=sys.stderr)
            return 1
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
        f"- Machine: {machine(load_at_start)}",
        f"- Command: `{args.command}`",
        "",
    ]
    for block in tables:
        lines = block.split("\n")
        if lines[0].startswith("## "):
            title, block = lines[0][3:].strip(), "\n".join(lines[1:])
        else:
            first = block.split()[0]
            title = titles.get(first, first)
        out += [f"## {title}", "", "```", block, "```", ""]
    out.append("[Back to the README](../README.md)")
    args.markdown.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"write_benchmarks: wrote {args.markdown} ({len(tables)} tables)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
