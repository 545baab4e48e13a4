#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""demo → import → query, through the command line, as a user or a script would."""
import os
import shutil
import sys

from common import check, run_json

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "demo")
shutil.rmtree(demo, ignore_errors=True)
os.makedirs(work, exist_ok=True)

summary = run_json(imprint, "demo", "--out", demo)
check(summary["added"] == 28, f"the demo import added {summary['added']} files, expected 14 masters, 11 stems, 3 covers")
check(summary["failed"] == 0 and not summary["problems"], f"the demo has unreadable files: {summary['problems']}")

catalog = os.path.join(demo, "catalog.sqlite")
tracks = run_json(imprint, "--catalog", catalog, "tracks")
check(tracks["count"] == 14, f"{tracks['count']} tracks listed, expected 14")
radio = [t for t in tracks["tracks"] if t["version"] == "Radio Edit"]
check(len(radio) == 1 and radio[0]["title"] == "Harbour Lights", f"radio edit missing: {radio}")
check(all(not t["path"].startswith("/") for t in tracks["tracks"]), "asset paths must be relative")
check(any(t["format"] == "AIFF" for t in tracks["tracks"]), "the AIFF master is missing")

again = run_json(imprint, "--catalog", catalog, "import", os.path.join(demo, "library"))
check(again["added"] == 0 and again["updated"] == 0 and again["unchanged"] == 28,
      f"re-import changed something: {again}")
check(run_json(imprint, "--catalog", catalog, "tracks")["count"] == 14, "re-import duplicated tracks")

quiet = run_json(imprint, "--catalog", catalog, "tracks", "--search", "quiet engines")
check(quiet["count"] == 4, f"search found {quiet['count']} tracks by The Quiet Engines, expected 4")
print("1 passed, 0 failed")
