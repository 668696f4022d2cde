#!/usr/bin/env python3
"""Check the planner's optimum with an independent MIP solver (HiGHS, through highspy).

Usage: check_model.py MODEL PLAN_JSON
       check_model.py MODEL --feasibility

With --feasibility, only says whether the model has a solution: `check_model: MODEL: HiGHS finds a
plan (optimum N)` or `check_model: MODEL: HiGHS finds no plan (Infeasible)`, exit 0 either way.
The tests use it to check the planner's explanations of "no plan" on models exported with one rule
switched off.

MODEL is what `forum-planner export-model` writes (.lp or .mps); PLAN_JSON is the planner's plan
for the same plan file (`forum-planner plan --json`, or the plan.json that `plan --out DIR` writes).

1. Solves MODEL to optimality (mip_rel_gap = 0). When the plan's status is `optimal`, HiGHS's
   optimum must equal the plan's `objective`; when it is `feasible` (the node budget ran out), the
   optimum must lie between the plan's `lower_bound` and its `objective`.
2. Fixes the variables of the planner's plan (each forum's date, start, mode and venue, found
   through the `var` comments of MODEL) to 1 and every other forum variable to 0, and solves again:
   the plan must be feasible in the model, with the plan's objective.

Prints what it found and a closing line such as
`check_model: model.lp: HiGHS optimum 434 = planner objective 434 (optimal); the plan is feasible in the model at 434`.
Exits 0 when everything agrees, 1 on any mismatch (a bug in the planner or the exporter),
2 on bad usage or when highspy is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from pathlib import Path

try:
    import highspy
except ImportError:  # pragma: no cover - depends on the machine
    print("check_model: Python package 'highspy' is not installed (run `make test`: it installs the pinned test tools into .venv/)", file=sys.stderr)
    sys.exit(2)

# `\ var x3_0_1 2027-r1-east-surrey 2027-06-08 10:15 in-person linden-road` (LP) or `* var ...` (MPS).
VAR_LINE = re.compile(r"^[\\*] var (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\s*$")
TOLERANCE = 1e-6


def fail(message: str) -> None:
    print(f"check_model: {message}", file=sys.stderr)
    sys.exit(2)


def read_map(path: Path) -> dict[tuple[str, str, str, str, str], str]:
    """Reads the `var` comments: (forum id, date, start, mode, venue or '-') -> variable name."""
    result: dict[tuple[str, str, str, str, str], str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith(("\\", "*")):
                if result:
                    break  # the comments come first
                continue
            match = VAR_LINE.match(line)
            if match:
                name, forum, date, start, mode, venue = match.groups()
                result[(forum, date, start, mode, venue)] = name
    if not result:
        fail(f"{path}: no `var` comments (expected a model written by forum-planner export-model)")
    return result


@contextlib.contextmanager
def solver_output_silenced():
    """Sends what the solver library prints itself (C-level standard output and error) to /dev/null.

    HiGHS 1.16 prints a banner from `Highs()` itself, before any option can be set, so the
    file descriptors are redirected around the constructor; only this script's own lines are
    printed, whatever version of HiGHS is installed.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved + [null]:
            os.close(fd)


def new_solver() -> "highspy.Highs":
    """A HiGHS instance with its own output off (set before any model is read)."""
    with solver_output_silenced():
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
    return h


def solve(path: Path, fixed: dict[str, int] | None = None) -> tuple[str, float | None]:
    """Solves the model (with the named columns fixed to the given values); returns status and objective."""
    h = new_solver()
    h.setOptionValue("mip_rel_gap", 0.0)
    if h.readModel(str(path)) != highspy.HighsStatus.kOk:
        fail(f"{path}: HiGHS cannot read the model")
    if fixed is not None:
        index = {name: i for i, name in enumerate(h.getLp().col_names_)}
        for name, value in fixed.items():
            if name not in index:
                fail(f"{path}: variable {name} is in a `var` comment but not in the model")
            h.changeColBounds(index[name], float(value), float(value))
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    if status != "Optimal":
        return status, None
    return status, h.getInfo().objective_function_value


def whole(value: float) -> int | None:
    """The integer a solver's objective stands for, or None when it is not within tolerance of one."""
    nearest = round(value)
    return nearest if abs(value - nearest) <= TOLERANCE * max(1.0, abs(value)) else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="the model written by forum-planner export-model (.lp or .mps)")
    parser.add_argument("plan", type=Path, nargs="?", help="the planner's plan JSON for the same plan file")
    parser.add_argument("--feasibility", action="store_true", help="only say whether the model has a solution")
    args = parser.parse_args()

    if args.feasibility:
        if not args.model.is_file():
            fail(f"{args.model}: no such file")
        status, value = solve(args.model)
        found = f"a plan (optimum {whole(value) if whole(value) is not None else value})" if value is not None else f"no plan ({status})"
        print(f"check_model: {args.model}: HiGHS finds {found}")
        return 0
    if args.plan is None:
        fail("give the plan JSON, or --feasibility")
    for path in (args.model, args.plan):
        if not path.is_file():
            fail(f"{path}: no such file")
    try:
        plan = json.loads(args.plan.read_text(encoding="utf-8"))
        status, objective, lower = plan["status"], int(plan["objective"]), int(plan["lower_bound"])
        forums = plan["forums"]
    except (ValueError, KeyError, TypeError) as error:
        fail(f"{args.plan}: not a plan.json with status, objective, lower_bound and forums ({error})")
    names = read_map(args.model)
    problems: list[str] = []

    # 1. The optimum.
    highs_status, value = solve(args.model)
    if value is None:
        print(f"check_model: {args.model}: HiGHS finds no solution ({highs_status}), but the planner has a plan", file=sys.stderr)
        return 1
    optimum = whole(value)
    if optimum is None:
        problems.append(f"HiGHS optimum {value} is not a whole number")
        optimum = round(value)
    if status == "optimal":
        relation = "=" if optimum == objective else "!="
        verdict = f"HiGHS optimum {optimum} {relation} planner objective {objective} (optimal)"
        if optimum != objective:
            problems.append(f"the planner says its plan of {objective} is optimal, but HiGHS finds the optimum {optimum}")
    else:
        verdict = f"planner lower bound {lower} <= HiGHS optimum {optimum} <= planner objective {objective} ({status})"
        if not lower <= optimum <= objective:
            problems.append(f"HiGHS optimum {optimum} is outside the planner's bounds [{lower}, {objective}]")

    # 2. The planner's own plan, fixed.
    fixed = {name: 0 for name in names.values()}
    for forum in forums:
        key = (forum["id"], forum["date"], forum["start"], forum["mode"], forum.get("venue") or "-")
        name = names.get(key)
        if name is None:
            problems.append(f"the plan's forum {' '.join(key)} is not an option of the model")
            continue
        fixed[name] = 1
    planned = {forum["id"] for forum in forums}
    modelled = {key[0] for key in names}
    for missing in sorted(modelled - planned):
        problems.append(f"forum {missing} is in the model but not in the plan")
    fixed_status, fixed_value = solve(args.model, fixed)
    if fixed_value is None:
        problems.append(f"the planner's plan is not feasible in the model ({fixed_status})")
        check = "the plan is not feasible in the model"
    else:
        at = whole(fixed_value)
        check = f"the plan is feasible in the model at {at if at is not None else fixed_value}"
        if at != objective:
            cost = at if at is not None else fixed_value
            problems.append(f"the planner's plan costs {cost} in the model, but the planner says {objective}")

    for problem in problems:
        print(f"check_model: {args.model}: {problem}", file=sys.stderr)
    print(f"check_model: {args.model}: {verdict}; {check}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
