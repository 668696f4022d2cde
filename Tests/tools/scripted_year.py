#!/usr/bin/env python3
"""A coordinator's year, run through the built forum-planner and checked with Python's icalendar.

Usage: scripted_year.py BINARY FIXTURE_DIR WORK_DIR

Copies FIXTURE_DIR (the Surrey year) into WORK_DIR and, with a plan book there:
  2027-01-15  plan and publish
  2027-08-20  a venue withdrawn on the day of a published in-person forum; re-plan and publish
  2027-09-01  cancel one forum; publish
  2027-10-01  remove an area (Farnham & North East Hants); re-plan and publish
  2027-11-01  re-plan and publish: nothing has changed

After each publication the calendars are read with icalendar (independent of libical) and checked:
  - no UID ever published is missing from forums.ics, nor a forum's from its area file;
  - SEQUENCE of every event (forums and staff) rises by one exactly when what the event shows
    (everything but SEQUENCE and DTSTAMP) changes, and stays the same otherwise;
  - cancelled forums stay CANCELLED, titled "Cancelled: <area> forum, <date>";
  - no forum moved to a day before the re-plan; forums before that day are unchanged, even when
    the plan file no longer has their area or venue;
  - `history --json` lists every version.

Prints one line per failed check, then `scripted_year: N passed, M failed`. Exits 0 when nothing
failed, 1 otherwise, 2 on bad usage.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

try:
    import icalendar
except ImportError:  # pragma: no cover - depends on the machine
    print("scripted_year: Python package 'icalendar' is not installed", file=sys.stderr)
    sys.exit(2)

REMOVED_AREA = "farnham-north-east-hants"
passed = 0
failed = 0


def check(condition: bool, message: str) -> None:
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {message}")


class Year:
    def __init__(self, binary: str, fixture: Path, work: Path) -> None:
        self.binary = binary
        self.folder = work / "surrey"
        if work.exists():
            shutil.rmtree(work)
        shutil.copytree(fixture, self.folder, ignore=shutil.ignore_patterns("*.sqlite*"))
        self.config = str(self.folder / "plan.yaml")
        self.out = self.folder / "Calendars"

    def run(self, *arguments: str, expect: int = 0) -> str:
        result = subprocess.run([self.binary, *arguments, "--config", self.config], capture_output=True, text=True)
        if result.returncode != expect:
            print(result.stdout + result.stderr)
            raise SystemExit(f"scripted_year: `{' '.join(arguments)}` exited {result.returncode}, expected {expect}")
        return result.stdout

    def replan_and_publish(self, today: str, note: str) -> str:
        self.run("plan", "--today", today)
        return self.run("publish", "--today", today, "--out", str(self.out), "--note", note)


def events(path: Path) -> dict[str, icalendar.cal.Component]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def content(event: icalendar.cal.Component) -> str:
    """Everything the event shows but SEQUENCE and DTSTAMP, alarms included."""
    lines = [line for line in event.to_ical().decode().split("\r\n") if not re.match(r"^(SEQUENCE|DTSTAMP)[;:]", line)]
    return "\n".join(lines)


def day(event: icalendar.cal.Component) -> dt.date:
    return event["DTSTART"].dt.date()


class Snapshot:
    def __init__(self, out: Path) -> None:
        self.forums = events(out / "forums.ics")
        self.staff = events(out / "coordinators.ics")
        self.areas = {p.name: events(p) for p in out.glob("area-*.ics")}
        self.plan = json.loads((out / "plan.json").read_text())


def compare(before: Snapshot | None, after: Snapshot, today: dt.date, step: str) -> None:
    """The invariants between two published versions."""
    for uid, event in after.forums.items():
        area_file = f"area-{uid.split('@')[0].split('-', 2)[2]}.ics"
        check(uid in after.areas.get(area_file, {}), f"{step}: {uid} is missing from {area_file}")
        if event["STATUS"] == "CANCELLED":
            summary = str(event["SUMMARY"])
            check(re.fullmatch(r"Cancelled: .+ forum, \w{3} \d{1,2} \w{3} \d{4}", summary) is not None, f"{step}: cancelled {uid} is titled {summary!r}")
    if before is None:
        return
    for name, old_events, new_events in [("forums.ics", before.forums, after.forums), ("coordinators.ics", before.staff, after.staff)]:
        for uid, old in old_events.items():
            check(uid in new_events, f"{step}: {uid}, published before, is missing from {name}")
            if uid not in new_events:
                continue
            new = new_events[uid]
            same = content(old) == content(new)
            old_seq, new_seq = int(old.get("SEQUENCE", 0)), int(new.get("SEQUENCE", 0))
            expected = old_seq if same else old_seq + 1
            check(new_seq == expected, f"{step}: {name} {uid} SEQUENCE {old_seq} -> {new_seq}, expected {expected} (content {'same' if same else 'changed'})")
            if name == "forums.ics":
                if day(old) < today:
                    check(same, f"{step}: {uid} of {day(old)}, before {today}, changed")
                if old["DTSTART"].dt != new["DTSTART"].dt:
                    check(day(new) >= today, f"{step}: {uid} moved to {day(new)}, before the re-plan on {today}")
                if old["STATUS"] == "CANCELLED":
                    check(new["STATUS"] == "CANCELLED", f"{step}: cancelled {uid} is no longer cancelled")


def withdraw_venue(year: Year, snapshot: Snapshot, after: dt.date) -> str:
    """Makes the venue of the first in-person forum after `after` (+ 3 weeks) unavailable that day."""
    for forum in sorted(snapshot.plan["forums"], key=lambda f: f["date"]):
        if forum["mode"] == "in-person" and dt.date.fromisoformat(forum["date"]) > after + dt.timedelta(days=21):
            venues = year.folder / "venues.yaml"
            text = venues.read_text()
            block = re.search(rf"(  - id: {re.escape(forum['venue'])}\n(?:    .*\n|      .*\n)*)", text)
            assert block, forum["venue"]
            body = block.group(1)
            if re.search(r"    unavailable: \[", body):
                new_body = re.sub(r"    unavailable: \[", f"    unavailable: [{forum['date']}, ", body, count=1)
            else:
                new_body = body + f"    unavailable: [{forum['date']}]\n"
            venues.write_text(text.replace(body, new_body))
            return forum["id"]
    raise SystemExit("scripted_year: no in-person forum to withdraw a venue from")


def remove_area(year: Year, area: str) -> None:
    plan = year.folder / "plan.yaml"
    text = plan.read_text()
    text = re.sub(rf"  - id: {area}\n(?:    .*\n)*", "", text)
    text = re.sub(rf"    {area}: \[.*\]\n", "", text)
    plan.write_text(text)
    venues = year.folder / "venues.yaml"
    text = venues.read_text()
    text = re.sub(rf"  - id: [a-z0-9-]+\n    name: .*\n    area: {area}\n(?:    .*\n|      .*\n)*", "", text)
    venues.write_text(text)


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    year = Year(argv[1], Path(argv[2]), Path(argv[3]))

    # 15 Jan: plan and publish.
    year.replan_and_publish("2027-01-15", "First publication")
    v1 = Snapshot(year.out)
    compare(None, v1, dt.date(2027, 1, 15), "2027-01-15")
    check(len(v1.plan["forums"]) == 24, f"2027-01-15: {len(v1.plan['forums'])} forums, expected 24")

    # 20 Aug: a venue withdrawn; re-plan and publish.
    moved = withdraw_venue(year, v1, dt.date(2027, 8, 20))
    output = year.replan_and_publish("2027-08-20", "Venue withdrawn")
    v2 = Snapshot(year.out)
    compare(v1, v2, dt.date(2027, 8, 20), "2027-08-20")
    uid = f"{moved}@focus-forum-planner"
    check(content(v1.forums[uid]) != content(v2.forums[uid]), f"2027-08-20: {moved} did not change after its venue was withdrawn")
    description = str(v2.forums[uid]["DESCRIPTION"])
    check("Changed: first announced for" in description and "because the venue is no longer available that day" in description,
          f"2027-08-20: {moved} has no change note: {description[:300]!r}")
    check(day(v2.forums[uid]) >= dt.date(2027, 8, 20) + dt.timedelta(days=14), f"2027-08-20: {moved} moved at short notice to {day(v2.forums[uid])}")
    check("forum changed" in output, f"2027-08-20: publish said {output!r}")

    # 1 Sep: cancel one forum.
    candidates = [f for f in v2.plan["forums"] if f["date"] > "2027-09-01" and f["id"] != moved]
    cancelled = sorted(candidates, key=lambda f: f["date"])[0]["id"]
    year.run("cancel", cancelled, "--reason", "the coordinator is ill", "--today", "2027-09-01")
    year.run("publish", "--today", "2027-09-01", "--out", str(year.out))
    v3 = Snapshot(year.out)
    compare(v2, v3, dt.date(2027, 9, 1), "2027-09-01")
    event = v3.forums[f"{cancelled}@focus-forum-planner"]
    check(event["STATUS"] == "CANCELLED", f"2027-09-01: {cancelled} is {event['STATUS']}, expected CANCELLED")
    check("because the coordinator is ill" in str(event["DESCRIPTION"]), f"2027-09-01: {cancelled} does not give the reason")
    check(str(v3.forums[uid]["DESCRIPTION"]).count("Changed: first announced") == 1, f"2027-09-01: {moved} lost its change note")

    # 1 Oct: remove an area; re-plan and publish.
    remove_area(year, REMOVED_AREA)
    year.replan_and_publish("2027-10-01", "Area paused")
    v4 = Snapshot(year.out)
    compare(v3, v4, dt.date(2027, 10, 1), "2027-10-01")
    area_file = f"area-{REMOVED_AREA}.ics"
    check(area_file in v4.areas, f"2027-10-01: {area_file} is no longer written")
    for uid4, event in v4.areas.get(area_file, {}).items():
        if day(event) >= dt.date(2027, 10, 1) or uid4 == f"{cancelled}@focus-forum-planner":
            # After the removal, or the forum cancelled on 1 Sep (when it is one of this area's).
            check(event["STATUS"] == "CANCELLED", f"2027-10-01: {uid4} of the removed area is {event['STATUS']}")
        else:
            check(event["STATUS"] == "CONFIRMED", f"2027-10-01: {uid4}, held before the area was removed, is {event['STATUS']}")
    check(cancelled in {c["id"] for c in v4.plan["cancelled"]}, f"2027-10-01: {cancelled} is not in plan.json's cancelled list")

    # 1 Nov: nothing has changed.
    before = {p.name: p.read_bytes() for p in year.out.iterdir()}
    year.run("plan", "--today", "2027-11-01")
    output = year.run("publish", "--today", "2027-11-01", "--out", str(year.out))
    check(output.startswith("Nothing has changed since version 4"), f"2027-11-01: publish said {output!r}")
    after = {p.name: p.read_bytes() for p in year.out.iterdir()}
    check(before == after, "2027-11-01: files changed although nothing had")

    history = json.loads(year.run("history", "--json"))
    check([v["version"] for v in history] == [1, 2, 3, 4], f"history lists versions {[v['version'] for v in history]}")
    check(any(c["kind"] == "cancelled" and c["forum"] == cancelled for v in history for c in v["changes"]), "history does not list the cancellation")
    leftovers = [p.name for p in year.folder.iterdir() if p.name.startswith(".Calendars.new-")]
    check(leftovers == [], f"temporary folders left behind: {leftovers}")

    print(f"scripted_year: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
