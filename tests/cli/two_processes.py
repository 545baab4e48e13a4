#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Two people edit one catalog at once, each with a process of their own (issue 16, item 3): Ana
and Ben export the tracks, edit them as a spreadsheet would and import at the same moment. Where
both changed one track, one edit is applied and the other is refused naming the track, never
written over it; where they changed different tracks, both are applied (the later file's old
copy of the other's track is refused too, rather than undoing that edit). On a catalog file and on
the throwaway PostgreSQL server (IMPRINT_TEST_PG_URL), several rounds, so the imports overlap in
different ways."""
import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys

from common import check, run, team_database

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
demo_catalog = os.path.join(work, "demo", "catalog.sqlite")
folder = os.path.join(work, "two-processes")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
ROUNDS = 4


def exported(catalog, name):
    path = os.path.join(folder, name)
    run(imprint, "--catalog", catalog, "export-metadata", path)
    with open(path, newline="", encoding="utf-8") as source:
        return list(csv.DictReader(source))


def write(rows, name):
    path = os.path.join(folder, name)
    with open(path, "w", newline="", encoding="utf-8") as target:
        writer = csv.DictWriter(target, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def edited(rows, changes):
    """A copy of rows with {track_id: {column: value}} applied."""
    result = []
    for row in rows:
        row = dict(row)
        row.update(changes.get(row["track_id"], {}))
        result.append(row)
    return result


def round_on(catalog, label, number):
    rows = exported(catalog, f"{label}-{number}.csv")
    shared, anas, bens = (rows[i]["track_id"] for i in (number, number + 5, number + 9))
    ana = write(edited(rows, {shared: {"title": f"Ana's title {number}"}, anas: {"genre": f"Ana {number}"}}),
                f"{label}-{number}-ana.csv")
    ben = write(edited(rows, {shared: {"title": f"Ben's title {number}"}, bens: {"genre": f"Ben {number}"}}),
                f"{label}-{number}-ben.csv")
    # Both at once, as two people on two computers.
    processes = {who: subprocess.Popen([imprint, "--catalog", catalog, "import-metadata", path, "--json"],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for who, path in (("ana", ana), ("ben", ben))}
    reports = {}
    for who, process in processes.items():
        stdout, stderr = process.communicate(timeout=120)
        check(process.returncode in (0, 1), f"{label} round {number}, {who}: exit {process.returncode}\n{stderr}")
        reports[who] = json.loads(stdout)
    applied = [who for who, report in reports.items() if report["updated"] == 2]
    refused = [who for who, report in reports.items() if report["updated"] == 1]
    check(len(applied) == 1 and len(refused) == 1,
          f"{label} round {number}: one import must take the shared track, the other refuse it: {reports}")
    # The later import refuses the shared track, and its file's old values of the track the
    # other one changed too: writing them would undo that edit.
    other_track = anas if applied[0] == "ana" else bens
    bad = reports[refused[0]]["badRows"]
    named = sorted(re.search(r"\(track (\d+)\)", row["reason"]).group(1) for row in bad
                   if "changed in the catalog after this file was exported" in row["reason"])
    check(len(bad) == 2 and named == sorted([shared, other_track]),
          f"{label} round {number}: {refused[0]}'s refusals do not name tracks {shared} and {other_track}: {bad}")
    after = {row["track_id"]: row for row in exported(catalog, f"{label}-{number}-after.csv")}
    winner = "Ana" if applied[0] == "ana" else "Ben"
    check(after[shared]["title"] == f"{winner}'s title {number}",
          f"{label} round {number}: the shared track is titled {after[shared]['title']!r}, "
          f"but {applied[0]}'s import took it")
    check(after[anas]["genre"] == f"Ana {number}" and after[bens]["genre"] == f"Ben {number}",
          f"{label} round {number}: an edit of a track only one of them changed was lost")
    return applied[0]


# A catalog file of its own, and a team catalog on the server, both the demo's.
local = os.path.join(folder, "catalog.sqlite")
with sqlite3.connect(demo_catalog) as source, sqlite3.connect(local) as target:
    source.backup(target)
name = f"two_{os.getpid()}"
team = team_database(server, name)
run(imprint, "copy-catalog", demo_catalog, team)

for label, catalog in (("file", local), ("server", team)):
    winners = [round_on(catalog, label, number) for number in range(ROUNDS)]
    print(f"{label}: {ROUNDS} rounds, the shared track taken by {', '.join(winners)}; no edit lost untold")
