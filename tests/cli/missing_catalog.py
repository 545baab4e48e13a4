#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""A mistyped --catalog is an error, not a new empty catalog (issue 17): every command that reads
or changes an existing catalog says "catalog FILE does not exist", exits 1 and creates nothing.
Commands that put something new into a catalog (import, new-release, import-metadata of a whole
catalog's JSON) still create one, and the GUI creates a catalog named on the command line only
with --new. A CSV file edits a catalog, so it starts one only with --new (never in a dry run); a
JSON import that is refused leaves no catalog behind."""
import json
import os
import shutil
import sys

from common import check, png, run, write_wav

imprint, work = sys.argv[1], os.path.abspath(sys.argv[2])
folder = os.path.join(work, "missing-catalog")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
typo_dir = os.path.join(folder, "typo")  # not there either: nothing may create it
catalog = os.path.join(typo_dir, "catalgo.sqlite")
out = os.path.join(folder, "out")
os.makedirs(out)
cover = png(os.path.join(folder, "cover.png"), 8, 8)
edits = os.path.join(folder, "edits.csv")
with open(edits, "w", encoding="utf-8") as csv:
    csv.write("title,artist\nNew Song,Nova Lark\n")  # rows that would create a track
stems = os.path.join(folder, "stems.zip")
with open(stems, "wb") as archive:
    archive.write(b"PK\x05\x06" + bytes(18))  # an empty ZIP

commands = {
    "tracks": ["tracks"],
    "tracks --json": ["tracks", "--json"],
    "backup": ["backup", os.path.join(out, "backup.tar.zst")],
    "export-metadata": ["export-metadata", os.path.join(out, "catalog.json")],
    "export-calendar": ["export-calendar", os.path.join(out, "plan.ics")],
    "check --catalog": ["check"],
    "rights-report": ["rights-report", "--track", "1"],
    "export-release": ["export-release", "--release", "1", "--profile", "distributor", "--out",
                       os.path.join(out, "release.zip")],
    "import-stems": ["import-stems", stems, "--track", "1"],
    "attach-cutdowns": ["attach-cutdowns", stems, "--track", "1"],
    "add-track": ["add-track", "--release", "1", "--title", "Planned"],
    "set-artwork": ["set-artwork", "--release", "1", cover],
    "write-tags --all": ["write-tags", "--all", "--dry-run"],
    "import-metadata CSV": ["import-metadata", edits],
    "import-metadata CSV --dry-run": ["import-metadata", edits, "--dry-run"],
    "import-metadata CSV --dry-run --new": ["import-metadata", edits, "--dry-run", "--new"],
}
for name, args in commands.items():
    result = run(imprint, "--catalog", catalog, *args, expect=1)
    check(f"catalog {catalog} does not exist" in result.stderr,
          f"{name}: expected 'catalog {catalog} does not exist', got:\n{result.stderr}")
    check(not os.path.exists(typo_dir), f"{name} created {typo_dir}")
    check(os.listdir(out) == [], f"{name} wrote {os.listdir(out)}")
result = run(imprint, "--catalog", catalog, "import-metadata", edits, expect=1)
check("add --new to start a new catalog from" in result.stderr, f"the CSV refusal must say how:\n{result.stderr}")

# The catalog's own default path is checked the same way (a fresh user has none yet).
home = os.path.join(folder, "home")
fresh = {"XDG_DATA_HOME": os.path.join(home, "data"), "HOME": home}
result = run(imprint, "tracks", env=fresh, expect=1)
check("does not exist" in result.stderr, f"tracks without a default catalog:\n{result.stderr}")
check(not os.path.exists(os.path.join(home, "data")), "tracks created the default catalog")

# Commands that add to a catalog create it.
library = os.path.join(folder, "library")
os.makedirs(library)
write_wav(os.path.join(library, "take.wav"), 1)
created = os.path.join(folder, "created", "catalog.sqlite")
run(imprint, "--catalog", created, "import", library)
check(os.path.isfile(created), "import must create its catalog")
planned = os.path.join(folder, "planned.sqlite")
run(imprint, "--catalog", planned, "new-release", "--title", "Later", "--artist", "Nova Lark")
check(os.path.isfile(planned), "new-release must create its catalog")
run(imprint, "--catalog", planned, "tracks")
# A spreadsheet starts a new catalog when asked to with --new.
started = os.path.join(folder, "started.sqlite")
run(imprint, "--catalog", started, "import-metadata", edits, "--new")
titles = run(imprint, "--catalog", started, "tracks").stdout
check("New Song" in titles, f"--new must start a catalog with the file's tracks:\n{titles}")
# A whole catalog's JSON starts a new one; refused (a bad ISRC, or no JSON at all), it leaves none.
exported = os.path.join(folder, "planned.json")
run(imprint, "--catalog", planned, "export-metadata", exported)
copied = os.path.join(folder, "copied.sqlite")
run(imprint, "--catalog", copied, "import-metadata", exported)
check(os.path.isfile(copied), "import-metadata of a JSON export must create its catalog")
with open(exported, encoding="utf-8") as source:
    document = json.load(source)
document["tables"]["releases"][0]["upc"] = "123"
refused_json = os.path.join(folder, "refused.json")
with open(refused_json, "w", encoding="utf-8") as target:
    json.dump(document, target)
not_json = os.path.join(folder, "not.json")
with open(not_json, "w", encoding="utf-8") as target:
    target.write("{ not json")
for source in (refused_json, not_json):
    refused = os.path.join(folder, "new-parent", "refused.sqlite")  # its folder is not there either
    result = run(imprint, "--catalog", refused, "import-metadata", source, expect=1)
    check(os.path.basename(source) in result.stderr, f"{source}: the refusal must name the file:\n{result.stderr}")
    check(not os.path.exists(os.path.dirname(refused)), f"a refused import of {source} left its catalog's folder")
# Refused into a catalog that was there: the catalog stays as it was.
result = run(imprint, "--catalog", planned, "import-metadata", refused_json, expect=1)
check("refused.json" in result.stderr, f"the refusal must name the file:\n{result.stderr}")
kept = os.path.join(folder, "kept.json")
run(imprint, "--catalog", planned, "export-metadata", kept)
with open(kept, encoding="utf-8") as source:
    releases = [row["title"] for row in json.load(source)["tables"]["releases"]]
check(releases == ["Later"], f"a refused import into an existing catalog must keep it: {releases}")

# The GUI (offscreen in the tests): a named catalog must exist unless --new asks for a new one.
gui = run(imprint, "--catalog", catalog, "--page", "catalog", expect=1)
check(f"catalog {catalog} does not exist" in gui.stderr and "--new" in gui.stderr,
      f"the GUI must refuse a missing catalog and mention --new:\n{gui.stderr}")
check(not os.path.exists(typo_dir), "the GUI created the mistyped catalog")
new = os.path.join(folder, "new.sqlite")
run(imprint, "--catalog", new, "--new", "--self-test")
check(os.path.isfile(new), "--new must create the catalog")
print("1 passed, 0 failed")
