#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint export-calendar on a copy of the demo catalog, read back with an independent reader
(python3-icalendar): every scheduled release is an all-day VEVENT and every milestone an all-day
VTODO, with the catalog's UIDs, dates and summaries; done milestones are COMPLETED; exporting
again (also after rescheduling) gives the same UIDs; one release exports alone; 29 February and a
day whose local midnight does not exist (daylight saving in Chile) keep their dates; bad requests
fail with a message naming the file and leave nothing behind. With --team, the copy is a team
catalog on the throwaway PostgreSQL server (issue 16)."""
import datetime
import os
import shutil
import sqlite3
import sys
import zoneinfo

import icalendar

from common import check, connect, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "calendar-team" if "--team" in sys.argv[3:] else "calendar")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
copied = os.path.join(folder, "catalog.sqlite")
with sqlite3.connect(os.path.join(work, "demo", "catalog.sqlite")) as source, sqlite3.connect(copied) as target:
    source.backup(target)
catalog, team = script_catalog(folder, "calendar")
if team:
    run(imprint, "copy-catalog", copied, catalog)


# A day on which midnight does not exist in Santiago: clocks jump from 00:00 to 01:00.
def midnight_gap(zone_name):
    zone = zoneinfo.ZoneInfo(zone_name)
    day = datetime.date(2026, 1, 1)
    for _ in range(800):
        start = datetime.datetime.combine(day, datetime.time(0), tzinfo=zone)
        if start.astimezone(datetime.timezone.utc).astimezone(zone).hour != 0:
            return day
        day += datetime.timedelta(days=1)
    return None


gap_day = midnight_gap("America/Santiago")
check(gap_day is not None, "no daylight saving change at midnight in America/Santiago (tzdata?)")

with connect(catalog) as db:
    releases = db.execute("SELECT id, title FROM releases WHERE release_date IS NOT NULL ORDER BY id").fetchall()
    check(len(releases) >= 3, f"the demo catalog plans too few releases: {releases}")
    first_id, second_id = releases[0][0], releases[1][0]
    db.execute("UPDATE releases SET release_date = '2028-02-29' WHERE id = ?", (second_id,))
    done_id = db.execute("SELECT id FROM milestones WHERE release_id = ? ORDER BY due_date LIMIT 1",
                         (first_id,)).fetchone()[0]
    db.execute("UPDATE milestones SET done = 1, notes = 'sent to the mastering engineer' WHERE id = ?", (done_id,))
    gap_id = db.execute("SELECT id FROM milestones WHERE release_id = ? ORDER BY due_date DESC LIMIT 1",
                        (first_id,)).fetchone()[0]
    db.execute("UPDATE milestones SET due_date = ?, derived = 0 WHERE id = ?", (gap_day.isoformat(), gap_id))
    # Far from today: the last day a plan can hold, and a task in 1900.
    far_id = releases[-1][0]
    db.execute("UPDATE releases SET release_date = '9999-12-24' WHERE id = ?", (far_id,))
    past_id = db.execute("SELECT id FROM milestones WHERE release_id = ? ORDER BY due_date LIMIT 1",
                         (far_id,)).fetchone()[0]
    db.execute("UPDATE milestones SET due_date = '1900-01-01', derived = 0 WHERE id = ?", (past_id,))


def expected():
    with connect(catalog) as db:
        events = {f"release-{i}@imprint": (title, datetime.date.fromisoformat(date)) for i, title, date in
                  db.execute("SELECT id, title, release_date FROM releases WHERE release_date IS NOT NULL")}
        todos = {f"milestone-{i}@imprint": (f"{title}: {name}", datetime.date.fromisoformat(due), bool(done))
                 for i, title, name, due, done in db.execute(
                     "SELECT m.id, r.title, m.name, m.due_date, m.done FROM milestones m "
                     "JOIN releases r ON r.id = m.release_id")}
    return events, todos


def read(path):
    with open(path, "rb") as source:
        calendar = icalendar.Calendar.from_ical(source.read())
    check("Imprint" in str(calendar.get("PRODID", "")), f"PRODID: {calendar.get('PRODID')}")
    events, todos = {}, {}
    for component in calendar.walk():
        if component.name == "VEVENT":
            start = component.decoded("DTSTART")
            check(type(start) is datetime.date, f"{component['UID']}: DTSTART is not all-day: {start!r}")
            if "DTEND" in component:
                end = component.decoded("DTEND")
                check(type(end) is datetime.date and end == start + datetime.timedelta(days=1),
                      f"{component['UID']}: an all-day event of one day ends on {end!r}")
            events[str(component["UID"])] = (str(component["SUMMARY"]), start)
        elif component.name == "VTODO":
            due = component.decoded("DUE")
            check(type(due) is datetime.date, f"{component['UID']}: DUE is not all-day: {due!r}")
            todos[str(component["UID"])] = (str(component["SUMMARY"]), due,
                                            str(component.get("STATUS", "")) == "COMPLETED")
    return events, todos


# The whole plan, in a time zone with a midnight gap.
plan = os.path.join(folder, "plan.ics")
report = run_json(imprint, "--catalog", catalog, "export-calendar", plan, env={"TZ": "America/Santiago"})
want_events, want_todos = expected()
check(report["ok"] and report["releases"] == len(want_events) and report["milestones"] == len(want_todos)
      and report["done"] == sum(1 for t in want_todos.values() if t[2]), f"report: {report}, expected {len(want_events)} events, {len(want_todos)} todos")
events, todos = read(plan)
check(events == want_events, f"events differ:\n{events}\n{want_events}")
check(todos == want_todos, f"todos differ:\n{todos}\n{want_todos}")
check(events[f"release-{second_id}@imprint"][1] == datetime.date(2028, 2, 29), "29 February moved")
check(todos[f"milestone-{gap_id}@imprint"][1] == gap_day, f"the milestone on {gap_day} moved")
check(todos[f"milestone-{done_id}@imprint"][2], "the done milestone is not COMPLETED")
check(events[f"release-{far_id}@imprint"][1] == datetime.date(9999, 12, 24), "the far future moved")
check(todos[f"milestone-{past_id}@imprint"][1] == datetime.date(1900, 1, 1), "the far past moved")

# Unchanged, an export holds the same components (in any order) but for their time stamps.
def without_stamps(path):
    with open(path, encoding="utf-8") as source:
        text = source.read()
    blocks = text.split("BEGIN:")
    return sorted("\n".join(line for line in block.splitlines()
                             if not line.startswith(("DTSTAMP", "CREATED", "LAST-MODIFIED", "COMPLETED", "END:VCALENDAR")))
                  for block in blocks)


plan2 = os.path.join(folder, "plan2.ics")
run(imprint, "--catalog", catalog, "export-calendar", plan2, env={"TZ": "Europe/Berlin"})
check(without_stamps(plan) == without_stamps(plan2), "two exports of the same plan differ")
os.remove(plan2)

# Again after rescheduling: the same UIDs, so a calendar app updates its entries.
with connect(catalog) as db:
    db.execute("UPDATE releases SET release_date = '2031-06-13' WHERE id = ?", (first_id,))
again = os.path.join(folder, "again.ics")
run(imprint, "export-calendar", again, "--catalog", catalog)
events_again, todos_again = read(again)
check(set(events_again) == set(events) and set(todos_again) == set(todos), "the UIDs changed between exports")
check(events_again[f"release-{first_id}@imprint"][1] == datetime.date(2031, 6, 13), "the new date is not exported")

# One release: its event and its milestones only.
single = os.path.join(folder, "single.ics")
report = run_json(imprint, "--catalog", catalog, "export-calendar", "--release", str(first_id), single)
events, todos = read(single)
with connect(catalog) as db:
    mine = {f"milestone-{row[0]}@imprint" for row in
            db.execute("SELECT id FROM milestones WHERE release_id = ?", (first_id,))}
check(set(events) == {f"release-{first_id}@imprint"} and set(todos) == mine, f"single release: {events} {todos}")

# Bad requests: clear messages naming the file, nothing written.
missing = os.path.join(folder, "missing.ics")
result = run(imprint, "--catalog", catalog, "export-calendar", "--release", "999999", missing, expect=1)
check("missing.ics" in result.stderr and "999999" in result.stderr and not os.path.exists(missing), result.stderr)
unwritable = os.path.join(folder, "no-such-folder", "plan.ics")
result = run(imprint, "--catalog", catalog, "export-calendar", unwritable, expect=1)
check("no-such-folder" in result.stderr, f"the error does not name the file: {result.stderr}")
check(not os.path.exists(os.path.dirname(unwritable)), "a folder was created")
run(imprint, "--catalog", catalog, "export-calendar", expect=2)
run(imprint, "--catalog", catalog, "export-calendar", "--release", "x", plan, expect=2)
left = {name for name in os.listdir(folder) if not name.startswith("catalog.sqlite") and name != "config"}
check(left == {"plan.ics", "again.ics", "single.ics"}, f"temporary files left behind: {left}")
print("1 passed, 0 failed")
