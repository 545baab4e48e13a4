#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Tags that other tools read (issue 15): in every container write-tags accepts, the title,
artist, album, ISRC, date and track number Imprint writes are found by ffprobe and by mutagen
(tests/cli/mutagen_tags.py), each under the name that tool gives the field in that tag family,
and Imprint reads the same values back (write-tags sees nothing to change; import stores them).
WAV is checked as FFmpeg writes it, with a LIST/INFO chunk of its own: FFmpeg then reads only
INFO, so INFO must hold every field. A WAV tagged only in INFO by another tool is read too.
RF64 and W64, which TagLib cannot tag, are refused by name and left untouched."""
import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "tags-read-by-others")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
MUTAGEN_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mutagen_tags.py")

for tool in ("ffmpeg", "ffprobe"):
    check(shutil.which(tool), f"{tool} is missing: run scripts/dev setup (scripts/packages.txt lists it)")

# file name → ffmpeg's encoder and the names ffprobe gives the ISRC and the date in that tag family
# (ID3v2's frame TSRC in MP3 and AIFF, the field's own name in INFO, Vorbis, MP4 and APEv2; the
# date is APEv2's Year).
CONTAINERS = {
    "take.wav": ("pcm_s16le", "isrc", "date"),
    "take.aiff": ("pcm_s16be", "tsrc", "date"),
    "take.flac": ("flac", "isrc", "date"),
    "take.mp3": ("libmp3lame", "tsrc", "date"),
    "aac.m4a": ("aac", "isrc", "date"),
    "alac.m4a": ("alac", "isrc", "date"),
    "take.ogg": ("libvorbis", "isrc", "date"),
    "take.opus": ("libopus", "isrc", "date"),
    "take.wv": ("wavpack", "isrc", "year"),
}
ARTIST, ALBUM, DATE, TRACK, TOTAL = "Jörg Ñandú", "Tidal Lines", "2026-03-14", 3, 12
# Each file its own title and ISRC, so import makes one track of each (an ISRC is unique).
NAMES = list(CONTAINERS) + ["info-only.wav"]
TITLES = {name: f"Glass Harbour ♪ {index}" for index, name in enumerate(NAMES, 1)}
ISRCS = {name: f"GBABC26{index:05d}" for index, name in enumerate(NAMES, 1)}


def generate(name, codec, *extra):
    path = os.path.join(folder, name)
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "sine=frequency=330:duration=1", "-ac", "2", "-c:a", codec, *extra, path], check=True)
    return path


def ffprobe_tags(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json", path],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    tags = {}
    # Ogg keeps its comments on the stream, the other containers on the format.
    for source in [data.get("format", {})] + data.get("streams", []):
        for key, value in source.get("tags", {}).items():
            tags[key.lower()] = value
    return tags


def mutagen_tags(paths):
    out = subprocess.run([sys.executable, MUTAGEN_SCRIPT, *paths], capture_output=True, text=True)
    check(out.returncode == 0, f"mutagen could not read the files:\n{out.stderr}")
    return json.loads(out.stdout)


def riff_info(path):
    """The fields of a WAV's LIST/INFO chunk, as broadcast tools read them: {"INAM": "...", ...}."""
    with open(path, "rb") as f:
        data = f.read()
    fields, at = {}, 12
    while at + 8 <= len(data):
        kind, size = struct.unpack("<4sI", data[at:at + 8])
        body = data[at + 8:at + 8 + size]
        if kind == b"LIST" and body[:4] == b"INFO":
            inner = 4
            while inner + 8 <= len(body):
                key, length = struct.unpack("<4sI", body[inner:inner + 8])
                fields[key.decode("ascii")] = body[inner + 8:inner + 8 + length].rstrip(b"\0").decode("utf-8")
                inner += 8 + length + (length & 1)
        at += 8 + size + (size & 1)
    return fields


def leading_number(text):
    return int(text.split("/")[0]) if text and text.split("/")[0].strip().isdigit() else None


def check_fields(tool, name, found, keys):
    """found: the tool's tags; keys: field → the tool's name for it."""
    expected = {"title": TITLES[name], "artist": ARTIST, "album": ALBUM, "isrc": ISRCS[name], "date": DATE}
    for field, value in expected.items():
        check(found.get(keys[field]) == value,
              f"{name}: {tool} reads {field} as {found.get(keys[field])!r} (under {keys[field]!r}), "
              f"expected {value!r}; all it found: {found}")
    check(leading_number(found.get(keys["track"])) == TRACK,
          f"{name}: {tool} reads the track number as {found.get(keys['track'])!r}; all it found: {found}")




def set_args(fields):
    return [arg for field, value in fields.items() for arg in ("--set", f"{field}={value}")]


def fields(name):
    return {"title": TITLES[name], "artists": ARTIST, "album": ALBUM, "isrc": ISRCS[name], "date": DATE,
            "trackNumber": TRACK}


def tag_args(name):
    return set_args({**fields(name), "trackTotal": TOTAL})


ffprobe_keys = {"title": "title", "artist": "artist", "album": "album", "date": "date", "track": "track"}
paths = {name: generate(name, codec) for name, (codec, *_) in CONTAINERS.items()}
with open(paths["take.wav"], "rb") as f:
    check(b"LIST" in f.read(), "FFmpeg's WAV has a LIST/INFO chunk of its own (the case readers trip on)")

for name, path in paths.items():
    report = run_json(imprint, "write-tags", path, *tag_args(name))
    check(report["files"][0]["status"] == "written", f"{name}: {report['files'][0]}")
    # Imprint reads back what it wrote: a second write finds nothing to change.
    again = run_json(imprint, "write-tags", path, *tag_args(name), "--dry-run")
    check(again["files"][0]["status"] == "unchanged", f"{name}: read back differs: {again['files'][0]}")

for name, path in paths.items():
    _, isrc_key, date_key = CONTAINERS[name]
    check_fields("ffprobe", name, ffprobe_tags(path), {**ffprobe_keys, "isrc": isrc_key, "date": date_key})

# WAV: INFO itself holds every field (FFmpeg versions differ in whether they also read the ID3
# chunk once INFO exists; broadcast tools read only INFO), the ISRC in INFO's ISRC field.
info = riff_info(paths["take.wav"])
wanted_info = {"INAM": TITLES["take.wav"], "IART": ARTIST, "IPRD": ALBUM, "ICRD": DATE, "IPRT": str(TRACK),
               "ITRK": str(TRACK), "ISRC": ISRCS["take.wav"]}
check({key: info.get(key) for key in wanted_info} == wanted_info, f"take.wav: INFO holds {info}")
check(info.get("ISFT", "").startswith("Lavf"), f"take.wav: INFO fields Imprint does not own are kept: {info}")

mutagen_keys = {field: field for field in ("title", "artist", "album", "isrc", "date", "track")}
for path, found in mutagen_tags(list(paths.values())).items():
    check_fields("mutagen", os.path.basename(path), found, mutagen_keys)

# A WAV tagged only in INFO by another tool (FFmpeg writes INFO, no ID3): Imprint reads every
# field from it, so writing the same values changes nothing, and import stores them.
info_only = generate("info-only.wav", "pcm_s16le", "-metadata", f"title={TITLES['info-only.wav']}",
                     "-metadata", f"artist={ARTIST}", "-metadata", f"album={ALBUM}", "-metadata", f"date={DATE}",
                     "-metadata", f"track={TRACK}", "-metadata", f"ISRC={ISRCS['info-only.wav']}")
with open(info_only, "rb") as f:
    check(b"ID3" not in f.read(), "the INFO-only WAV has no ID3 chunk")
check_fields("ffprobe", "info-only.wav", ffprobe_tags(info_only), {**ffprobe_keys, "isrc": "isrc"})
same = run_json(imprint, "write-tags", info_only, *set_args(fields("info-only.wav")), "--dry-run")
check(same["files"][0]["status"] == "unchanged", f"INFO-only WAV: Imprint reads {same['files'][0]}")

# Import: the catalog gets the same values from every file.
catalog = os.path.join(folder, "catalog.sqlite")
imported = run_json(imprint, "--catalog", catalog, "import", folder)
check(imported["added"] == len(paths) + 1 and imported["failed"] == 0, f"import: {imported}")
db = sqlite3.connect(catalog)
rows = db.execute("""SELECT a.rel_path, t.title, t.display_artist, t.isrc, r.title, rt.track_number
                      FROM assets a JOIN tracks t ON t.id = a.track_id
                      LEFT JOIN release_tracks rt ON rt.track_id = t.id
                      LEFT JOIN releases r ON r.id = rt.release_id""").fetchall()
db.close()
check(len(rows) == len(NAMES), f"one track per file: {rows}")
for rel_path, *values in rows:
    name = os.path.basename(rel_path)
    check(values == [TITLES[name], ARTIST, ISRCS[name], ALBUM, TRACK], f"{name}: imported as {values}")

# RF64 and W64: TagLib has no writer for them; refused by name, the files byte-identical.
refused = {"rf64.wav": (("pcm_s24le", "-rf64", "always"), "RF64"), "take.w64": (("pcm_s16le",), "W64")}
for name, ((codec, *extra), word) in refused.items():
    path = generate(name, codec, *extra)
    with open(path, "rb") as f:
        before = hashlib.sha256(f.read()).hexdigest()
    result = run(imprint, "write-tags", path, *tag_args("take.wav"), expect=1)
    check(word in result.stderr and "not supported for tag writing" in result.stderr,
          f"{name}: the refusal names {word}:\n{result.stderr}")
    with open(path, "rb") as f:
        check(hashlib.sha256(f.read()).hexdigest() == before, f"{name} was changed")

print(f"{len(paths) + 1 + len(refused)} passed, 0 failed")
