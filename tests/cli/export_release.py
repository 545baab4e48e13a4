#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint export-release on a copy of the demo catalog (with --team, copied on to a team catalog
on the throwaway PostgreSQL server, issue 16): preflight refuses without --force and names what
is missing; Distributor (ZIP) and Sync (tar.zst) packages verify and independent readers accept
them; the library's masters stay byte-identical; the tagged copies carry the catalog's
ISRC; every package is in the release's delivery history.

Then the app's own verdicts on Tidal Memory: refused while Harbour Lights is blocked for streaming
and Overdrive Hearts clips (each named with its reason and rule id), exported with --force (the
blockers recorded with their level in metadata.json and the history, the delivery milestone
ticked, credits, works and the AI disclosure in metadata.json), and exported without force once
the release is clear: the ISRC through export-metadata/import-metadata, a master without clipping
put in place of the clipping one and analysed with check, and the rights records the GUI edits
(licence attached and cleared, provenance, works) by small SQL updates, as no command edits them."""
import csv
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile

import mutagen

from common import check, connect, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "demo")
folder = os.path.join(work, "export-team" if "--team" in sys.argv[3:] else "export")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
copied = os.path.join(folder, "catalog.sqlite")
# A consistent copy through SQLite (the library root stays the demo's absolute folder).
with sqlite3.connect(os.path.join(demo, "catalog.sqlite")) as source, sqlite3.connect(copied) as target:
    source.backup(target)

with sqlite3.connect(copied) as db:
    root = db.execute("SELECT value FROM settings WHERE key = 'library_root'").fetchone()[0]
    release_id, title = db.execute(
        "SELECT r.id, r.title FROM releases r JOIN release_tracks rt ON rt.release_id = r.id "
        "JOIN assets a ON a.track_id = rt.track_id AND a.kind = 'stem' WHERE coalesce(r.upc, '') = '' "
        "ORDER BY r.id LIMIT 1").fetchone()
    track_id = db.execute("SELECT track_id FROM release_tracks WHERE release_id = ? ORDER BY track_number LIMIT 1",
                          (release_id,)).fetchone()[0]
    db.execute("UPDATE tracks SET isrc = 'QZTST2600042' WHERE id = ?", (track_id,))
    paths = [row[0] for row in db.execute("SELECT rel_path FROM assets")]
catalog, team = script_catalog(folder, "export")
if team:  # the same catalog on the server, its library the demo's folder on this computer
    run(imprint, "copy-catalog", copied, catalog)
    library_folder(imprint, catalog, team, root, expect=1)  # the demo's edited document is told


def digest(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


before = {path: digest(os.path.join(root, path)) for path in paths}

package = os.path.join(folder, "distributor.zip")
refused = run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release_id), "--profile",
                   "distributor", "--out", package, expect=1)
messages = [w["message"] for w in refused["issues"]]
check(refused["refused"] and "no UPC/EAN" in messages and not os.path.exists(package),
      f"preflight must refuse a release without UPC: {refused}")

report = run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release_id), "--profile",
                  "distributor", "--out", package, "--force")
check(report["ok"] and report["files"] >= 2 and len(report["sha256"]) == 64, f"distributor export: {report}")
# Every packaged file plus metadata.json and metadata.csv was read back and matched the manifest.
check(report["verifiedEntries"] == report["files"] + 2, f"verification: {report}")
check(run_json(imprint, "verify", package)["ok"], "the distributor package does not verify")
check(subprocess.run(["unzip", "-tq", package], capture_output=True).returncode == 0, "unzip -t refuses it")
with zipfile.ZipFile(package) as archive:
    names = archive.namelist()
    check("metadata.json" in names and "metadata.csv" in names and "MANIFEST.sha256" in names, str(names))
    check(any(n.startswith("Artwork/cover.") for n in names), f"no artwork: {names}")
    masters = [n for n in names if n.startswith("Masters/")]
    check(len(masters) == report["files"] - 1, f"masters: {masters}")
    metadata = json.loads(archive.read("metadata.json"))
    check(metadata["release"]["title"] == title, f"metadata: {metadata['release']}")
    check(any("UPC" in w["message"] and w["level"] == "blocker" for w in metadata["preflight"]),
          "the forced blockers are not recorded")
    archive.extract(masters[0], folder)
tags = mutagen.File(os.path.join(folder, masters[0]))
text = " ".join(str(v) for v in (tags.tags.values() if hasattr(tags.tags, "values") else []))
check("QZTST2600042" in text, f"the tagged copy lacks the catalog's ISRC: {text[:400]}")

sync = os.path.join(folder, "sync.tar.zst")
report = run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release_id), "--profile",
                  "sync", "--out", sync, "--force")
check(report["ok"], f"sync export: {report}")
check(run_json(imprint, "verify", sync)["ok"], "the sync package does not verify")
listing = subprocess.run(["bsdtar", "-tf", sync], capture_output=True, text=True)
check(listing.returncode == 0 and "metadata.csv" in listing.stdout, f"bsdtar refuses it: {listing.stderr}")
check(any(line.startswith("Stems/") for line in listing.stdout.splitlines()), "the sync package has no stems")

after = {path: digest(os.path.join(root, path)) for path in paths}
check(before == after, "the library's files changed during export")
with connect(catalog) as db:
    history = db.execute("SELECT profile, size, length(sha256) FROM deliveries WHERE release_id = ? ORDER BY id",
                         (release_id,)).fetchall()
check([h[0] for h in history] == ["distributor", "sync"] and all(h[2] == 64 for h in history),
      f"history: {history}")
run(imprint, "--catalog", catalog, "export-release", "--release", "999999", "--profile", "sync", "--out",
    os.path.join(folder, "none.zip"), expect=1)
run(imprint, "--catalog", catalog, "export-release", "--profile", "sync", expect=2)


# ---- Tidal Memory: the preflight includes readiness and the audio checks ----------------------
tidal_folder = os.path.join(folder, "tidal")
os.makedirs(tidal_folder)
tidal_file = os.path.join(tidal_folder, "catalog.sqlite")
with sqlite3.connect(os.path.join(demo, "catalog.sqlite")) as source, sqlite3.connect(tidal_file) as target:
    source.backup(target)
# A library of its own (hard links, so nothing is copied), where a master can be replaced without
# touching the demo's: replacing a link's name leaves the demo's file as it was.
library = os.path.join(tidal_folder, "library")


def link_or_copy(src, dst):
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


shutil.copytree(root, library, copy_function=link_or_copy)
with sqlite3.connect(tidal_file) as db:
    db.execute("UPDATE settings SET value = ? WHERE key = 'library_root'", (library,))
tidal, _ = script_catalog(tidal_folder, "export_tidal")
if team:
    run(imprint, "copy-catalog", tidal_file, tidal)
    library_folder(imprint, tidal, team, library, expect=1)
with connect(tidal) as db:
    tidal_id = db.execute("SELECT id FROM releases WHERE title = 'Tidal Memory'").fetchone()[0]
    ids = {(t, v): i for i, t, v in db.execute(
        "SELECT t.id, t.title, t.version FROM tracks t JOIN release_tracks rt ON rt.track_id = t.id "
        "WHERE rt.release_id = ?", (tidal_id,))}
harbour, overdrive, slow_orbit = ids[("Harbour Lights", "")], ids[("Overdrive Hearts", "")], ids[("Slow Orbit", "")]


def delivery_milestone_done():
    with connect(tidal) as db:
        return db.execute("SELECT done FROM milestones WHERE release_id = ? AND template_key = 'delivery'",
                          (tidal_id,)).fetchone()[0]


def export_tidal(name, *extra, expect=0):
    return run_json(imprint, "--catalog", tidal, "export-release", "--release", str(tidal_id), "--profile",
                    "distributor", "--out", os.path.join(tidal_folder, name), *extra, expect=expect)


def issue(report, rule, track):
    return next((i for i in report["issues"] if i["ruleId"] == rule and i["trackId"] == track), None)


run(imprint, "--catalog", tidal, "check", expect=1)  # analysed (the demo did it): Overdrive Hearts fails

refused = export_tidal("refused.zip", expect=1)
check(refused["refused"] and not refused["ok"], f"not refused: {refused}")
licence = issue(refused, "streaming.commercial.not_allowed", harbour)
clipping = issue(refused, "quality.clipping", overdrive)
check(licence and licence["level"] == "blocker" and "free" in licence["message"], f"Harbour Lights: {refused['issues']}")
check(clipping and clipping["level"] == "blocker" and "Clipping" in clipping["message"],
      f"Overdrive Hearts: {refused['issues']}")
check(issue(refused, "delivery.isrc.missing", slow_orbit) and not issue(refused, "streaming.isrc.missing", slow_orbit),
      "the missing ISRC must be said once")
check(all(i["level"] in ("impossible", "blocker", "warning") and "subject" in i for i in refused["issues"]),
      f"levels: {refused['issues']}")
check(any(i["level"] == "warning" and i["ruleId"] == "quality.truePeak" for i in refused["issues"]),
      "the audio warnings are missing")
check(not os.path.exists(os.path.join(tidal_folder, "refused.zip")) and delivery_milestone_done() == 0,
      "a refused export must leave no package and the milestone open")
# For people: the track, the reason and the rule, and how to force.
text = run(imprint, "--catalog", tidal, "export-release", "--release", str(tidal_id), "--profile", "distributor",
           "--out", os.path.join(tidal_folder, "refused.zip"), expect=1).stderr
check("Harbour Lights: Made with Suno" in text and "Overdrive Hearts: Clipping" in text and "--force" in text,
      f"the refusal must name the tracks and reasons: {text}")

forced = export_tidal("forced.zip", "--force")
check(forced["ok"] and forced["forced"] and forced["milestoneTicked"], f"forced export: {forced}")
check(delivery_milestone_done() == 1, "the delivery milestone is not done")
with zipfile.ZipFile(os.path.join(tidal_folder, "forced.zip")) as archive:
    metadata = json.loads(archive.read("metadata.json"))
check(metadata["forced"], "metadata.json does not say blockers were forced")
recorded = {(i["ruleId"], i["trackId"]): i["level"] for i in metadata["preflight"]}
check(recorded.get(("streaming.commercial.not_allowed", harbour)) == "blocker"
      and recorded.get(("quality.clipping", overdrive)) == "blocker"
      and recorded.get(("quality.truePeak", harbour)) == "warning", f"recorded: {recorded}")
tracks = {(t["title"], t["version"]): t for t in metadata["tracks"]}
hl = tracks[("Harbour Lights", "")]
check(hl["aiDisclosure"]["origin"] == "ai_generated" and hl["aiDisclosure"]["vocals"] == "ai_generated"
      and set(hl["aiDisclosure"]) == {"origin", "composition", "lyrics", "vocals", "instrumentation",
                                        "post_production"}, f"AI disclosure: {hl['aiDisclosure']}")
check(hl["work"] and hl["work"]["writers"][0]["basisPoints"] == 10000 and hl["work"]["writers"][0]["percent"] == 100,
      f"work: {hl['work']}")
check(hl["masterOwnership"] and sum(o["basisPoints"] for o in hl["masterOwnership"]) == 10000, f"{hl}")
check(any(c["role"] == "MainArtist" for c in hl["credits"]), f"credits: {hl['credits']}")
lanterns = tracks[("Lanterns", "")]["aiDisclosure"]
# AI-assisted, with the arrangement and mix documented, and no vocals (AiDisclosure.h).
check(lanterns["origin"] == "ai_assisted" and lanterns["composition"] == "none" and lanterns["vocals"] == "none"
      and lanterns["post_production"] == "none", f"Lanterns: {lanterns}")
with connect(tidal) as db:
    logged = json.loads(db.execute("SELECT warnings FROM deliveries WHERE release_id = ? ORDER BY id DESC",
                                   (tidal_id,)).fetchone()[0])
check(any(i["ruleId"] == "quality.clipping" and i["level"] == "blocker" and i["trackId"] == overdrive
          for i in logged), f"history: {logged}")
# A later refused export leaves the milestone done.
export_tidal("refused-again.zip", expect=1)
check(delivery_milestone_done() == 1, "a refused export unticked the milestone")

# ---- Making the release clear ------------------------------------------------------------------
# The ISRC through the catalog's own CSV round trip.
csv_path = os.path.join(tidal_folder, "tracks.csv")
run(imprint, "--catalog", tidal, "export-metadata", csv_path)
with open(csv_path, newline="", encoding="utf-8") as source:
    rows = list(csv.DictReader(source))
for row in rows:
    if row["track_id"] == str(slow_orbit):
        row["isrc"] = "QZK6H2600777"
with open(csv_path, "w", newline="", encoding="utf-8") as target:
    writer = csv.DictWriter(target, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)
run(imprint, "--catalog", tidal, "import-metadata", csv_path)

# A master without clipping in place of the clipping one (6 dB down: no sample at full scale).
with connect(tidal) as db:
    master = db.execute("SELECT rel_path FROM assets WHERE track_id = ? AND kind = 'master'", (overdrive,)).fetchone()[0]
master_path = os.path.join(library, master)
quieter = master_path + ".quiet" + os.path.splitext(master_path)[1]
subprocess.run(["sox", master_path, quieter, "gain", "-6"], check=True)
os.replace(quieter, master_path)


def attach(db, track, name, source=None, text=""):
    """A document in the library, recorded as the rights page records a dropped file."""
    rel = f"Documents/{track}/{name}"
    path = os.path.join(library, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if source:
        shutil.copy(source, path)
    else:
        with open(path, "w", encoding="utf-8") as target:
            target.write(text)
    info = os.stat(path)
    return db.execute("INSERT INTO assets(rel_path, kind, track_id, size, mtime_ms, content_hash) "
                      "VALUES (?, 'document', ?, ?, ?, ?) RETURNING id",
                      (rel, track, info.st_size, int(info.st_mtime * 1000), digest(path))).fetchone()[0]


with connect(tidal) as db:
    mara = db.execute("SELECT id FROM parties WHERE name = 'Mara Vell'").fetchone()[0]
    # Harbour Lights and its radio edit: the licence from the inbox, attached and cleared.
    document = attach(db, harbour, "Suno commercial licence.pdf",
                      source=os.path.join(library, "Inbox", "Suno commercial licence - Harbour Lights.pdf"))
    db.execute("UPDATE clearance_items SET status = 'cleared', document_asset_id = ? "
               "WHERE track_id = ? AND kind = 'ai_tool_licence'", (document, harbour))
    for (title, version), track in ids.items():
        if not db.execute("SELECT 1 FROM provenance WHERE track_id = ?", (track,)).fetchone():
            if title == "Harbour Lights":
                db.execute("INSERT INTO provenance(track_id, origin, tool, model_version, plan, paid_at_generation, "
                           "generated_on, song_id, prompt, stems) SELECT ?, origin, tool, model_version, plan, "
                           "paid_at_generation, generated_on, song_id, prompt, stems FROM provenance WHERE track_id = ?",
                           (track, harbour))
                db.execute("INSERT INTO clearance_items(track_id, kind, status, document_asset_id) "
                           "VALUES (?, 'ai_tool_licence', 'cleared', ?)", (track, document))
                # The same AI use disclosed on its credits as on the original's.
                db.execute("UPDATE credits SET ai_used = 1 WHERE track_id = ? AND EXISTS (SELECT 1 FROM credits o "
                           "WHERE o.track_id = ? AND o.ai_used = 1 AND o.party_id = credits.party_id "
                           "AND o.role = credits.role)", (track, harbour))
            else:
                db.execute("INSERT INTO provenance(track_id, origin) VALUES (?, 'human')", (track,))
        if not db.execute("SELECT work_id FROM tracks WHERE id = ?", (track,)).fetchone()[0]:
            work = db.execute("INSERT INTO works(title) VALUES (?) RETURNING id", (title,)).fetchone()[0]
            db.execute("INSERT INTO work_shares(work_id, party_id, role, share_bp) VALUES (?, ?, 'ComposerLyricist', "
                       "10000)", (work, mara))
            db.execute("UPDATE tracks SET work_id = ? WHERE id = ?", (work, track))
    # Undertow is a cover: its mechanical licence, attached and cleared.
    undertow = ids[("Undertow", "")]
    document = attach(db, undertow, "Mechanical licence.pdf", text="Mechanical licence: Undertow\n")
    db.execute("UPDATE clearance_items SET status = 'cleared', document_asset_id = ? "
               "WHERE track_id = ? AND kind = 'mechanical_licence'", (document, undertow))
run(imprint, "--catalog", tidal, "check")  # the replaced master is analysed again: no failure left

clear = export_tidal("clear.zip")
check(clear["ok"] and not clear["forced"] and not clear["milestoneTicked"], f"clear export: {clear}")
check(clear["issues"] and all(i["level"] == "warning" for i in clear["issues"]), f"left: {clear['issues']}")
check(delivery_milestone_done() == 1, "the milestone must stay done")
with zipfile.ZipFile(os.path.join(tidal_folder, "clear.zip")) as archive:
    metadata = json.loads(archive.read("metadata.json"))
check(not metadata["forced"] and all(i["level"] == "warning" for i in metadata["preflight"]),
      f"clear metadata: {metadata['preflight']}")
check(digest(os.path.join(root, master)) == before[master], "the demo's master changed")
print("1 passed, 0 failed")
