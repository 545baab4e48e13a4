#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint import-stems on a small catalog of its own: a stem pack is attached with stem types
detected from the names, hashes and sample rates recorded, files under Stems/<artist>/<track>/;
importing it again adds nothing; stems whose rate or length differ from the master are refused
with both values named (and attached with --force); every hostile pack (zip-slip, ../ in a tar,
absolute path, symlink escape, zip bombs, truncated archives, duplicate names) is refused with a
clear message, and neither the library, the catalog nor anything around them changes. Packs made
with `tar -C folder -czf pack.tar.gz .` and ZIP64 packs are accepted; packs cut short are reported
as truncated. With --team, on a team catalog on the throwaway PostgreSQL server (issue 16)."""
import hashlib
import io
import os
import shutil
import struct
import subprocess
import sys
import wave
import zipfile

from common import catalog_sql, check, library_folder, run, run_json, script_catalog

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "archive"))
import hostile  # noqa: E402  the archive tests' builders of hostile archives

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "import-stems-team" if "--team" in sys.argv[3:] else "import-stems")
shutil.rmtree(folder, ignore_errors=True)
library = os.path.join(folder, "library")
packs = os.path.join(folder, "packs")
os.makedirs(library)
os.makedirs(packs)
catalog, team = script_catalog(folder, "import_stems")
settings = os.path.join(folder, "config")  # a team catalog's library folder is remembered there


def wav_bytes(rate=48000, seconds=2.0, seed=1, channels=2):
    frames = int(rate * seconds)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        # A short ramp pattern per seed: different content, so different hashes.
        sample = [((i * (seed + 3)) % 2000 - 1000) for i in range(400)]
        frame_bytes = b"".join(struct.pack("<h", s) * channels for s in sample)
        repeats, rest = divmod(frames, 400)
        out.writeframes(frame_bytes * repeats + frame_bytes[: rest * 2 * channels])
    return buffer.getvalue()


def make_zip(name, entries):
    path = os.path.join(packs, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries:
            archive.writestr(entry, data)
    return path


def snapshot():
    """Every file and folder under the work folder (library and packs' siblings), and the assets."""
    tree = []
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(base, name)
            if path.startswith(packs) or path.startswith(catalog) or path.startswith(settings):
                continue
            tree.append(os.path.relpath(path, folder))
    rows = catalog_sql(catalog, "SELECT rel_path, kind, coalesce(stem_type, '') FROM assets ORDER BY id")
    return sorted(tree), rows


with open(os.path.join(library, "Glass Harbour.wav"), "wb") as master:
    master.write(wav_bytes(seed=0))
library_folder(imprint, catalog, team, library)
run_json(imprint, "--catalog", catalog, "import", library)
tracks = run_json(imprint, "--catalog", catalog, "tracks")["tracks"]
check(len(tracks) == 1, f"tracks: {tracks}")
track = str(tracks[0]["id"])

# A pack as an AI tool sends it: numbered, mixed case, a read-me and macOS litter.
good = make_zip("glass-harbour-stems.zip", [
    ("Glass Harbour Stems/01 - Lead Vox.wav", wav_bytes(seed=1)),
    ("Glass Harbour Stems/02_DRUMS.wav", wav_bytes(seed=2)),
    ("Glass Harbour Stems/03 Synth Bass.wav", wav_bytes(seed=3)),
    ("Glass Harbour Stems/04-Piano.wav", wav_bytes(seed=4)),
    ("Glass Harbour Stems/05 Risers FX.wav", wav_bytes(seed=5)),
    ("Glass Harbour Stems/readme.txt", b"Stems rendered from the final mix."),
    ("__MACOSX/Glass Harbour Stems/._02_DRUMS.wav", b"\x00\x05\x16\x07"),
])
report = run_json(imprint, "--catalog", catalog, "import-stems", good, "--track", track)
check(report["ok"] and report["added"] == 5 and not report["mismatches"], f"good pack: {report}")
types = {os.path.basename(s["entry"]): s["stemType"] for s in report["stems"]}
check(types == {"01 - Lead Vox.wav": "vocals", "02_DRUMS.wav": "drums", "03 Synth Bass.wav": "bass",
                "04-Piano.wav": "keys", "05 Risers FX.wav": "fx"}, f"stem types: {types}")
check(report["folder"] == "Stems/Unknown Artist/Glass Harbour" or report["folder"].startswith("Stems/"),
      f"folder: {report['folder']}")
check(len(report["skipped"]) == 2, f"the read-me and the resource fork are skipped: {report['skipped']}")
rows = catalog_sql(catalog, "SELECT rel_path, stem_type, content_hash, sample_rate, track_id, audio_key FROM assets "
                   "WHERE kind = 'stem' ORDER BY rel_path")
check(len(rows) == 5, f"stem rows: {rows}")
# Each with its audio key, by which a stem moved outside Imprint is found again.
check(len({row[5] for row in rows if row[5]}) == 5, f"audio keys: {[row[5] for row in rows]}")
for rel_path, stem_type, content_hash, rate, track_id, _ in rows:
    path = os.path.join(library, rel_path)
    check(os.path.isfile(path) and rel_path.startswith(report["folder"] + "/"), f"{rel_path} is not in place")
    with open(path, "rb") as source:
        check(hashlib.sha256(source.read()).hexdigest() == content_hash, f"{rel_path}: hash")
    check(rate == 48000 and str(track_id) == track and stem_type in types.values(), f"row {rel_path}")
check(not [n for n in os.listdir(library) if n.startswith(".imprint")], "a temporary folder is left")

# Importing the library again finds the stems unchanged: their rows, types and track stay.
stems_before = snapshot()[1]
reimport = run_json(imprint, "--catalog", catalog, "import", library)
check(reimport["added"] == 0 and reimport["updated"] == 0, f"re-import: {reimport}")
check(snapshot()[1] == stems_before, "re-importing the library changed the stems")

again = run_json(imprint, "--catalog", catalog, "import-stems", good, "--track", track)
check(again["ok"] and again["added"] == 0 and all(s["alreadyAttached"] for s in again["stems"]),
      f"importing the same pack again: {again}")

# Stems that do not fit the master: named with both values, nothing written without --force.
before = snapshot()
odd = make_zip("odd.zip", [("Vocals.wav", wav_bytes(rate=44100, seed=6)),
                           ("Guitar.wav", wav_bytes(seconds=2.5, seed=7))])
refused = run_json(imprint, "--catalog", catalog, "import-stems", odd, "--track", track, expect=1)
messages = " | ".join(m["message"] for m in refused["mismatches"])
check(refused["refused"] and "44100" in messages and "48000" in messages and "+500 ms" in messages,
      f"mismatches: {refused}")
check(snapshot() == before, "a refused pack changed the library or the catalog")
text = run(imprint, "--catalog", catalog, "import-stems", odd, "--track", track, expect=1).stderr
check("--force" in text and "44100 Hz" in text, f"the refusal does not say what to do: {text}")
forced = run_json(imprint, "--catalog", catalog, "import-stems", odd, "--track", track, "--force")
check(forced["ok"] and forced["added"] == 2, f"--force: {forced}")
again = run_json(imprint, "--catalog", catalog, "import-stems", odd, "--track", track)
check(again["ok"] and again["added"] == 0 and not again["mismatches"], f"attached stems are not judged again: {again}")

# Packs as ordinary tools write them. `tar -C folder -czf pack.tar.gz .` puts "./" before every
# name and stores "./" itself: the root, accepted as such.
tar_folder = os.path.join(folder, "tar-stems")
os.makedirs(os.path.join(tar_folder, "Stems"))
for seed, name in ((8, "Pad.wav"), (9, "Strings.wav")):
    with open(os.path.join(tar_folder, "Stems", name), "wb") as stem:
        stem.write(wav_bytes(seed=seed))
dot_pack = os.path.join(packs, "dot-slash.tar.gz")
subprocess.run(["tar", "-C", tar_folder, "-czf", dot_pack, "."], check=True)
listing = subprocess.run(["tar", "-tzf", dot_pack], capture_output=True, text=True, check=True).stdout
check(listing.startswith("./\n") and "./Stems/Pad.wav" in listing, f"tar wrote other names:\n{listing}")
report = run_json(imprint, "--catalog", catalog, "import-stems", dot_pack, "--track", track)
check(report["ok"] and report["added"] == 2 and sorted(s["entry"] for s in report["stems"]) ==
      ["Stems/Pad.wav", "Stems/Strings.wav"], f"a pack made with tar -C … .: {report}")
shutil.rmtree(tar_folder)

# ZIP64, as writers of large archives make them: 64-bit sizes in every entry and a ZIP64 end
# record, whose plain end record then holds 0xffff placeholders (its disk numbers too).
zip64_buffer = io.BytesIO()
with zipfile.ZipFile(zip64_buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    for seed, name in ((10, "Choir.wav"), (11, "Brass.wav")):
        with archive.open(name, "w", force_zip64=True) as entry:
            entry.write(wav_bytes(seed=seed))
zip64_pack = os.path.join(packs, "zip64.zip")
with open(zip64_pack, "wb") as out:
    out.write(hostile.zip64_end_records(zip64_buffer.getvalue()))
report = run_json(imprint, "--catalog", catalog, "import-stems", zip64_pack, "--track", track)
check(report["ok"] and report["added"] == 2, f"a ZIP64 pack: {report}")

# Cut short: a plain tar cut between two stems, and a .tar.zst cut anywhere, are truncated, named
# as such, rather than a smaller pack or one "without audio files".
good_tar = hostile.tar_bytes([hostile.file_info(f"Stem {n}.wav", wav_bytes(seed=n))
                               for n in (12, 13)])
cut_tar = os.path.join(packs, "cut-between.tar")
with open(cut_tar, "wb") as out:
    out.write(good_tar[:512 + (len(wav_bytes(seed=12)) + 511) // 512 * 512])
cut_zst = os.path.join(packs, "cut.tar.zst")
with open(cut_zst, "wb") as out:
    zst = hostile.zstd_frame([good_tar])
    out.write(zst[: len(zst) * 3 // 4])
before = snapshot()
for pack in (cut_tar, cut_zst):
    message = run(imprint, "--catalog", catalog, "import-stems", pack, "--track", track, expect=1).stderr
    check(f"{pack} is truncated" in message and "nothing was imported" in message,
          f"{os.path.basename(pack)}: not reported as truncated:\n{message}")
    check(snapshot() == before, f"{os.path.basename(pack)}: the library or the catalog changed")

# Hostile packs: a clear message naming the problem, nothing written anywhere.
hostile_kinds = {
    "zip-slip": "..",
    "zip-absolute": "absolute",
    "tar-dotdot": "..",
    "tar-symlink-escape": "link",
    "tar-hardlink-escape": "link",
    "zip-bomb": "ratio",
    "zip-lying-bomb": "",
    "zip-truncated": "truncated",
    "tar-truncated": "is truncated",
    "zip-duplicate": "duplicate",
    "tar-duplicate": "duplicate",
    "zip-encrypted": "encrypt",
    "tar-dot-slash-dotdot": "'..'",
    "tar-deep-path": "longer than 4096 bytes",
    "tar-depth-limit": "deeper than 256 levels",
    "zip-multi-volume": "multi-volume",
    "zip64-multi-volume": "multi-volume",
}
outside = os.path.join(work, "evil.txt")
before = snapshot()
for kind, word in hostile_kinds.items():
    path = os.path.join(packs, kind + (".zip" if kind.startswith("zip") else ".tar.gz"))
    hostile.main(kind, path)
    result = run(imprint, "--catalog", catalog, "import-stems", path, "--track", track, expect=1)
    # Log lines of the archive layer may precede it; the user's message starts with "imprint: ".
    message = next((line for line in result.stderr.splitlines() if line.startswith("imprint: ")), "")
    check( "nothing was imported" in message and word in message.lower(),
          f"{kind}: unclear message: {message}")
    report = run_json(imprint, "--catalog", catalog, "import-stems", path, "--track", track, expect=1)
    check(not report["ok"] and report["added"] == 0 and report["error"], f"{kind}: {report}")
    check(snapshot() == before, f"{kind}: the library or the catalog changed")
    check(not os.path.exists(outside) and not os.path.exists("/tmp/imprint-absolute-evil.txt"),
          f"{kind}: a file was written outside the library")

# A library folder that is gone (a drive not connected): the refusal says how to name it.
os.rename(library, library + ".away")
message = run(imprint, "--catalog", catalog, "import-stems", good, "--track", track, expect=1).stderr
os.rename(library + ".away", library)
check("library folder" in message and "imprint library-folder" in message,
      f"a missing library folder: {message}")

run(imprint, "--catalog", catalog, "import-stems", good, "--track", "999999", expect=1)
run(imprint, "--catalog", catalog, "import-stems", good, expect=2)
print("1 passed, 0 failed")
