#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Every audio format a creator brings (issue 15): a folder of AAC and ALAC in M4A, RF64, W64,
WavPack and PCM from 8 to 32 bits and float, mono to 5.1, 44.1 to 192 kHz, plus a damaged
M4A, an MP3 with junk inside and a text file. Import lists every track with the decoder's
properties; check analyses every audio file, its loudness within tolerance of ffmpeg's ebur128,
and names the damaged one with its reason (exit 1); nothing the decoders say reaches stderr;
write-tags refuses the formats it cannot tag, by name, and leaves them untouched."""
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "decoders")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
catalog = os.path.join(work, "decoders.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(catalog + suffix):
        os.remove(catalog + suffix)


def tone(rate, channels, layout):
    """Two seconds of a tone and a quieter second tone, the same in every channel."""
    expression = "0.4*sin(2*PI*997*t)+0.1*sin(2*PI*3001*t)"
    return f"aevalsrc={'|'.join([expression] * channels)}:c={layout}:s={rate}:d=2"


def ffmpeg(name, rate, channels, layout, *codec):
    path = os.path.join(folder, name)
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    tone(rate, channels, layout), *codec, path], check=True)
    return path


# name: (rate, channels, bit depth, format the catalog stores, lossy)
expected = {
    "aac.m4a": (44100, 2, 0, "M4A", True),
    "alac.m4a": (96000, 2, 24, "M4A", False),
    "rf64.wav": (48000, 2, 24, "RF64", False),
    "w64.w64": (44100, 2, 16, "W64", False),
    "wavpack.wv": (48000, 2, 16, "WavPack", False),
    "u8-mono.wav": (44100, 1, 8, "WAV", False),
    "s16-5.1.wav": (48000, 6, 16, "WAV", False),
    "s32-96k.wav": (96000, 2, 32, "WAV", False),
    "float-192k.wav": (192000, 2, 32, "WAV", False),
    "s24-88k.flac": (88200, 2, 24, "FLAC", False),
    "sox-192k.aiff": (192000, 2, 24, "AIFF", False),
    "junk-inside.mp3": (44100, 2, 0, "MP3", True),
}
ffmpeg("aac.m4a", 44100, 2, "stereo", "-c:a", "aac", "-b:a", "256k")
ffmpeg("alac.m4a", 96000, 2, "stereo", "-c:a", "alac", "-sample_fmt", "s32p")
ffmpeg("rf64.wav", 48000, 2, "stereo", "-c:a", "pcm_s24le", "-rf64", "always")
ffmpeg("w64.w64", 44100, 2, "stereo", "-c:a", "pcm_s16le")
ffmpeg("wavpack.wv", 48000, 2, "stereo", "-c:a", "wavpack", "-sample_fmt", "s16p")
ffmpeg("u8-mono.wav", 44100, 1, "mono", "-c:a", "pcm_u8")
ffmpeg("s16-5.1.wav", 48000, 6, "5.1", "-c:a", "pcm_s16le")
ffmpeg("s32-96k.wav", 96000, 2, "stereo", "-c:a", "pcm_s32le")
ffmpeg("float-192k.wav", 192000, 2, "stereo", "-c:a", "pcm_f32le")
ffmpeg("s24-88k.flac", 88200, 2, "stereo", "-c:a", "flac", "-sample_fmt", "s32")
subprocess.run(["sox", "-n", "-r", "192000", "-b", "24", "-c", "2", os.path.join(folder, "sox-192k.aiff"),
                "synth", "2", "sine", "997", "vol", "0.5"], check=True)
# Junk between frames: libsndfile's mpg123 printed "Note: Illegal Audio-MPEG-Header" here.
mp3 = ffmpeg("junk.tmp.mp3", 44100, 2, "stereo", "-c:a", "libmp3lame", "-b:a", "192k")
with open(mp3, "rb") as source:
    data = source.read()
os.remove(mp3)
with open(os.path.join(folder, "junk-inside.mp3"), "wb") as target:
    target.write(data[:20000] + b"\x12\x34" * 500 + data[20000:])
# A damaged M4A: cut in half, its index (written last) is gone.
corrupt = ffmpeg("corrupt.m4a", 44100, 2, "stereo", "-c:a", "aac")
with open(corrupt, "r+b") as cut:
    cut.truncate(os.path.getsize(corrupt) // 2)
with open(os.path.join(folder, "notes.txt"), "w") as notes:
    notes.write("lyrics draft")

CHATTER = re.compile(r"Illegal Audio-MPEG-Header|Trying to resync|Note: |@ 0x[0-9a-f]+\]|moov atom|"
                     r"Xing stream")


def quiet(result, what):
    check(not CHATTER.search(result.stderr), f"{what}: decoder messages on stderr:\n{result.stderr}")


# Import: every decodable file is a track, the damaged one failed with its reason, the text
# file (and only it) is "not an audio or artwork file". Exit 1: a file could not be read.
imported = run(imprint, "--catalog", catalog, "import", folder, "--json", expect=1)
quiet(imported, "import")
summary = json.loads(imported.stdout)
check(summary["added"] == len(expected), f"every decodable file is added: {summary}")
check(summary["failed"] == 1 and summary["skipped"] == 1, f"one failed, one skipped: {summary}")
reasons = {os.path.basename(p["path"]): p["reason"] for p in summary["problems"]}
check(set(reasons) == {"corrupt.m4a", "notes.txt"}, f"problems: {reasons}")
check("not an audio or artwork file" in reasons["notes.txt"], f"notes.txt: {reasons}")
check(reasons["corrupt.m4a"] and "not an audio or artwork file" not in reasons["corrupt.m4a"],
      f"the damaged M4A has a decoding reason: {reasons}")

db = sqlite3.connect(catalog)
rows = {os.path.basename(r[0]): r[1:] for r in db.execute(
    "SELECT rel_path, format, sample_rate, channels, bit_depth, duration_ms FROM assets")}
db.close()
for name, (rate, channels, bits, container, lossy) in expected.items():
    check(name in rows, f"{name} is in the catalog: {sorted(rows)}")
    fmt, stored_rate, stored_channels, stored_bits, duration = rows[name]
    check((fmt, stored_rate, stored_channels, stored_bits or 0) == (container, rate, channels, bits),
          f"{name}: stored {rows[name]}, expected {(container, rate, channels, bits)}")
    check(abs(duration - 2000) <= (60 if lossy else 1), f"{name}: duration {duration} ms")
listed = run_json(imprint, "--catalog", catalog, "tracks")
check(listed["count"] == len(expected), f"tracks listed: {listed['count']}")

# Check: every audio file is analysed or named with its reason; none is skipped.
checked = run(imprint, "check", folder, "--json", expect=1)
quiet(checked, "check")
report = json.loads(checked.stdout)
files = {os.path.basename(f["path"]): f for f in report["files"]}
check(set(files) == set(expected) | {"corrupt.m4a"}, f"every audio file is checked: {sorted(files)}")
check(report["analysed"] == len(expected) and report["failed"] == 1, f"counts: {report['analysed']}, "
      f"{report['failed']}")
check("corrupt.m4a" in files["corrupt.m4a"]["error"] and ": " in files["corrupt.m4a"]["error"],
      f"the damaged file is named with its reason: {files['corrupt.m4a']}")
text = run(imprint, "check", folder, expect=1)
quiet(text, "check (text)")
check("corrupt.m4a" in text.stderr, f"the damaged file is named:\n{text.stderr}")


def ffmpeg_loudness(path):
    result = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af", "ebur128", "-f", "null",
                             "-"], capture_output=True, text=True, check=True)
    summary = result.stderr[result.stderr.rfind("Summary"):]
    return float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))


for name, (rate, channels, bits, container, lossy) in expected.items():
    measured = files[name]
    check((measured["sampleRate"], measured["channels"]) == (rate, channels), f"{name}: {measured}")
    reference = ffmpeg_loudness(os.path.join(folder, name))
    tolerance = 0.3 if lossy else 0.1
    check(abs(measured["integratedLufs"] - reference) <= tolerance,
          f"{name}: {measured['integratedLufs']} LUFS, ffmpeg {reference} LUFS")

# write-tags: formats Imprint checks but cannot tag are refused by name, the files untouched
# (WavPack is tagged: tests/cli/tags_read_by_others.py).
for name, word in (("rf64.wav", "RF64"), ("w64.w64", "W64")):
    path = os.path.join(folder, name)
    with open(path, "rb") as before:
        digest = hashlib.sha256(before.read()).hexdigest()
    refused = run(imprint, "write-tags", path, "--set", "title=Tagged", expect=1)
    check(word in refused.stderr and "not supported for tag writing" in refused.stderr,
          f"{name}: the refusal names {word}:\n{refused.stderr}")
    with open(path, "rb") as after:
        check(hashlib.sha256(after.read()).hexdigest() == digest, f"{name} was changed")
print("1 passed, 0 failed")
