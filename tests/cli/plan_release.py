#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Planning a release before its audio exists (issue 12): add-track puts planned tracks with no
audio on a release (the release's artist by default, ISRCs checked and unique); importing a
folder of takes binds each file to its planned track, by ISRC or else by title, artist and
version ignoring case and spacing, with no duplicate, also when imported again; set-artwork
checks an image by its content (format, colour, size) and copies it into the library."""
import hashlib
import os
import shutil
import sys

from common import catalog_sql, check, library_folder, png, run, run_json, script_catalog, write_wav

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "plan-release-team" if "--team" in sys.argv[3:] else "plan-release")
shutil.rmtree(folder, ignore_errors=True)
library = os.path.join(folder, "library")
os.makedirs(library)
catalog, team = script_catalog(folder, "plan_release")


def take(name, seed, **tags):
    path = os.path.join(library, "takes", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    write_wav(path, seed)
    sets = [arg for field, value in tags.items() for arg in ("--set", f"{field}={value}")]
    run(imprint, "write-tags", path, *sets)
    return path


def sql(statement, *params):
    return catalog_sql(catalog, statement, *params)


# A release to plan on: the one track that exists so far, tagged with its album.
os.makedirs(os.path.join(library, "first"))
opening = os.path.join(library, "first", "opening.wav")
write_wav(opening, 1)
run(imprint, "write-tags", opening, "--set", "title=Opening", "--set", "artists=Nova Lark",
    "--set", "album=Harbour Nights")
library_folder(imprint, catalog, team, library)
run(imprint, "--catalog", catalog, "import", library)  # a file catalog's root: its first import
release = sql("SELECT id FROM releases WHERE title = 'Harbour Nights'")[0][0]

# Planned tracks: title, the release's artist unless given, version, ISRC.
ferry = run_json(imprint, "--catalog", catalog, "add-track", "--release", str(release),
                 "--title", "Night Ferry", "--isrc", "qz-k6h-26-01234")
check(ferry["ok"] and ferry["artist"] == "Nova Lark" and ferry["isrc"] == "QZK6H2601234"
      and ferry["number"] == 2 and not ferry["hasAudio"], f"planned track: {ferry}")
orbit = run_json(imprint, "--catalog", catalog, "add-track", "--release", str(release),
                 "--title", "Slow Orbit", "--artist", "Nova Lark")
edit = run_json(imprint, "--catalog", catalog, "add-track", "--release", str(release),
                "--title", "Slow Orbit", "--track-version", "Radio Edit")
check(orbit["number"] == 3 and edit["number"] == 4 and edit["version"] == "Radio Edit", f"{orbit} {edit}")
text = run(imprint, "--catalog", catalog, "add-track", "--release", str(release), "--title", "Lanterns").stdout
check("no audio yet" in text, f"the text output does not say the track has no audio: {text}")
lanterns = None
lanterns = sql("SELECT id FROM tracks WHERE title = 'Lanterns'")[0][0]

# Refused, with the reason, and nothing stored.
run(imprint, "--catalog", catalog, "add-track", "--release", str(release), expect=2)
bad = run(imprint, "--catalog", catalog, "add-track", "--release", str(release), "--title", "X",
          "--isrc", "GB-123", expect=1)
check("ISRC" in bad.stderr or "12" in bad.stderr, f"no reason for a bad ISRC: {bad.stderr}")
taken = run_json(imprint, "--catalog", catalog, "add-track", "--release", str(release), "--title", "X",
                 "--isrc", "QZK6H2601234", expect=1)
check(not taken["ok"] and "Night Ferry" in taken["error"], f"a taken ISRC: {taken}")
missing = run_json(imprint, "--catalog", catalog, "add-track", "--release", "999", "--title", "X", expect=1)
check(not missing["ok"], f"an unknown release: {missing}")

# The catalog table marks them; nothing has a file yet.
tracks = run_json(imprint, "--catalog", catalog, "tracks")["tracks"]
check(len(tracks) == 5, f"five tracks expected: {tracks}")
planned = [t for t in tracks if t["path"] == ""]
check(len(planned) == 4, f"four planned tracks without a file: {tracks}")
table = run(imprint, "--catalog", catalog, "tracks").stdout
check(table.count("no audio yet") == 4, f"the table does not mark the planned tracks:\n{table}")

# The takes arrive: one by ISRC under another title, one by title and artist in other case and
# spacing, the radio edit by its version, and one that was not planned.
take("take 1.wav", 2, title="nf final v3", artists="Nova Lark", isrc="QZK6H2601234")
take("take 2.wav", 3, title="slow  orbit", artists="NOVA LARK")
take("take 3.wav", 4, title="Slow Orbit", artists="Nova Lark", version="radio edit")
take("take 4.wav", 5, title="Something New", artists="Nova Lark", album="Harbour Nights")
for attempt in range(2):  # importing again, the files changed on disk, duplicates nothing
    if attempt:
        for name in os.listdir(os.path.join(library, "takes")):
            path = os.path.join(library, "takes", name)
            os.utime(path, (os.path.getatime(path), os.path.getmtime(path) + 10))
    summary = run_json(imprint, "--catalog", catalog, "import", os.path.join(library, "takes"))
    check(summary["failed"] == 0 and summary["updated" if attempt else "added"] == 4, f"import: {summary}")
    masters = {}  # every master of a track, joined: a second one would show
    for track_id, rel_path in sql("SELECT t.id, a.rel_path FROM tracks t LEFT JOIN assets a "
                                  "ON a.track_id = t.id AND a.kind = 'master' ORDER BY t.id, a.rel_path"):
        masters[track_id] = rel_path if track_id not in masters else f"{masters[track_id]},{rel_path}"
    count = sql("SELECT count(*) FROM tracks")[0][0]
    order = sql("SELECT t.title, t.version FROM release_tracks rt JOIN tracks t ON t.id = rt.track_id "
                "WHERE rt.release_id = ? ORDER BY rt.disc_number, rt.track_number IS NULL, rt.track_number",
                release)
    check(masters[ferry["trackId"]] == "takes/take 1.wav", f"Night Ferry bound by ISRC: {masters}")
    check(masters[orbit["trackId"]] == "takes/take 2.wav", f"Slow Orbit bound by title and artist: {masters}")
    check(masters[edit["trackId"]] == "takes/take 3.wav", f"the radio edit bound by its version: {masters}")
    check(masters[lanterns] is None, f"Lanterns has no audio yet: {masters}")
    check(count == 6, f"one new track and no duplicates, attempt {attempt + 1}: {count} tracks")
    check([title for title, _ in order] == ["Opening", "Night Ferry", "Slow Orbit", "Slow Orbit", "Lanterns",
                                            "Something New"], f"the running order: {order}")
ferry_row = sql("SELECT title, duration_ms FROM tracks WHERE id = ?", ferry["trackId"])[0]
check(ferry_row[0] == "Night Ferry" and ferry_row[1] > 0, f"the planned title stays, the file fills in: {ferry_row}")

# Artwork: checked by content, copied into the library under Artwork/<artist>/<release>/.
covers = os.path.join(folder, "covers")
os.makedirs(covers)
grey = run_json(imprint, "--catalog", catalog, "set-artwork", "--release", str(release),
                png(os.path.join(covers, "grey.png"), 3000, 3000, colour_type=0), expect=1)
check("grey.png" in grey["error"] and "greyscale" in grey["error"], f"greyscale refused: {grey}")
with open(os.path.join(covers, "notes.png"), "w") as notes:
    notes.write("not an image")
text_cover = run(imprint, "--catalog", catalog, "set-artwork", "--release", str(release),
                 os.path.join(covers, "notes.png"), expect=1)
check("notes.png" in text_cover.stderr and "not an image" in text_cover.stderr, text_cover.stderr)
small = run(imprint, "--catalog", catalog, "set-artwork", "--release", str(release),
            png(os.path.join(covers, "small.png"), 800, 600))
check("square" in small.stderr and "3000" in small.stderr, f"warnings for a small, wide cover: {small.stderr}")
source = png(os.path.join(covers, "named-like-a.jpg"), 3000, 3000)  # a PNG, whatever its name says
cover = run_json(imprint, "--catalog", catalog, "set-artwork", "--release", str(release), source)
check(cover["ok"] and cover["format"] == "PNG" and cover["warnings"] == []
      and cover["path"] == "Artwork/Nova Lark/Harbour Nights/cover-2.png", f"the cover: {cover}")
with open(source, "rb") as original:
    digest = hashlib.sha256(original.read()).hexdigest()
with open(os.path.join(library, cover["path"]), "rb") as copied:
    check(hashlib.sha256(copied.read()).hexdigest() == digest, "the copy differs from the image")
linked = sql("SELECT a.rel_path, a.kind, a.content_hash, a.width, a.height FROM releases r "
             "JOIN assets a ON a.id = r.artwork_asset_id WHERE r.id = ?", release)[0]
check(linked == (cover["path"], "artwork", digest, 3000, 3000), f"the release's artwork: {linked}")
check(os.path.exists(os.path.join(library, "Artwork/Nova Lark/Harbour Nights/cover.png")),
      "the earlier cover was overwritten")
print("plan_release: ok")
