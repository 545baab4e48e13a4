#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint verify: a package built by another tool with a sha256sum manifest passes; a changed
entry, a missing one and an unlisted one are each named; a non-archive is a clear error."""
import hashlib
import os
import shutil
import sys
import tarfile
import io

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "verify")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)


def build(path, files, manifest_files):
    manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in manifest_files.items())
    with tarfile.open(path, "w:xz") as archive:
        for name, data in list(files.items()) + [("MANIFEST.sha256", manifest.encode())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


files = {"Masters/01.wav": b"RIFF" + bytes(3000), "metadata.json": b'{"title": "x"}'}
good = os.path.join(folder, "good.tar.xz")
build(good, files, files)
report = run_json(imprint, "verify", good)
check(report["ok"] and len(report["entries"]) == 2, f"good package: {report}")
check(all(e["status"] == "ok" for e in report["entries"]), f"good package: {report}")

changed = dict(files, **{"metadata.json": b'{"title": "y"}'})
listed = dict(files, **{"Docs/licence.pdf": b"%PDF"})
bad = os.path.join(folder, "bad.tar.xz")
build(bad, dict(changed, **{"extra.txt": b"?"}), listed)
report = run_json(imprint, "verify", bad, expect=1)
status = {e["path"]: e["status"] for e in report["entries"]}
check(status == {"Masters/01.wav": "ok", "metadata.json": "mismatch", "Docs/licence.pdf": "missing",
                 "extra.txt": "unlisted"}, f"bad package: {status}")
text = run(imprint, "verify", bad, expect=1)
check("metadata.json: mismatch" in text.stderr and "Docs/licence.pdf: missing" in text.stderr, text.stderr)

junk = os.path.join(folder, "junk.zip")
with open(junk, "wb") as target:
    target.write(b"not an archive at all")
text = run(imprint, "verify", junk, expect=1)
check("junk.zip" in text.stderr, f"a non-archive must be named:\n{text.stderr}")
run(imprint, "verify", expect=2)
print("1 passed, 0 failed")
