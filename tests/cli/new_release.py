#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint new-release: a release planned before its audio exists, in a new catalog (with --team, in
a new team catalog on the throwaway PostgreSQL server). Its milestones are derived backward from
the date by its type (an EP is delivered 21 days ahead, an album 35), a release without a date
waits unscheduled, a second release of the same title and artist is refused, and bad values are
refused with the reason and nothing written."""
import os
import shutil
import sys

from common import catalog_sql, check, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "new-release-team" if "--team" in sys.argv[3:] else "new-release")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
catalog, team = script_catalog(folder, "new_release")


def releases():
    return catalog_sql(catalog, "SELECT count(*) FROM releases")[0][0]


ep = run_json(imprint, "--catalog", catalog, "new-release", "--title", "Night Drive", "--artist", "Mira Vale",
              "--date", "2027-03-05", "--type", "ep")
check(ep["title"] == "Night Drive" and ep["artist"] == "Mira Vale" and ep["type"] == "ep", f"the release: {ep}")
check(ep["releaseDate"] == "2027-03-05", f"the date: {ep}")
due = {milestone["key"]: milestone["dueDate"] for milestone in ep["milestones"]}
check(due.get("delivery") == "2027-02-12", f"an EP is delivered 21 days ahead: {due}")
check(due.get("masters_final") == "2027-01-29", f"masters 35 days ahead: {due}")
check(due.get("release") == "2027-03-05", f"the release day itself: {due}")
stored = catalog_sql(catalog, "SELECT count(*) FROM milestones WHERE release_id = ?", ep["id"])[0][0]
check(stored == len(ep["milestones"]) == 8, f"8 milestones stored, {stored} found")

album = run(imprint, "--catalog", catalog, "new-release", "--title", "Long Way", "--artist", "Mira Vale",
            "--date", "2027-06-04", "--type", "album")
check("Created release" in album.stdout and "Long Way" in album.stdout, album.stdout)
check("2027-04-30  Delivered to distributor" in album.stdout, f"an album is delivered 35 days ahead:\n{album.stdout}")

someday = run(imprint, "--catalog", catalog, "new-release", "--title", "Someday", "--artist", "Mira Vale")
check("Not scheduled yet" in someday.stdout, someday.stdout)
row = catalog_sql(catalog, "SELECT release_type, release_date FROM releases WHERE title = 'Someday'")[0]
check(row == ("single", None), f"a single without a date: {row}")
check(releases() == 3, "three releases")

# Refusals: nothing is written, and the message says why.
duplicate = run(imprint, "--catalog", catalog, "new-release", "--title", "night drive", "--artist", "MIRA VALE",
                expect=1)
check("already in the catalog" in duplicate.stderr, duplicate.stderr)
for args, reason in [(["--date", "2027-02-30"], "YYYY-MM-DD"), (["--type", "mixtape"], "not a release type"),
                     (["--date", "0001-01-10"], "outside the dates")]:
    refused = run(imprint, "--catalog", catalog, "new-release", "--title", "Other", "--artist", "Mira Vale", *args,
                  expect=2)
    check(reason in refused.stderr, f"{args}: {refused.stderr}")
usage = run(imprint, "--catalog", catalog, "new-release", "--title", "No Artist", expect=2)
check("usage:" in usage.stderr, usage.stderr)
check(releases() == 3, "nothing written by a refused new-release")
print("new-release: 3 releases planned, 5 refusals")
