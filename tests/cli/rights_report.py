#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint rights-report on a demo catalog: the JSON sheet tells the demo's rights stories, a
licence attached and cleared changes the streaming verdict, and the PDF renders (pdftoppm) to a
page that is not blank. With --team, the demo is copied to a team catalog on the throwaway
PostgreSQL server first (issue 16)."""
import hashlib
import os
import shutil
import subprocess
import sys

from common import catalog_sql, check, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "rights-demo-team" if "--team" in sys.argv[3:] else "rights-demo")
shutil.rmtree(demo, ignore_errors=True)
os.makedirs(work, exist_ok=True)
run_json(imprint, "demo", "--out", demo)
library = os.path.join(demo, "library")
catalog, team = script_catalog(demo, "rights")
if team:
    run(imprint, "copy-catalog", os.path.join(demo, "catalog.sqlite"), catalog)
    library_folder(imprint, catalog, team, library, expect=1)  # the demo's edited document is told


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def track_id(title):
    tracks = run_json(imprint, "--catalog", catalog, "tracks")["tracks"]
    found = [t["id"] for t in tracks if t["title"] == title and not t["version"]]
    check(len(found) == 1, f"{title}: {found}")
    return found[0]


def sheet(track):
    report = run_json(imprint, "--catalog", catalog, "rights-report", "--track", str(track))
    check(report["format"] == "imprint-rights-sheet" and report["scope"] == "track", f"report header: {report}")
    check(len(report["tracks"]) == 1, "a track report has one track")
    return report["tracks"][0]


def rules(entry, use):
    return [f["rule"] for f in entry["readiness"][use]["findings"] if f["severity"] != "warning"]


# Lanterns is documented end to end: sync-ready, and what a placement still needs is named.
lanterns = sheet(track_id("Lanterns"))
verdicts = {use: lanterns["readiness"][use]["verdict"] for use in lanterns["readiness"]}
check(verdicts == {"content": "ready", "streaming": "ready", "sync": "ready", "commercial": "blocked"},
      f"Lanterns verdicts: {verdicts}\n{lanterns['readiness']}")
check(rules(lanterns, "commercial") == ["commercial.master_agreement.missing"], f"Lanterns: {rules(lanterns, 'commercial')}")
check(lanterns["ownership"]["master"]["complete"] and lanterns["ownership"]["publishing"]["complete"],
      f"Lanterns ownership: {lanterns['ownership']}")
check(lanterns["provenance"]["tool"] == "Suno" and lanterns["provenance"]["paidAtGeneration"] is True,
      f"Lanterns provenance: {lanterns['provenance']}")
check(lanterns["provenance"]["terms"]["commercialUse"], "Suno Pro terms allow commercial use")
documents = [c["document"] for c in lanterns["clearances"] if "document" in c]
check(len(documents) == 2, f"Lanterns clearance documents: {lanterns['clearances']}")
for document in documents:
    check(document["state"] == "ok", f"document state: {document}")
    check(document["sha256"] == sha256(os.path.join(library, document["path"])), f"hash of {document['path']}")
check(all(c["evidence"] for c in lanterns["humanContributions"]), "contributions without evidence")

# Harbour Lights was made on a free plan: blocked for streaming until a licence is attached.
harbour_id = track_id("Harbour Lights")
harbour = sheet(harbour_id)
check(harbour["readiness"]["content"]["verdict"] == "ready", f"Harbour Lights content: {harbour['readiness']['content']}")
check(harbour["readiness"]["streaming"]["verdict"] == "blocked", "Harbour Lights is not blocked for streaming")
check(rules(harbour, "streaming") == ["streaming.commercial.not_allowed"],
      f"Harbour Lights streaming blockers: {rules(harbour, 'streaming')}")
licence = [c for c in harbour["clearances"] if c["kind"] == "ai_tool_licence"]
check(len(licence) == 1 and licence[0]["status"] == "requested" and "document" not in licence[0], f"licence: {licence}")

# What the rights page does when the licence is dropped on the item and it is marked cleared.
inbox = os.path.join(library, "Inbox", "Suno commercial licence - Harbour Lights.pdf")
check(os.path.isfile(inbox), "the demo has no licence waiting in the Inbox")
relative = f"Documents/{harbour_id}/Suno commercial licence.pdf"
os.makedirs(os.path.dirname(os.path.join(library, relative)), exist_ok=True)
shutil.copyfile(inbox, os.path.join(library, relative))
stat = os.stat(os.path.join(library, relative))
asset = catalog_sql(catalog, "INSERT INTO assets(rel_path, kind, track_id, size, mtime_ms, content_hash, format) "
                    "VALUES (?, 'document', ?, ?, ?, ?, 'PDF') RETURNING id",
                    relative, harbour_id, stat.st_size, stat.st_mtime_ns // 1_000_000,
                    sha256(os.path.join(library, relative)))[0][0]
catalog_sql(catalog, "UPDATE clearance_items SET status = 'cleared', document_asset_id = ? WHERE id = ?",
            asset, licence[0]["id"])
cleared = sheet(harbour_id)
check(cleared["readiness"]["streaming"]["verdict"] == "ready",
      f"Harbour Lights with its licence: {cleared['readiness']['streaming']}")

# A document edited after it was attached is shown as changed, and stops counting.
copper = sheet(track_id("Copper Sky"))
states = [c["document"]["state"] for c in copper["clearances"] if "document" in c]
check(states == ["changed"], f"Copper Sky documents: {copper['clearances']}")
check(any(f["rule"] == "content.document.changed" for f in copper["readiness"]["content"]["findings"]),
      "no warning about the changed document")

# The release sheet, as JSON and as PDF.
release = catalog_sql(catalog, "SELECT id FROM releases WHERE title = 'Tidal Memory'")[0][0]
pdf = os.path.join(demo, "tidal-memory-rights.pdf")
report = run_json(imprint, "--catalog", catalog, "rights-report", "--release", str(release), "--pdf", pdf)
check(report["scope"] == "release" and report["release"]["title"] == "Tidal Memory", f"release report: {report.get('release')}")
check(len(report["tracks"]) == 8, f"Tidal Memory has {len(report['tracks'])} tracks in the sheet")
check(report["tracks"][0]["title"] == "Salt and Ember", "tracks are not in album order")
with open(pdf, "rb") as f:
    check(f.read(5) == b"%PDF-", "the rights sheet is not a PDF")

# Render the first page; it must have ink on it (a blank page is all white).
prefix = os.path.join(demo, "rights-sheet")
rendered = subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-gray", pdf, prefix],
                          capture_output=True, text=True)
check(rendered.returncode == 0, f"pdftoppm failed: {rendered.stderr}")
pages = [name for name in os.listdir(demo) if name.startswith("rights-sheet") and name.endswith(".pgm")]
check(len(pages) == 1, f"pdftoppm wrote {pages}")
with open(os.path.join(demo, pages[0]), "rb") as f:
    data = f.read()
header = data.split(b"\n", 3)
width, height = map(int, header[1].split())
pixels = header[3]
check(len(pixels) == width * height, "unexpected PGM layout")
dark = sum(1 for value in pixels if value < 128)
check(dark > width * height // 200, f"the first page is nearly blank ({dark} dark pixels of {width * height})")
subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "2", "-png", pdf, prefix], check=True)

# Text output and bad usage.
text = run(imprint, "--catalog", catalog, "rights-report", "--track", str(harbour_id)).stdout
check("streaming=ready" in text, f"text summary: {text}")
run(imprint, "--catalog", catalog, "rights-report", "--track", "1", "--release", "1", expect=2)
run(imprint, "--catalog", catalog, "rights-report", expect=2)
missing = run(imprint, "--catalog", catalog, "rights-report", "--track", "99999", expect=1)
check("99999" in missing.stderr, f"unknown track message: {missing.stderr}")
print("rights report: ok")
