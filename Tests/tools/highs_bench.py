#!/usr/bin/env python3
"""Solve one exported model with HiGHS and time the solve alone, for `forum-planner bench`.

Usage: highs_bench.py MODEL [--time-limit SECONDS]

MODEL is what `forum-planner export-model` writes (.lp or .mps). HiGHS (highspy) reads it, then
`Highs.run()` solves it with mip_rel_gap = 0 (an optimum, not one within HiGHS's default 0.01 %);
only `run()` is timed, not Python's start-up, importing highspy or reading the model.

Prints one line of JSON:
`{"status": "Optimal", "objective": 434.0, "bound": 434.0, "seconds": 0.0312, "nodes": 1}`
where status is HiGHS's model status (`Optimal`, `Infeasible`, `Time limit reached`, ...),
objective the best solution's value and bound the proven dual bound (null when HiGHS has none),
seconds the wall time of `run()`, and nodes HiGHS's branch-and-bound nodes.
Exits 0 when HiGHS ran (whatever it found), 2 on bad usage, a missing highspy or an unreadable model.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from check_model import fail, new_solver, highspy  # the same HiGHS set-up as the model check


def finite(value: float) -> float | None:
    """The value, or None for HiGHS's infinities (no solution, no bound)."""
    return value if math.isfinite(value) and abs(value) < 1e30 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="the model written by forum-planner export-model (.lp or .mps)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="stop HiGHS after this many seconds (default 120)")
    args = parser.parse_args()
    if not args.model.is_file():
        fail(f"{args.model}: no such file")
    if not args.time_limit > 0:
        fail(f"--time-limit: {args.time_limit} (expected a number of seconds above 0, e.g. 120)")

    h = new_solver()
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("time_limit", float(args.time_limit))
    if h.readModel(str(args.model)) != highspy.HighsStatus.kOk:
        fail(f"{args.model}: HiGHS cannot read the model")
    start = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - start

    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
    result = {
        "status": status,
        "objective": finite(info.objective_function_value) if has_solution else None,
        "bound": finite(info.mip_dual_bound),
        "seconds": round(seconds, 6),
        "nodes": int(info.mip_node_count),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
