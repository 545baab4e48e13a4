#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""The release journey on the command line, from an empty catalog (issue 12): plan a release
(new-release) and its track before the audio exists (add-track), import the take that binds to
it, fill the fields a sync blocker asks for (import-metadata), analyse (check), set the cover
(set-artwork), then deliver: refused while a blocker stands, refused again while only the AI
tool's licence is open, accepted once it is cleared, with the delivery milestone ticked.

Rights are edited in the GUI only (tst_journey.qml walks the same journey there), so this test
records credits, splits, provenance and the licence with SQL, as the rights page writes them.

With --team, the same journey on a team catalog on the throwaway PostgreSQL server
(IMPRINT_TEST_PG_URL), this computer's folder for its files named with library-folder."""
import csv
import datetime
import hashlib
import json
import os
import shutil
import sys
import zipfile

from common import catalog_sql, check, library_folder, png, run, run_json, script_catalog, write_wav

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "journey-team" if "--team" in sys.argv[3:] else "journey")
shutil.rmtree(folder, ignore_errors=True)
library = os.path.join(folder, "library")
os.makedirs(library)
catalog, team = script_catalog(folder, "journey")
release_day = (datetime.date.today() + datetime.timedelta(days=60)).isoformat()


def sql(statement, *params):
    return catalog_sql(catalog, statement, *params)


def export(name, *extra, expect=0):
    return run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release), "--profile",
                    "distributor", "--out", os.path.join(folder, name), *extra, expect=expect)


def digest(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


# 1. Plan the release and its track before any audio exists.
planned = run_json(imprint, "--catalog", catalog, "new-release", "--title", "Night Ferry", "--artist", "Mira Vale",
                   "--date", release_day, "--type", "single")
release = planned["id"]
check(len(planned["milestones"]) == 8, f"the plan: {planned['milestones']}")
track = run_json(imprint, "--catalog", catalog, "add-track", "--release", str(release), "--title", "Night Ferry")
check(not track["hasAudio"] and track["artist"] == "Mira Vale", f"the planned track: {track}")

# 2. The take arrives: it binds to the planned track, no second track appears.
take = os.path.join(library, "takes", "night ferry v3.wav")
os.makedirs(os.path.dirname(take))
write_wav(take, 7, seconds=35)
run(imprint, "write-tags", take, "--set", "title=Night Ferry", "--set", "artists=Mira Vale")
library_folder(imprint, catalog, team, library)
summary = run_json(imprint, "--catalog", catalog, "import", library)
check(summary["failed"] == 0 and summary["found"] == 1, f"import: {summary}")
tracks = sql("SELECT id FROM tracks")
master = sql("SELECT rel_path FROM assets WHERE track_id = ? AND kind = 'master'", track["trackId"])
check(tracks == [(track["trackId"],)] and master == [("takes/night ferry v3.wav",)],
      f"bound to the planned track: {tracks} {master}")

# 3. Analyse, and see what blocks the delivery.
run(imprint, "--catalog", catalog, "check")
refused = export("refused.zip", expect=1)
rules = {issue["ruleId"] for issue in refused["issues"] if issue["level"] == "blocker"}
check(not refused["ok"] and not os.path.exists(os.path.join(folder, "refused.zip")), f"refused: {refused}")
for rule in ("delivery.isrc.missing", "delivery.upc.missing", "delivery.artwork.missing", "streaming.label.missing",
             "streaming.work.missing", "content.licence.missing"):
    check(rule in rules, f"{rule} among the blockers: {sorted(rules)}")

# 4. The fields a blocker asks for, through the catalog's own CSV round trip.
csv_path = os.path.join(folder, "tracks.csv")
run(imprint, "--catalog", catalog, "export-metadata", csv_path)
with open(csv_path, newline="", encoding="utf-8") as source:
    rows = list(csv.DictReader(source))
rows[0].update({"isrc": "QZK6H2600901", "genre": "Electronic", "language": "en", "explicit": "no", "bpm": "118",
                "key": "A minor", "mood": "night; calm", "has_vocals": "no"})
with open(csv_path, "w", newline="", encoding="utf-8") as target:
    writer = csv.DictWriter(target, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)
run(imprint, "--catalog", catalog, "import-metadata", csv_path)

# The cover, checked and copied into the library.
cover = run_json(imprint, "--catalog", catalog, "set-artwork", "--release", str(release),
                 png(os.path.join(folder, "cover.png"), 3000, 3000))
check(cover["ok"] and cover["warnings"] == [], f"the cover: {cover}")

# What the release page, the track pane and the rights page record (no command line for them).
mira = sql("SELECT id FROM parties WHERE name = 'Mira Vale'")[0][0]
sql("UPDATE releases SET upc = '4006381333931', label = 'Harbour Lights Records', genre = 'Electronic', "
    "language = 'en', explicit = 0, p_line = '2026 Mira Vale', c_line = '2026 Mira Vale' WHERE id = ?", release)
sql("INSERT INTO credits(track_id, party_id, role) VALUES (?, ?, 'MainArtist')", track["trackId"], mira)
sql("INSERT INTO master_shares(track_id, party_id, share_bp) VALUES (?, ?, 10000)", track["trackId"], mira)
work = sql("INSERT INTO works(title) VALUES ('Night Ferry') RETURNING id")[0][0]
sql("INSERT INTO work_shares(work_id, party_id, role, share_bp) VALUES (?, ?, 'ComposerLyricist', 10000)",
    work, mira)
sql("UPDATE tracks SET work_id = ? WHERE id = ?", work, track["trackId"])
# Made with an AI tool on a plan whose terms need a licence for commercial use.
sql("INSERT INTO provenance(track_id, origin, tool, plan, paid_at_generation, generated_on) "
    "VALUES (?, 'ai_generated', 'Suno', 'Free', 0, '2026-10-01')", track["trackId"])
sql("INSERT INTO clearance_items(track_id, kind, status) VALUES (?, 'ai_tool_licence', 'requested')",
    track["trackId"])
sql("UPDATE credits SET ai_used = 1 WHERE track_id = ?", track["trackId"])

report = run_json(imprint, "--catalog", catalog, "rights-report", "--track", str(track["trackId"]))
blocked = export("blocked.zip", expect=1)
blockers = [issue for issue in blocked["issues"] if issue["level"] == "blocker"]
# A new catalog knows no AI tool's terms: the licence is what settles what the take may be used for.
check(blockers and all(issue["ruleId"] in ("content.terms.unknown", "streaming.commercial.not_allowed")
                       and "licence" in issue["fix"] for issue in blockers),
      f"only the licence blocks now: {blockers}\n{json.dumps(report)[:3000]}")

# 5. Clear the licence: the signed document in the library, the item cleared.
licence = os.path.join(library, "Documents", "Night Ferry", "Suno commercial licence.txt")
os.makedirs(os.path.dirname(licence))
with open(licence, "w", encoding="utf-8") as target:
    target.write("Commercial use licence for Night Ferry, generated 2026-10-01.\n")
document = sql("INSERT INTO assets(rel_path, kind, track_id, size, mtime_ms, content_hash) "
               "VALUES (?, 'document', ?, ?, ?, ?) RETURNING id",
               os.path.relpath(licence, library), track["trackId"], os.path.getsize(licence),
               int(os.path.getmtime(licence) * 1000), digest(licence))[0][0]
sql("UPDATE clearance_items SET status = 'cleared', document_asset_id = ? WHERE track_id = ?",
    document, track["trackId"])

delivered = export("night-ferry.zip")
check(delivered["ok"] and not delivered["forced"] and delivered["milestoneTicked"], f"delivered: {delivered}")
check(run_json(imprint, "verify", os.path.join(folder, "night-ferry.zip"))["ok"], "the package does not verify")
with zipfile.ZipFile(os.path.join(folder, "night-ferry.zip")) as archive:
    metadata = json.loads(archive.read("metadata.json"))
entry = metadata["tracks"][0]
check(entry["isrc"] == "QZK6H2600901" and entry["title"] == "Night Ferry", f"metadata: {entry}")
done = sql("SELECT done FROM milestones WHERE release_id = ? AND template_key = 'delivery'", release)[0][0]
check(done == 1, "the delivery milestone is ticked")
print("1 passed, 0 failed")
