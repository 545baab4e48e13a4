#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint check --catalog: analyse a demo catalog once, judge it against delivery profiles. With
--team, the demo is copied to a team catalog on the throwaway PostgreSQL server first (issue 16),
so the analyses are stored there."""
import os
import shutil
import sqlite3
import sys

from common import catalog_sql, check, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "quality-demo-team" if "--team" in sys.argv[3:] else "quality-demo")
shutil.rmtree(demo, ignore_errors=True)
os.makedirs(work, exist_ok=True)
run_json(imprint, "demo", "--out", demo)
# The demo analyses its library for the rights page; start from a catalog without analyses.
with sqlite3.connect(os.path.join(demo, "catalog.sqlite")) as db:
    db.execute("DELETE FROM analyses")
    db.execute("DELETE FROM stem_null_tests")
    db.execute("UPDATE assets SET content_hash = NULL WHERE kind <> 'document'")
catalog, team = script_catalog(demo, "quality")
if team:
    run(imprint, "copy-catalog", os.path.join(demo, "catalog.sqlite"), catalog)
    library_folder(imprint, catalog, team, os.path.join(demo, "library"), expect=1)  # the edited document


def track(report, title):
    found = [t for t in report["tracks"] if t["title"] == title and not t["version"]]
    check(len(found) == 1, f"{title} not reported once: {found}")
    return found[0]


def check_of(entry, check_id):
    found = [c for c in entry["checks"] if c["id"] == check_id]
    check(len(found) == 1, f"{entry.get('title', 'stems')} has no {check_id} check: {entry['checks']}")
    return found[0]


# First run: every audio file is analysed; the clipping master fails, so the exit status is 1.
streaming = run_json(imprint, "--catalog", catalog, "check", "--profile", "streaming", expect=1)
check(streaming["analysed"] == 25, f"analysed {streaming['analysed']} files, expected 14 masters and 11 stems")
check(not streaming["problems"], f"problems: {streaming['problems']}")

overdrive = track(streaming, "Overdrive Hearts")
check(overdrive["verdict"] == "fail", f"Overdrive Hearts: {overdrive['verdict']}")
check(overdrive["clipRuns"] > 0, "Overdrive Hearts has no clipping runs")
clipping = check_of(overdrive, "clipping")
check(clipping["verdict"] == "fail" and "clips" in clipping["fix"], f"clipping check: {clipping}")
peak = check_of(overdrive, "truePeak")
check(peak["verdict"] == "warn" and peak["fix"].startswith("reduce gain by ") and peak["fix"].endswith("dBTP"),
      f"true peak check: {peak}")

pilot = track(streaming, "Pilot Light")
check(abs(pilot["integratedLufs"] + 30) < 0.5, f"Pilot Light measures {pilot['integratedLufs']} LUFS, expected -30")
check(pilot["verdict"] == "warn", f"Pilot Light: {pilot['verdict']}")
quiet = check_of(pilot, "normalization")
check(quiet["verdict"] == "warn" and quiet["fix"].startswith("too quiet: raise the level by 16."),
      f"Pilot Light's fix: {quiet}")
check(any(t["verdict"] == "pass" for t in streaming["tracks"]), "no master passes Streaming")

# Stems and versions: Glass Harbour's and Lanterns' stems null exactly and Glass Harbour's
# instrumental is its own recording; Salt and Ember's keys stem was exported 1.5 dB down and it
# has no instrumental.
check(streaming["nullTested"] == 3, f"null-tested {streaming['nullTested']} tracks, expected 3")
lanterns = track(streaming, "Lanterns")
check(check_of(lanterns["stems"], "stemNull")["verdict"] == "pass", f"Lanterns stems: {lanterns['stems']}")
glass = track(streaming, "Glass Harbour")
check(glass["stems"]["verdict"] == "pass", f"Glass Harbour stems: {glass['stems']}")
check(check_of(glass["stems"], "stemNull")["measured"] == "exact null", f"Glass Harbour: {glass['stems']}")
check(len([c for c in glass["stems"]["checks"] if c["id"].startswith("stem:")]) == 4, "Glass Harbour: not 4 stems")
salt = track(streaming, "Salt and Ember")
salt_null = check_of(salt["stems"], "stemNull")
check(salt["stems"]["verdict"] == "fail" and salt_null["verdict"] == "fail", f"Salt and Ember stems: {salt['stems']}")
check(-40 < salt["stems"]["residualDb"] < -10, f"Salt and Ember residual {salt['stems']['residualDb']} dB")
check(salt_null["fix"].startswith("the stems sum to a residual "), f"null-test fix: {salt_null}")
check(check_of(salt["stems"], "instrumental")["verdict"] == "fail", "Salt and Ember: instrumental not missing")
check(not salt["stems"]["counted"], "Streaming counts the stem checks")
sync = run_json(imprint, "--catalog", catalog, "check", "--profile", "sync", expect=1)
check(track(sync, "Salt and Ember")["verdict"] == "fail", "Sync does not count the failing null test")
check(track(sync, "Salt and Ember")["stems"]["counted"], "Sync does not count stems")
check(sync["nullTested"] == 0, "stems null-tested again without a change")

# Second run: nothing changed, nothing analysed.
again = run_json(imprint, "--catalog", catalog, "check", expect=1)
check(again["analysed"] == 0 and again["upToDate"] == 25, f"second run analysed again: {again['analysed']}")
check(track(again, "Overdrive Hearts")["verdict"] == "fail", "verdicts differ on the second run")

# A touched but unchanged file is hashed again, not analysed again.
path = os.path.join(demo, "library", pilot["path"]) if not os.path.isabs(pilot["path"]) else pilot["path"]
check(os.path.exists(path), f"no file at {path}")
os.utime(path, (1_000_000_000, 1_000_000_000))
touched = run_json(imprint, "--catalog", catalog, "check", expect=1)
check(touched["analysed"] == 0, f"a touched file was analysed again: {touched['analysed']}")
# The hash proved it unchanged: its new time is recorded, so an import finds nothing to read.
recorded, = catalog_sql(catalog, "SELECT mtime_ms FROM assets WHERE rel_path = ?", pilot["path"])[0]
check(recorded == 1_000_000_000_000, f"the touched file's time was not recorded: {recorded}")
reimported = run_json(imprint, "--catalog", catalog, "import", os.path.join(demo, "library"))
check(reimported["updated"] == 0 and reimported["added"] == 0, f"import after the check: {reimported}")

# Broadcast: the quiet master misses −23 LUFS by 7 dB.
broadcast = run_json(imprint, "--catalog", catalog, "check", "--profile", "broadcast", expect=1)
loudness = check_of(track(broadcast, "Pilot Light"), "loudness")
check(loudness["verdict"] == "fail" and loudness["fix"].startswith("raise gain by 7.")
      and loudness["fix"].endswith(" dB to reach −23.0 LUFS"),
      f"broadcast loudness: {loudness}")

text = run(imprint, "--catalog", catalog, "check", expect=1).stdout
check("FAIL  Overdrive Hearts" in text and "too quiet" in text, f"text output:\n{text}")
check("stems and versions: FAIL  [null test −" in text and "[null test: exact null]" in text,
      f"no stems line in the text output:\n{text}")
run(imprint, "--catalog", catalog, "check", "--profile", "vinyl", expect=2)
