#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""The GUI's self-test on a team catalog (issue 16): the demo copied to the throwaway PostgreSQL
server, its library folder named on this computer, then every page of the main window loaded
from the server, in English and in German, failing on any QML warning."""
import os
import sys

from common import check, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "demo")
check(os.path.isfile(os.path.join(demo, "catalog.sqlite")), "the demo catalog is missing (fixture demo_catalog)")
folder = os.path.join(work, "gui-self-test-team")
os.makedirs(folder, exist_ok=True)
catalog, team = script_catalog(folder, "gui")
check(team, "run with --team")
run(imprint, "copy-catalog", os.path.join(demo, "catalog.sqlite"), catalog)
library = os.path.join(demo, "library")
library_folder(imprint, catalog, team, library, expect=1)  # the demo's edited document is told
# Exit 1 says that file; the folder must still be this computer's for the catalog.
with open(os.path.join(os.environ["XDG_CONFIG_HOME"], "imprintrc"), encoding="utf-8") as config:
    check(os.path.abspath(library) in config.read(), "the library folder was not remembered")
tracks = len(run_json(imprint, "--catalog", catalog, "tracks")["tracks"])
check(tracks > 0, "the copy holds the demo's tracks")

for language in ("C.UTF-8", "de_DE.UTF-8"):
    env = {"LANG": language, "LANGUAGE": "de" if language.startswith("de") else ""}
    result = run(imprint, "--self-test", "--catalog", catalog, env=env)
    check("self-test: passed" in result.stderr, f"{language}: {result.stderr}")
    # What the window showed came from the server: every track of the demo, not an empty catalog.
    check(f"self-test: {tracks} tracks, " in result.stderr, f"{language}, {tracks} tracks expected: {result.stderr}")
print("gui self-test on a team catalog: passed in English and German")
