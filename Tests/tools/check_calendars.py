#!/usr/bin/env python3
"""Check every .ics file in a folder with an independent parser (Python icalendar + zoneinfo).

Usage: check_calendars.py FOLDER [--expect EXPECT.json]

A file fails when icalendar cannot parse it, or it has no VTIMEZONE with TZID Europe/London.
An event fails when its DTSTART or DTEND is floating (no TZID and not UTC), when icalendar's
reading of it disagrees with zoneinfo's Europe/London, or, with --expect, when its UTC start
differs from the expected one. EXPECT.json is a JSON list of
{"uid": "...", "start_utc": "YYYY-MM-DDTHH:MM:SSZ"}; every listed UID must appear in at least
one file, and wherever it appears its start must match.

Prints one line per problem, then a closing line such as
`check_calendars: 12 files, 60 events passed, 0 failed`. Exits 0 when nothing failed, 1 when
anything failed, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

try:
    import icalendar
except ImportError:  # pragma: no cover - depends on the machine
    print("check_calendars: Python package 'icalendar' is not installed (pip install icalendar)", file=sys.stderr)
    sys.exit(2)

LONDON = "Europe/London"
UTC = dt.timezone.utc


def load_expectations(path: Path) -> dict[str, dt.datetime]:
    """Reads the --expect file into {uid: aware UTC datetime}; exits 2 when it is malformed."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        expected = {}
        for entry in entries:
            start = dt.datetime.strptime(entry["start_utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            expected[str(entry["uid"])] = start
        return expected
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"check_calendars: cannot read {path}: {error}", file=sys.stderr)
        sys.exit(2)


def file_zones(calendar) -> dict[str, dt.tzinfo]:
    """Each VTIMEZONE of the file turned into a tzinfo from its own rules, not looked up by name."""
    zones = {}
    for zone in calendar.walk("VTIMEZONE"):
        try:
            zones[str(zone.get("TZID"))] = zone.to_tz(lookup_tzid=False)
        except TypeError:  # icalendar before 6 has no lookup_tzid; its to_tz builds from the rules
            zones[str(zone.get("TZID"))] = zone.to_tz()
    return zones


def utc_of(event, name: str, zones: dict[str, dt.tzinfo]) -> tuple[dt.datetime | None, str | None]:
    """The property's instant in UTC, or (None, reason) when it is missing, floating or inconsistent.

    For TZID=Europe/London the wall time is converted twice, with the file's own VTIMEZONE rules
    and with zoneinfo's Europe/London (the system tz data); the two must agree.
    """
    prop = event.get(name)
    if prop is None:
        return None, f"{name} is missing"
    value = prop.dt
    if not isinstance(value, dt.datetime):
        return None, f"{name} is a date without a time"
    if value.tzinfo is None:
        return None, f"{name} {value.isoformat()} is floating (no TZID)"
    instant = value.astimezone(UTC)
    tzid = prop.params.get("TZID")
    if tzid == LONDON and LONDON in zones:
        naive = value.replace(tzinfo=None)
        by_file = naive.replace(tzinfo=zones[LONDON]).astimezone(UTC)
        by_zoneinfo = naive.replace(tzinfo=ZoneInfo(LONDON)).astimezone(UTC)
        if by_file != by_zoneinfo:
            return None, (
                f"{name} {naive.isoformat()} is {by_file:%Y-%m-%dT%H:%M:%SZ} by the file's VTIMEZONE "
                f"but {by_zoneinfo:%Y-%m-%dT%H:%M:%SZ} by zoneinfo {LONDON}"
            )
    return instant, None


def check_file(path: Path, expected: dict[str, dt.datetime], seen: set[str]) -> tuple[int, list[str]]:
    """Checks one file; returns (events passed, problem lines)."""
    try:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
    except Exception as error:  # icalendar raises several types for bad input
        return 0, [f"FAIL {path.name}: icalendar cannot parse it: {error}"]
    problems = []
    try:
        zones = file_zones(calendar)
    except Exception as error:  # a VTIMEZONE icalendar cannot turn into rules
        return 0, [f"FAIL {path.name}: icalendar cannot read its VTIMEZONE: {error}"]
    if LONDON not in zones:
        problems.append(f"FAIL {path.name}: no VTIMEZONE with TZID {LONDON} (found {sorted(zones) or 'none'})")
    passed = 0
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", "(no UID)"))
        seen.add(uid)
        event_problems = []
        start, reason = utc_of(event, "DTSTART", zones)
        if reason:
            event_problems.append(reason)
        _, reason = utc_of(event, "DTEND", zones)
        if reason:
            event_problems.append(reason)
        want = expected.get(uid)
        if want is not None and start is not None and start != want:
            event_problems.append(f"starts at {start:%Y-%m-%dT%H:%M:%SZ}, expected {want:%Y-%m-%dT%H:%M:%SZ}")
        if event_problems:
            problems += [f"FAIL {path.name}: UID {uid}: {text}" for text in event_problems]
        else:
            passed += 1
    return passed, problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Check .ics files with Python icalendar and zoneinfo.")
    parser.add_argument("folder", type=Path, help="folder whose *.ics files are checked")
    parser.add_argument("--expect", type=Path, help="JSON list of {uid, start_utc} every event must match")
    args = parser.parse_args(argv)

    expected = load_expectations(args.expect) if args.expect else {}
    files = sorted(args.folder.glob("*.ics"))
    if not files:
        print(f"FAIL {args.folder}: no .ics files found")
        print("check_calendars: 0 files, 0 events passed, 1 failed")
        return 1
    seen: set[str] = set()
    passed, problems = 0, []
    for path in files:
        file_passed, file_problems = check_file(path, expected, seen)
        passed += file_passed
        problems += file_problems
    problems += [f"FAIL --expect: UID {uid} is in no file" for uid in sorted(set(expected) - seen)]
    for line in problems:
        print(line)
    print(f"check_calendars: {len(files)} files, {passed} events passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
