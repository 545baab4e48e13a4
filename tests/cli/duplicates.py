#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Issue 15, item 3: a file renamed outside Imprint keeps its track on the next import, which
says "moved: OLD → NEW"; an MP3 of a take already catalogued as WAV is listed by `imprint
duplicates` once `check` has analysed it (until then `duplicates` says so; another song is not
listed), and `duplicates keep-both` takes the pair off the list. With --team, on a team catalog on
the throwaway PostgreSQL server (issue 16)."""
import array
import math
import os
import shutil
import subprocess
import sys
import wave

from common import check, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "duplicates-team" if "--team" in sys.argv[3:] else "duplicates")
shutil.rmtree(folder, ignore_errors=True)
library = os.path.join(folder, "Library")
os.makedirs(os.path.join(library, "renamed"))
catalog, team = script_catalog(folder, "duplicates")


def melody(path, seed, seconds=12, rate=44100):
    """A tune of 1/4- to 1/2-second notes chosen by seed: another seed is another song."""
    state, samples, phase, left, frequency = seed * 7919 + 17, array.array("h"), 0.0, 0, 220.0
    for _ in range(seconds * rate):
        if left == 0:
            state = (state * 1103515245 + 12345) % 2**31
            frequency = 220.0 * 2 ** ([0, 2, 4, 7, 9, 12, 14, 16][state % 8] / 12)
            left = rate * (2 + (state >> 8) % 3) // 8
        phase += 2 * math.pi * frequency / rate
        value = int(9000 * math.sin(phase) + 3000 * math.sin(2 * phase))
        samples.extend((value, value))
        left -= 1
    with wave.open(path, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())


def analyse():
    """`check` analyses the catalog; it exits 1 when a verdict fails, which is not the point here."""
    result = subprocess.run([imprint, "--catalog", catalog, "check"], capture_output=True, text=True,
                            timeout=300)
    check(result.returncode in (0, 1), f"check: {result.returncode}\n{result.stdout}\n{result.stderr}")


melody(os.path.join(library, "Harbour.wav"), seed=1)
melody(os.path.join(library, "Lantern.wav"), seed=2)
library_folder(imprint, catalog, team, library)
first = run_json(imprint, "--catalog", catalog, "import", library)
check(first["added"] == 2 and first["moved"] == [], f"first import: {first}")
before = run_json(imprint, "--catalog", catalog, "duplicates")
check(before == {"duplicates": [], "notAnalysed": 2}, f"nothing analysed yet: {before}")
text = run(imprint, "--catalog", catalog, "duplicates").stdout
check("2 tracks not analysed yet" in text and " check" in text, f"duplicates says what to run:\n{text}")
analyse()
check(run_json(imprint, "--catalog", catalog, "duplicates") == {"duplicates": [], "notAnalysed": 0},
      "two different songs are not duplicates")

# An MP3 export of the same take, beside the WAV.
subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i", os.path.join(library, "Harbour.wav"),
                "-c:a", "libmp3lame", "-b:a", "192k", os.path.join(library, "Harbour export.mp3")], check=True)
run_json(imprint, "--catalog", catalog, "import", library)
analyse()
pairs = run_json(imprint, "--catalog", catalog, "duplicates")["duplicates"]
check(len(pairs) == 1, f"the MP3 and the WAV of one take are one pair: {pairs}")
pair = pairs[0]
check({pair["titleA"], pair["titleB"]} == {"Harbour", "Harbour export"}, f"the pair: {pair}")
check(not pair["sameAudio"] and 0.85 <= pair["similarity"] < 1, f"alike, not identical: {pair}")
text = run(imprint, "--catalog", catalog, "duplicates").stdout
check("Harbour export" in text and "1 pair" in text, f"text output:\n{text}")

run(imprint, "--catalog", catalog, "duplicates", "keep-both", "1", expect=2)
kept = run(imprint, "--catalog", catalog, "duplicates", "keep-both", str(pair["trackA"]), str(pair["trackB"]))
check(str(pair["trackA"]) in kept.stdout, f"keep-both says what it did: {kept.stdout}")
check(run_json(imprint, "--catalog", catalog, "duplicates")["duplicates"] == [], "keep-both is remembered")

# Renamed outside Imprint: the same track, reported as moved.
tracks = run_json(imprint, "--catalog", catalog, "tracks")
os.rename(os.path.join(library, "Lantern.wav"), os.path.join(library, "renamed", "Lantern (final).wav"))
moved = run(imprint, "--catalog", catalog, "import", library).stdout
check("moved: " in moved and "Lantern (final).wav" in moved and "1 moved" in moved, f"import output:\n{moved}")
after = run_json(imprint, "--catalog", catalog, "tracks")
check(len(after["tracks"]) == len(tracks["tracks"]), f"no track was added: {after}")
check(any(track["title"] == "Lantern" for track in after["tracks"]), f"the track keeps its title: {after}")
print("ok")
