#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""A write-tags killed half way (kill -9) leaves its hidden copy (".take.imprint-kQqzyt.wav").
The next write-tags in that folder removes such copies once they are stale, but not a copy
another write-tags is working on (locked, or fresh), nor the user's own hidden files; and import
never takes one for a take (issue 17)."""
import fcntl
import os
import shutil
import sys
import time

from common import check, run, run_json, write_wav

imprint, work = sys.argv[1], os.path.abspath(sys.argv[2])
folder = os.path.join(work, "stale-temp-copies")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
take = os.path.join(folder, "take.wav")
write_wav(take, 3)
an_hour_ago = time.time() - 3600


def leftover(name, age=an_hour_ago):
    path = os.path.join(folder, name)
    shutil.copy(take, path)  # real audio: were it imported, it would be a second take
    os.utime(path, (age, age))
    return path


stale = [leftover(".take.imprint-kQqzyt.wav"), leftover(".take.imprint-A1b2C3.wav")]
fresh = leftover(".take.imprint-Zz9yX8.wav", age=time.time())
locked = leftover(".take.imprint-Lk0ckd.wav")
users_own = [leftover(".take.wav"), leftover(".take.imprint-notes.txt.bak"), leftover("take.imprint-kQqzyt.wav")]

# A write-tags running in the same folder holds its copy locked, as Imprint's writer does.
with open(locked, "rb") as held:
    fcntl.flock(held, fcntl.LOCK_EX)
    dry = run(imprint, "write-tags", take, "--set", "title=Dry", "--dry-run")
    check(all(os.path.exists(path) for path in stale), "--dry-run changes nothing, stale copies included")
    run(imprint, "write-tags", take, "--set", "title=Take Three")
    for path in stale:
        check(not os.path.exists(path), f"the stale copy {os.path.basename(path)} is still there")
    check(os.path.exists(fresh), "a fresh copy may be another write in progress: kept")
    check(os.path.exists(locked), "a locked copy is another write in progress: kept")
    for path in users_own:
        check(os.path.exists(path), f"{os.path.basename(path)} is not Imprint's copy: kept")

# Leftovers are never imported, on any system (hidden files or not).
os.remove(users_own[2])  # a visible file of the user's, which import would rightly take
catalog = os.path.join(folder, "catalog.sqlite")
summary = run_json(imprint, "--catalog", catalog, "import", folder)
check(summary["found"] == 1 and summary["added"] == 1, f"only take.wav is a take: {summary}")
mentioned = [problem["path"] for problem in summary["problems"]]
check(not any(".imprint-" in path for path in mentioned), f"temporary copies reported: {mentioned}")
tracks = run_json(imprint, "--catalog", catalog, "tracks")
check(tracks["count"] == 1 and tracks["tracks"][0]["title"] == "Take Three", f"tracks: {tracks}")
print("1 passed, 0 failed")
