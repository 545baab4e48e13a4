#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint write-tags end to end, cross-checked with independent readers: ffprobe (FFmpeg) and
mutagen-inspect must read back the title, artists and ISRC Imprint wrote, in every container."""
import hashlib
import json
import os
import shutil
import subprocess
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "write-tags")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)

for tool in ("ffmpeg", "ffprobe", "mutagen-inspect"):
    check(shutil.which(tool), f"{tool} is missing: run scripts/dev setup (scripts/packages.txt lists it)")

TITLE, ARTISTS, ISRC = "Glass Harbour ♪", ["Nova Lark", "Jörg Ñandú"], "GBABC2600001"
CODECS = {"wav": "pcm_s16le", "aiff": "pcm_s16be", "flac": "flac", "ogg": "libvorbis", "opus": "libopus",
          "mp3": "libmp3lame", "m4a": "aac"}


def decoded_md5(path):
    out = subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i", path, "-map", "0:a", "-f", "md5", "-"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def ffprobe_tags(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-print_format", "json", path],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    tags = {}
    # Ogg keeps its comments on the stream, the other containers on the format.
    for source in [data.get("format", {})] + data.get("streams", []):
        for key, value in source.get("tags", {}).items():
            tags[key.lower()] = value
    return tags


for extension, codec in CODECS.items():
    path = os.path.join(folder, f"take.{extension}")
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
                    "-ac", "2", "-c:a", codec, path], check=True)
    audio_before = decoded_md5(path)
    with open(path, "rb") as f:
        original = hashlib.sha256(f.read()).hexdigest()

    args = ["write-tags", path, "--set", f"title={TITLE}", "--set", "artists=" + "; ".join(ARTISTS),
            "--set", f"isrc={ISRC}"]
    preview = run_json(imprint, *args, "--dry-run")
    check(preview["files"][0]["status"] == "preview", f"{extension}: dry run status: {preview}")
    with open(path, "rb") as f:
        check(hashlib.sha256(f.read()).hexdigest() == original, f"{extension}: --dry-run changed the file")

    report = run_json(imprint, *args)
    result = report["files"][0]
    check(result["status"] == "written", f"{extension}: {result}")
    check({c["field"] for c in result["changes"]} >= {"title", "artists", "isrc"}, f"{extension}: changes {result}")

    tags = ffprobe_tags(path)
    check(tags.get("title") == TITLE, f"{extension}: ffprobe title {tags}")
    check(ARTISTS[0] in tags.get("artist", ""), f"{extension}: ffprobe artist {tags}")
    isrc = tags.get("isrc") or tags.get("tsrc")
    check(isrc == ISRC, f"{extension}: ffprobe ISRC {tags}")

    inspected = subprocess.run(["mutagen-inspect", path], capture_output=True, text=True)
    check(inspected.returncode == 0, f"{extension}: mutagen-inspect failed: {inspected.stderr}")
    for value in [TITLE, ISRC] + ARTISTS:
        check(value in inspected.stdout, f"{extension}: mutagen does not show {value!r}:\n{inspected.stdout}")

    check(decoded_md5(path) == audio_before, f"{extension}: FFmpeg decodes different audio after the write")

    again = run_json(imprint, *args)
    check(again["files"][0]["status"] == "unchanged", f"{extension}: second write: {again}")

# Bad input: each file reported with its reason, the others written, exit status 1.
good = os.path.join(folder, "take.flac")
notes = os.path.join(folder, "notes.mp3")
with open(notes, "w") as f:
    f.write("not audio, just a name\n")
missing = os.path.join(folder, "vanished.wav")
mixed = run(imprint, "write-tags", good, notes, missing, "--set", "genre=Ambient", expect=1)
check("notes.mp3" in mixed.stderr and "vanished.wav" in mixed.stderr, f"failures must name files:\n{mixed.stderr}")
check("take.flac: written" in mixed.stdout, f"the good file must be written:\n{mixed.stdout}")
usage = run(imprint, "write-tags", good, "--set", "colour=blue", expect=2)
check("colour=blue" in usage.stderr, f"unknown field must be named:\n{usage.stderr}")
print(f"{len(CODECS) + 1} passed, 0 failed")
