#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint write-tags --release: the catalog's values go into the release's masters (checked with
ffprobe), fields the catalog does not know stay as the files had them, the audio is untouched,
and --dry-run changes nothing. With --team, the demo is copied to a team catalog on the throwaway
PostgreSQL server first (issue 16)."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys

from common import catalog_sql, check, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "catalog-tags-team" if "--team" in sys.argv[3:] else "catalog-tags")
shutil.rmtree(demo, ignore_errors=True)
run_json(imprint, "demo", "--out", demo)
library = os.path.join(demo, "library")

# What a user would have typed on the releases page.
with sqlite3.connect(os.path.join(demo, "catalog.sqlite")) as db:
    release_id, = db.execute("SELECT id FROM releases WHERE title = 'Low Voltage'").fetchone()
    db.execute("UPDATE releases SET upc = '4006381333931', label = 'Night Shift Audio', "
               "release_date = '2027-03-05' WHERE id = ?", (release_id,))
    db.execute("UPDATE tracks SET title = 'Copper Sky (Remastered)' WHERE title = 'Copper Sky'")
catalog, team = script_catalog(demo, "catalog_tags")
if team:
    run(imprint, "copy-catalog", os.path.join(demo, "catalog.sqlite"), catalog)
    library_folder(imprint, catalog, team, library, expect=1)  # the demo's edited document is told


def ffprobe_tags(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-print_format", "json", path],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    tags = {}
    for source in [data.get("format", {})] + data.get("streams", []):
        tags.update({key.lower(): value for key, value in source.get("tags", {}).items()})
    return tags


def decoded_md5(path):
    out = subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i", path, "-map", "0:a", "-f", "md5", "-"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


copper = os.path.join(library, "The Quiet Engines", "Low Voltage", "02 Copper Sky.flac")
before = open(copper, "rb").read()
audio = decoded_md5(copper)
genre = ffprobe_tags(copper).get("genre")

preview = run_json(imprint, "--catalog", catalog, "write-tags", "--release", str(release_id), "--dry-run")
check(preview["failed"] == 0 and len(preview["files"]) == 4, f"expected 4 masters previewed: {preview}")
check(open(copper, "rb").read() == before, "--dry-run must not touch the file")

written = run_json(imprint, "--catalog", catalog, "write-tags", "--release", str(release_id))
check(written["failed"] == 0, f"writing failed: {written}")
tags = ffprobe_tags(copper)
check(tags.get("title") == "Copper Sky (Remastered)", f"title not written: {tags}")
check(tags.get("barcode") == "4006381333931" or tags.get("upc") == "4006381333931", f"UPC not written: {tags}")
check(tags.get("label") == "Night Shift Audio" or tags.get("organization") == "Night Shift Audio",
      f"label not written: {tags}")
check(tags.get("isrc") == "QZK6H2500004", f"ISRC lost: {tags}")
check(tags.get("genre") == genre, f"genre changed from {genre!r}: {tags}")
check(decoded_md5(copper) == audio, "the audio changed")

again = run_json(imprint, "--catalog", catalog, "write-tags", "--release", str(release_id))
check(all(f["status"] == "unchanged" for f in again["files"]), f"a second write must change nothing: {again}")
# A catalog whose asset paths point outside the library (an old or crafted catalog): the files
# there are refused, named with the reason, and stay byte-identical; the others are written.
outside = os.path.join(demo, "outside")
os.makedirs(outside, exist_ok=True)
escaped = os.path.join(outside, "escaped.flac")
linked = os.path.join(outside, "linked.flac")
shutil.copy(copper, escaped)
shutil.copy(copper, linked)
link = os.path.join(library, "The Quiet Engines", "Low Voltage", "link.flac")
os.symlink(linked, link)
originals = {path: open(path, "rb").read() for path in (escaped, linked)}
masters = [row[0] for row in catalog_sql(
    catalog, "SELECT a.id FROM assets a JOIN release_tracks rt ON rt.track_id = a.track_id "
    "WHERE rt.release_id = ? AND a.kind = 'master' ORDER BY a.id", release_id)]
catalog_sql(catalog, "UPDATE assets SET rel_path = '../outside/escaped.flac' WHERE id = ?", masters[0])
catalog_sql(catalog, "UPDATE assets SET rel_path = 'The Quiet Engines/Low Voltage/link.flac' WHERE id = ?",
            masters[1])
catalog_sql(catalog, "UPDATE tracks SET title = title || ' (Outside)'")
refused = run_json(imprint, "--catalog", catalog, "write-tags", "--release", str(release_id), expect=1)
failures = {os.path.basename(f["path"]): f.get("reason", "") for f in refused["files"] if f["status"] == "failed"}
check(refused["failed"] == 2 and set(failures) == {"escaped.flac", "link.flac"},
      f"files outside the library must be refused: {refused}")
check(all("outside the library folder" in reason for reason in failures.values()), f"reasons: {failures}")
check(all(open(path, "rb").read() == data for path, data in originals.items()),
      "a file outside the library was written")
check(sum(f["status"] == "written" for f in refused["files"]) == 2, f"the other masters: {refused}")
print("1 passed, 0 failed")
